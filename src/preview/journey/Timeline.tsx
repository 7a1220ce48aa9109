/**
 * The person's timeline: one section per date, casts as cards, the other steps as lines, each
 * after its cause. A date sets the shared date cursor; when the cursor moves elsewhere (the
 * calendar, the canvas), the timeline scrolls to that date.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { PersonExplanation, PreviewFrame } from '../../engine';
import type { ScenarioEvent } from '../../model';
import { longDate } from '../../simulation/derive/dates';
import { previewStore } from '../../store/usePreview';
import { CastCard } from './CastCard';
import { dayAtCursor, journeyDays } from './journeyModel';
import { StepLine } from './StepLine';
import type { Wording } from './wording/context';

export function Timeline({
  explanation,
  frame,
  w,
  cursor,
  eventOf,
}: {
  explanation: PersonExplanation;
  frame: PreviewFrame;
  w: Wording;
  cursor: number;
  eventOf: (index: number) => ScenarioEvent | undefined;
}) {
  const t = w.t;
  const days = useMemo(() => journeyDays(explanation.steps, explanation.timeZone), [explanation]);
  const streamIndex = useMemo(() => new Map(frame.streamIds.map((id, i) => [id, i])), [frame]);
  const scroller = useRef<HTMLDivElement>(null);
  /** The cursor this timeline set itself: the reader is already looking at that date. */
  const ownCursor = useRef<number | null>(null);

  useEffect(() => {
    const container = scroller.current;
    const target = dayAtCursor(days, cursor);
    if (container === null || target === undefined || ownCursor.current === cursor) return;
    const section = container.querySelector<HTMLElement>(`[data-key="${target.key}"]`);
    if (section) container.scrollTop = section.offsetTop;
  }, [days, cursor]);

  const choose = (day: number) => {
    ownCursor.current = day;
    previewStore.getState().setCursor(day);
  };

  if (days.length === 0)
    return <p className="journey__message">{t('preview.journey.noSteps', { person: w.person })}</p>;
  return (
    <div
      className="journey__timeline"
      ref={scroller}
      role="region"
      aria-label={t('preview.journey.timeline.label', { person: w.person })}
      tabIndex={0}
    >
      {days.map((d) => {
        const atCursor = d.day === cursor;
        const date = longDate(w.language, d.day);
        return (
          <section
            key={d.key}
            data-key={d.key}
            className={`journey-day${atCursor ? ' journey-day--cursor' : ''}`}
            aria-label={date}
          >
            <h3 className="journey-day__head">
              <button
                type="button"
                className="journey-day__date"
                aria-current={atCursor ? 'date' : undefined}
                title={t('preview.journey.timeline.setCursor', { date })}
                onClick={() => choose(d.day)}
              >
                {date}
              </button>
              {atCursor && (
                <span className="journey-badge journey-badge--cursor">
                  {t('preview.journey.timeline.cursor')}
                </span>
              )}
            </h3>
            <ol className="journey-day__steps">
              {d.steps.map(({ step, index }) => (
                <li key={index}>
                  {step.kind === 'cast' ? (
                    <CastCard
                      cast={step}
                      w={w}
                      streamIndex={streamIndex.get(step.stream) ?? 0}
                      programZone={frame.zone}
                    />
                  ) : (
                    <StepLine step={step} w={w} programZone={frame.zone} eventOf={eventOf} />
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
