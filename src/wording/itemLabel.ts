/**
 * An item as its id and, when it has one, its name in the reader's quotation marks:
 * E1 “Welcome”, E1 „Willkommen“, E1 « Bienvenue ».
 */
const QUOTES: Record<string, [string, string]> = {
  de: ['„', '“'],
  fr: ['« ', ' »'],
};

export function quoted(language: string, text: string): string {
  const [open, close] = QUOTES[language.slice(0, 2)] ?? ['“', '”'];
  return `${open}${text}${close}`;
}

export function itemLabel(language: string, id: string, name: string | undefined): string {
  return name === undefined || name === id ? id : `${id} ${quoted(language, name)}`;
}
