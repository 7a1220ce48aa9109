/**
 * Reading a scenario file: JSON text (or an already parsed value) to a validated, migrated
 * `Scenario`, or every problem found, each named by its JSON path. Nothing is partially accepted.
 */
import { migrate } from './migrations';
import { type Problem, problemFromIssue } from './problems';
import { checkReferences } from './references';
import { FORMAT, type Scenario, ScenarioSchema } from './scenario';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

export function parseScenarioText(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: [], message: describeJsonError(text, error) }] };
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

/** "not valid JSON at line 3, column 7: ..." from the engine's message and position. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return `not valid JSON: ${message}`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}
