/** The scenario format: schemas, types, validation and migrations. */
export * from './primitives';
export * from './filters';
export * from './program';
export * from './people';
export * from './generator';
export * from './scenario';
export * from './problems';
export { checkReferences } from './references';
export { migrate, MIGRATIONS, type Migration } from './migrations';
export { parseScenario, parseScenarioText, type ParseResult } from './parseScenario';
