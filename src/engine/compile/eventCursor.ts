/**
 * Walks one person's scripted events at a time, in order, over the event columns: a file person's
 * rows, or a generated person's single join. `next` fills and returns one reused `PersonEvent`,
 * valid until the following call, so a million people allocate nothing here.
 */
import type { PeopleTable } from './people';
import { type CompiledEvents, EV, type PersonEvent } from './events';

export class EventCursor {
  private readonly view: PersonEvent = {
    at: 0,
    kind: EV.add,
    stream: 0,
    attr: -1,
    value: null,
    form: '',
    content: -1,
    operational: false,
    fileIndex: -1,
  };
  private row = 0;
  private end = 0;
  /** A generated person's join, while not yet taken. */
  private joinPending = false;
  private joinAt = 0;
  private joinStream = 0;

  constructor(
    private readonly events: CompiledEvents,
    private readonly people: PeopleTable,
  ) {}

  /** Starts person p's events. */
  open(p: number) {
    const people = this.people;
    if (p < people.explicitCount) {
      this.row = this.events.start[p]!;
      this.end = this.events.start[p + 1]!;
      this.joinPending = false;
      return;
    }
    const g = p - people.explicitCount;
    this.row = this.end = 0;
    this.joinPending = true;
    this.joinAt = people.generated!.joinAt[g]!;
    this.joinStream = people.generated!.joinStream[g]!;
  }

  /** The instant of the next event, or Infinity when there is none. */
  peekAt(): number {
    if (this.row < this.end) return this.events.at[this.row]!;
    return this.joinPending ? this.joinAt : Infinity;
  }

  /** The next event (call only after `peekAt` returned a finite instant). */
  next(): PersonEvent {
    const view = this.view;
    if (this.row >= this.end) {
      view.at = this.joinAt;
      view.kind = EV.add;
      view.stream = this.joinStream;
      view.attr = -1;
      view.value = null;
      view.form = '';
      view.content = -1;
      view.operational = false;
      view.fileIndex = -1;
      this.joinPending = false;
      return view;
    }
    const e = this.events;
    const r = this.row++;
    const kind = e.kind[r]! as PersonEvent['kind'];
    const value = e.value[r]!;
    view.at = e.at[r]!;
    view.kind = kind;
    view.stream = e.stream[r]!;
    view.attr = e.attr[r]!;
    view.value = kind === EV.set ? e.values[value]! : null;
    view.form = kind === EV.fillsOutForm ? (e.values[value] as string) : '';
    view.content = e.content[r]!;
    view.operational = e.operational[r] === 1;
    view.fileIndex = e.fileIndex[r]!;
    return view;
  }
}
