/**
 * The stream performance report (R58): per stream and item, for the written period, what was sent,
 * delivered, opened, clicked, unsubscribed and blocked, program runs, and the simulated engagement
 * index (R57) as of the end of the period or of the cursor's date; with its downloads.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frameEndAt, LOW_VOLUME, TREND_STEP } from '../../engine';
import { documentFileName } from '../../document/fileName';
import { cursorDayOf } from '../../simulation/derive/counts';
import { instantText, longDate } from '../../simulation/derive/dates';
import { filterStreamOf } from '../../simulation/derive/filterStream';
import type { PreviewResult } from '../../simulation/previewStore';
import type { EditorActions, EditorState } from '../../store/editorStore';
import { useEditor } from '../../store/useEditor';
import { usePreview } from '../../store/usePreview';
import { ReportDownloads } from './ReportDownloads';
import { endOfDay, reportModel } from './reportModel';
import { ReportTable } from './ReportTable';
import './report.css';

type Editor = EditorState & EditorActions;
const selectFilter = (s: Editor) => filterStreamOf(s.selection);
/** Downloads are named after the program: `<name>-report.csv`, `<name>-records.jsonl`. */
const selectBaseName = (s: Editor) =>
  s.doc === null ? 'program' : documentFileName(s.doc).replace(/\.lanecast\.json$/, '');

type AsOf = 'end' | 'cursor';

export function ReportView({ result }: { result: PreviewResult }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { frame } = result;
  const filter = useEditor(selectFilter);
  const baseName = useEditor(selectBaseName);
  const cursor = cursorDayOf(
    frame,
    usePreview((s) => s.cursorDay),
  );
  const [asOf, setAsOf] = useState<AsOf>('end');
  const report = useMemo(
    () => reportModel(result, asOf === 'end' ? frameEndAt(result.frame) : endOfDay(result, cursor)),
    [result, asOf, cursor],
  );
  const shown = useMemo(() => {
    const s = filter === null ? -1 : frame.streamIds.indexOf(filter);
    return s < 0 ? report.streams : [report.streams[s]!];
  }, [report, filter, frame]);
  const choices: [AsOf, string][] = [
    ['end', t('preview.report.asOf.end', { date: longDate(language, frame.untilDay) })],
    ['cursor', t('preview.report.asOf.cursor', { date: longDate(language, cursor) })],
  ];
  return (
    <div className="report" role="region" aria-label={t('preview.report.label')}>
      <div className="report__bar">
        <p className="report__intro">
          {t('preview.report.intro', {
            from: longDate(language, frame.fromDay),
            until: longDate(language, frame.untilDay),
          })}
        </p>
        <div className="report__as-of">
          <span id="report-as-of">{t('preview.report.asOf.label')}</span>
          <div className="segmented" role="radiogroup" aria-labelledby="report-as-of">
            {choices.map(([value, label]) => (
              <button
                key={value}
                type="button"
                role="radio"
                aria-checked={asOf === value}
                className="segmented__option"
                onClick={() => setAsOf(value)}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
        <ReportDownloads resultKey={result.key} report={report} frame={frame} baseName={baseName} />
      </div>
      <ReportTable report={report} streams={shown} frame={frame} />
      <div className="report__notes">
        <p>{t('preview.report.notes.deliveries')}</p>
        <p>{t('preview.report.notes.engagement')}</p>
        <p>
          {t('preview.report.notes.index', {
            asOf: instantText(language, report.asOf, frame.zone),
            low: LOW_VOLUME,
            step: TREND_STEP,
          })}
        </p>
      </div>
    </div>
  );
}
