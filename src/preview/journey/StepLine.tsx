/** An event, a move (with what made it), sampled behaviour or a removal, on the timeline. */
import type { ExplainStep } from '../../engine';
import type { ScenarioEvent } from '../../model';
import { clockText, type Wording } from './wording/context';
import { behaviorText, eventText, moveText, moveWhyText } from './wording/steps';
import { LocalTime } from './LocalTime';

type Line = Exclude<ExplainStep, { kind: 'cast' }>;

function lineText(w: Wording, step: Line, eventOf: (index: number) => ScenarioEvent | undefined) {
  switch (step.kind) {
    case 'event': {
      const text = eventText(w, step, step.index === null ? undefined : eventOf(step.index));
      return { text, why: step.effective ? null : w.t('preview.journey.event.noEffect') };
    }
    case 'move':
      return { text: moveText(w, step), why: moveWhyText(w, step.why) };
    case 'behavior':
      return { text: behaviorText(w, step), why: null };
    case 'remove':
      return { text: w.t('preview.journey.removed'), why: null };
  }
}

export function StepLine({
  step,
  w,
  programZone,
  eventOf,
}: {
  step: Line;
  w: Wording;
  programZone: string;
  eventOf: (index: number) => ScenarioEvent | undefined;
}) {
  const { text, why } = lineText(w, step, eventOf);
  return (
    <div className={`journey-step journey-step--${step.kind}`}>
      <LocalTime
        at={step.at}
        text={clockText(w.language, step.at, w.zone)}
        zone={w.zone}
        programZone={programZone}
      />
      <span className="journey-step__text">
        {text}
        {why !== null && <span className="journey-step__why"> {why}</span>}
      </span>
    </div>
  );
}
