// @vitest-environment jsdom
// The report view on a live preview: the table's numbers, the index as of the cursor, and the
// downloads (the report as CSV, the records exactly as the command line writes them, a refusal).
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileScenario, writeOutput } from '../../src/engine';
import { parseScenario, type Scenario } from '../../src/model';
import { ReportView } from '../../src/preview/report/ReportView';
import { previewStore } from '../../src/store/usePreview';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { nurtureA } from '../fixtures/builders';
import { previewProgram } from '../fixtures/previewProgram';
import { renderView } from './renderView';

let done: (() => void) | null = null;
const saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved.length = 0;
  let n = 0;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  done?.();
  vi.restoreAllMocks();
});

function commandLine(doc: Scenario, format: 'csv' | 'jsonl'): string {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error('invalid');
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error('invalid');
  let out = '';
  writeOutput(compiled.plan, format, (chunk) => (out += chunk));
  return out;
}

const engaged = (): Scenario =>
  ({
    ...nurtureA(),
    simulation: { from: '2025-03-01', until: '2025-03-31', seed: 1 },
    generator: {
      cohorts: [
        {
          id: 'keen',
          size: 25,
          join: { stream: 'S1', from: '2025-03-03', time: '08:00' },
          behavior: { open: 1 },
        },
      ],
    },
  }) as Scenario;

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('report view (R58)', () => {
  it('per item and stream: sends, deliveries, opens, the index with its badge; program total', async () => {
    const { cleanup } = renderView(ReportView, engaged());
    done = cleanup;
    const table = await screen.findByRole('table', {
      name: 'Stream performance: sends, engagement and blocked per stream item',
    });
    const e2 = within(table).getAllByRole('row', { name: /^E2/ })[0]!;
    // Type, sends, deliveries, opens, clicks, unsubscribes, blocked x2, program columns, index.
    expect(cells(e2)).toEqual([
      'Email',
      '25',
      '25',
      '25',
      '0',
      '0',
      '0',
      '0',
      '–not applicable',
      '–not applicable',
      '–not applicable',
      'low volume68',
    ]);
    const total = within(table).getByRole('row', { name: /^Early total/ });
    expect(cells(total).slice(1, 4)).toEqual(['75', '75', '75']);
    expect(cells(within(table).getByRole('row', { name: /^Program total/ })).slice(1, 2)).toEqual([
      '75',
    ]);
    expect(
      screen.getByText('¹ Deliveries equal sends: the simulator models no bounces.'),
    ).toBeTruthy();
    expect(screen.getByText(/Lanecast’s simulated engagement index, not Marketo’s/)).toBeTruthy();
  });

  it('the index as of the cursor’s date: a cast younger than 72 hours does not count yet', async () => {
    const { user, cleanup } = renderView(ReportView, engaged());
    done = cleanup;
    await screen.findByRole('table');
    previewStore.getState().setCursor(dayOfIso('2025-03-12'));
    await user.click(await screen.findByRole('radio', { name: 'Cursor (Wed, Mar 12, 2025)' }));
    const row = screen.getAllByRole('row', { name: /^E2/ })[0]!;
    expect(cells(row).at(-1)).toBe('–no index yet');
    expect(screen.getByRole('radio', { name: /^Cursor/ }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });

  it('downloads the report as CSV and the records exactly as the command line prints them', async () => {
    const doc = previewProgram();
    const { user, cleanup } = renderView(ReportView, doc);
    done = cleanup;
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Download records (CSV)' }));
    await waitFor(() => expect(saved.length).toBe(1));
    expect(saved[0]!.name).toBe('Preview-fixture-records.csv');
    expect(await saved[0]!.blob.text()).toBe(commandLine(doc, 'csv'));
    await user.click(screen.getByRole('button', { name: 'Download records (JSON Lines)' }));
    await waitFor(() => expect(saved.length).toBe(2));
    expect(saved[1]!.name).toBe('Preview-fixture-records.jsonl');
    expect(await saved[1]!.blob.text()).toBe(commandLine(doc, 'jsonl'));
    await user.click(screen.getByRole('button', { name: 'Download report (CSV)' }));
    expect(saved[2]!.name).toBe('Preview-fixture-report.csv');
    const report = await saved[2]!.blob.text();
    expect(report.split('\r\n')[0]).toMatch(/^row,stream,stream_name,item,/);
    expect(report).toContain('\r\nprogram_total,');
  });

  it('a refused export shows the worker’s words', async () => {
    const { user, cleanup } = renderView(ReportView, engaged(), 'en', {
      exportRecords: async () => ({
        ok: false,
        problem: 'the records are larger than 256 MB: export them with the command line',
      }),
    });
    done = cleanup;
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Download records (CSV)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The records could not be exported: the records are larger than 256 MB: export them with the command line',
    );
    expect(saved).toEqual([]);
  });
});
