// @vitest-environment jsdom
// The Charts view in jsdom (recharts draws its SVG here too): four cards, each with a chart, its
// table and its downloads; the canvas selection highlights a stream, the cursor is drawn and set.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n';
import { dayOfIso } from '../../src/simulation/derive/dates';
import type { PreviewResult } from '../../src/simulation/previewStore';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { VIEWS } from '../../src/preview/views';
import ChartsView from '../../src/preview/charts/ChartsView';
import { previewProgram } from '../fixtures/previewProgram';
import { memoryStorage } from '../fixtures/memoryStorage';
import { chartsResult } from './chartsResult';

const doc = previewProgram(1500);
const result = chartsResult(doc);

function renderCharts(shown: PreviewResult = result, language = 'en') {
  const i18n = createI18n(memoryStorage());
  void i18n.changeLanguage(language);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <ChartsView result={shown} />
    </I18nextProvider>,
  );
  return user;
}

const card = (name: string) => screen.getByRole('region', { name });

/** Lays the view out 1,300 pixels wide (jsdom lays nothing out: the charts fall back to 640). */
const wide = () =>
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: 1300,
  } as DOMRect);

/** The Sankey's node labels, their lines joined by spaces. */
const flowLabels = () =>
  [...card('Flow of people between streams').querySelectorAll('svg .chart-flow__label')].map((l) =>
    [...l.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
  );

beforeEach(() => {
  editorStore.getState().open('p', doc, 1);
  previewStore.getState().setCursor(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// jsdom renders slowly on a busy machine: a generous timeout, no timing asserted.
describe('the Charts view', { timeout: 30_000 }, () => {
  it('loads lazily behind a status line, then shows four charts', async () => {
    const entry = VIEWS.charts!;
    expect(entry.needsResult).toBe(true);
    const Loader = entry.Component as (props: { result: PreviewResult }) => React.ReactNode;
    render(
      <I18nextProvider i18n={createI18n(memoryStorage())}>
        <Loader result={result} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')?.textContent).toContain('Loading charts…');
    expect(await screen.findAllByRole('region', {}, { timeout: 10_000 })).toHaveLength(4);
  });

  it('draws four charts, each with its explanation and an SVG', () => {
    renderCharts();
    for (const title of [
      'People per stream over time',
      'Exhausted per stream over time',
      'Deliveries per item',
      'Flow of people between streams',
    ]) {
      const region = card(title);
      expect(region.querySelector('svg.recharts-surface')).not.toBeNull();
      expect(
        within(region).getByRole('button', { name: 'Download SVG' }).hasAttribute('disabled'),
      ).toBe(false);
    }
    expect(card('People per stream over time')?.textContent).toContain('at the end of each day');
    // 640 pixels leave weeks too narrow: the flow shows months, with room to name every node.
    const flow = card('Flow of people between streams');
    expect(within(flow).getByRole('radio', { name: 'Months' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    const labels = flowLabels();
    for (const name of ['Early', 'Late', 'Holding', 'Joined'])
      expect(labels.some((l) => new RegExp(`^${name} [\\d,]+$`).test(l))).toBe(true);
  });

  it('draws the flow by weeks where they have room, naming each stream where it can', () => {
    wide();
    renderCharts();
    const flow = card('Flow of people between streams');
    expect(within(flow).getByRole('radio', { name: 'Weeks' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    // Narrow columns: joins are "+152"; Early, gone by the last column, is named at its biggest node.
    const labels = flowLabels();
    expect(labels.some((l) => /^Early [\d,]+$/.test(l))).toBe(true);
    expect(labels.some((l) => /^Holding [\d,]+$/.test(l))).toBe(true);
    expect(labels.some((l) => /^\+[\d,]+$/.test(l))).toBe(true);
  });

  it('shows the numbers as a table with caption, headers and formatted counts', async () => {
    wide();
    const user = renderCharts();
    const members = card('People per stream over time');
    await user.click(within(members).getByRole('button', { name: 'Show as table' }));
    const table = within(members).getByRole('table', {
      name: 'Members per stream at the end of each day',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Date', 'Early', 'Late', 'Holding']);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(93);
    const last = within(rows[92]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    const o = result.aggregates.occupancy;
    const d = result.frame.untilDay - result.frame.startDay;
    const early = o[d * 9]! + o[d * 9 + 1]! + o[d * 9 + 2]!;
    expect(within(rows[92]!).getByRole('rowheader')?.textContent).toContain('Sat, May 31, 2025');
    expect(last[0]).toBe(early.toLocaleString('en'));
    const holding = o[d * 9 + 6]! + o[d * 9 + 7]! + o[d * 9 + 8]!;
    expect(holding).toBeGreaterThan(999);
    expect(last[2]).toBe(holding.toLocaleString('en')); // "1,0xx": Intl, not the raw number

    const flow = card('Flow of people between streams');
    await user.click(within(flow).getByRole('button', { name: 'Show as table' }));
    // Every move, exactly: Cara left the program from Late in the week of 31 March.
    const moves = within(flow).getByRole('table', { name: /^Moves per week/ });
    const removal = within(moves).getByRole('row', { name: 'Late Left the program 1' });
    expect(removal.closest('tbody')!.querySelector('th')!.textContent).toBe(
      'Week of Mar 31 (to Apr 6)',
    );
    // The chart's links: who stayed, moved, joined or left, and which are too thin to draw.
    const links = within(flow).getByRole('table', { name: /^Between the start and the end/ });
    expect(
      within(links).getAllByRole('row', { name: /^Early Early \(stayed\) [\d,]+ Yes$/ }).length,
    ).toBeGreaterThan(10);
    expect(
      within(links).getAllByRole('row', { name: /No: too few to draw$/ }).length,
    ).toBeGreaterThan(0);
    expect(flow.textContent).toMatch(/links? carr(y|ies) under 0.5% of the people/);
  });

  it('groups deliveries by stream, an item in two streams in each', async () => {
    const user = renderCharts();
    const deliveries = card('Deliveries per item');
    await user.click(within(deliveries).getByRole('button', { name: 'Show as table' }));
    const table = within(deliveries).getByRole('table');
    const groups = table.querySelectorAll('tbody');
    expect([...groups].map((g) => g.querySelector('th')!.textContent)).toEqual([
      'Early',
      'Late',
      'Holding',
    ]);
    expect(within(groups[0]! as HTMLElement).getByRole('row', { name: /^E2 Email/ })).toBeTruthy();
    expect(within(groups[1]! as HTMLElement).getByRole('row', { name: /^E2 Email/ })).toBeTruthy();
    expect(
      within(groups[0]! as HTMLElement).getByRole('row', { name: /^P1 Program — \d/ }),
    ).toBeTruthy();
  });

  it('highlights the stream selected on the canvas and fades the others', async () => {
    const user = renderCharts();
    const members = card('People per stream over time');
    const opacities = () =>
      [...members.querySelectorAll('.recharts-area-area')].map((p) =>
        p.getAttribute('fill-opacity'),
      );
    expect(opacities()).toEqual(['0.75', '0.75', '0.75']);
    act(() => editorStore.getState().select([{ kind: 'stream', id: 'late' }]));
    expect(opacities()).toEqual(['0.15', '0.75', '0.15']);
    const legend = within(members).getByRole('list', { name: 'Legend' });
    expect(within(legend).getByRole('button', { name: 'Late' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // A legend entry selects its lane (and pressed again, clears the selection).
    await user.click(within(legend).getByRole('button', { name: 'Early' }));
    expect(editorStore.getState().selection).toEqual([{ kind: 'stream', id: 'early' }]);
    await user.click(within(legend).getByRole('button', { name: 'Early' }));
    expect(editorStore.getState().selection).toEqual([]);
  });

  it('splits one stream into receiving, paused and exhausted members', async () => {
    const user = renderCharts();
    const members = card('People per stream over time');
    await user.selectOptions(
      within(members).getByRole('combobox', { name: 'Show' }),
      'Late by state',
    );
    const legend = within(members).getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['Late: receiving', 'Late: paused', 'Late: exhausted']);
  });

  it('draws the date cursor on the time charts', () => {
    previewStore.getState().setCursor(dayOfIso('2025-03-12'));
    renderCharts();
    for (const title of ['People per stream over time', 'Exhausted per stream over time'])
      expect(card(title).querySelector('.chart-cursor__label')?.textContent).toContain('Mar 12');
    act(() => previewStore.getState().setCursor(dayOfIso('2025-04-02')));
    expect(
      card('People per stream over time').querySelector('.chart-cursor__label')?.textContent,
    ).toContain('Apr 2');
  });

  it('downloads the chart as an SVG with its title and legend, named after the program', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:chart'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const user = renderCharts();
    await user.click(
      within(card('Exhausted per stream over time')).getByRole('button', { name: 'Download SVG' }),
    );
    expect(names).toEqual(['preview-fixture-exhausted-per-stream.svg']);
    const text = await blobs[0]!.text();
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain('>Exhausted per stream over time</text>');
    expect(text).toContain('>Holding</text>'); // the legend travels with the file
    expect(text).toMatch(/<path[^>]*style="[^"]*stroke:/); // styles inlined
    expect(blobs[0]!.type).toBe('image/svg+xml');
  });

  it('says in words when there is nothing to draw', () => {
    const quiet = chartsResult({ ...doc, simulation: { ...doc.simulation, from: '2025-05-20' } });
    renderCharts(quiet);
    const flow = card('Flow of people between streams');
    expect(flow?.textContent).toContain('Nobody joined, moved or left in this period.');
    expect(flow.querySelector('svg.recharts-surface')).toBeNull();
    expect(within(flow).queryByRole('button', { name: 'Show as table' })).toBeNull();
  });

  it('speaks German', () => {
    renderCharts(result, 'de');
    expect(screen.getByRole('region', { name: 'Personen je Stream im Zeitverlauf' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Als Tabelle zeigen' })).toHaveLength(4);
  });
});
