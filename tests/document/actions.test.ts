// The named actions: each has a unique name and the scope issue 6 gives it, a layout action never
// touches anything but "ui", and the undo intent (coalesce key) says which edits are one step.
import { describe, expect, it } from 'vitest';
import type { DocumentAction } from '../../src/document/actions/action';
import * as batchMoves from '../../src/document/actions/batchMoves';
import * as content from '../../src/document/actions/content';
import * as deletion from '../../src/document/actions/deletion';
import * as history from '../../src/document/actions/history';
import * as layout from '../../src/document/actions/layout';
import * as notes from '../../src/document/actions/notes';
import * as program from '../../src/document/actions/program';
import * as rules from '../../src/document/actions/rules';
import * as streams from '../../src/document/actions/streams';
import { readUi } from '../../src/document/ops';
import { programPartsChanged } from '../../src/document/programContent';
import type { Scenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

// Every action module, so a new one cannot be left out of these checks.
const modules = import.meta.glob<Record<string, DocumentAction<unknown>>>(
  ['../../src/document/actions/*.ts', '!../../src/document/actions/action.ts'],
  { eager: true },
);
const all = Object.values(modules).flatMap((m) => Object.values(m) as DocumentAction<unknown>[]);
const uiOf = (doc: Scenario) =>
  readUi(
    (doc as { ui?: unknown }).ui,
    doc.program.streams.map((s) => s.id),
  );
const ok = (result: ReturnType<DocumentAction<unknown>['perform']>): Scenario => {
  if (!result.ok) throw new Error(result.refusal);
  return result.doc;
};

describe('document actions', () => {
  it('are named after what they do, each name once; notes and positions are layout', () => {
    const names = all.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [key, action] of Object.entries({ ...layout, ...notes })) {
      expect(action.name).toBe(key);
      expect(action.scope).toBe('layout');
    }
    const others = all.filter((a) => a.scope === 'program').map((a) => a.name);
    expect(others.sort()).toEqual(
      [
        'activateAll',
        'addActiveEmails',
        'addBatchMove',
        'addCohort',
        'addDefaultAudience',
        'addEvent',
        'addItem',
        'addPerson',
        'addRule',
        'addStream',
        'castLessOften',
        'cloneStream',
        'deleteCohort',
        'deleteEvent',
        'deleteParts',
        'duplicateCohort',
        'duplicateEvent',
        'importPeople',
        'moveItem',
        'moveItems',
        'moveWhenRunDry',
        'pauseOverHolidays',
        'pasteItems',
        'placeCopy',
        'refreshTriggerGroup',
        'removeBatchMove',
        'removeItem',
        'removePeople',
        'removeRule',
        'renameStream',
        'restoreVersion',
        'setCadence',
        'setGeneratorSeed',
        'setItemType',
        'setItemsActive',
        'updateBatchMove',
        'updateCohort',
        'updateEvent',
        'updateItem',
        'updatePerson',
        'updateProgram',
        'updateRule',
        'updateSimulation',
      ].sort(),
    );
  });

  it('layout actions change only "ui"', () => {
    const doc = nurtureA();
    const noted = ok(notes.addNote.perform(doc, { at: { x: 1, y: 2 }, text: '' }));
    const results = [
      noted,
      ...[
        notes.updateNote.perform(noted, { id: 'n1', text: 'hello' }),
        notes.moveNote.perform(noted, { id: 'n1', to: { x: 50, y: 60 } }),
        layout.moveLane.perform(doc, { stream: 'S2', to: { x: 1200, y: 0 } }),
        layout.arrangeCanvas.perform(noted, {
          lanes: new Map([['S1', { x: 0, y: 300 }]]),
          notes: new Map([['n1', { x: 5, y: 5 }]]),
          entry: { x: 0, y: -400 },
        }),
      ].map(ok),
    ];
    for (const next of results) {
      expect(next).not.toBe(doc);
      expect(programPartsChanged(doc, next)).toEqual([]);
    }
  });

  it('arrangeCanvas places lanes in order (each making way for those standing), moves notes and the entry', () => {
    const noted = ok(notes.addNote.perform(nurtureA(), { at: { x: 1, y: 2 }, text: 'n' }));
    const next = ok(
      layout.arrangeCanvas.perform(noted, {
        lanes: new Map([
          ['S1', { x: 0, y: 300 }],
          ['S2', { x: 10, y: 10 }],
        ]),
        notes: new Map([['n1', { x: 99.6, y: 10.2 }]]),
        entry: { x: 5, y: -300 },
      }),
    );
    const ui = uiOf(next);
    expect(ui.lanes.S1).toEqual({ x: 0, y: 300 });
    expect(ui.lanes.S2).toEqual({ x: 320, y: 10 }); // made way for S1
    expect(ui.notes).toEqual([{ id: 'n1', x: 100, y: 10, text: 'n' }]);
    expect(ui.entry).toEqual({ x: 5, y: -300 });
  });

  it('coalesce keys: typing in one field of one part is one step; other edits are their own', () => {
    const typing = { stream: 'S1', item: 'E1', patch: { name: 'x' } };
    expect(content.updateItem.coalesceKey!({ ...typing, typing: 'name' })).toBe('E1:name');
    expect(content.updateItem.coalesceKey!(typing)).toBeUndefined();
    expect(streams.renameStream.coalesceKey!({ stream: 'S1', name: 'x' })).toBe('S1');
    expect(notes.updateNote.coalesceKey!({ id: 'n1', text: 'x' })).toBe('n1');
    const rule = { id: 't1', triggers: [] };
    expect(rules.updateRule.coalesceKey!({ stream: 'S1', rule, typing: true })).toBe('S1:t1');
    expect(rules.updateRule.coalesceKey!({ stream: 'S1', rule })).toBeUndefined();
    expect(program.updateProgram.coalesceKey!({ patch: {}, typing: 'name' })).toBe('name');
    expect(streams.addStream.coalesceKey).toBeUndefined();
  });

  it('actions that create something name it', () => {
    const doc = nurtureA();
    expect(streams.addStream.perform(doc, { name: 'x' })).toMatchObject({ id: 'S3' });
    expect(rules.addRule.perform(doc, { to: 'S2', from: 'S1' })).toMatchObject({ id: 't1' });
    expect(batchMoves.addBatchMove.perform(doc, { from: 'S1', to: 'S2' })).toMatchObject({
      id: 'b1',
    });
  });

  it('deleteParts removes rules, cards and lanes as one edit, skipping what went with a lane', () => {
    const doc = nurtureA();
    const next = ok(
      deletion.deleteParts.perform(doc, {
        parts: [
          { kind: 'stream', id: 'S2' },
          { kind: 'rule', stream: 'S2', id: 't-demo' },
          { kind: 'item', stream: 'S1', id: 'E2' },
          { kind: 'item', stream: 'S2', id: 'E4' },
        ],
      }),
    );
    expect(next.program.streams.map((s) => s.id)).toEqual(['S1']);
    expect(next.program.streams[0]!.content!.map((c) => c.id)).toEqual(['E1', 'E3']);
    expect(deletion.deleteParts.perform(doc, { parts: [] })).toEqual({ ok: true, doc });
  });

  it('restoreVersion replaces the whole document', () => {
    const version = { ...nurtureA(), ui: { notes: [] } } as Scenario;
    expect(history.restoreVersion.perform(nurtureA(), { document: version })).toEqual({
      ok: true,
      doc: version,
    });
  });
});
