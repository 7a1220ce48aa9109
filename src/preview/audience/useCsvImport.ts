/**
 * One CSV import, from reading the file to the checked rows: the file is parsed in the importer's
 * worker (with progress), the mapping starts from the header names, and every valid mapping is
 * checked there again. Nothing here touches the document; the dialog's confirm does.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ColumnTarget, CsvCheckSummary, CsvContext, CsvSummary } from '../../worker/csvImport';
import { createCsvImporter, type CsvImporter } from './csvClient';
import { mappingProblems } from './mappingProblems';

export type ReadState =
  | { step: 'reading'; fraction: number }
  | { step: 'failed'; message: string }
  | { step: 'ready'; summary: CsvSummary };

/** A mapping typed by hand waits this long before it is checked (an attribute's name). */
const CHECK_AFTER_MS = 150;

const trimmed = (mapping: readonly ColumnTarget[]): ColumnTarget[] =>
  mapping.map((m) => (m.to === 'attribute' ? { ...m, name: m.name.trim() } : m));

export function useCsvImport(file: File, context: CsvContext) {
  const [read, setRead] = useState<ReadState>({ step: 'reading', fraction: 0 });
  const [importer, setImporter] = useState<CsvImporter | null>(null);
  const [mapping, setMapping] = useState<ColumnTarget[]>([]);
  const [checked, setChecked] = useState<{
    mapping: ColumnTarget[];
    result: CsvCheckSummary;
  } | null>(null);

  useEffect(() => {
    const started = createCsvImporter();
    let live = true;
    started
      .read(file, context, (fraction) => {
        if (live) setRead({ step: 'reading', fraction });
      })
      .then(
        (summary) => {
          if (!live) return;
          setMapping(summary.columns.map((c) => c.mapping));
          setRead({ step: 'ready', summary });
          setImporter(started);
        },
        (error: unknown) => {
          if (live)
            setRead({
              step: 'failed',
              message: error instanceof Error ? error.message : String(error),
            });
        },
      );
    return () => {
      live = false;
      started.dispose();
    };
  }, [file, context]);

  const problems = useMemo(() => mappingProblems(mapping), [mapping]);

  useEffect(() => {
    if (importer === null || problems.length > 0) return;
    let live = true;
    const timer = setTimeout(() => {
      importer.check(trimmed(mapping)).then((result) => {
        if (live) setChecked({ mapping, result });
      });
    }, CHECK_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [importer, mapping, problems]);

  const valid = problems.length === 0;
  const current = valid && checked !== null && checked.mapping === mapping ? checked.result : null;
  return {
    read,
    mapping,
    setMapping,
    problems,
    /** The check of the mapping on screen; null while it is under way or the mapping is invalid. */
    check: current,
    /** The last check, shown (as outdated) while the next one is under way. */
    shown: valid ? (checked?.result ?? null) : null,
    checking: valid && current === null,
    /** The people to import under the mapping on screen. */
    people: () => (importer ? importer.people(trimmed(mapping)) : Promise.resolve([])),
  };
}
