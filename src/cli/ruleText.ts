/** English wording of happenings, triggers and filters for the command line's explanations. */
import type { FilterCheck, Happening, MoveWhy } from '../engine';
import type { Filter, Trigger } from '../model';

const json = (value: unknown) => JSON.stringify(value);

export function happeningText(h: Happening): string {
  switch (h.type) {
    case 'attributeChanged':
      return `${h.attribute} changed to ${json(h.value)}`;
    case 'fillsOutForm':
      return `filled out form ${h.form}`;
    case 'clicksEmail':
      return `clicked ${h.content}`;
    case 'opensEmail':
      return `opened ${h.content}`;
    case 'addedToProgram':
      return 'added to the program';
    case 'streamChanged':
      return `moved into ${h.to}`;
  }
}

/** What a trigger waits for, worded for "never ...": "filled out form F-demo". */
export function triggerText(t: Trigger): string {
  switch (t.type) {
    case 'attributeChanged':
      return `had ${t.attribute} changed${t.to ? ` to a value ${t.to.op} ${json(t.to.value)}` : ''}`;
    case 'fillsOutForm':
      return `filled out ${t.form === undefined ? 'any form' : `form ${t.form}`}`;
    case 'clicksEmail':
      return `clicked ${t.content ?? 'any email of the program'}`;
    case 'opensEmail':
      return `opened ${t.content ?? 'any email of the program'}`;
    case 'addedToProgram':
      return 'was added to the program';
    case 'streamChanged':
      return `moved into ${t.to ?? 'any stream'}`;
  }
}

export function filterText(f: Filter): string {
  switch (f.type) {
    case 'attribute':
      return `${f.attribute} ${f.op} ${json(f.value)}`;
    case 'received':
      return `received ${f.content}`;
    case 'opened':
    case 'clicked':
      return `${f.type} ${f.content ?? 'any email'}`;
    case 'exhausted':
      return `exhausted is ${f.value}`;
    case 'cadence':
      return `cadence is ${f.value}`;
    case 'inStream':
      return `in stream ${f.stream}`;
  }
}

/** "filters[0] score gte 50: found 40" */
export function checkText(check: FilterCheck): string {
  return `filters[${check.index}] ${filterText(check.filter)}: found ${json(check.found)}`;
}

/** Why a move happened, for its line: "rule t-demo of S2 (...) fired on: filled out form F-demo". */
export function moveWhyText(why: MoveWhy): string {
  switch (why.by) {
    case 'event':
      return 'event';
    case 'rule':
      return `rule ${why.rule.id} of ${why.rule.stream} (transitions[${why.rule.index}]) fired on: ${happeningText(why.happening)} (triggers[${why.triggerIndex}], R47)`;
    case 'batch': {
      const held = why.filters.map((c) => checkText(c)).join('; ');
      return `batch move ${why.batch}${held ? `, its filters held: ${held}` : ', no filters'}, R41`;
    }
  }
}
