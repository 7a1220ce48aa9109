/**
 * The build sheet (src/document/buildSheet.ts), its words (src/export/buildSheetText.ts) and its
 * Markdown (src/export/sheetMarkdown.ts): every stream with its cadence and content in order, every
 * rule as triggers and filters, every batch move as a recurring smart campaign, the open problems;
 * in English, German and French.
 */
import { describe, expect, it } from 'vitest';
import { buildSheetOf } from '../../src/document/buildSheet';
import { wordBuildSheet } from '../../src/export/buildSheetText';
import { sheetMarkdown } from '../../src/export/sheetMarkdown';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario } from '../../src/model';
import { namesIn } from '../../src/wording/names';
import { memoryStorage } from '../fixtures/memoryStorage';

const i18n = createI18n(memoryStorage());
const NOW = { today: '2025-03-01', nowMs: Date.UTC(2025, 2, 1) };

const doc: Scenario = {
  format: 'lanecast',
  version: 1,
  program: {
    id: 'p',
    name: 'Nurture-A',
    timeZone: 'America/New_York',
    streams: [
      {
        id: 'S1',
        name: 'Early',
        cadence: {
          type: 'weekly',
          firstCast: '2025-03-04',
          time: '09:00',
          every: 1,
          weekdays: ['tue'],
        },
        content: [
          { id: 'E1', type: 'email', name: 'Welcome' },
          { id: 'E2', type: 'email', active: false },
          {
            id: 'W1',
            type: 'program',
            name: 'Webinar',
            activeFrom: '2025-03-10',
            activeThrough: '2025-04-30',
            qualify: [{ type: 'attribute', attribute: 'country', op: 'eq', value: 'CA' }],
          },
        ],
      },
      {
        id: 'S2',
        name: 'Late',
        cadence: {
          type: 'weekly',
          firstCast: '2025-03-06',
          time: '09:00',
          every: 2,
          weekdays: ['thu'],
        },
        content: [{ id: 'E4', type: 'email', name: 'Offer' }],
        transitions: [
          {
            id: 't-demo',
            triggers: [
              { type: 'fillsOutForm', form: 'F-demo' },
              { type: 'attributeChanged', attribute: 'score', to: { op: 'gt', value: 50 } },
            ],
            filters: [
              { type: 'inStream', stream: 'S1' },
              { type: 'cadence', value: 'normal' },
            ],
          },
          { id: 't-draft', triggers: [] },
        ],
      },
      { id: 'S3', name: 'Holding', content: [] },
    ],
    batchMoves: [
      { id: 'b-hold', from: 'S1', to: 'S3', filters: [{ type: 'exhausted', value: true }] },
    ],
  },
} as Scenario;

const worded = (lng: string) =>
  wordBuildSheet(i18n.getFixedT(lng), lng, buildSheetOf(doc, NOW), namesIn(doc));

describe('buildSheetOf', () => {
  const sheet = buildSheetOf(doc, NOW);

  it('lists every stream with its content in priority order, activation and windows', () => {
    expect(sheet.streams.map((s) => s.name)).toEqual(['Early', 'Late', 'Holding']);
    expect(sheet.streams[0]!.content.map((c) => [c.position, c.name, c.active])).toEqual([
      [1, 'Welcome', true],
      [2, 'E2', false],
      [3, 'Webinar', true],
    ]);
    expect(sheet.streams[0]!.content[2]).toMatchObject({
      activeFrom: '2025-03-10',
      activeThrough: '2025-04-30',
    });
    expect(sheet.streams[0]!.content[2]!.qualify).toHaveLength(1);
  });

  it('puts each rule on its destination stream, drafts marked', () => {
    expect(
      sheet.streams[1]!.rules.map((r) => [
        r.id,
        r.into,
        r.triggers.length,
        r.filters.length,
        r.draft,
      ]),
    ).toEqual([
      ['t-demo', 'S2', 2, 2, false],
      ['t-draft', 'S2', 0, 0, true],
    ]);
  });

  it('makes each batch move a daily campaign, 07:00 unless the move says otherwise', () => {
    expect(sheet.batchMoves).toEqual([
      {
        id: 'b-hold',
        from: 'S1',
        to: 'S3',
        time: '07:00',
        filters: [{ type: 'exhausted', value: true }],
      },
    ]);
  });

  it('carries the lint problems still open', () => {
    const codes = sheet.problems.map((p) => p.code);
    expect(codes).toContain('ruleNoTrigger');
    expect(codes).toContain('emptyStreamNoCadence');
  });
});

describe('the build sheet as Markdown', () => {
  it('has the title, a heading per stream and per rule, the rule words and the campaign', () => {
    const md = sheetMarkdown(worded('en'));
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Nurture-A: build sheet for Marketo',
      '## Stream Early',
      '## Stream Late',
      '### Transition rule t-demo into Late',
      '### Transition rule t-draft into Late',
      '## Stream Holding',
      '## Batch moves',
      '### Smart campaign b-hold: move to Holding',
      '## Problems still open',
    ]);
    expect(md).toContain('- **Cadence:** Every week on Tue at 09:00');
    expect(md).toContain('- **Cadence:** Every 2 weeks on Thu at 09:00');
    // (Intl puts thin spaces around the range's dash.)
    expect(md).toMatch(
      /1\. Welcome \(email\) · active\n2\. E2 \(email\) · inactive\n3\. Webinar \(program\) · active · available Mar 10\s–\sApr 30, 2025 · qualifies if country equals “CA”\n/,
    );
    expect(md).toContain('- fills out form F-demo\n- score changes to more than 50');
    expect(md).toContain('Filters (all must hold):\n\n- is in Early\n- cadence is Normal\n');
    expect(md).toContain('- “Member of Engagement Program” is Nurture-A\n- in stream Early\n- ');
    expect(md).toContain('- **Flow:** “Change Engagement Program Stream” to Holding');
    expect(md).toContain(
      '- **Schedule:** every day at 07:00 (America/New\\_York), before the next cast',
    );
    expect(md).toMatch(/- Warning · Rule t-draft into Late: /);
  });

  it('escapes Markdown in names, so a name prints as written', () => {
    const md = sheetMarkdown({ title: 'A *bold* [link]', facts: [], parts: [] });
    expect(md.split('\n')[0]).toBe('# A \\*bold\\* \\[link\\]');
  });

  it('speaks German and French', () => {
    const de = sheetMarkdown(worded('de'));
    expect(de).toContain('## Stream Early');
    expect(de).toContain('### Übergangsregel t-demo nach Late');
    expect(de).toContain('füllt Formular F-demo aus');
    expect(de).toContain('### Smart Campaign b-hold: nach Holding verschieben');
    const fr = sheetMarkdown(worded('fr'));
    expect(fr).toContain('## Flux Early');
    expect(fr).toContain('### Règle de transition t-demo vers Late');
    expect(fr).toContain('## Problèmes encore ouverts');
  });
});
