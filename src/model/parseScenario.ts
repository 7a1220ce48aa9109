/**
 * Reading a scenario file: JSON text (or an already parsed value) to a validated, migrated
 * `Scenario`, or every problem found, each named by its JSON path. Nothing is partially accepted.
 */
import { findJsonSyntaxError } from './jsonSyntax';
import { migrate } from './migrations';
import { type Problem, problemFromIssue } from './problems';
import { checkReferences } from './references';
import { FORMAT, type Scenario, ScenarioSchema } from './scenario';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

export function parseScenarioText(text: string): ParseResult {
  // Editors on Windows often save UTF-8 with a byte-order mark; it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problems: [{ path: [], message: describeJsonError(json) }] };
  }
  return parseScenario(raw);
}

export function parseScenario(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return {
      ok: false,
      problems: [{ path: [], message: 'expected a JSON object (a Lanecast scenario)' }],
    };
  const doc = raw as Record<string, unknown>;
  if (doc.format !== FORMAT)
    return {
      ok: false,
      problems: [
        {
          path: ['format'],
          message: `expected "${FORMAT}", got ${JSON.stringify(doc.format) ?? 'nothing'}: not a Lanecast scenario`,
        },
      ],
    };
  const migrated = migrate(doc);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const parsed = ScenarioSchema.safeParse(migrated.doc);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => problemFromIssue(i, migrated.doc));
  problems.push(...checkReferences(migrated.doc));
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: parsed.data };
}

/** One line, "not valid JSON at line 3, column 7: ...", from our own scan of the text. */
function describeJsonError(text: string): string {
  const error = findJsonSyntaxError(text);
  if (error === null) return 'not valid JSON';
  return `not valid JSON at line ${error.line}, column ${error.column}: ${error.reason}`;
}
