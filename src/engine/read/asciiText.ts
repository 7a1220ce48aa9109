/**
 * Plain ASCII bytes to a string, fast for the short strings a file of people and events is made
 * of (ids, zones, instants), for the element reader (elementReader.ts).
 */
const char = String.fromCharCode;

/** The ASCII bytes `b[from..to)` as a string. */
export function asciiText(b: Uint8Array, from: number, to: number): string {
  const f = from;
  // One call with each character its own argument: building it a character at a time makes a
  // string per character, and a call on a subarray costs several times more for short strings.
  switch (to - from) {
    case 0:
      return '';
    case 1:
      return char(b[f]!);
    case 2:
      return char(b[f]!, b[f + 1]!);
    case 3:
      return char(b[f]!, b[f + 1]!, b[f + 2]!);
    case 4:
      return char(b[f]!, b[f + 1]!, b[f + 2]!, b[f + 3]!);
    case 5:
      return char(b[f]!, b[f + 1]!, b[f + 2]!, b[f + 3]!, b[f + 4]!);
    case 6:
      return char(b[f]!, b[f + 1]!, b[f + 2]!, b[f + 3]!, b[f + 4]!, b[f + 5]!);
    case 7:
      return char(b[f]!, b[f + 1]!, b[f + 2]!, b[f + 3]!, b[f + 4]!, b[f + 5]!, b[f + 6]!);
    case 8:
      return char(
        b[f]!,
        b[f + 1]!,
        b[f + 2]!,
        b[f + 3]!,
        b[f + 4]!,
        b[f + 5]!,
        b[f + 6]!,
        b[f + 7]!,
      );
    case 9:
      return char(
        b[f]!,
        b[f + 1]!,
        b[f + 2]!,
        b[f + 3]!,
        b[f + 4]!,
        b[f + 5]!,
        b[f + 6]!,
        b[f + 7]!,
        b[f + 8]!,
      );
    case 10:
      return char(
        b[f]!,
        b[f + 1]!,
        b[f + 2]!,
        b[f + 3]!,
        b[f + 4]!,
        b[f + 5]!,
        b[f + 6]!,
        b[f + 7]!,
        b[f + 8]!,
        b[f + 9]!,
      );
    case 11:
      return char(
        b[f]!,
        b[f + 1]!,
        b[f + 2]!,
        b[f + 3]!,
        b[f + 4]!,
        b[f + 5]!,
        b[f + 6]!,
        b[f + 7]!,
        b[f + 8]!,
        b[f + 9]!,
        b[f + 10]!,
      );
    case 12:
      return char(
        b[f]!,
        b[f + 1]!,
        b[f + 2]!,
        b[f + 3]!,
        b[f + 4]!,
        b[f + 5]!,
        b[f + 6]!,
        b[f + 7]!,
        b[f + 8]!,
        b[f + 9]!,
        b[f + 10]!,
        b[f + 11]!,
      );
  }
  let text = '';
  // In slices, so no call is ever given more arguments than the stack holds.
  for (let i = from; i < to; i += 4096) text += char(...b.subarray(i, Math.min(to, i + 4096)));
  return text;
}
