// Rules, filters and batch moves in plain words in each language: operators as words, values in
// the reader's quotation marks and number format, "any email of Early" for a trigger group, and a
// rule without a trigger saying so. Never an operator code such as "gt".
import { describe, expect, it } from 'vitest';
import { groupOf, groupTriggers } from '../../src/document/triggerGroups';
import { OPERATORS, type Scenario, type TransitionRule } from '../../src/model';
import { filtersText } from '../../src/wording/filters';
import { namesIn } from '../../src/wording/names';
import { batchLabel, omittedRulesText, ruleSummary } from '../../src/wording/rules';
import { nurtureA } from '../fixtures/builders';
import { tFor } from '../preview/i18nFor';

const LANGUAGES = ['en', 'de', 'fr'] as const;

function summary(language: (typeof LANGUAGES)[number], rule: TransitionRule, doc = nurtureA()) {
  return ruleSummary(tFor(language), rule, namesIn(doc));
}

const scoreOver50: TransitionRule = {
  id: 't1',
  triggers: [{ type: 'attributeChanged', attribute: 'score', to: { op: 'gt', value: 50 } }],
};

describe('rule wording', () => {
  it('an attribute condition reads as words in English, German and French', () => {
    expect(summary('en', scoreOver50)).toBe('score changes to more than 50');
    expect(summary('de', scoreOver50)).toBe('score ändert sich auf mehr als 50');
    expect(summary('fr', scoreOver50)).toBe('score passe à plus de 50');
    const filter = [
      { type: 'attribute' as const, attribute: 'score', op: 'gt' as const, value: 50 },
    ];
    const names = namesIn(nurtureA());
    expect(filtersText(tFor('en'), filter, names)).toBe('score is greater than 50');
    expect(filtersText(tFor('de'), filter, names)).toBe('score ist größer als 50');
    expect(filtersText(tFor('fr'), filter, names)).toBe('score est supérieur à 50');
  });

  it('no operator code or JSON is ever shown, for every operator and language', () => {
    for (const language of LANGUAGES)
      for (const op of OPERATORS) {
        const list = op === 'in' || op === 'notIn';
        const value = list ? ['CA', 'US'] : 'CA';
        const rule: TransitionRule = {
          id: 't1',
          triggers: [{ type: 'attributeChanged', attribute: 'country', to: { op, value } }],
          filters: [{ type: 'attribute', attribute: 'country', op, value }],
        };
        const names = namesIn(nurtureA());
        const text = `${ruleSummary(tFor(language), rule, names)} | ${filtersText(tFor(language), rule.filters!, names)}`;
        // "contains" is the English word for its own code.
        const code = language === 'en' && op === 'contains' ? '(?!)' : op;
        expect(text, `${language} ${op}`).not.toMatch(new RegExp(`\\b${code}\\b|"|\\[`));
      }
  });

  it('values in the reader’s marks and formats: text quoted, numbers grouped, lists joined', () => {
    const rule = (value: TransitionRule['triggers'][number] & { type: 'attributeChanged' }) => ({
      id: 't1',
      triggers: [value],
    });
    const country = rule({
      type: 'attributeChanged',
      attribute: 'country',
      to: { op: 'in', value: ['CA', 'US', 'MX'] },
    });
    expect(summary('en', country)).toBe('country changes to one of “CA”, “US”, or “MX”');
    expect(summary('de', country)).toBe(
      'country ändert sich auf einen der Werte „CA“, „US“ oder „MX“',
    );
    expect(summary('fr', country)).toBe(
      'country passe à l’une des valeurs « CA », « US » ou « MX »',
    );
    const big = rule({
      type: 'attributeChanged',
      attribute: 'revenue',
      to: { op: 'gte', value: 12500.5 },
    });
    expect(summary('en', big)).toBe('revenue changes to 12,500.5 or more');
    expect(summary('de', big)).toBe('revenue ändert sich auf 12.500,5 oder mehr');
    const optIn = rule({
      type: 'attributeChanged',
      attribute: 'optIn',
      to: { op: 'eq', value: true },
    });
    expect(summary('fr', optIn)).toBe('optIn passe à vrai');
  });

  it('a rule without a trigger says so; conditions other than "in stream" are counted', () => {
    expect(summary('en', { id: 't1', triggers: [] })).toBe('no trigger yet');
    expect(summary('de', { id: 't1', triggers: [] })).toBe('noch kein Auslöser');
    expect(
      summary('en', {
        id: 't1',
        triggers: [{ type: 'fillsOutForm', form: 'F-demo' }, { type: 'opensEmail' }],
        filters: [
          { type: 'inStream', stream: 'S1' },
          { type: 'exhausted', value: true },
        ],
      }),
    ).toBe('fills out form F-demo or opens any email (+1 condition)');
  });

  it('"any email of Early" reads as one trigger, and as what it still names once Early changed', () => {
    const doc = nurtureA();
    const rule: TransitionRule = {
      id: 't1',
      triggers: [{ type: 'fillsOutForm' }, ...groupTriggers(groupOf(doc, 'clicksEmail', 'S1'))],
    };
    expect(summary('en', rule, doc)).toBe(
      'fills out any form or clicks a link in any email of Early',
    );
    expect(summary('fr', rule, doc)).toBe(
      'remplit un formulaire ou clique un lien dans n’importe quel e-mail de Early',
    );
    const changed: Scenario = structuredClone(doc);
    changed.program.streams[0]!.content!.push({ id: 'E6', type: 'email', name: 'Offer' });
    changed.program.streams[0]!.content![0]!.name = 'Welcome';
    expect(summary('en', rule, changed)).toBe(
      'fills out any form or clicks a link in Welcome, E2, or E3 (once all emails of Early)',
    );
    expect(summary('de', rule, changed)).toBe(
      'füllt ein Formular aus oder klickt einen Link in Welcome, E2 oder E3 (früher alle E-Mails von Early)',
    );
  });

  it('a batch move’s label names its conditions unless it is the usual "when exhausted"', () => {
    const names = namesIn(nurtureA());
    const t = tFor('en');
    const batch = { id: 'b1', from: 'S1', to: 'S2' };
    expect(
      batchLabel(t, { ...batch, filters: [{ type: 'exhausted', value: true }] }, '07:00', names),
    ).toBe('when exhausted · daily 07:00');
    expect(batchLabel(t, batch, '07:00', names)).toBe('everyone · daily 07:00');
    expect(
      batchLabel(
        tFor('de'),
        { ...batch, filters: [{ type: 'attribute', attribute: 'score', op: 'lt', value: 10 }] },
        '06:30',
        names,
      ),
    ).toBe('score ist kleiner als 10 · täglich 06:30');
  });

  it('rules left out of an export are named by id and destination', () => {
    const doc = nurtureA();
    const omitted = [
      { stream: 'S2', rule: 't1' },
      { stream: 'S1', rule: 't2' },
    ];
    expect(omittedRulesText(tFor('en'), doc, omitted)).toBe('t1 into Late and t2 into Early');
    expect(omittedRulesText(tFor('fr'), doc, omitted)).toBe('t1 vers Late et t2 vers Early');
  });
});
