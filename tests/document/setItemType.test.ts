// setItemType: an id has one type across the program, so the type changes in every lane at once.
import { describe, expect, it } from 'vitest';
import { placeCopy, setItemType, type EditResult } from '../../src/document/ops';
import { parseScenario, type ContentItem, type Scenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

const ok = (result: EditResult): Scenario => {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return result.doc;
};
const itemIn = (doc: Scenario, stream: string, id: string): ContentItem =>
  doc.program.streams.find((s) => s.id === stream)!.content!.find((c) => c.id === id)!;

describe('setItemType', () => {
  it('R14: turns an email that stands in two lanes into a program in both', () => {
    const before = nurtureA();
    const doc = ok(setItemType(before, 'E2', 'program'));
    expect(itemIn(doc, 'S1', 'E2')).toEqual({ id: 'E2', type: 'program' });
    expect(itemIn(doc, 'S2', 'E2')).toEqual({ id: 'E2', type: 'program' });
    expect(itemIn(before, 'S1', 'E2').type).toBe('email'); // pure: the input is untouched
    expect(doc.program.streams[0]!.content![0]).toBe(before.program.streams[0]!.content![0]);
    expect(parseScenario(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });

  it('drops the smart list when a program becomes an email, and keeps everything else', () => {
    let doc = ok(setItemType(nurtureA(), 'E1', 'program'));
    doc = ok(placeCopy(doc, 'S1', 'E1', 'S2', 0));
    const withList: Scenario = {
      ...doc,
      program: {
        ...doc.program,
        streams: doc.program.streams.map((s) => ({
          ...s,
          content: s.content!.map((c) =>
            c.id === 'E1'
              ? {
                  ...c,
                  name: 'Webinar',
                  active: false,
                  qualify: [{ type: 'attribute', attribute: 'country', op: 'eq', value: 'CA' }],
                }
              : c,
          ),
        })),
      },
    };
    const email = ok(setItemType(withList, 'E1', 'email'));
    for (const stream of ['S1', 'S2'])
      expect(itemIn(email, stream, 'E1')).toEqual({
        id: 'E1',
        type: 'email',
        name: 'Webinar',
        active: false,
      });
  });

  it('changes nothing when the type is already right, and reports an unknown id', () => {
    const doc = nurtureA();
    expect(ok(setItemType(doc, 'E1', 'email'))).toBe(doc);
    expect(setItemType(doc, 'nope', 'email')).toEqual({ ok: false, refusal: 'notFound' });
  });
});
