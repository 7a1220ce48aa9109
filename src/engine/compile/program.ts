/** Compiles the program's static parts: content identities, slots, rules, batch moves, limits. */
import type { Behavior, Program, Scenario } from '../../model';
import type {
  BatchMoveDef,
  CompiledRule,
  CompiledRuleTrigger,
  PartialRates,
  Slot,
} from '../compiled';
import { TRIGGER } from '../compiled';
import { dayOf } from '../time/days';
import { compileFilters, compileTrigger, type NameIndex } from './filters';

export interface StaticProgram {
  index: NameIndex;
  contentIds: string[];
  contentNames: string[];
  isEmail: Uint8Array;
  words: number;
  programMask: Uint32Array;
  slots: Slot[][];
  rules: CompiledRule[];
  rulesByTrigger: CompiledRuleTrigger[][];
  batchMoves: BatchMoveDef[];
  limits: { perDay: number; per7Days: number } | null;
}

export function ratesOf(behavior: Behavior | undefined): PartialRates | null {
  if (behavior === undefined) return null;
  const rates: PartialRates = {};
  if (behavior.open !== undefined) rates.open = behavior.open;
  if (behavior.click !== undefined) rates.click = behavior.click;
  if (behavior.unsubscribe !== undefined) rates.unsubscribe = behavior.unsubscribe;
  return rates;
}

function indexContent(program: Program) {
  const content = new Map<string, number>();
  const ids: string[] = [];
  const names: string[] = [];
  const email: number[] = [];
  for (const stream of program.streams) {
    for (const item of stream.content ?? []) {
      if (content.has(item.id)) continue;
      content.set(item.id, ids.length);
      ids.push(item.id);
      names.push(item.name ?? item.id);
      email.push(item.type === 'email' ? 1 : 0);
    }
  }
  return { content, ids, names, isEmail: Uint8Array.from(email) };
}

export function compileStatic(scenario: Scenario): StaticProgram {
  const program = scenario.program;
  const { content, ids, names, isEmail } = indexContent(program);
  const stream = new Map(program.streams.map((s, i) => [s.id, i]));
  const index: NameIndex = { content, stream, attribute: new Map() };

  const words = Math.max(1, Math.ceil(ids.length / 32));
  const programMask = new Uint32Array(words);
  isEmail.forEach((e, c) => {
    if (!e) programMask[c >>> 5]! |= 1 << (c & 31);
  });

  const slots = program.streams.map((s) =>
    (s.content ?? []).map((item): Slot => ({
      content: content.get(item.id)!,
      initialActive: item.active ?? true,
      from: item.activeFrom ? dayOf(item.activeFrom) : -Infinity,
      through: item.activeThrough ? dayOf(item.activeThrough) : Infinity,
      qualify: compileFilters(item.qualify, index),
      behavior: ratesOf(item.behavior),
    })),
  );

  const rules: CompiledRule[] = [];
  program.streams.forEach((s, si) => {
    for (const r of s.transitions ?? []) {
      rules.push({
        id: r.id,
        stream: si,
        index: rules.length,
        triggers: r.triggers.map((t) => compileTrigger(t, index)),
        filters: compileFilters(r.filters, index),
      });
    }
  });
  // Rules are already in display order then array order, which is the order R49 picks in.
  const rulesByTrigger: CompiledRuleTrigger[][] = Object.values(TRIGGER).map(() => []);
  for (const rule of rules)
    for (const trigger of rule.triggers) rulesByTrigger[trigger.kind]!.push({ rule, trigger });

  const batchMoves = (program.batchMoves ?? []).map((b, i): BatchMoveDef => ({
    id: b.id,
    index: i,
    from: b.from === undefined ? -1 : stream.get(b.from)!,
    to: stream.get(b.to)!,
    filters: compileFilters(b.filters, index),
  }));

  const limits = program.communicationLimits;
  return {
    index,
    contentIds: ids,
    contentNames: names,
    isEmail,
    words,
    programMask,
    slots,
    rules,
    rulesByTrigger,
    batchMoves,
    limits:
      limits && (limits.perDay !== undefined || limits.per7Days !== undefined)
        ? { perDay: limits.perDay ?? Infinity, per7Days: limits.per7Days ?? Infinity }
        : null,
  };
}
