// @vitest-environment jsdom
// The forecast view on a live preview: its sentences, and a suggestion applied in one click that
// re-runs the preview, which undo brings back at once from the cache.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { ForecastView } from '../../src/preview/forecast/ForecastView';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { nurtureA } from '../fixtures/builders';
import { renderView } from './renderView';

const crowd = (): Scenario =>
  ({
    ...nurtureA(),
    generator: {
      cohorts: [
        { id: 'lead', size: 300, join: { stream: 'S1', from: '2025-03-03', time: '08:00' } },
      ],
    },
  }) as Scenario;

let done: (() => void) | null = null;
afterEach(() => done?.());

const early = () => screen.getByRole('region', { name: 'Early' });

describe('forecast view', () => {
  it('says when most run dry, in words and numbers, and which streams have content', async () => {
    const { cleanup } = renderView(ForecastView, crowd());
    done = cleanup;
    expect(
      await screen.findByText(
        'Half of Early’s members have run out of content by Tue, Mar 18, 2025 (after 3 casts); 90% by Mar 18',
      ),
    ).toBeTruthy();
    const text = early().textContent!;
    expect(text).toContain('Casts until half run dry3');
    expect(text).toContain('Casts after that, in the period6');
    expect(text).toContain('Members at the end (Apr 30)300');
    expect(text).toContain('Out of content at the end300 (100%)');
    expect(text).toContain('finds 3 items at the next cast, Mar 11: exhausts within 3 casts');
    expect(screen.getByText('Nobody is in Late during the period.')).toBeTruthy();
    // Every 5 weeks would keep them supplied, but slower than monthly is not advice: none offered.
    expect(within(early()).queryByRole('button', { name: /^Cast Early every/ })).toBeNull();
    expect(
      within(early()).getByRole('button', { name: 'Move people who run dry to Late' }),
    ).toBeTruthy();
  });

  it('a suggestion is one click and one undo step; the preview re-runs, undo brings the result back at once', async () => {
    const { user, cleanup } = renderView(ForecastView, crowd());
    done = cleanup;
    const add = await within(await screen.findByRole('region', { name: 'Early' })).findByRole(
      'button',
      { name: 'Add 6 emails to Early' },
    );
    expect(add.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(add.getAttribute('aria-describedby')!)!.textContent).toBe(
      '6 new emails, “New email 1” to “New email 6”, at the bottom of Early: one for each cast in the period after half ran dry. They start active, unlike content added on the canvas.',
    );
    const before = previewStore.getState().result!;
    await user.click(add);
    const s1 = editorStore.getState().doc!.program.streams[0]!;
    expect(s1.content!.slice(3)).toEqual(
      [6, 7, 8, 9, 10, 11].map((n, i) => ({
        id: `E${n}`,
        type: 'email',
        name: `New email ${i + 1}`,
        active: true,
      })),
    );
    expect(editorStore.getState().past.map((s) => s.action)).toEqual(['addActiveEmails']);
    expect(screen.getByRole('status').textContent).toContain('Applied: Add 6 emails to Early.');
    expect(
      await screen.findByText(
        'Half of Early’s members have run out of content by Tue, Apr 29, 2025 (after 9 casts); 90% by Apr 29',
      ),
    ).toBeTruthy();
    expect(previewStore.getState().result).not.toBe(before);

    editorStore.getState().undo();
    await waitFor(() => expect(previewStore.getState().result).toBe(before));
    expect(screen.getByText(/by Tue, Mar 18, 2025 \(after 3 casts\)/)).toBeTruthy();
  });

  it('waits for the new result before offering a suggestion again', async () => {
    const { cleanup } = renderView(ForecastView, crowd());
    done = cleanup;
    const move = await screen.findByRole('button', { name: 'Move people who run dry to Late' });
    previewStore.setState({ stale: true });
    await waitFor(() => expect((move as HTMLButtonElement).disabled).toBe(true));
    expect(screen.getAllByText('The suggestions wait for the new result.').length).toBe(1);
  });
});
