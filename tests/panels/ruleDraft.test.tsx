// @vitest-environment jsdom
// A rule drawn between lanes starts without a trigger: the builder asks for one; "any email of
// stream X" is one entry that writes one trigger per email, and says when X has changed.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addItem } from '../../src/document/actions/content';
import { addRule } from '../../src/document/actions/rules';
import { editorStore } from '../../src/store/useEditor';
import {
  historyLength,
  inspector,
  openProgram,
  renderInspector,
  streamOf,
} from './renderInspector';

afterEach(cleanup);

const ruleOf = (stream: string, id: string) =>
  streamOf(stream).transitions!.find((r) => r.id === id)!;

/** Nurture-A with a rule drawn from Early to Late (t1), selected. */
function drawnRule() {
  openProgram();
  editorStore
    .getState()
    .apply(
      addRule,
      { to: 'S2', from: 'S1' },
      { select: (id) => ({ kind: 'rule', stream: 'S2', id }) },
    );
}

describe('a rule without a trigger', () => {
  it('asks for a trigger with focusable choices, and the chosen one becomes the rule’s first', async () => {
    drawnRule();
    const { user } = renderInspector();
    const prompt = screen.getByRole('region', { name: 'This rule has no trigger yet' });
    within(prompt).getByText(/never fires.*Choose what moves people into Late:/);
    const choices = within(prompt).getByRole('group', { name: 'When the person…' });
    const buttons = within(choices).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'fills out a form',
      'opens an email',
      'clicks a link in an email',
      'has an attribute change',
      'is added to the program',
      'moves to a stream',
    ]);
    expect(buttons[0]!.hasAttribute('data-autofocus')).toBe(true);
    expect(screen.queryByTestId('rule-summary')).toBeNull();

    await user.click(within(choices).getByRole('button', { name: 'clicks a link in an email' }));
    expect(ruleOf('S2', 't1').triggers).toEqual([{ type: 'clicksEmail' }]);
    expect(screen.queryByTestId('trigger-prompt')).toBeNull();
    expect(screen.getByTestId('rule-summary').textContent).toBe(
      'clicks a link in any emailOnly if: is in Early.',
    );
  });

  it('"any email of Early" writes one trigger per email, reads as one, and offers an update once Early changes', async () => {
    drawnRule();
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'opens an email' }));
    const email = within(screen.getByRole('group', { name: 'Trigger 1' })).getByRole('combobox', {
      name: 'Email',
    });
    expect(
      within(email)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Any email',
      'Any email of Early',
      'Any email of Late',
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
    ]);
    await user.selectOptions(email, 'Any email of Early');
    expect(ruleOf('S2', 't1').triggers).toEqual([
      { type: 'opensEmail', content: 'E1', ofStream: 'S1' },
      { type: 'opensEmail', content: 'E2', ofStream: 'S1' },
      { type: 'opensEmail', content: 'E3', ofStream: 'S1' },
    ]);
    expect(screen.getAllByRole('group', { name: /^Trigger \d$/ })).toHaveLength(1);
    expect(screen.getByTestId('rule-summary').textContent).toMatch(/^opens any email of Early/);
    screen.getByText('One trigger for each email of Early: E1, E2, and E3.');
    // Removing the only entry is refused as for any last trigger.
    expect(screen.getByRole('button', { name: 'Remove trigger 1' })).toHaveProperty(
      'disabled',
      true,
    );

    const steps = historyLength();
    editorStore.getState().apply(addItem, { stream: 'S1', index: 3, type: 'email', name: 'Offer' });
    const drift = await screen.findByRole('group', {
      name: 'Early has changed since this was chosen.',
    });
    within(drift).getByText('New among the emails of Early: Offer.');
    expect(screen.getByTestId('rule-summary').textContent).toMatch(
      /^opens E1, E2, or E3 \(once all emails of Early\)/,
    );
    await user.click(
      within(drift).getByRole('button', { name: 'Update to the emails of Early now' }),
    );
    expect(ruleOf('S2', 't1').triggers.map((t) => ('content' in t ? t.content : null))).toEqual([
      'E1',
      'E2',
      'E3',
      'E6',
    ]);
    expect(historyLength()).toBe(steps + 2); // the new email, then the update
    expect(screen.queryByRole('group', { name: /has changed/ })).toBeNull();
    expect(inspector().textContent).toContain(
      'One trigger for each email of Early: E1, E2, E3, and Offer.',
    );

    // Back to a single email: the group's triggers are replaced by one.
    await user.selectOptions(email, 'E4');
    expect(ruleOf('S2', 't1').triggers).toEqual([{ type: 'opensEmail', content: 'E4' }]);
  });
});
