/**
 * The test person of a dry run (R59): someone of the audience as listed, or a new person typed in
 * as "country=DE, score=10" (numbers and true/false are read as such, anything else as text).
 */
import type { Person, Scalar, Scenario } from '../../model';

/** The id a new test person gets, unless someone of the audience already has it. */
export const NEW_PERSON_ID = 'test-person';

export type AttributesRead =
  { ok: true; attributes: Record<string, Scalar> } | { ok: false; part: string };

function scalarOf(text: string): Scalar {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

/** "country=DE, score=10" (commas or new lines between pairs); the first part that is no pair is named. */
export function readAttributes(text: string): AttributesRead {
  const attributes: Record<string, Scalar> = {};
  for (const raw of text.split(/[,\n]/)) {
    const part = raw.trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? '' : part.slice(0, eq).trim();
    if (name === '') return { ok: false, part };
    attributes[name] = scalarOf(part.slice(eq + 1).trim());
  }
  return { ok: true, attributes };
}

/** A new test person with these attributes, under an id nobody of the audience has. */
export function newTestPerson(doc: Scenario, attributes: Record<string, Scalar>): Person {
  const taken = new Set((doc.people ?? []).map((p) => p.id));
  let id = NEW_PERSON_ID;
  for (let n = 2; taken.has(id); n++) id = `${NEW_PERSON_ID}-${n}`;
  return { id, attributes };
}
