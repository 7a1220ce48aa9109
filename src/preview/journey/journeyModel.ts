/**
 * A person's explanation laid out as a timeline: steps grouped by date, in the engine's order. A
 * cast belongs to its cast date (the program-zone day the date cursor and the calendar use); every
 * other step to its date on the person's wall clock.
 */
import type { ExplainStep } from '../../engine';
import { dayOfIso } from '../../simulation/derive/dates';

export interface JourneyDay {
  /** Day number; `key` stays unique if odd time zones bring a date back twice. */
  day: number;
  key: string;
  steps: { step: ExplainStep; index: number }[];
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The plain date of an instant on the wall clock of `zone`, as a day number. */
export function localDay(at: string, zone: string): number {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(zone, format);
  }
  return dayOfIso(format.format(Date.parse(at)));
}

export const stepDay = (step: ExplainStep, zone: string) =>
  step.kind === 'cast' ? dayOfIso(step.castDate) : localDay(step.at, zone);

export function journeyDays(steps: readonly ExplainStep[], zone: string): JourneyDay[] {
  const days: JourneyDay[] = [];
  steps.forEach((step, index) => {
    const day = stepDay(step, zone);
    const last = days[days.length - 1];
    if (last?.day === day) last.steps.push({ step, index });
    else days.push({ day, key: `${day}:${index}`, steps: [{ step, index }] });
  });
  return days;
}

/** The day the timeline scrolls to for the date cursor: the first at or after it, else the last. */
export function dayAtCursor(days: readonly JourneyDay[], cursor: number): JourneyDay | undefined {
  return days.find((d) => d.day >= cursor) ?? days[days.length - 1];
}
