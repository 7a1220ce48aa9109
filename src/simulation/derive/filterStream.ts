/**
 * The stream the preview's views are filtered to: the one whose lane (or a card in it) is selected
 * on the canvas. Selection is shared, so clicking a lane filters the views and a stream picked in a
 * view selects its lane; there is no second copy of the choice.
 */
import type { Selected } from '../../document/selected';

export function filterStreamOf(selection: readonly Selected[]): string | null {
  const first = selection[0];
  if (first?.kind === 'stream') return first.id;
  if (first?.kind === 'item') return first.stream;
  return null;
}
