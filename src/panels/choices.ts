/**
 * What the rule builder's pickers offer, read from the open document: its emails (for opens,
 * clicks: semantics 25 wants an email), all its content (for "was sent") and its streams.
 */
import type { Scenario } from '../model';

export interface Choice {
  id: string;
  label: string;
}

export interface Choices {
  emails: Choice[];
  contents: Choice[];
  streams: Choice[];
}

const labelOf = (id: string, name: string | undefined) =>
  name === undefined || name === '' || name === id ? id : `${name} (${id})`;

export function choicesOf(doc: Scenario | null): Choices {
  const seen = new Set<string>();
  const emails: Choice[] = [];
  const contents: Choice[] = [];
  for (const stream of doc?.program.streams ?? [])
    for (const item of stream.content ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const choice = { id: item.id, label: labelOf(item.id, item.name) };
      contents.push(choice);
      if (item.type === 'email') emails.push(choice);
    }
  const streams = (doc?.program.streams ?? []).map((s) => ({
    id: s.id,
    label: labelOf(s.id, s.name),
  }));
  return { emails, contents, streams };
}

/** Options for a select of `choices`, keeping `current` selectable even if it no longer fits. */
export function optionsOf(choices: readonly Choice[], current: string | undefined) {
  const options = choices.map((c) => ({ value: c.id, label: c.label }));
  if (current !== undefined && !choices.some((c) => c.id === current))
    options.push({ value: current, label: current });
  return options;
}
