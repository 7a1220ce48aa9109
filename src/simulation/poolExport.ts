/**
 * The records export across the pool: every worker that ran a share of the result simulates it
 * again into sorted runs of packed records (src/worker/recordsExport.ts), the runs move to the
 * first worker, which merges them in the command line's order and sends the text back in chunks;
 * the page keeps the chunks as the parts of a Blob, so the file is never one string or one buffer.
 */
import type { Answer, ExportFormat, Slice, SimulationService } from '../worker/protocol';

export async function exportShares(
  shares: readonly { service: SimulationService; slice: Slice }[],
  merger: SimulationService,
  key: string,
  format: ExportFormat,
): Promise<Answer<Blob>> {
  const answers = await Promise.all(
    shares.map(({ service, slice }) => service.exportShare(key, slice)),
  );
  const runs: Uint8Array[] = [];
  for (const answer of answers) {
    if (!answer.ok) return answer;
    runs.push(...answer.value.runs);
  }
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const merged = await merger.exportMerge(key, format, runs, (chunk) => {
    chunks.push(chunk as Uint8Array<ArrayBuffer>);
  });
  return merged.ok ? { ok: true, value: new Blob(chunks) } : merged;
}
