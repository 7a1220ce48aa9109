/**
 * Reading a scenario file: JSON text (or an already parsed value) to a validated, migrated
 * `Scenario`, or every problem found, each named by its JSON path. Nothing is partially accepted,
 * and nothing in a file makes reading throw: the size and the nesting are checked first, and
 * anything unexpected becomes one problem at the root.
 */
import { findJsonSyntaxError } from './jsonSyntax';
import { checkShape, checkTextSize, MAX_DEPTH, tooDeep } from './limits';
import { migrate } from './migrations';
import { type Problem, problem } from './problems';
import { describeValue, shortText } from './quote';
import { checkReferences } from './references';
import { FORMAT, type Scenario } from './scenario';
import { validateScenario } from './validateScenario';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

const refused = (...problems: Problem[]): ParseResult => ({ ok: false, problems });

export function parseScenarioText(text: string): ParseResult {
  return guarded(() => {
    const tooLarge = checkTextSize(text);
    if (tooLarge !== null) return refused(tooLarge);
    // Editors on Windows often save UTF-8 with a byte-order mark; it is not part of the JSON.
    const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return refused(describeJsonError(json));
    }
    return readDocument(raw);
  });
}

export function parseScenario(raw: unknown): ParseResult {
  return guarded(() => readDocument(raw));
}

function readDocument(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refused(problem([], 'notObject'));
  const shape = checkShape(raw);
  if (shape.length > 0) return refused(...shape);
  const doc = raw as Record<string, unknown>;
  if (doc.format !== FORMAT)
    return refused(problem(['format'], 'notLanecast', { found: describeValue(doc.format) }));
  const migrated = migrate(doc);
  if (!migrated.ok) return refused(migrated.problem);
  const validated = validateScenario(migrated.doc);
  const problems = validated.ok ? [] : validated.problems;
  problems.push(...checkReferences(migrated.doc));
  if (!validated.ok || problems.length > 0) return { ok: false, problems };
  return validated;
}

/** Runs a read; a throw (a bug, or an engine limit we did not foresee) becomes a root problem. */
function guarded(read: () => ParseResult): ParseResult {
  try {
    return read();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return refused(problem([], 'unexpected', { detail: shortText(detail, 200) }));
  }
}

/** One problem, "not valid JSON at line 3, column 7: ...", from our own scan of the text. */
function describeJsonError(text: string): Problem {
  const error = findJsonSyntaxError(text, MAX_DEPTH);
  if (error === null) return problem([], 'notJson');
  if (error.kind === 'depth') return tooDeep([], error.depth);
  return problem([], 'notJsonAt', {
    line: error.line,
    column: error.column,
    reason: error.reason,
  });
}
