/**
 * Bidirectional isolation of user-supplied text inside a sentence (names of programs, streams,
 * content, files). A name with an explicit direction control, such as the right-to-left override
 * U+202E, would otherwise reorder the words after it ("Imported ‮fdp.exe" can show a harmless
 * extension). Such a name is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so its
 * controls end with it, and its own isolates are balanced first, so none of them can close or
 * swallow the wrapper. Text without controls is returned unchanged. (Where a name is an element of
 * its own, src/ui/Name.tsx isolates it with <bdi>.)
 */

/** LRE RLE PDF LRO RLO, LRI RLI FSI PDI. */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const OPENS_ISOLATE = /[\u2066-\u2068]/;
const FSI = '\u2068';
const PDI = '\u2069';

export function isolateBidi(text: string): string {
  if (!CONTROLS.test(text)) return text;
  let open = 0;
  let balanced = '';
  for (const char of text) {
    if (OPENS_ISOLATE.test(char)) open += 1;
    else if (char === PDI) {
      if (open === 0) continue; // would close the wrapper: dropped
      open -= 1;
    }
    balanced += char;
  }
  // The closing PDI also ends every embedding and override the name opened (UAX #9, X6a).
  return `${FSI}${balanced}${PDI.repeat(open)}${PDI}`;
}
