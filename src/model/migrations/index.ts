/**
 * The document's version track. Each migration lifts a document from one version to the next and
 * never mutates its input, so a file written by any earlier Lanecast can be read by this one.
 * Version 1 is the first published version: the list is empty until the format changes; the
 * runner is exercised by tests with synthetic migrations.
 */
import { CURRENT_VERSION } from '../scenario';
import type { Problem } from '../problems';

export type Document = Record<string, unknown>;

export interface Migration {
  /** The version this migration reads; it writes `from + 1`. */
  from: number;
  /** One line on what changed, for the changelog and error messages. */
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
  if (version === undefined) return fail(`required: expected the format version (${target})`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(`expected a format version from 1 to ${target}, got ${JSON.stringify(version)}`);
  if (version > target)
    return fail(
      `this file uses format version ${version}, written by a newer Lanecast; this one reads versions 1 to ${target}`,
    );
  let current: Document = doc;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined) return fail(`no migration from format version ${v} to ${v + 1}`);
    current = { ...step.up(current), version: v + 1 };
  }
  return { ok: true, doc: current };
}

function fail(message: string): MigrationResult {
  return { ok: false, problem: { path: ['version'], message } };
}
