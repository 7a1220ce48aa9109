/**
 * The exhaustion forecast: per stream (lane order, or the lane selected on the canvas), when its
 * members run out of content, in words and numbers, with one-click suggestions (R38-R42).
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../model';
import { cursorDayOf } from '../../simulation/derive/counts';
import { longDate } from '../../simulation/derive/dates';
import { filterStreamOf } from '../../simulation/derive/filterStream';
import type { EditorActions, EditorState } from '../../store/editorStore';
import type { PreviewResult } from '../../simulation/previewStore';
import { useEditor } from '../../store/useEditor';
import { usePreview } from '../../store/usePreview';
import { forecastHints } from './forecastHints';
import { forecastModel } from './forecastModel';
import { StreamForecastCard } from './StreamForecastCard';
import './forecast.css';

type Editor = EditorState & EditorActions;
const selectFilter = (s: Editor) => filterStreamOf(s.selection);
const selectDoc = (s: Editor) => s.doc;

const namesOf = (doc: Scenario | null) => (id: string) =>
  doc?.program.streams.find((s) => s.id === id)?.name ?? id;

export function ForecastView({ result }: { result: PreviewResult }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const filter = useEditor(selectFilter);
  const doc = useEditor(selectDoc);
  const stale = usePreview((s) => s.stale);
  const cursor = cursorDayOf(
    result.frame,
    usePreview((s) => s.cursorDay),
  );
  const [applied, setApplied] = useState<string | null>(null);
  const model = useMemo(() => forecastModel(result, filter, cursor), [result, filter, cursor]);
  const hints = useMemo(
    () => model.map((f) => (doc === null ? [] : forecastHints(doc, result.frame, f))),
    [model, doc, result.frame],
  );
  const nameOf = useMemo(() => namesOf(doc), [doc]);
  const onApplied = useCallback((title: string) => setApplied(title), []);
  const { frame } = result;
  return (
    <div className="forecast" aria-label={t('preview.forecast.label')} role="region">
      <p className="forecast__intro">
        {t('preview.forecast.intro', {
          from: longDate(language, frame.fromDay),
          until: longDate(language, frame.untilDay),
        })}
      </p>
      <p className="forecast__applied" role="status">
        {applied !== null && t('preview.forecast.hints.applied', { hint: applied })}
      </p>
      <div className="forecast__streams">
        {model.map((f, i) => (
          <StreamForecastCard
            key={f.stream}
            forecast={f}
            frame={frame}
            hints={hints[i]!}
            hintsReady={!stale}
            nameOf={nameOf}
            onApplied={onApplied}
          />
        ))}
      </div>
    </div>
  );
}
