// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineAction } from '../../src/document/actions/action';
import { PROBLEM_CODES } from '../../src/document/lint';
import { createI18n, resources } from '../../src/i18n/createI18n';
import { LANGUAGE_STORAGE_KEY, type Language } from '../../src/i18n/languages';
import type { Scenario } from '../../src/model';
import { ProblemsPanel } from '../../src/panels/problems/ProblemsPanel';
import { editorStore } from '../../src/store/useEditor';
import { nurtureA } from '../fixtures/builders';

/** Nurture-A with stream S2 "Late" emptied: R38, its members are exhausted at its first cast. */
function lateEmptied(): Scenario {
  const doc = structuredClone(nurtureA());
  doc.program.streams[1]!.content = [];
  return doc;
}

function renderPanel(doc: Scenario, language: Language = 'en') {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  editorStore.getState().open('p1', doc, 1);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(localStorage)}>
      <ProblemsPanel />
    </I18nextProvider>,
  );
  return { user };
}

describe('problems panel', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    cleanup();
    editorStore.getState().close();
  });

  it('R38: lists an empty stream, and clicking the problem selects that stream', async () => {
    const { user } = renderPanel(lateEmptied());
    const toggle = screen.getByRole('button', { name: /Problems/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('0 errors, 1 warning');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list');
    const problem = within(list).getByRole('button', { name: /Late has no content/ });
    expect(problem.textContent).toContain('Warning'); // the severity in words, for screen readers
    expect(problem.textContent).toContain('Stream Late');

    await user.click(problem);
    expect(editorStore.getState().selection).toEqual([{ kind: 'stream', id: 'S2' }]);
    expect(problem.getAttribute('aria-current')).toBe('true');
  });

  it('says so when there is nothing to report, and follows the document', async () => {
    const { user } = renderPanel(nurtureA());
    await user.click(screen.getByRole('button', { name: /Problems/ }));
    screen.getByText('No problems found.');

    // An edit that leaves a rule naming a stream that is gone: an error, formatted in words.
    const breakRule = defineAction<null>({
      name: 'breakRule',
      scope: 'program',
      perform: (doc) => {
        const next = structuredClone(doc);
        next.program.streams[1]!.transitions![0]!.triggers = [{ type: 'streamChanged', to: 'S9' }];
        return { ok: true, doc: next };
      },
    });
    editorStore.getState().apply(breakRule, null);
    const error = await screen.findByRole('button', { name: /Names stream S9/ });
    expect(error.textContent).toContain('Rule t-demo into Late');
    await user.click(error);
    expect(editorStore.getState().selection).toEqual([
      { kind: 'rule', stream: 'S2', id: 't-demo' },
    ]);
  });

  it('speaks German, with dates in the German format', async () => {
    const doc = nurtureA();
    doc.program.streams[0]!.content![0]!.activeThrough = '2020-01-31';
    const { user } = renderPanel(doc, 'de');
    await user.click(screen.getByRole('button', { name: /Probleme/ }));
    screen.getByRole('button', { name: /E1 war bis 31\.01\.2020 verfügbar/ });
  });

  it('has a message for every problem code', () => {
    const messages: Record<string, string> = resources.en.translation.problems.message;
    for (const code of PROBLEM_CODES) expect(messages[code], code).toMatch(/\S/);
  });
});
