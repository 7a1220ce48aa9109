/**
 * Removing several parts as one edit (what is selected on the canvas): rules and batch moves
 * first, then cards, then lanes, so a part already gone with its lane is simply skipped.
 */
import type { Scenario } from '../../model';
import type { Selected } from '../selected';
import { removeItem } from './content';
import { done, type EditResult } from './result';
import { removeBatchMove, removeRule } from './rules';
import { removeStream } from './streams';

export function removeParts(doc: Scenario, parts: readonly Selected[]): EditResult {
  let next = doc;
  const apply = (result: EditResult) => {
    if (result.ok) next = result.doc;
  };
  for (const part of parts) {
    if (part.kind === 'rule') apply(removeRule(next, part.stream, part.id));
    if (part.kind === 'batch') apply(removeBatchMove(next, part.id));
  }
  for (const part of parts) if (part.kind === 'item') apply(removeItem(next, part.stream, part.id));
  for (const part of parts) if (part.kind === 'stream') apply(removeStream(next, part.id));
  return done(next);
}
