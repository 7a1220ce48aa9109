/** An event's `at` (YYYY-MM-DDTHH:mm[:ss][offset]) in the parts the event form shows, and back. */
export interface AtParts {
  date: string;
  time: string;
  seconds: string;
  offset: string;
}

const AT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

export function atParts(at: string): AtParts {
  const match = AT.exec(at.trim());
  return match
    ? { date: match[1]!, time: match[2]!, seconds: match[3] ?? '', offset: match[4] ?? '' }
    : { date: '', time: '', seconds: '', offset: '' };
}

export const atOf = ({ date, time, seconds, offset }: AtParts) =>
  `${date}T${time}${seconds}${offset}`;
