// @vitest-environment jsdom
// The compare view: B chosen from the family runs over A's audience in the (in-thread) workers;
// the totals sit side by side and the differing casts are listed; a variant can be made here.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { programContent } from '../../src/document/programContent';
import type { Scenario } from '../../src/model';
import { CompareSourceContext, type CompareSource } from '../../src/preview/compare/compareSource';
import { CompareView } from '../../src/preview/compare/CompareView';
import { createCompareRunner } from '../../src/simulation/compareRunner';
import { createCompareStore } from '../../src/simulation/compareStore';
import { createPreviewController } from '../../src/simulation/controller';
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { SimulationPool } from '../../src/simulation/pool';
import { previewServicesOf } from '../../src/simulation/services';
import { previewStore } from '../../src/store/usePreview';
import { variantProgram } from '../fixtures/variantProgram';
import { giveElementsHeight } from './renderAudience';
import { openDocument, renderPart } from './renderPreviewPart';

let restoreHeight = () => {};
beforeEach(() => {
  restoreHeight = giveElementsHeight(); // the virtualised list renders rows in a 600 px box
});
afterEach(() => {
  cleanup();
  restoreHeight();
});

async function setup(
  b: Scenario | null,
  language: 'en' | 'de' = 'en',
  a = variantProgram(['E1', 'E2', 'E3']),
) {
  openDocument(a);
  const pool = new SimulationPool(inThreadEndpoint, 1);
  const controller = createPreviewController(previewStore, pool, 'program:a');
  controller.documentChanged(programContent(a));
  await waitFor(() => expect(previewStore.getState().status).toBe('ready'));
  const services = previewServicesOf(controller, pool);
  const makeVariant = vi.fn(async () => ({ id: 'c', name: 'Nurture (variant 2)' }));
  const source: CompareSource = {
    programId: 'a',
    family: async () =>
      b === null
        ? [{ id: 'a', name: 'Nurture' }]
        : [
            { id: 'a', name: 'Nurture' },
            { id: 'b', name: 'Nurture (variant 1)' },
          ],
    documentOf: async (id) => (id === 'b' ? b : null),
    makeVariant,
    hrefOf: (id) => `#/program/${id}`,
    runner: createCompareRunner(pool, services, 'program:a'),
    store: createCompareStore(),
  };
  const result = previewStore.getState().result!;
  const view = renderPart(
    <CompareSourceContext value={source}>
      <CompareView result={result} />
    </CompareSourceContext>,
    language,
  );
  return { ...view, makeVariant };
}

describe('CompareView', () => {
  it('runs B over A’s audience and shows the totals and the casts that differ', async () => {
    // B swaps E1 and E2 and has only ann: it runs over A's ann and bob all the same.
    const b = variantProgram(['E2', 'E1', 'E3'], 'Nurture (variant 1)');
    b.people = [{ id: 'ann' }];
    b.events = b.events!.slice(0, 1);
    const { user } = await setup(b);
    await user.selectOptions(await screen.findByLabelText('Compare with'), 'Nurture (variant 1)');
    expect(await screen.findByText('4 casts differ, for 2 of 2 people')).toBeTruthy();
    expect(
      screen.getByText(
        'A is this program, Nurture; B is Nurture (variant 1). Both run over this program’s audience: 2 people, Mar 1, 2025 to Mar 25, 2025.',
      ),
    ).toBeTruthy();
    const totals = screen.getByRole('table', { name: 'Totals, A beside B' });
    const cells = (name: string) =>
      within(within(totals).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // Three emails each for ann and bob, in both orders.
    expect(cells('Sends')).toEqual(['6', '6', '0']);
    expect(cells('Deliveries')).toEqual(['6', '6', '0']);
    const rows = screen
      .getAllByRole('row')
      .filter(
        (r) =>
          r.classList.contains('compare-casts__row') &&
          !r.classList.contains('compare-casts__head'),
      )
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['ann', 'Mar 4, 2025', 'E1', 'E2'],
      ['ann', 'Mar 11, 2025', 'E2', 'E1'],
      ['bob', 'Mar 11, 2025', 'E1', 'E2'],
      ['bob', 'Mar 18, 2025', 'E2', 'E1'],
    ]);
  });

  it('says B cannot run over this audience when it lacks what the audience needs', async () => {
    // An event of A's audience names stream "s", which B does not have.
    const b = variantProgram(['E1'], 'Nurture (variant 1)');
    b.program.streams[0]!.id = 'other';
    const a = variantProgram(['E1']);
    a.events = [
      { at: '2025-03-01T08:00', type: 'add', person: 'ann', stream: 's' },
    ] as Scenario['events'];
    const { user } = await setup(b, 'en', a);
    await user.selectOptions(await screen.findByLabelText('Compare with'), 'Nurture (variant 1)');
    expect(
      await screen.findByText('Nurture (variant 1) cannot run over this program’s audience:'),
    ).toBeTruthy();
  });

  it('without a variant yet, says so and makes one, chosen as B with a link to open it', async () => {
    const { user, makeVariant } = await setup(null);
    expect(await screen.findByText(/This program has no variant yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Make a variant of this program' }));
    expect(makeVariant).toHaveBeenCalledOnce();
    const link = await screen.findByRole('link', { name: 'Open Nurture (variant 2)' });
    expect(link.getAttribute('href')).toBe('#/program/c');
  });

  it('speaks German', async () => {
    const { user } = await setup(variantProgram(['E2', 'E1', 'E3'], 'Nurture (variant 1)'), 'de');
    await user.selectOptions(
      await screen.findByLabelText('Vergleichen mit'),
      'Nurture (variant 1)',
    );
    expect(await screen.findByText('4 Versände weichen ab, bei 2 von 2 Personen')).toBeTruthy();
  });
});
