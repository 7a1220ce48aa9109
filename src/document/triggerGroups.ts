/**
 * "Clicks any email of stream X": the file format names one email or any email of the program
 * (`clicksEmail`/`opensEmail` with or without `content`), so the rule builder writes one trigger
 * per email of X (any trigger fires a rule, R47) and marks each with `"ofStream": "X"`, a key the
 * simulator ignores and files keep (unknown keys survive, spec). The builder shows the marked
 * triggers as one. The group is the emails X had when it was chosen: when X gains or loses emails
 * later, the group no longer matches, the builder and the problems panel say so, and "update"
 * rewrites it to X's emails of now.
 */
import type { Scenario, Trigger } from '../model';

/** The marker key on each trigger of a group. */
export const GROUP_KEY = 'ofStream';

export type GroupType = 'clicksEmail' | 'opensEmail';

export interface TriggerGroup {
  type: GroupType;
  stream: string;
  /** The emails the group's triggers name, in their order in the rule. */
  contents: string[];
}

/** One entry of the rule builder: a trigger as written, or a group of them. */
export type TriggerPart =
  { kind: 'one'; trigger: Trigger } | { kind: 'group'; group: TriggerGroup };

const isGroupType = (type: string): type is GroupType =>
  type === 'clicksEmail' || type === 'opensEmail';

/** The stream a trigger is marked with, if it is one of a group (an email named, a stream marked). */
function markOf(trigger: Trigger): string | null {
  if (!isGroupType(trigger.type)) return null;
  const { content, [GROUP_KEY]: mark } = trigger as Record<string, unknown>;
  return typeof mark === 'string' && typeof content === 'string' ? mark : null;
}

/**
 * The rule's triggers as the builder lists them: marked triggers of one type and stream become one
 * group, in the place of the first of them. `streams` are the program's stream ids: a mark naming
 * a stream that no longer exists groups nothing (its triggers are listed one by one).
 */
export function triggerParts(
  triggers: readonly Trigger[],
  streams: { has(id: string): boolean },
): TriggerPart[] {
  const parts: TriggerPart[] = [];
  const groups = new Map<string, TriggerGroup>();
  for (const trigger of triggers) {
    const stream = markOf(trigger);
    if (stream === null || !streams.has(stream)) {
      parts.push({ kind: 'one', trigger });
      continue;
    }
    const key = `${trigger.type}\u0000${stream}`;
    const content = (trigger as { content: string }).content;
    const existing = groups.get(key);
    if (existing) {
      if (!existing.contents.includes(content)) existing.contents.push(content);
      continue;
    }
    const group: TriggerGroup = { type: trigger.type as GroupType, stream, contents: [content] };
    groups.set(key, group);
    parts.push({ kind: 'group', group });
  }
  return parts;
}

/** The triggers a group stands for: one per email, each marked. */
export function groupTriggers(group: TriggerGroup): Trigger[] {
  return group.contents.map((content) => ({
    type: group.type,
    content,
    [GROUP_KEY]: group.stream,
  }));
}

export function triggersOfParts(parts: readonly TriggerPart[]): Trigger[] {
  return parts.flatMap((p) => (p.kind === 'one' ? [p.trigger] : groupTriggers(p.group)));
}

/** The email items of a stream, in priority order (an id's type is its first declaration). */
export function emailsOfStream(doc: Scenario, streamId: string): string[] {
  const typeOf = new Map<string, string>();
  for (const s of doc.program.streams)
    for (const c of s.content ?? []) if (!typeOf.has(c.id)) typeOf.set(c.id, c.type);
  const stream = doc.program.streams.find((s) => s.id === streamId);
  return (stream?.content ?? []).filter((c) => typeOf.get(c.id) === 'email').map((c) => c.id);
}

/** A group of `type` over the emails `stream` holds now. */
export function groupOf(doc: Scenario, type: GroupType, stream: string): TriggerGroup {
  return { type, stream, contents: emailsOfStream(doc, stream) };
}

/** How a group differs from its stream now: emails added since, and emails no longer there. */
export interface GroupDrift {
  added: string[];
  gone: string[];
}

export const groupDrift = (doc: Scenario, group: TriggerGroup): GroupDrift =>
  driftFrom(group, emailsOfStream(doc, group.stream));

/** How a group differs from `now`, the emails its stream holds. */
export function driftFrom(group: TriggerGroup, now: readonly string[]): GroupDrift {
  return {
    added: now.filter((id) => !group.contents.includes(id)),
    gone: group.contents.filter((id) => !now.includes(id)),
  };
}

export const isOutdated = (drift: GroupDrift) => drift.added.length > 0 || drift.gone.length > 0;

/**
 * The triggers with every group over `stream` of `type` rewritten to the stream's emails of now.
 * A stream without emails leaves nothing of the group (the rule may become a draft).
 */
export function refreshGroup(
  doc: Scenario,
  triggers: readonly Trigger[],
  type: GroupType,
  stream: string,
): Trigger[] {
  const streams = new Set(doc.program.streams.map((s) => s.id));
  return triggersOfParts(
    triggerParts(triggers, streams).map((part) =>
      part.kind === 'group' && part.group.type === type && part.group.stream === stream
        ? { kind: 'group', group: groupOf(doc, type, stream) }
        : part,
    ),
  );
}
