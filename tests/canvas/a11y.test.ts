import { describe, expect, it } from 'vitest';
import { edgeName, flowAriaLabels, withEdgeNames } from '../../src/canvas/a11y';
import { toFlow } from '../../src/canvas/toFlow';
import { addBatchMove, addRule } from '../../src/document/ops';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario } from '../../src/model';
import { namesIn } from '../../src/wording/names';
import { ruleSummary } from '../../src/wording/rules';
import { nurtureA } from '../fixtures/builders';

const ok = (r: { ok: boolean; doc?: Scenario }) => r.doc!;
const i18n = createI18n(undefined);
const tIn = (lng: 'en' | 'de' | 'fr') => i18n.getFixedT(lng);
// React Flow's own English words, which the canvas must never show in another language.
const ENGLISH_DEFAULTS = ['Zoom In', 'Zoom Out', 'Fit View', 'Mini Map', 'Control Panel'];

describe("React Flow's words, in the app's language", () => {
  it.each(['en', 'de', 'fr'] as const)('%s: every control, hint and announcement', (lng) => {
    const labels = flowAriaLabels(tIn(lng));
    const words = Object.entries(labels).filter(([, v]) => typeof v === 'string');
    expect(words).toHaveLength(10);
    for (const [, word] of words) expect(ENGLISH_DEFAULTS).not.toContain(word);
    const moved = labels['node.a11yDescription.ariaLiveMessage']!({
      direction: 'left',
      x: 12,
      y: 30,
    });
    expect(moved).toContain('12');
    expect(moved).not.toContain('{{');
  });

  it('says where a node moved in words of the language', () => {
    const say = (lng: 'de' | 'fr') =>
      flowAriaLabels(tIn(lng))['node.a11yDescription.ariaLiveMessage']!({
        direction: 'up',
        x: 0,
        y: -40,
      });
    expect(say('de')).toBe('Nach oben verschoben. Neue Position: x 0, y -40');
    expect(say('fr')).toBe('Déplacé vers le haut. Nouvelle position : x 0, y -40');
  });
});

describe('every edge has a name for screen readers', () => {
  const doc = ok(
    addBatchMove(ok(addRule(nurtureA(), 'S1', 'S2', [{ type: 'opensEmail' }])), 'S1', 'S2'),
  );
  const names = namesIn(doc);

  // The rule's words are the rule summary's (src/wording/rules.ts), whatever they say.
  const summary = (stream: number) =>
    ruleSummary(tIn('en'), doc.program.streams[stream]!.transitions!.at(-1)!, names);

  it('in English: what it is, from where, to where, and what fires it', () => {
    const named = withEdgeNames(toFlow(doc).edges, tIn('en'), names);
    expect(named.map((e) => e.ariaLabel)).toEqual([
      'New members join Early',
      `Transition rule from Late into Early: ${summary(0)}`,
      `Transition rule from any stream into Late: ${summary(1)}`,
      'Batch move from Early to Late: when exhausted · daily 07:00',
    ]);
    expect(named.every((e) => e.domAttributes?.['aria-roledescription'] === 'arrow')).toBe(true);
  });

  it.each([
    ['de', 'Übergangsregel aus jedem Stream nach Late', 'Pfeil'],
    ['fr', 'Règle de transition de n’importe quel flux vers Late', 'flèche'],
  ] as const)('in %s too', (lng, start, role) => {
    const edges = withEdgeNames(toFlow(doc).edges, tIn(lng), names);
    const anyStream = edges.find((e) => e.source === 'entry' && e.type === 'rule')!;
    expect(anyStream.ariaLabel!.startsWith(start)).toBe(true);
    expect(anyStream.domAttributes?.['aria-roledescription']).toBe(role);
    expect(edges.every((e) => e.ariaLabel && !e.ariaLabel.includes('{{'))).toBe(true);
  });

  it('a rule for new members says so', () => {
    const joining = ok(addRule(nurtureA(), 'S2', null, [{ type: 'addedToProgram' }]));
    const edge = toFlow(joining).edges.at(-1)!;
    expect(edgeName(edge, tIn('en'), namesIn(joining))).toMatch(
      /^Transition rule for new members into Late: /,
    );
  });
});
