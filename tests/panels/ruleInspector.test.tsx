// @vitest-environment jsdom
// The transition rule builder (R47-R51) and the batch move inspector (R41).
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addBatchMove } from '../../src/document/actions/batchMoves';
import { editorStore } from '../../src/store/useEditor';
import { currentDoc, inspector, openProgram, renderInspector, streamOf } from './renderInspector';

afterEach(cleanup);

const ruleOf = (stream: string, id: string) =>
  streamOf(stream).transitions!.find((r) => r.id === id)!;
const group = (name: string) => screen.getByRole('group', { name });

describe('rule inspector', () => {
  it('adds a trigger, makes it "opens E2", adds an attribute filter, and words the rule', async () => {
    openProgram([{ kind: 'rule', stream: 'S2', id: 't-demo' }]);
    const { user } = renderInspector();
    within(inspector()).getByRole('heading', { name: 'Transition rule' });
    screen.getByText('Pulls people into Late.');
    expect(screen.getByTestId('rule-summary').textContent).toBe('fills out form F-demo');

    await user.click(screen.getByRole('button', { name: 'Add trigger' }));
    const second = group('Trigger 2');
    await user.selectOptions(
      within(second).getByRole('combobox', { name: 'When the person' }),
      'opens an email',
    );
    await user.selectOptions(
      within(group('Trigger 2')).getByRole('combobox', { name: 'Email' }),
      'E2',
    );
    expect(ruleOf('S2', 't-demo').triggers).toEqual([
      { type: 'fillsOutForm', form: 'F-demo' },
      { type: 'opensEmail', content: 'E2' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    const filter = group('Filter 1');
    const attribute = within(filter).getByRole('textbox', { name: 'Attribute' });
    await user.clear(attribute);
    expect(within(filter).getByRole('alert').textContent).toBe('Enter the name of an attribute.');
    await user.type(attribute, 'score');
    await user.selectOptions(within(filter).getByRole('combobox', { name: 'Comparison' }), 'gte');
    await user.selectOptions(
      within(filter).getByRole('combobox', { name: 'Value type' }),
      'number',
    );
    const value = within(filter).getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, '5x');
    within(filter).getByText('Enter a value of type number.');
    await user.clear(value);
    await user.type(value, '50');

    expect(ruleOf('S2', 't-demo').filters).toEqual([
      { type: 'attribute', attribute: 'score', op: 'gte', value: 50 },
    ]);
    expect(screen.getByTestId('rule-summary').textContent).toBe(
      'fills out form F-demo or opens E2 (+1 condition)Only if: score is at least 50.',
    );
  });

  it('R47: the last trigger cannot be removed, and says why', async () => {
    openProgram([{ kind: 'rule', stream: 'S2', id: 't-demo' }]);
    const { user } = renderInspector();
    const remove = screen.getByRole('button', { name: 'Remove trigger 1' });
    expect(remove).toHaveProperty('disabled', true);
    expect(document.getElementById(remove.getAttribute('aria-describedby')!)!.textContent).toBe(
      'A rule keeps at least one trigger.',
    );
    await user.click(screen.getByRole('button', { name: 'Add trigger' }));
    await user.click(screen.getByRole('button', { name: 'Remove trigger 1' }));
    expect(ruleOf('S2', 't-demo').triggers).toEqual([{ type: 'fillsOutForm' }]);
    expect(screen.getByRole('button', { name: 'Remove trigger 1' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('edits every trigger type: stream, form, attribute with a condition', async () => {
    openProgram([{ kind: 'rule', stream: 'S2', id: 't-demo' }]);
    const { user } = renderInspector();
    const type = () =>
      within(group('Trigger 1')).getByRole('combobox', { name: 'When the person' });

    await user.selectOptions(type(), 'moves to a stream');
    await user.selectOptions(
      within(group('Trigger 1')).getByRole('combobox', { name: 'Stream' }),
      'S1',
    );
    expect(ruleOf('S2', 't-demo').triggers).toEqual([{ type: 'streamChanged', to: 'S1' }]);

    await user.selectOptions(type(), 'fills out a form');
    await user.type(within(group('Trigger 1')).getByRole('textbox', { name: 'Form' }), 'F-trial');
    expect(ruleOf('S2', 't-demo').triggers).toEqual([{ type: 'fillsOutForm', form: 'F-trial' }]);

    await user.selectOptions(type(), 'has an attribute change');
    expect(ruleOf('S2', 't-demo').triggers).toEqual([
      { type: 'attributeChanged', attribute: 'score' },
    ]);
    await user.click(
      screen.getByRole('checkbox', { name: 'Only when the new value meets a condition' }),
    );
    expect(ruleOf('S2', 't-demo').triggers).toEqual([
      { type: 'attributeChanged', attribute: 'score', to: { op: 'gte', value: 50 } },
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Comparison' }), 'in');
    const values = screen.getByRole('textbox', { name: 'Values' });
    await user.clear(values);
    await user.type(values, '10, 20');
    expect(ruleOf('S2', 't-demo').triggers[0]).toEqual({
      type: 'attributeChanged',
      attribute: 'score',
      to: { op: 'in', value: [10, 20] },
    });
    expect(screen.getByTestId('rule-summary').textContent).toBe('score changes to one of 10 or 20');
  });

  it('offers every filter type with its picker', async () => {
    openProgram([{ kind: 'rule', stream: 'S2', id: 't-demo' }]);
    const { user } = renderInspector();
    const kinds = within(screen.getByRole('combobox', { name: 'New filter' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(kinds).toEqual([
      'Attribute',
      'Was sent',
      'Opened',
      'Clicked',
      'Exhausted content',
      'Person cadence',
      'In stream',
    ]);
    for (const kind of [
      'Was sent',
      'Clicked',
      'Exhausted content',
      'Person cadence',
      'In stream',
    ]) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'New filter' }), kind);
      await user.click(screen.getByRole('button', { name: 'Add filter' }));
    }
    await user.selectOptions(
      within(group('Filter 2')).getByRole('combobox', { name: 'Email' }),
      'E4',
    );
    await user.selectOptions(
      within(group('Filter 3')).getByRole('combobox', { name: 'Value' }),
      'false',
    );
    expect(ruleOf('S2', 't-demo').filters).toEqual([
      { type: 'received', content: 'E1' },
      { type: 'clicked', content: 'E4' },
      { type: 'exhausted', value: false },
      { type: 'cadence', value: 'paused' },
      { type: 'inStream', stream: 'S1' },
    ]);
    screen.getByText(
      'Only if: was sent E1 and clicked E4 and has not exhausted the content and cadence is Paused and is in Early.',
    );
  });

  it('deletes the rule and selects nothing', async () => {
    openProgram([{ kind: 'rule', stream: 'S2', id: 't-demo' }]);
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'Delete rule' }));
    expect(streamOf('S2').transitions).toEqual([]);
    expect(editorStore.getState().selection).toEqual([]);
  });
});

describe('batch move inspector', () => {
  it('R41: edits from, to, time and filters, with a plain summary', async () => {
    openProgram();
    editorStore.getState().apply(addBatchMove, { from: 'S1', to: 'S2' });
    editorStore.getState().select([{ kind: 'batch', id: 'b1' }]);
    const { user } = renderInspector();
    within(inspector()).getByRole('heading', { name: 'Batch move' });
    expect(screen.getByTestId('batch-summary').textContent).toBe(
      'Every day at 07:00, people in Early move to Late if: has exhausted the content.',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), 'Any stream');
    const time = screen.getByLabelText('Every day at');
    await user.clear(time);
    await user.tab(); // leaving the field empty names the problem and saves nothing
    screen.getByText(/Enter the time as HH:MM on the 24-hour clock/);
    expect(currentDoc().program.batchMoves![0]!.time).toBe('07:00');
    await user.type(time, '6.30{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove filter 1' }));
    expect(currentDoc().program.batchMoves).toEqual([
      { id: 'b1', to: 'S2', time: '06:30', filters: [] },
    ]);
    expect(screen.getByTestId('batch-summary').textContent).toBe(
      'Every day at 06:30, everyone in any stream moves to Late.',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), 'S2');
    screen.getByText(/so this moves no one/);
    await user.click(screen.getByRole('button', { name: 'Delete batch move' }));
    expect(currentDoc().program.batchMoves).toEqual([]);
  });
});
