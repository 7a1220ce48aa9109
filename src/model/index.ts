/** The scenario format: schemas, types, validation and migrations. */
export * from './primitives';
export * from './filters';
export * from './program';
export * from './people';
export * from './generator';
export * from './scenario';
export * from './problems';
export {
  ENGLISH,
  MESSAGE_CODES,
  isMessageCode,
  fillTemplate,
  renderEnglish,
  type MessageCode,
  type Param,
  type Phrase,
} from './messages';
export { MAX_DEPTH, MAX_FILE_BYTES, checkFileSize } from './limits';
export { problemFromIssue } from './zodIssues';
export { checkReferences } from './references';
export { migrate, MIGRATIONS, type Migration } from './migrations';
export { parseScenario, parseScenarioText, type ParseResult } from './parseScenario';
export { isValidEvent, isValidPerson } from './validPeople';
