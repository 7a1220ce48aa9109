/** The files a program is saved as: its name (else its id, else "program") made safe for a file name. */
import type { Scenario } from '../model';

/** `Nurture-A`: the name part, without an extension. */
export function programFileStem(doc: Scenario): string {
  const name = doc.program.name ?? doc.program.id ?? 'program';
  // Runs of anything else become one dash, none at either end ("Nurture (variant 1)" is
  // "Nurture-variant-1", not "Nurture-variant-1-"); a name of symbols only falls back to "program".
  const stem = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '');
  return stem === '' ? 'program' : stem;
}

/** The program's own file: `<name>.lanecast.json`. */
export function documentFileName(doc: Scenario): string {
  return `${programFileStem(doc)}.lanecast.json`;
}
