/**
 * Compiled filters, triggers, rules and happenings back in the file's terms (ids and names, not
 * indices), and filters checked against a person with the value found, for explanations.
 */
import type { Filter, Operator, Scalar, Trigger } from '../../model';
import {
  type CompiledFilter,
  type CompiledProgram,
  type CompiledRule,
  type CompiledTrigger,
  TRIGGER,
  type TriggerKind,
} from '../compiled';
import type { PersonState } from '../sim/state';
import type { FilterCheck, Happening, RuleRef } from './types';

export function filterOf(program: CompiledProgram, f: CompiledFilter): Filter {
  const content = (c: number) => (c < 0 ? {} : { content: program.contentIds[c]! });
  switch (f.kind) {
    case 0:
      return {
        type: 'attribute',
        attribute: program.attributes[f.attr]!,
        op: f.op as Operator,
        value: f.value,
      };
    case 1:
      return { type: 'received', content: program.contentIds[f.content]! };
    case 2:
      return { type: 'opened', ...content(f.content) };
    case 3:
      return { type: 'clicked', ...content(f.content) };
    case 4:
      return { type: 'exhausted', value: f.value };
    case 5:
      return { type: 'cadence', value: f.paused ? 'paused' : 'normal' };
    case 6:
      return { type: 'inStream', stream: program.streams[f.stream]!.id };
  }
}

export function triggerOf(program: CompiledProgram, t: CompiledTrigger): Trigger {
  switch (t.kind) {
    case TRIGGER.attributeChanged: {
      const attribute = program.attributes[t.attr]!;
      return t.to === null
        ? { type: 'attributeChanged', attribute }
        : {
            type: 'attributeChanged',
            attribute,
            to: { op: t.to.op as Operator, value: t.to.value },
          };
    }
    case TRIGGER.fillsOutForm:
      return t.form === null ? { type: 'fillsOutForm' } : { type: 'fillsOutForm', form: t.form };
    case TRIGGER.clicksEmail:
    case TRIGGER.opensEmail: {
      const type = t.kind === TRIGGER.clicksEmail ? 'clicksEmail' : 'opensEmail';
      return t.target < 0 ? { type } : { type, content: program.contentIds[t.target]! };
    }
    case TRIGGER.addedToProgram:
      return { type: 'addedToProgram' };
    case TRIGGER.streamChanged:
      return t.target < 0
        ? { type: 'streamChanged' }
        : { type: 'streamChanged', to: program.streams[t.target]!.id };
  }
}

/** The arguments of `Moves.fire` as the happening they stand for. */
export function happeningOf(
  program: CompiledProgram,
  kind: TriggerKind,
  target: number,
  value: Scalar,
): Happening {
  switch (kind) {
    case TRIGGER.attributeChanged:
      return { type: 'attributeChanged', attribute: program.attributes[target]!, value };
    case TRIGGER.fillsOutForm:
      return { type: 'fillsOutForm', form: String(value) };
    case TRIGGER.clicksEmail:
      return { type: 'clicksEmail', content: program.contentIds[target]! };
    case TRIGGER.opensEmail:
      return { type: 'opensEmail', content: program.contentIds[target]! };
    case TRIGGER.addedToProgram:
      return { type: 'addedToProgram' };
    case TRIGGER.streamChanged:
      return { type: 'streamChanged', to: program.streams[target]!.id };
  }
}

/** A rule by its stream and place in that stream's `transitions` (rule ids may repeat). */
export function ruleRef(program: CompiledProgram, rule: CompiledRule): RuleRef {
  let index = 0;
  for (const other of program.rules)
    if (other.stream === rule.stream && other.index < rule.index) index++;
  return { id: rule.id, stream: program.streams[rule.stream]!.id, index };
}

/** What the filter reads from the person (semantics 23-24). */
function found(program: CompiledProgram, state: PersonState, f: CompiledFilter): Scalar {
  switch (f.kind) {
    case 0:
      return state.attrs[f.attr] ?? null;
    case 1:
    case 2:
    case 3:
      return state.holds(f); // had it (or, without a content, any opened/clicked)
    case 4:
      return state.member && state.exhausted; // a non-member is not exhausted
    case 5:
      return state.member ? (state.paused ? 'paused' : 'normal') : null;
    case 6:
      return state.member ? program.streams[state.stream]!.id : null;
  }
}

/** Every filter checked against the person as they are now (all of them, not only the first to fail). */
export function checkFilters(
  program: CompiledProgram,
  state: PersonState,
  filters: readonly CompiledFilter[],
): FilterCheck[] {
  return filters.map((f, index) => ({
    index,
    filter: filterOf(program, f),
    found: found(program, state, f),
    holds: state.holds(f),
  }));
}
