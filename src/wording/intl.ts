/**
 * Intl formatters, made once per language and options: creating one costs far more than using it,
 * and a calendar or a canvas formats hundreds of dates and numbers per render.
 */
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

export function dateFormat(
  language: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (format === undefined) dates.set(key, (format = new Intl.DateTimeFormat(language, options)));
  return format;
}

export function numberFormat(language: string): Intl.NumberFormat {
  let format = numbers.get(language);
  if (format === undefined) numbers.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}
