/**
 * Events, moves, sampled behaviour and removals in words. A move says what made it: a scripted
 * event, a rule and the happening that fired it (R47, R49), or a batch move and the values its
 * filters found (R41).
 */
import type { BehaviorStep, EventStep, MoveStep, MoveWhy } from '../../../engine';
import type { ScenarioEvent } from '../../../model';
import type { Wording } from './context';
import { checkText, happeningText, valueText } from './values';

/**
 * A scripted event; `details` is the file's event when the document on screen is the one that
 * was simulated (then "Filled out form F-demo", else "Filled out a form").
 */
export function eventText(w: Wording, step: EventStep, details?: ScenarioEvent): string {
  const t = w.t;
  if (step.index === null) return t('preview.journey.event.generatedJoin');
  const e = details?.type === step.type ? details : undefined;
  switch (step.type) {
    case 'add':
      return e?.type === 'add' && e.stream !== undefined
        ? t('preview.journey.event.addTo', { stream: w.stream(e.stream) })
        : t('preview.journey.event.add');
    case 'move':
      return e?.type === 'move'
        ? t('preview.journey.event.moveTo', { stream: w.stream(e.stream) })
        : t('preview.journey.event.move');
    case 'set':
      return e?.type === 'set'
        ? t('preview.journey.event.setTo', { attribute: e.attribute, value: valueText(w, e.value) })
        : t('preview.journey.event.set');
    case 'fillsOutForm':
      return e?.type === 'fillsOutForm'
        ? t('preview.journey.event.fillsOutFormNamed', { form: e.form })
        : t('preview.journey.event.fillsOutForm');
    case 'opens':
      return e?.type === 'opens'
        ? t('preview.journey.event.opensNamed', { item: w.content(e.content) })
        : t('preview.journey.event.opens');
    case 'clicks':
      return e?.type === 'clicks'
        ? t('preview.journey.event.clicksNamed', { item: w.content(e.content) })
        : t('preview.journey.event.clicks');
    case 'externalEmail':
      return e?.type === 'externalEmail' && e.operational === true
        ? t('preview.journey.event.externalEmailOperational')
        : t('preview.journey.event.externalEmail');
    case 'pause':
    case 'resume':
    case 'remove':
    case 'unsubscribe':
    case 'resubscribe':
      return t(`preview.journey.event.${step.type}`);
    default:
      return t('preview.journey.event.scripted', { n: step.index + 1 });
  }
}

/** "Moved from Early to Late", "Joined Early". */
export function moveText(w: Wording, step: MoveStep): string {
  return step.from === null
    ? w.t('preview.journey.move.join', { to: w.stream(step.to) })
    : w.t('preview.journey.move.move', { from: w.stream(step.from), to: w.stream(step.to) });
}

/** "because cara filled out form F-demo (rule t-demo into Late)". */
export function moveWhyText(w: Wording, why: MoveWhy): string {
  const t = w.t;
  switch (why.by) {
    case 'event':
      return t('preview.journey.move.byEvent');
    case 'rule':
      return t('preview.journey.move.byRule', {
        person: w.person,
        happening: happeningText(w, why.happening),
        rule: why.rule.id,
        stream: w.stream(why.rule.stream),
      });
    case 'batch':
      return why.filters.length === 0
        ? t('preview.journey.move.byBatchNoFilters', { batch: why.batch })
        : t('preview.journey.move.byBatch', {
            batch: why.batch,
            checks: why.filters.map((c) => checkText(w, c)).join(t('preview.journey.whyNot.and')),
          });
  }
}

export function behaviorText(w: Wording, step: BehaviorStep): string {
  return w.t(`preview.journey.behavior.${step.action}`, {
    item: w.content(step.content),
    person: w.person,
  });
}
