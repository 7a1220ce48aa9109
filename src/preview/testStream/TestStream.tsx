/**
 * "Test stream" in a stream's inspector (R59), as a dry run: choose a test person (someone of the
 * audience, or a new person with attributes) and a cast of this stream, press "Run cast", and read
 * what they would get and which rules fire. Nothing is sent and nothing is saved: the document is
 * only read. The engine runs here, on the main thread: one person and one cast cost next to nothing.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOf, nextCasts, type DryRun } from '../../engine';
import type { Scenario, Stream } from '../../model';
import { isoOfDay, longDate } from '../../simulation/derive/dates';
import { usePreview } from '../../store/usePreview';
import { DryRunResult } from './DryRunResult';
import { newTestPerson, readAttributes } from './testPerson';
import './testStream.css';

const CAST_CHOICES = 8;
const NEW = '';

/** The stream's casts from the date cursor on (the first cast when the cursor is not set yet). */
function castChoices(stream: Stream, cursorDay: number | null): number[] {
  const cadence = stream.cadence;
  if (cadence === undefined || cadence.type === 'none') return [];
  return nextCasts(cadence, cursorDay ?? dayOf(cadence.firstCast), CAST_CHOICES);
}

export function TestStream({ stream, doc }: { stream: Stream; doc: Scenario }) {
  const { t, i18n } = useTranslation();
  const ids = { person: useId(), attributes: useId(), cast: useId(), error: useId() };
  const cursorDay = usePreview((s) => s.cursorDay);
  const casts = castChoices(stream, cursorDay);
  const [personId, setPersonId] = useState(NEW);
  const [attributes, setAttributes] = useState('');
  const [chosenCast, setChosenCast] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ run: DryRun; doc: Scenario } | null>(null);
  const people = doc.people ?? [];
  const castDay = chosenCast !== null && casts.includes(chosenCast) ? chosenCast : casts[0];

  if (castDay === undefined)
    return <p className="field__hint">{t('inspector.testStream.noCasts')}</p>;

  const runCast = async () => {
    let person = people.find((p) => p.id === personId);
    if (person === undefined) {
      const read = readAttributes(attributes);
      if (!read.ok) {
        setError(t('inspector.testStream.badAttribute', { part: read.part }));
        return;
      }
      person = newTestPerson(doc, read.attributes);
    }
    setError(null);
    // Loaded on first use: the simulator's compiler stays out of the editor's first load.
    const { dryRunCast } = await import('../../engine/explain/dryRun');
    const run = dryRunCast(doc, { person, stream: stream.id, castDate: isoOfDay(castDay) });
    setResult({ run, doc });
  };

  return (
    <div className="test-stream">
      <div className="field">
        <label htmlFor={ids.person}>{t('inspector.testStream.person')}</label>
        <select id={ids.person} value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value={NEW}>{t('inspector.testStream.newPerson')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id}
            </option>
          ))}
        </select>
      </div>
      {personId === NEW && (
        <div className="field">
          <label htmlFor={ids.attributes}>{t('inspector.testStream.attributes')}</label>
          <input
            id={ids.attributes}
            value={attributes}
            placeholder={t('inspector.testStream.attributesPlaceholder')}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? ids.error : undefined}
            onChange={(e) => setAttributes(e.target.value)}
          />
          {error !== null && (
            <p id={ids.error} className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.cast}>{t('inspector.testStream.cast')}</label>
        <select
          id={ids.cast}
          value={castDay}
          onChange={(e) => setChosenCast(Number(e.target.value))}
        >
          {casts.map((day) => (
            <option key={day} value={day}>
              {longDate(i18n.language, day)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="test-stream__run" onClick={() => void runCast()}>
        {t('inspector.testStream.run')}
      </button>
      {result !== null && result.doc !== doc && (
        <p className="field__hint">{t('inspector.testStream.changed')}</p>
      )}
      {result !== null && <DryRunResult run={result.run} doc={result.doc} stream={stream.id} />}
    </div>
  );
}
