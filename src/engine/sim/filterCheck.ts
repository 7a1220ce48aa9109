/**
 * Filters (semantics 23-24) as the simulator checks them per person and happening: every kind in
 * one object shape, so the check reads its fields through one hidden class instead of five, and the
 * operator as its OP code. Made once per program from the compiled filters (compiled.ts).
 */
import type { Scalar } from '../../model';
import type { CompiledFilter } from '../compiled';
import { opCode } from './compare';

export class FilterCheck {
  /** FILTER kind. */
  readonly kind: number;
  /** attribute: the attribute index; else -1. */
  readonly attr: number = -1;
  /** attribute: the OP code; else -1. */
  readonly op: number = -1;
  /** attribute: the value compared with; else null. */
  readonly value: Scalar | Scalar[] = null;
  /** received, opened, clicked: the content (-1: any, opened/clicked); else -1. */
  readonly content: number = -1;
  /** exhausted: the value; cadence: whether paused is wanted. */
  readonly flag: boolean = false;
  /** inStream: the stream; else -1. */
  readonly stream: number = -1;

  constructor(f: CompiledFilter) {
    this.kind = f.kind;
    switch (f.kind) {
      case 0:
        this.attr = f.attr;
        this.op = opCode(f.op);
        this.value = f.value;
        break;
      case 1:
      case 2:
      case 3:
        this.content = f.content;
        break;
      case 4:
        this.flag = f.value;
        break;
      case 5:
        this.flag = f.paused;
        break;
      case 6:
        this.stream = f.stream;
        break;
    }
  }
}

export function checksOf(filters: readonly CompiledFilter[]): FilterCheck[] {
  return filters.map((f) => new FilterCheck(f));
}
