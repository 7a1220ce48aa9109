// @vitest-environment jsdom
// Exporting from the library leaves out a rule still without a trigger (a file's rules need one)
// and says so in the status toast; the stored program keeps it.
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { addRule } from '../../src/document/actions/rules';
import { parseScenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';
import { closeDatabases, freshRepo, renderLibrary } from './renderLibrary';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await closeDatabases();
});

it('exports a valid file without the draft rule, and names it', async () => {
  const drawn = addRule.perform(nurtureA(), { to: 'S2', from: 'S1' });
  if (!drawn.ok) throw new Error(drawn.refusal);
  const repo = freshRepo();
  const stored = await repo.createProgram(drawn.doc);
  const { user } = renderLibrary(repo);
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

  await user.click(await screen.findByRole('button', { name: 'Export Nurture-A as a file' }));
  await waitFor(() => expect(click).toHaveBeenCalledOnce());
  const file = JSON.parse(await blobs[0]!.text());
  expect(file).toEqual(nurtureA());
  expect(parseScenario(file).ok).toBe(true);
  await screen.findByText(
    'Exported Nurture-A without rule t1 into Late, which has no trigger yet.',
  );
  expect((await repo.getProgram(stored.id))?.document).toEqual(drawn.doc);
});
