/**
 * A dry run's answer, marked as one: the cast of the stream (each item and why, as the journey shows
 * it), the rules the test person's happenings matched and what came of each, and their steps.
 */
import { useTranslation } from 'react-i18next';
import type { CastStep, DryRun, ExplainStep } from '../../engine';
import type { Scenario } from '../../model';
import { problemLine } from '../../wording/problemText';
import { CastCard } from '../journey/CastCard';
import { StepLine } from '../journey/StepLine';
import { castOutcome } from '../journey/wording/items';
import { happeningLine, outcomeText } from '../journey/wording/whyNot';
import '../journey/journey.css';
import { wordingOfDocument } from './dryRunWording';

type Line = Exclude<ExplainStep, { kind: 'cast' }>;

export function DryRunResult({ run, doc, stream }: { run: DryRun; doc: Scenario; stream: string }) {
  const { t, i18n } = useTranslation();
  if (!run.ok) {
    const text =
      'problems' in run
        ? run.problems.map((p) => problemLine(p, t)).join(' ')
        : t(`inspector.testStream.${run.problem}`);
    return (
      <p className="field__error" role="alert">
        {text}
      </p>
    );
  }
  const w = wordingOfDocument(t, i18n.language, doc, run.person, run.timeZone);
  const programZone = doc.program.timeZone;
  const streamIndex = (id: string) => doc.program.streams.findIndex((s) => s.id === id);
  const steps = run.steps.filter((s) => s.kind !== 'behavior');
  return (
    <section
      className="journey dry-run"
      aria-label={t('inspector.testStream.resultLabel')}
      role="status"
      aria-live="polite"
    >
      <p className="dry-run__badge">
        <strong>{t('inspector.testStream.dryRun')}</strong> {t('inspector.testStream.nothingSent')}
      </p>
      <p className="dry-run__outcome">
        {run.cast === null
          ? t('inspector.testStream.movedAway', { person: run.person, stream: w.stream(stream) })
          : t('inspector.testStream.outcome', {
              person: run.person,
              outcome: castOutcome(w, run.cast),
            })}
      </p>
      {run.rules.length > 0 && (
        <>
          <h4 className="dry-run__subhead">{t('inspector.testStream.rules')}</h4>
          <ul className="dry-run__rules">
            {run.rules.flatMap((r) =>
              r.happenings.map((h, i) => (
                <li key={`${r.rule.stream}/${r.rule.index}/${i}`}>
                  {t('inspector.testStream.rule', {
                    rule: r.rule.id,
                    stream: w.stream(r.rule.stream),
                  })}{' '}
                  {happeningLine(w, h)}
                  {': '}
                  <strong>{outcomeText(w, h.outcome, r.rule.stream)}</strong>
                </li>
              )),
            )}
          </ul>
        </>
      )}
      <h4 className="dry-run__subhead">{t('inspector.testStream.steps')}</h4>
      <ol className="dry-run__steps">
        {steps.map((step, i) => (
          <li key={i}>
            {step.kind === 'cast' ? (
              <CastCard
                cast={step as CastStep}
                w={w}
                streamIndex={streamIndex(step.stream)}
                programZone={programZone}
                defaultOpen={step === run.cast}
              />
            ) : (
              <StepLine
                step={step as Line}
                w={w}
                programZone={programZone}
                eventOf={(index) => run.events[index]}
              />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
