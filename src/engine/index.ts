/** The simulator: pure TypeScript, deterministic, runs in Node and in the Web Worker. */
export {
  compileScenario,
  type SimulationOptions,
  type SimulationPlan,
  type CompileResult,
} from './compile';
export { type PlanShare, planOfShare, sharePlan } from './compile/share';
export { readScenarioBytes } from './read/readScenarioBytes';
export { startSimulation, simulateAll, type RunOptions, type SimulationRun } from './simulate';
export { simulateRecords, simulateSummary, type Outcome } from './api';
export type { RecordSink, SimRecord, RecordType, BlockReason } from './records';
export { RECORD_TYPES } from './records';
export { RecordBuffer } from './output/recordBuffer';
export { SummarySink, type Summary, type SummaryCounts } from './output/summary';
export { namesOf, type Names } from './output/names';
export { jsonLine, csvLine, csvField, CSV_HEADER } from './output/formats';
export { castDays, nextCasts } from './calendar';
export { formatInstant, isoOfDay, dayOf } from './time/days';
export {
  explainPerson,
  findPerson,
  whyNot,
  dryRunCast,
  type DryRun,
  type DryRunRequest,
} from './explain';
export type * from './explain/types';
export { wallClock } from './time/zones';
export {
  engagementReport,
  itemEngagement,
  planEngagementSource,
  emailIndex,
  DEFAULT_BENCHMARKS,
  LOW_VOLUME,
  TREND_STEP,
  type Benchmarks,
  type ItemEngagement,
  type EngagementSource,
  type EngagementStream,
} from './engagement';
export { generateAudience, personId } from './audience/generate';
export * from './preview';
export { OUTCOME, CAST_STATUS, type Outcome as CastOutcome } from './sim/observer';
export { CAUSE, type CauseKind } from './records';
export { METRIC, METRIC_COUNT } from './metrics';
export {
  writeOutput,
  outputChunks,
  simulateShare,
  summarizeShare,
  summaryText,
  mergedChunks,
  type Format,
  type SpillOptions,
  type ShareRecords,
} from './output/write';
export { type RunStore, ROW_BYTES } from './output/packedRecords';
