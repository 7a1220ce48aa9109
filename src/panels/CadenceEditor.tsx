/**
 * A stream's cadence (R17-R24): none, weekly or monthly, first cast, time and recipient time zone.
 * The form is a draft: each change that leaves it valid becomes the cadence at once (typing in a
 * field is one undo step); an invalid form names the problem and the stream keeps its cadence.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setCadence } from '../document/actions/streams';
import type { Cadence, Stream } from '../model';
import { editorStore } from '../store/useEditor';
import { cadenceText } from '../wording/cadence';
import { buildCadence, draftOf, type CadenceDraft } from './cadenceDraft';
import { CheckboxField } from './CheckboxField';
import { MonthlyFields } from './MonthlyFields';
import { NextCasts } from './NextCasts';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { DateField } from '../ui/DateField';
import { TimeField } from '../ui/TimeField';
import { useToday } from '../ui/today';
import { WeeklyFields } from './WeeklyFields';

const sameCadence = (a: Cadence | undefined, b: Cadence | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

export function CadenceEditor({ stream, timeZone }: { stream: Stream; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const headingId = useId();
  const cadence = stream.cadence;
  const [state, setState] = useState(() => ({ seen: cadence, draft: draftOf(cadence, today) }));
  // Undo or another edit changed the cadence: show it, keeping what it does not say.
  if (state.seen !== cadence)
    setState({ seen: cadence, draft: draftOf(cadence, today, state.draft) });

  const { draft } = state;
  const built = buildCadence(draft, cadence);
  const problems = built.ok ? {} : built.problems;

  /** `typing`: the field being typed in, so one word is one undo step. */
  const update = (patch: Partial<CadenceDraft>, typing?: string) => {
    const next = { ...draft, ...patch };
    const result = buildCadence(next, cadence);
    if (!result.ok || sameCadence(result.cadence, cadence)) {
      setState({ seen: cadence, draft: next });
      return;
    }
    setState({ seen: result.cadence, draft: next });
    editorStore
      .getState()
      .apply(setCadence, { stream: stream.id, cadence: result.cadence, typing });
  };

  const everyLabel =
    draft.type === 'weekly'
      ? t('inspector.cadence.everyWeeks')
      : t('inspector.cadence.everyMonths');
  return (
    <section className="inspector__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="inspector__subhead">
        {t('inspector.cadence.title')}
      </h3>
      <p className="inspector__summary">{cadenceText(t, i18n.language, cadence)}</p>
      <SelectField<Cadence['type']>
        label={t('inspector.cadence.type')}
        value={draft.type}
        options={[
          { value: 'none', label: t('inspector.cadence.none') },
          { value: 'weekly', label: t('inspector.cadence.weekly') },
          { value: 'monthly', label: t('inspector.cadence.monthly') },
        ]}
        onChange={(type) => update({ type })}
      />
      {draft.type !== 'none' && (
        <>
          <TextField
            label={everyLabel}
            inputMode="numeric"
            value={draft.every}
            onChange={(every) => update({ every }, 'every')}
            error={problems.every ? t('inspector.errors.wholeNumber', { min: 1 }) : null}
          />
          {draft.type === 'weekly' ? (
            <WeeklyFields
              weekdays={draft.weekdays}
              onChange={(weekdays) => update({ weekdays })}
              invalid={problems.weekdays === true}
            />
          ) : (
            <MonthlyFields
              draft={draft}
              onChange={(patch, typing) => update(patch, typing ? 'day' : undefined)}
              dayInvalid={problems.dayOfMonth === true}
            />
          )}
          <div className="field-row">
            <DateField
              label={t('inspector.cadence.firstCast')}
              value={draft.firstCast}
              onCommit={(firstCast) => update({ firstCast }, 'first')}
              error={problems.firstCast ? t('inspector.errors.date') : null}
            />
            <TimeField
              label={t('inspector.cadence.time')}
              value={draft.time}
              onCommit={(time) => update({ time }, 'time')}
              error={problems.time ? t('inspector.errors.time') : null}
            />
          </div>
          <CheckboxField
            label={t('inspector.cadence.rtz')}
            hint={t('inspector.cadence.rtzHint')}
            checked={draft.recipientTimeZone}
            onChange={(recipientTimeZone) => update({ recipientTimeZone })}
          />
        </>
      )}
      <NextCasts cadence={cadence} timeZone={timeZone} />
    </section>
  );
}
