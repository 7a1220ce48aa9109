/**
 * The order the Script tab lists events in: by instant, and events at the same instant in file
 * order, which is the order the simulator applies them in (spec, semantics 3). Built for files of
 * 100,000 events: instants are remembered per event object (instantOfEvent), and a file already
 * in time order (events are inserted in order) is not sorted again.
 */
import { isProgramEdit, type EventType, type ScenarioEvent } from '../../model';
import { instantOfEvent } from '../../document/ops/events';

/** Indices into `events`, by instant, same-instant events in file order. */
export function eventOrder(events: readonly ScenarioEvent[], zone: string): Int32Array {
  const at = Float64Array.from(events, (e) => instantOfEvent(e, zone));
  const order = Int32Array.from(events, (_, i) => i);
  let sorted = true;
  for (let i = 1; i < at.length && sorted; i++) sorted = at[i - 1]! <= at[i]!;
  if (sorted) return order;
  // A stable sort: ties keep file order.
  return Int32Array.from(Array.from(order).sort((a, b) => at[a]! - at[b]! || a - b));
}

export interface EventFilter {
  /** A person id; empty: everyone. Program edits name no person and are hidden by it. */
  person: string;
  /** One type; null: all. */
  type: EventType | null;
}

/** The entries of `order` whose events pass `filter`. */
export function filterOrder(
  order: Int32Array,
  events: readonly ScenarioEvent[],
  filter: EventFilter,
): Int32Array {
  const person = filter.person.trim();
  if (person === '' && filter.type === null) return order;
  return order.filter((i) => {
    const e = events[i]!;
    return (
      (filter.type === null || e.type === filter.type) &&
      (person === '' || (!isProgramEdit(e) && e.person === person))
    );
  });
}
