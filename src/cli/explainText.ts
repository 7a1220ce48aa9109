/** English wording of a person's explanation for `simulate --explain PERSON`. */
import {
  type BlockedBy,
  explainPerson,
  type ExplainStep,
  type ItemLook,
  type SimulationPlan,
  wallClock,
} from '../engine';
import { moveWhyText } from './ruleText';

type When = (at: string) => string;

/** "the communication limit of 1 per day on 2025-03-04 (R34, R36)", then what used it. */
function blockedText(blocked: BlockedBy, when: When): { why: string; used: string[] } {
  if (blocked.reason === 'unsubscribed') return { why: 'unsubscribed, R27', used: [] };
  const { cap, value, day, from, used } = blocked.limit;
  const window = cap === 'perDay' ? `per day on ${day}` : `per 7 days (${from} to ${day})`;
  return {
    why: `the communication limit of ${value} ${window}, R34, R36`,
    used: used.map((u) =>
      u.kind === 'external'
        ? `used by: ${when(u.at)} external email (events[${u.index}], R35)`
        : `used by: ${when(u.at)} ${u.kind === 'send' ? `${u.content} sent` : `program ${u.content}'s email`} in ${u.stream}`,
    ),
  };
}

function itemText(item: ItemLook, when: When): string {
  const label = item.name === item.content ? item.content : `${item.content} "${item.name}"`;
  switch (item.verdict) {
    case 'inactive':
      return `${label}: skipped, inactive (R8)`;
    case 'notYetAvailable':
      return `${label}: skipped, available only from ${item.from} (R9)`;
    case 'noLongerAvailable':
      return `${label}: skipped, available only through ${item.through} (R9)`;
    case 'consumed':
      return `${label}: skipped, already had it on ${item.on} in ${item.stream} (R14)`;
    case 'programMember':
      return item.since === 'prior'
        ? `${label}: skipped, a member of this program since before the simulation (R15, R28)`
        : `${label}: skipped, processed through it on ${item.on} in ${item.stream}${item.qualified ? '' : ' (did not qualify)'}: a member (R15, R28; kept after a removal, R52)`;
    case 'sent':
      return `${label}: SENT, delivered ${when(item.deliveredAt)} (R27)`;
    case 'blocked': {
      const { why, used } = blockedText(item, when);
      return [
        `${label}: BLOCKED (${why}); stays unconsumed, nothing below is tried`,
        ...used.map((u) => `    ${u}`),
      ].join('\n    ');
    }
    case 'programRan': {
      if (!item.qualified)
        return `${label}: program consumed, but the person failed its smart list: nothing sent (R29)`;
      if (item.emailBlocked === null) return `${label}: program cast campaign ran (R29)`;
      const { why, used } = blockedText(item.emailBlocked, when);
      return [
        `${label}: program cast campaign ran and is consumed, but its email was held back (${why})`,
        ...used.map((u) => `    ${u}`),
      ].join('\n    ');
    }
    case 'notReached':
      return `${label}: not reached (one item per cast, R26)`;
  }
}

function stepText(step: ExplainStep, zone: string): string[] {
  const when = (at: string) => wallClock(zone, Date.parse(at));
  switch (step.kind) {
    case 'cast': {
      const head = `${when(step.at)}  cast of ${step.stream}`;
      if (step.status === 'lost') return [`${head}: lost, the program was off (R6)`];
      if (step.status === 'paused')
        return [
          `${head}: paused, receives nothing (R54)${step.newlyExhausted ? '; now exhausted (R38)' : ''}`,
        ];
      const lines = [
        `${head}${step.decidedAt !== step.at ? ` (decided ${when(step.decidedAt)}, R23)` : ''}:`,
      ];
      if (step.items.length === 0) lines.push('    the stream has no content');
      for (const item of step.items) lines.push(`    ${itemText(item, when)}`);
      if (step.newlyExhausted)
        lines.push('    => exhausted: nothing eligible is left unconsumed (R38)');
      return lines;
    }
    case 'event':
      return [
        `${when(step.at)}  event ${step.type}${step.index === null ? ' (generated join)' : ` (events[${step.index}])`}${step.effective ? '' : ': no effect'}`,
      ];
    case 'move':
      return [
        `${when(step.at)}  ${step.from === null ? `joined ${step.to}` : `moved ${step.from} -> ${step.to}`} (${moveWhyText(step.why)})`,
      ];
    case 'behavior':
      return step.action === 'delivered'
        ? [`${when(step.at)}  ${step.content} delivered in the person's time zone (R23)`]
        : [`${when(step.at)}  ${step.action} ${step.content} (sampled behaviour)`];
    case 'remove':
      return [`${when(step.at)}  removed from the program: email history cleared (R52)`];
  }
}

export function explainToText(plan: SimulationPlan, person: string): string | null {
  const explanation = explainPerson(plan, person);
  if (explanation === null) return null;
  const zone = plan.program.zone;
  const lines = [`${explanation.person} (times in ${zone}; person's zone ${explanation.timeZone})`];
  for (const step of explanation.steps) lines.push(...stepText(step, zone));
  return lines.join('\n') + '\n';
}
