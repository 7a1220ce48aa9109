/** The file a program is exported as: its name (else its id, else "program") made safe, `.lanecast.json`. */
import type { Scenario } from '../model';

export function documentFileName(doc: Scenario): string {
  const name = doc.program.name ?? doc.program.id ?? 'program';
  return `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.lanecast.json`;
}
