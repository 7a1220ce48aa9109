/** The files a program is saved as: its name (else its id, else "program") made safe for a file name. */
import type { Scenario } from '../model';

/** `Nurture-A`: the name part, without an extension. */
export function programFileStem(doc: Scenario): string {
  const name = doc.program.name ?? doc.program.id ?? 'program';
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-');
}

/** The program's own file: `<name>.lanecast.json`. */
export function documentFileName(doc: Scenario): string {
  return `${programFileStem(doc)}.lanecast.json`;
}
