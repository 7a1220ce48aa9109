/**
 * A scenario file's bytes to a simulation plan, without ever holding the whole document as
 * objects: a million listed people would otherwise cost about 600 MB before anything is compiled.
 *
 * The top level is scanned once (jsonScan.ts); everything but `people` and `events` is parsed and
 * validated the ordinary way (parseScenario); then events, and after them people, are read an
 * element at a time, straight from the bytes where the element has a common shape
 * (flatObjects.ts) and with JSON.parse otherwise, each validated, its references checked against
 * the compile's indexes and fed straight into the column builders, so its objects die young.
 *
 * On anything unusual or wrong, the file is read the ordinary way instead (parseScenarioText, then
 * compileScenario), so the problems reported are always exactly those of the ordinary reader.
 * Pure: runs in Node and in a browser worker on a transferred ArrayBuffer.
 */
import {
  CURRENT_VERSION,
  isValidEvent,
  isValidPerson,
  MAX_FILE_BYTES,
  parseScenario,
  parseScenarioText,
  type Person,
  type ScenarioEvent,
} from '../../model';
import {
  compileParts,
  compileScenario,
  type CompileResult,
  type SimulationOptions,
} from '../compile';
import { ElementReader } from './elementReader';
import { type ArraySpan, type Member, scanTopLevel, skipSpace, skipValue } from './jsonScan';

const OPEN_BRACE = 0x7b;
const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => Utf8Decoder;
/** The WHATWG TextDecoder, in every runtime the engine runs in (pure code declares no DOM types). */
const TextDecoder = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

export function readScenarioBytes(
  bytes: Uint8Array,
  options: SimulationOptions = {},
): CompileResult {
  const fast = readScenarioByElements(bytes, options);
  if (fast !== null) return fast;
  // The ordinary reader, on the text as the command line always decoded it (a BOM kept: the
  // parser drops it itself; malformed UTF-8 replaced, as Node's decoder does).
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const parsed = parseScenarioText(text);
  return parsed.ok ? compileScenario(parsed.scenario, options) : parsed;
}

/**
 * Below this many bytes an array is parsed whole by JSON.parse: the element reader beats it only
 * once compiled to machine code, after some tens of thousands of elements (a 20,000-person file
 * read about a fifth slower with it, a 100,000-person one a tenth faster).
 */
export const WHOLE_ARRAY_BYTES = 4 << 20;

/**
 * The plan read an element at a time (arrays under `wholeBelow` bytes all at once), or null:
 * read the file the ordinary way.
 */
export function readScenarioByElements(
  bytes: Uint8Array,
  options: SimulationOptions = {},
  wholeBelow = WHOLE_ARRAY_BYTES,
): CompileResult | null {
  if (bytes.length > MAX_FILE_BYTES) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    const decode = (from: number, to: number) => decoder.decode(bytes.subarray(from, to));
    const members = scanTopLevel(bytes, (key) => JSON.parse(decoder.decode(key)) as string);
    if (members === null) return null;
    const rest: Record<string, unknown> = {};
    let people: Member | null = null;
    let events: Member | null = null;
    for (const m of members) {
      const key = m.key;
      if (m.elements !== null) {
        if (key === 'people') people = m;
        else events = m;
      } else if (key === 'people' || key === 'events')
        return null; // not an array of objects
      else rest[key] = JSON.parse(decode(m.start, m.end));
    }
    if (rest.version !== CURRENT_VERSION) return null; // a migration may rewrite people or events
    const parsed = parseScenario(rest);
    if (!parsed.ok) return null;
    const reader = new ElementReader(bytes);
    const eachOf =
      <T>(
        member: Member | null,
        fast: (i: number) => object | undefined,
        valid: (v: unknown) => boolean,
      ) =>
      (add: (element: T) => boolean) =>
        member === null ||
        eachElement(
          bytes,
          member.elements!,
          wholeBelow,
          fast,
          reader,
          decode,
          (v) => valid(v) && add(v as T),
        );
    return compileParts(
      parsed.scenario,
      {
        eventCount: events?.elements!.count ?? 0,
        events: eachOf<ScenarioEvent>(events, (i) => reader.event(i), isValidEvent),
        peopleCount: people?.elements!.count ?? 0,
        people: eachOf<Person>(people, (i) => reader.person(i), isValidPerson),
      },
      options,
    );
  } catch {
    return null; // malformed UTF-8 or JSON, or anything else: the ordinary reader says what
  }
}

/**
 * Reads the array's elements in file order; false as soon as `take` refuses one. Throws a
 * SyntaxError, as JSON.parse would, for anything but commas and spaces between them.
 */
function eachElement(
  bytes: Uint8Array,
  span: ArraySpan,
  wholeBelow: number,
  /** The element whose `{` is at a byte offset, read straight from the bytes, or undefined. */
  fast: (i: number) => object | undefined,
  reader: ElementReader,
  decode: (from: number, to: number) => string,
  take: (value: unknown) => boolean,
): boolean {
  if (span.end - span.start < wholeBelow) {
    const all = JSON.parse(decode(span.start, span.end)) as unknown[];
    for (let k = 0; k < all.length; k++) if (!take(all[k])) return false;
    return true;
  }
  let i = skipSpace(bytes, span.start + 1);
  if (bytes[i] === CLOSE_BRACKET) return true;
  for (;;) {
    // The scan found only objects, but not whether commas separate them.
    if (bytes[i] !== OPEN_BRACE) throw new SyntaxError('a comma out of place');
    let value: unknown = fast(i);
    let end = reader.end;
    if (value === undefined) {
      end = skipValue(bytes, i, Infinity); // the scan checked the nesting already
      if (end < 0) throw new SyntaxError('an element the scan did not check');
      value = JSON.parse(decode(i, end));
    }
    if (!take(value)) return false;
    i = skipSpace(bytes, end);
    if (bytes[i] === COMMA) i = skipSpace(bytes, i + 1);
    else if (bytes[i] === CLOSE_BRACKET) return true;
    else throw new SyntaxError('a byte out of place between elements');
  }
}
