/**
 * What every wording function of the journey needs: the translation, the reader's language, the
 * person (by id) and their time zone (every instant is told on their wall clock), and the names of
 * the streams and content of the simulated program. Plain data, so the wording stays pure.
 */
import type { TFunction } from 'i18next';
import type { PreviewFrame } from '../../../engine';
import { dayOfIso, instantText, shortDate } from '../../../simulation/derive/dates';

export interface Wording {
  t: TFunction;
  language: string;
  person: string;
  zone: string;
  /** A stream's display name ("Early"), by id. */
  stream(id: string): string;
  /** A content's label ("E3 “Case study”"), by id. */
  content(id: string): string;
}

/** "E3 “Case study”" in the language's quotation marks; the id alone when it is its own name. */
export function itemLabel(t: TFunction, id: string, name: string): string {
  return name === id || name === '' ? id : t('preview.journey.quoted', { id, name });
}

/** Names from the frame of the result on screen (the program that was simulated). */
export function wordingOf(
  t: TFunction,
  language: string,
  frame: PreviewFrame,
  person: string,
  zone: string,
): Wording {
  const streams = new Map(frame.streamIds.map((id, i) => [id, frame.streamNames[i] ?? id]));
  const content = new Map(frame.contentIds.map((id, i) => [id, frame.contentNames[i] ?? id]));
  return {
    t,
    language,
    person,
    zone,
    stream: (id) => streams.get(id) ?? id,
    content: (id) => itemLabel(t, id, content.get(id) ?? id),
  };
}

/** An instant ("2025-03-10T13:00:00Z") on the person's wall clock: "Mar 10, 2025, 9:00 AM". */
export const when = (w: Wording, at: string) => instantText(w.language, Date.parse(at), w.zone);

/** A plain date ("2025-03-11") as the reader writes it: "Mar 11". */
export const dateText = (w: Wording, iso: string) => shortDate(w.language, dayOfIso(iso));

/** The time of day of an instant on the person's wall clock: "9:00 AM". */
export function clockText(language: string, at: string, zone: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: zone }).format(
    Date.parse(at),
  );
}
