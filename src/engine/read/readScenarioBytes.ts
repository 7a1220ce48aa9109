/**
 * A scenario file's bytes to a simulation plan, without ever holding the whole document as
 * objects: a million listed people would otherwise cost about 600 MB before anything is compiled.
 *
 * The top level is scanned once (jsonScan.ts); everything but `people` and `events` is parsed and
 * validated the ordinary way (parseScenario); then events, and after them people, are decoded and
 * parsed a batch at a time, each element validated, its references checked against the compile's
 * indexes and fed straight into the column builders, so a batch's objects die young.
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
import { type ArraySpan, BATCH_BYTES, type Member, scanTopLevel } from './jsonScan';

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
  const fast = readScenarioInBatches(bytes, options);
  if (fast !== null) return fast;
  // The ordinary reader, on the text as the command line always decoded it (a BOM kept: the
  // parser drops it itself; malformed UTF-8 replaced, as Node's decoder does).
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const parsed = parseScenarioText(text);
  return parsed.ok ? compileScenario(parsed.scenario, options) : parsed;
}

/** The plan read in batches (of about `batchBytes`), or null: read the file the ordinary way. */
export function readScenarioInBatches(
  bytes: Uint8Array,
  options: SimulationOptions = {},
  batchBytes = BATCH_BYTES,
): CompileResult | null {
  if (bytes.length > MAX_FILE_BYTES) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    const decode = (from: number, to: number) => decoder.decode(bytes.subarray(from, to));
    const members = scanTopLevel(
      bytes,
      (key) => JSON.parse(decoder.decode(key)) as string,
      batchBytes,
    );
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
    const eachOf =
      <T>(member: Member | null, valid: (v: unknown) => boolean) =>
      (add: (element: T) => boolean) =>
        member === null || eachElement(member.elements!, decode, (v) => valid(v) && add(v as T));
    return compileParts(
      parsed.scenario,
      {
        eventCount: events?.elements!.count ?? 0,
        events: eachOf<ScenarioEvent>(events, isValidEvent),
        peopleCount: people?.elements!.count ?? 0,
        people: eachOf<Person>(people, isValidPerson),
      },
      options,
    );
  } catch {
    return null; // malformed UTF-8 or JSON, or anything else: the ordinary reader says what
  }
}

/** Parses the array's elements a batch at a time; false as soon as `take` refuses one. */
function eachElement(
  span: ArraySpan,
  decode: (from: number, to: number) => string,
  take: (value: unknown) => boolean,
): boolean {
  for (let b = 0; b < span.starts.length; b++) {
    const batch = JSON.parse(`[${decode(span.starts[b]!, span.ends[b]!)}]`) as unknown[];
    for (let i = 0; i < batch.length; i++) if (!take(batch[i])) return false;
  }
  return true;
}
