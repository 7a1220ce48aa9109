/**
 * What the inspector shows: the first selected element, found in the document. A selection that
 * no longer resolves (deleted, undone) falls back to the program.
 */
import type { BatchMove, ContentItem, Scenario, Stream, TransitionRule } from '../model';
import type { Selected } from '../document/selected';

export type Target =
  | { kind: 'program' }
  | { kind: 'stream'; stream: Stream }
  | { kind: 'item'; stream: Stream; item: ContentItem }
  | { kind: 'rule'; stream: Stream; rule: TransitionRule }
  | { kind: 'batch'; batch: BatchMove };

export function targetOf(doc: Scenario, selected: Selected | undefined): Target {
  const program = { kind: 'program' } as const;
  if (selected === undefined || selected.kind === 'program') return program;
  if (selected.kind === 'batch') {
    const batch = doc.program.batchMoves?.find((b) => b.id === selected.id);
    return batch ? { kind: 'batch', batch } : program;
  }
  const streamId = selected.kind === 'stream' ? selected.id : selected.stream;
  const stream = doc.program.streams.find((s) => s.id === streamId);
  if (!stream) return program;
  if (selected.kind === 'stream') return { kind: 'stream', stream };
  if (selected.kind === 'item') {
    const item = stream.content?.find((c) => c.id === selected.id);
    return item ? { kind: 'item', stream, item } : program;
  }
  const rule = stream.transitions?.find((r) => r.id === selected.id);
  return rule ? { kind: 'rule', stream, rule } : program;
}

/** Identity of the inspected element: a new one starts with fresh drafts. */
export function targetKey(target: Target): string {
  switch (target.kind) {
    case 'program':
      return 'program';
    case 'stream':
      return `stream\u0000${target.stream.id}`;
    case 'item':
      return `item\u0000${target.stream.id}\u0000${target.item.id}`;
    case 'rule':
      return `rule\u0000${target.stream.id}\u0000${target.rule.id}`;
    case 'batch':
      return `batch\u0000${target.batch.id}`;
  }
}
