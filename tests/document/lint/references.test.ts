import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../src/model';
import { nurtureA } from '../../fixtures/builders';
import { found, lint, nurture } from './helpers';

describe('references (semantics 25)', () => {
  it('semantics 25: rules, smart lists and batch moves naming missing streams or items are errors', () => {
    const dangling = nurture((doc, s) => {
      s.S2!.transitions!.push({
        id: 't-gone',
        triggers: [{ type: 'streamChanged', to: 'S9' }],
        filters: [{ type: 'received', content: 'E9' }],
      });
      s.S1!.content!.push({
        id: 'P1',
        type: 'program',
        qualify: [{ type: 'inStream', stream: 'S8' }],
      });
      doc.program.batchMoves = [{ id: 'b1', from: 'S7', to: 'S2' }];
    });
    const errors = lint(dangling).filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.target, p.params])).toEqual([
      ['missingStream', { kind: 'item', stream: 'S1', id: 'P1' }, { id: 'S8' }],
      ['missingStream', { kind: 'rule', stream: 'S2', id: 't-gone' }, { id: 'S9' }],
      ['missingItem', { kind: 'rule', stream: 'S2', id: 't-gone' }, { id: 'E9' }],
      ['missingStream', { kind: 'batch', id: 'b1' }, { id: 'S7' }],
    ]);
    // The same document, judged by the file validator: the same four references.
    expect(checkReferences(dangling)).toHaveLength(4);
    expect(lint(nurtureA()).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('semantics 25: opens, clicks, opened and clicked name an email, not a program item', () => {
    const withProgram = (change: (d: ReturnType<typeof nurtureA>) => void) =>
      nurture((doc, s) => {
        s.S1!.content!.push({ id: 'P1', type: 'program', name: 'Webinar' });
        change(doc);
      });
    const opens = withProgram((d) =>
      d.program.streams[1]!.transitions!.push({
        id: 't-open',
        triggers: [{ type: 'opensEmail', content: 'P1' }],
        filters: [{ type: 'clicked', content: 'P1' }],
      }),
    );
    expect(lint(opens).filter((p) => p.code === 'notAnEmail')).toEqual([
      {
        code: 'notAnEmail',
        severity: 'error',
        target: { kind: 'rule', stream: 'S2', id: 't-open' },
        params: { item: 'Webinar' },
      },
    ]); // two references, one row: the duplicate is dropped
    // `received` may name a program item (processed through it).
    const received = withProgram((d) =>
      d.program.streams[1]!.transitions!.push({
        id: 't-got',
        triggers: [{ type: 'addedToProgram' }],
        filters: [{ type: 'received', content: 'P1' }],
      }),
    );
    expect(found(received, 'notAnEmail')).toEqual([]);
    expect(found(received, 'missingItem')).toEqual([]);
  });
});
