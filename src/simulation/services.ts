/**
 * What the preview's views ask of the simulation beyond the store's state: people rows and filters,
 * explanations and exports, answered by the workers from the plan of the result on screen; and run
 * control. One object per open program, bound to its controller and the app's pool of workers.
 */
import type {
  CastPeople,
  PeopleFilter,
  PeopleRows,
  PersonExplanation,
  WhyNotAnswer,
} from '../engine';
import type { Answer, ExportFormat } from '../worker/protocol';
import type { PreviewController } from './controller';
import type { SimulationPool } from './pool';

export interface PreviewServices {
  cancel(): void;
  rerun(): void;
  query(key: string, filter: PeopleFilter): Promise<Answer<Int32Array>>;
  rows(key: string, persons: Int32Array): Promise<Answer<PeopleRows>>;
  castPeople(key: string, casts: number[]): Promise<Answer<CastPeople>>;
  explain(key: string, person: string): Promise<Answer<PersonExplanation>>;
  whyNot(key: string, person: string, rule: string, stream?: string): Promise<Answer<WhyNotAnswer>>;
  /** The records as the command line writes them, a file made of chunks. */
  exportRecords(key: string, format: ExportFormat): Promise<Answer<Blob>>;
}

export function previewServicesOf(
  controller: PreviewController,
  pool: SimulationPool,
): PreviewServices {
  /** Asks; when the workers have dropped that result's plan, brings it back once and asks again. */
  const ask = async <T>(key: string, call: () => Promise<Answer<T>>): Promise<Answer<T>> => {
    const answer = await call();
    if (answer.ok || !('missing' in answer)) return answer;
    return (await controller.restore(key)) ? call() : answer;
  };
  return {
    cancel: () => controller.cancel(),
    rerun: () => controller.rerun(),
    query: (key, filter) => ask(key, () => pool.query(key, filter)),
    rows: (key, persons) => ask(key, () => pool.rows(key, persons)),
    castPeople: (key, casts) => ask(key, () => pool.castPeople(key, casts)),
    explain: (key, person) => ask(key, () => pool.explain(key, person)),
    whyNot: (key, person, rule, stream) => ask(key, () => pool.whyNot(key, person, rule, stream)),
    exportRecords: (key, format) => ask(key, () => pool.exportRecords(key, format)),
  };
}
