// Pure helpers for building stored records from scenario documents: validation, the fields
// mirrored from the document (name, stream count) and the summary the library list shows.
import { isDraftRuleIssue } from '../document/draftRules';
import { problemFromIssue, ScenarioSchema, type Scenario } from '../model';
import { InvalidScenarioError, type ProgramRecord, type ProgramSummary } from './types';

/**
 * The document if its shape is the format's (unknown keys kept), or throws. References are not
 * checked here: a draft may name a stream the user just deleted, and the problems panel says so;
 * refusing the save would lose the work. Likewise a rule drawn but not yet given a trigger is kept
 * as it is (src/document/draftRules.ts; exports leave it out). Imports check everything first.
 */
export function validScenario(document: Scenario): Scenario {
  const result = ScenarioSchema.safeParse(document);
  if (result.success) return result.data;
  const issues = result.error.issues.filter((i) => !isDraftRuleIssue(i, document));
  if (issues.length === 0) return document;
  throw new InvalidScenarioError(issues.map((i) => problemFromIssue(i, document)));
}

/** The fields of a program record that mirror its document. */
export function mirrored(document: Scenario): Pick<ProgramRecord, 'name' | 'streamCount'> {
  return {
    // A file may have neither (the app gives imported programs an id, see library/importFiles).
    name: document.program.name ?? document.program.id ?? '',
    streamCount: document.program.streams.length,
  };
}

export function newProgramRecord(document: Scenario, now: number): ProgramRecord {
  return {
    id: crypto.randomUUID(),
    ...mirrored(document),
    document,
    createdAt: now,
    updatedAt: now,
    revision: 1,
    deletedAt: null,
    variantOf: null,
  };
}

/** The same document with `program.name` replaced; the input is not mutated. */
export function withProgramName(document: Scenario, name: string): Scenario {
  return { ...document, program: { ...document.program, name } };
}

export function toSummary(record: ProgramRecord): ProgramSummary {
  const { id, name, streamCount, updatedAt, revision, variantOf } = record;
  return { id, name, streamCount, updatedAt, revision, variantOf };
}
