/** Whether a happening fires a rule's trigger (R47, R51; the trigger table of the spec). */
import type { Scalar } from '../../model';
import { type CompiledTrigger, TRIGGER } from '../compiled';
import { compare } from './compare';

/**
 * `target` is the happening's attribute, content or stream index; `value` the new attribute value
 * (attributeChanged) or the form name (fillsOutForm).
 */
export function triggerMatches(trigger: CompiledTrigger, target: number, value: Scalar): boolean {
  switch (trigger.kind) {
    case TRIGGER.attributeChanged:
      return (
        trigger.attr === target &&
        (trigger.to === null || compare(value, trigger.to.op, trigger.to.value))
      );
    case TRIGGER.fillsOutForm:
      return trigger.form === null || trigger.form === value;
    case TRIGGER.addedToProgram:
      return true;
    default:
      // clicksEmail, opensEmail (content) and streamChanged (destination): -1 means any.
      return trigger.target < 0 || trigger.target === target;
  }
}
