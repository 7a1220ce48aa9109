/**
 * Where a CSV import runs: its own Web Worker, so parsing and checking 50,000 rows never blocks the
 * page; on this thread where there are no workers (unit tests), loaded on first use like the
 * simulation's fallback (src/simulation/endpoints.ts). One importer per import dialog.
 */
import { proxy, releaseProxy, transfer, wrap } from 'comlink';
import type { Person } from '../../model';
import type {
  ColumnTarget,
  CsvCheckSummary,
  CsvContext,
  CsvImportService,
  CsvSummary,
} from '../../worker/csvImport';

export interface CsvImporter {
  /** Reads and parses the file, reporting the share read so far (0 to 1). */
  read(
    file: Blob,
    context: CsvContext,
    onProgress: (fraction: number) => void,
  ): Promise<CsvSummary>;
  /** Checks every row of the file read against a mapping (one target per column). */
  check(mapping: readonly ColumnTarget[]): Promise<CsvCheckSummary>;
  /** The people to import under the mapping (asked once, on confirm). */
  people(mapping: readonly ColumnTarget[]): Promise<Person[]>;
  dispose(): void;
}

function workerImporter(): CsvImporter {
  const worker = new Worker(new URL('../../worker/csvImport.worker.ts', import.meta.url), {
    type: 'module',
  });
  const remote = wrap<CsvImportService>(worker);
  return {
    async read(file, context, onProgress) {
      const bytes = await file.arrayBuffer();
      return remote.read(transfer(bytes, [bytes]), context, proxy(onProgress));
    },
    check: (mapping) => remote.check(mapping),
    people: (mapping) => remote.people(mapping),
    dispose() {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}

function inThreadImporter(): CsvImporter {
  const loaded = import('../../worker/csvImport').then((m) => m.createCsvImportService());
  return {
    read: async (file, context, onProgress) =>
      (await loaded).read(await file.arrayBuffer(), context, onProgress),
    check: async (mapping) => (await loaded).check(mapping),
    people: async (mapping) => (await loaded).people(mapping),
    dispose() {},
  };
}

export function createCsvImporter(): CsvImporter {
  return typeof Worker === 'undefined' ? inThreadImporter() : workerImporter();
}
