// Making a program's share link: the document as exported (rules without a trigger left out,
// layout and notes kept) behind this page's own address; past 32,000 characters, no link.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { decodeShareData } from '../../src/share/shareCode';
import { makeShareLink, MAX_LINK_CHARS } from '../../src/share/shareLink';
import { nurtureA } from '../fixtures/builders';

const withLayoutAndDraft = (): Scenario => {
  const doc = nurtureA();
  const [s1] = doc.program.streams;
  s1!.transitions = [...(s1!.transitions ?? []), { id: 'draft', triggers: [] } as never];
  return {
    ...doc,
    ui: { lanes: { S1: { x: 10, y: 20 } }, notes: [{ id: 'n1', x: 0, y: 0, text: 'Why' }] },
  } as Scenario;
};

async function documentIn(url: string): Promise<unknown> {
  const decoded = await decodeShareData(url.slice(url.indexOf('#/open/') + '#/open/'.length));
  if (!decoded.ok) throw new Error(`damaged: ${decoded.damage.kind}`);
  return JSON.parse(decoded.text);
}

describe('makeShareLink', () => {
  it('carries the document as exported, behind the page address in place of its fragment', async () => {
    const doc = withLayoutAndDraft();
    const link = await makeShareLink(doc, 'https://example.org/lanecast/?lang=de#/program/p1');
    if (link.kind !== 'link') throw new Error(link.kind);
    expect(link.url).toMatch(/^https:\/\/example\.org\/lanecast\/\?lang=de#\/open\/v1\.[\w-]+$/);
    expect(link.omitted).toEqual([{ stream: 'S1', rule: 'draft' }]);
    const carried = (await documentIn(link.url)) as Scenario & { ui: unknown };
    expect(carried.ui).toEqual(doc.ui);
    expect(carried.program.streams[0]!.transitions?.map((r) => r.id)).not.toContain('draft');
    expect(carried).toEqual(JSON.parse(JSON.stringify({ ...doc, program: carried.program })));
  });

  it('makes a link of at most 32,000 characters and offers none one character longer', async () => {
    const doc = nurtureA();
    const probe = await makeShareLink(doc, 'https://e.org/');
    if (probe.kind !== 'link') throw new Error(probe.kind);
    // A page address padded so that the link comes to exactly the limit, then one more.
    const base = (extra: number) =>
      `https://e.org/${'p'.repeat(MAX_LINK_CHARS - probe.url.length + extra)}`;
    const atLimit = await makeShareLink(doc, base(0));
    expect(atLimit.kind === 'link' && atLimit.url.length).toBe(MAX_LINK_CHARS);
    expect(await makeShareLink(doc, base(1))).toEqual({
      kind: 'tooLong',
      length: MAX_LINK_CHARS + 1,
      max: MAX_LINK_CHARS,
    });
  });

  it('offers no link for a program with a large audience', async () => {
    const doc = nurtureA();
    doc.people = Array.from({ length: 5000 }, (_, i) => ({
      id: `person-${i}-${(i * 7919) % 104729}`,
      attributes: { score: (i * 37) % 101, country: ['US', 'DE', 'FR'][i % 3]! },
    }));
    const link = await makeShareLink(doc, 'https://e.org/');
    expect(link.kind).toBe('tooLong');
    expect(link.kind === 'tooLong' && link.length).toBeGreaterThan(MAX_LINK_CHARS);
  });
});
