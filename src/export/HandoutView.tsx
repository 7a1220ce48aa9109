/**
 * The printable handout: the program's name, its canvas as an image, a table of streams with their
 * cadence in words and next casts, the cast calendar (who gets what per date) and the preview's
 * charts. Printed alone (PrintView) to paper or PDF; the calendar and charts are those of the last
 * preview run.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOf, isoOfDay, nextCasts } from '../engine';
import type { Scenario } from '../model';
import { ChartsLoader } from '../preview/charts/ChartsLoader';
import type { PreviewResult } from '../simulation/previewStore';
import { usePreview } from '../store/usePreview';
import { useToday } from '../ui/today';
import { cadenceText } from '../wording/cadence';
import { castDateLabel } from '../wording/dates';
import { HandoutCalendar } from './HandoutCalendar';
import { PrintView } from './PrintView';

const NEXT_CASTS = 3;
const selectResult = (s: { result: PreviewResult | null }) => s.result;

interface HandoutViewProps {
  doc: Scenario;
  /** The canvas as a PNG data URL, made when the handout opens (null: still drawing or empty). */
  makeImage: () => Promise<string | null>;
  onClose: () => void;
}

export function HandoutView({ doc, makeImage, onClose }: HandoutViewProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const today = useToday();
  const result = usePreview(selectResult);
  const [image, setImage] = useState<string | null | 'making'>('making');
  const name = doc.program.name ?? doc.program.id ?? '';

  useEffect(() => {
    let live = true;
    makeImage().then(
      (url) => live && setImage(url),
      () => live && setImage(null),
    );
    return () => {
      live = false;
    };
  }, [makeImage]);

  return (
    <PrintView titleId={titleId} onClose={onClose}>
      <div className="handout">
        <h1 id={titleId}>{t('handout.title', { program: name })}</h1>
        <section
          className="print-section print-section--keep"
          aria-labelledby={`${titleId}-canvas`}
        >
          <h2 id={`${titleId}-canvas`}>{t('handout.canvas')}</h2>
          {image === 'making' ? (
            <p role="status">{t('handout.canvasMaking')}</p>
          ) : image === null ? (
            <p>{t('editor.exportMenu.imageEmpty')}</p>
          ) : (
            <img
              className="handout__canvas"
              src={image}
              alt={t('handout.canvasAlt', { program: name })}
            />
          )}
        </section>
        <section className="print-section" aria-labelledby={`${titleId}-cadences`}>
          <h2 id={`${titleId}-cadences`}>{t('handout.cadences')}</h2>
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">{t('handout.stream')}</th>
                <th scope="col">{t('handout.cadence')}</th>
                <th scope="col">{t('handout.nextCasts')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.program.streams.map((stream) => {
                const next = nextCasts(stream.cadence, dayOf(today), NEXT_CASTS).map(isoOfDay);
                return (
                  <tr key={stream.id}>
                    <th scope="row">{stream.name ?? stream.id}</th>
                    <td>{cadenceText(t, i18n.language, stream.cadence)}</td>
                    <td>
                      {next.length === 0
                        ? t('handout.noCasts')
                        : next.map((iso) => castDateLabel(i18n.language, iso)).join(' · ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <section className="print-section" aria-labelledby={`${titleId}-calendar`}>
          <h2 id={`${titleId}-calendar`}>{t('handout.calendar')}</h2>
          {result ? <HandoutCalendar result={result} /> : <p>{t('handout.calendarWaiting')}</p>}
        </section>
        <section className="print-section handout__charts" aria-labelledby={`${titleId}-charts`}>
          <h2 id={`${titleId}-charts`}>{t('handout.charts')}</h2>
          {result ? <ChartsLoader result={result} /> : <p>{t('handout.chartsEmpty')}</p>}
        </section>
      </div>
    </PrintView>
  );
}
