/** Saves a scenario document as `<name>.lanecast.json` in the user's downloads. */
import type { Scenario } from '../model';

export function downloadDocument(doc: Scenario) {
  const blob = new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${(doc.program.name ?? doc.program.id).replace(/[^\p{L}\p{N}._-]+/gu, '-')}.lanecast.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
