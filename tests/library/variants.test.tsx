// @vitest-environment jsdom
// What-if variants in the library: "Variant" makes a linked copy named "<name> (variant N)" in the
// UI language, and the list says which program each variant comes from.
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nurtureA } from '../fixtures/builders';
import { closeDatabases, freshRepo, renderLibrary } from './renderLibrary';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(async () => {
  cleanup();
  await closeDatabases();
});

async function seeded() {
  const repo = freshRepo();
  const nurture = await repo.createProgram(nurtureA());
  return { repo, nurture };
}

describe('library variants', () => {
  it('makes a variant linked to its original, and a variant of it links to the same original', async () => {
    const { repo, nurture } = await seeded();
    const { user } = renderLibrary(repo);
    await user.click(
      await screen.findByRole('button', { name: 'Make a what-if variant of Nurture-A' }),
    );
    const first = await screen.findByRole('rowheader', { name: /^Nurture-A \(variant 1\)/ });
    expect(first.textContent).toContain('variant of Nurture-A');
    expect(screen.getByRole('status').textContent).toContain(
      'Created Nurture-A (variant 1), a variant of Nurture-A',
    );
    await user.click(
      screen.getByRole('button', { name: 'Make a what-if variant of Nurture-A (variant 1)' }),
    );
    const second = await screen.findByRole('rowheader', { name: /^Nurture-A \(variant 2\)/ });
    expect(second.textContent).toContain('variant of Nurture-A');
    const stored = await repo.listPrograms();
    expect(
      stored
        .filter((p) => p.variantOf === nurture.id)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Nurture-A (variant 1)', 'Nurture-A (variant 2)']);
    // The original says nothing of the kind.
    expect(screen.getByRole('rowheader', { name: 'Nurture-A' }).textContent).toBe('Nurture-A');
  });

  it('names the variant in the UI language', async () => {
    const { repo } = await seeded();
    const { user } = renderLibrary(repo, 'de');
    await user.click(
      await screen.findByRole('button', {
        name: 'Eine Was-wäre-wenn-Variante von Nurture-A anlegen',
      }),
    );
    const row = await screen.findByRole('rowheader', { name: /^Nurture-A \(Variante 1\)/ });
    await waitFor(() => expect(row.textContent).toContain('Variante von Nurture-A'));
  });
});
