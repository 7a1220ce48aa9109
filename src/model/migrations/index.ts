/**
 * The document's version track. Each migration lifts a document from one version to the next and
 * never mutates its input, so a file written by any earlier Lanecast can be read by this one.
 * Version 1 is the first published version: the list is empty until the format changes; the
 * runner is exercised by tests with synthetic migrations.
 */
import { CURRENT_VERSION } from '../scenario';
import type { MessageCode, Param } from '../messages';
import { type Problem, problem } from '../problems';
import { describeValue } from '../quote';

export type Document = Record<string, unknown>;

export interface Migration {
  /** The version this migration reads; it writes `from + 1`. */
  from: number;
  /** One line on what changed, for the changelog. */
  description: string;
  up(doc: Readonly<Document>): Document;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult = { ok: true; doc: Document } | { ok: false; problem: Problem };

export function migrate(
  doc: Document,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  const version = doc.version;
  if (version === undefined) return fail('versionRequired', { target });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('versionInvalid', { target, found: describeValue(version) });
  if (version > target) return fail('versionNewer', { version, target });
  let current: Document = doc;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined) return fail('noMigration', { from: v, to: v + 1 });
    current = { ...step.up(current), version: v + 1 };
  }
  return { ok: true, doc: current };
}

function fail(code: MessageCode, params: Record<string, Param>): MigrationResult {
  return { ok: false, problem: problem(['version'], code, params) };
}
