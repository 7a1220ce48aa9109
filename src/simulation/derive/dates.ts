/** Day numbers (plain dates) in the reader's language, through Intl: "4 Mar", "Tue 4 Mar 2025". */
const MS_PER_DAY = 86_400_000;

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayOfIso(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    MS_PER_DAY
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

export const shortDate = (language: string, day: number) =>
  format(language, { day: 'numeric', month: 'short' }).format(day * MS_PER_DAY);
export const longDate = (language: string, day: number) =>
  format(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    day * MS_PER_DAY,
  );
export const mediumDate = (language: string, day: number) =>
  format(language, { dateStyle: 'medium' }).format(day * MS_PER_DAY);
export const monthName = (language: string, day: number) =>
  format(language, { month: 'long', year: 'numeric' }).format(day * MS_PER_DAY);

/** An instant on the wall clock of `zone`, in the reader's language. */
export function instantText(language: string, ms: number, zone: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  }).format(ms);
}

export const countText = (language: string, n: number) => new Intl.NumberFormat(language).format(n);
