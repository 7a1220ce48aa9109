/**
 * "Why not?": pick one of the program's transition rules and read every happening that matched
 * one of its triggers and what came of it, or which triggers never happened (R47, R49).
 */
import { useId, useMemo, useState } from 'react';
import type { Scenario } from '../../model';
import { useEditor } from '../../store/useEditor';
import { useWhyNot } from './useWhyNot';
import type { Wording } from './wording/context';
import {
  filtersText,
  happeningLine,
  neverText,
  outcomeText,
  triggersText,
  whyNotProblem,
} from './wording/whyNot';

interface RuleChoice {
  id: string;
  /** The stream the rule moves people into (it is listed under that stream's transitions). */
  stream: string;
}

const selectDoc = (s: { doc: Scenario | null }) => s.doc;

/** The document's rules that were simulated (the frame's rule ids), with their destinations. */
function rulesOf(doc: Scenario | null, simulated: readonly string[]): RuleChoice[] {
  const ids = new Set(simulated);
  return (doc?.program.streams ?? []).flatMap((s) =>
    (s.transitions ?? []).filter((r) => ids.has(r.id)).map((r) => ({ id: r.id, stream: s.id })),
  );
}

export function WhyNotPanel({
  resultKey,
  ruleIds,
  w,
}: {
  resultKey: string;
  ruleIds: readonly string[];
  w: Wording;
}) {
  const t = w.t;
  const doc = useEditor(selectDoc);
  const rules = useMemo(() => rulesOf(doc, ruleIds), [doc, ruleIds]);
  const [chosen, setChosen] = useState('');
  const rule = rules.find((r) => `${r.stream}/${r.id}` === chosen) ?? null;
  const answer = useWhyNot(resultKey, w.person, rule);
  const title = useId();
  return (
    <section className="journey-side__section" aria-labelledby={title}>
      <h3 id={title}>{t('preview.journey.whyNot.title')}</h3>
      {rules.length === 0 ? (
        <p className="journey-side__hint">{t('preview.journey.whyNot.noRules')}</p>
      ) : (
        <label className="journey-side__field">
          {t('preview.journey.whyNot.rule')}
          <select value={rule ? chosen : ''} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('preview.journey.whyNot.choose')}</option>
            {rules.map((r) => (
              <option key={`${r.stream}/${r.id}`} value={`${r.stream}/${r.id}`}>
                {t('preview.journey.whyNot.option', { rule: r.id, stream: w.stream(r.stream) })}
              </option>
            ))}
          </select>
        </label>
      )}
      {rule && (
        <div className="journey-why" role="status" aria-live="polite">
          {answer.isPending && (
            <p className="journey-side__hint">{t('preview.journey.whyNot.loading')}</p>
          )}
          {answer.isError && (
            <p className="journey-side__error">
              {t('preview.journey.failed', { message: answer.error.message })}
            </p>
          )}
          {answer.data && !answer.data.ok && (
            <p className="journey-side__error">
              {whyNotProblem(w, answer.data, rule.id, rule.stream)}
            </p>
          )}
          {answer.data?.ok &&
            answer.data.rules.map((r) => (
              <div key={`${r.rule.stream}/${r.rule.index}`} className="journey-why__rule">
                <p>{triggersText(w, r)}</p>
                <p className="journey-side__hint">{filtersText(w, r)}</p>
                {r.happenings.length === 0 ? (
                  <p className="journey-why__never">{neverText(w, r)}</p>
                ) : (
                  <ol className="journey-why__happenings">
                    {r.happenings.map((h, i) => (
                      <li key={i}>
                        {happeningLine(w, h)}
                        {': '}
                        <strong>{outcomeText(w, h.outcome, r.rule.stream)}</strong>
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            ))}
        </div>
      )}
    </section>
  );
}
