/**
 * The written records of the result on screen, exported by the workers exactly as the command line
 * prints them (`npm run simulate -- file --format csv|jsonl`), then saved as a file: a Blob of the
 * workers' chunks, never one string. A worker that no longer holds the plan, or refuses (too many
 * records), says why in the mutation's error.
 */
import { useMutation } from '@tanstack/react-query';
import type { ExportFormat } from '../../worker/protocol';
import { usePreviewServices } from '../previewServices';
import { downloadFile } from '../../ui/download';

export class ExportProblem extends Error {
  constructor(
    readonly missing: boolean,
    problem: string,
  ) {
    super(problem);
  }
}

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  jsonl: 'application/jsonl;charset=utf-8',
};

export function useRecordsExport(key: string, baseName: string) {
  const services = usePreviewServices();
  return useMutation({
    mutationFn: async (format: ExportFormat) => {
      const answer = await services.exportRecords(key, format);
      if (!answer.ok)
        throw 'missing' in answer
          ? new ExportProblem(true, 'missing')
          : new ExportProblem(false, answer.problem);
      return { format, file: new Blob([answer.value], { type: TYPES[format] }) };
    },
    onSuccess: ({ format, file }) =>
      downloadFile(file, `${baseName}-records.${format}`, TYPES[format]),
  });
}
