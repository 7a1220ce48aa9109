/** The preview's simulation: a run's frame, aggregates as columns, people rows on demand. */
export * from './types';
export { buildFrame, buildCastIndex, dayIndexOf } from './frame';
export { startPreview, type PreviewRun } from './run';
export { mergeAggregates } from './merge';
export { peopleRows } from './rows';
export { queryPeople, type PeopleFilter } from './query';
export type { PersonColumns } from './collector';
export { castPeople, type CastPeople } from './castPeople';
export { frameEngagement, frameEngagementSource, frameEndAt } from './engagement';
