// The cohort form's checks, as the file format has them (docs/format.md, "Lanecast's extension"),
// worded in English and German; the reading of numbers and percentages; switching a distribution's
// kind; and what a cohort means in one sentence.
import { describe, expect, it } from 'vitest';
import type { Cohort, Scenario } from '../../src/model';
import {
  checkAttributeName,
  checkBound,
  checkCohortId,
  checkCohortSize,
  checkDate,
  checkPer,
  checkPercent,
  checkSeed,
  checkTime,
  checkWeight,
  checkZone,
  parsePercent,
  parseWhole,
  percentText,
  decimalText,
  parseDecimal,
  resolveZone,
  type CohortProblem,
} from '../../src/preview/audience/cohorts/cohortChecks';
import { cohortSentence } from '../../src/preview/audience/cohorts/cohortSentence';
import {
  convertDistribution,
  withIntegers,
} from '../../src/preview/audience/cohorts/distributions';
import { cohortProblemText } from '../../src/preview/audience/cohorts/useCohortProblem';
import { nurtureA } from '../fixtures/builders';
import { tFor } from './i18nFor';

const cohort = (id: string, size: number): Cohort => ({ id, size, join: { from: '2026-12-01' } });
const doc: Scenario = {
  ...nurtureA(),
  people: [{ id: 'ann' }, { id: 'leads-40' }],
  generator: { cohorts: [cohort('leads', 30), cohort('crowd', 1_999_000)] },
};
const words = (problem: CohortProblem | null) =>
  problem === null
    ? null
    : [cohortProblemText(tFor('en'), problem), cohortProblemText(tFor('de'), problem)];

describe('cohort checks', () => {
  it.each([
    [
      'an empty id',
      checkCohortId(doc, 0, ' ', 30),
      'Enter an id for the cohort.',
      'Geben Sie eine ID für die Kohorte ein.',
    ],
    [
      'an id another cohort has',
      checkCohortId(doc, 0, 'crowd', 30),
      'Another cohort is called crowd.',
      'Eine andere Kohorte heißt bereits crowd.',
    ],
    [
      'an id whose people would include a listed person',
      checkCohortId(doc, 0, 'leads', 50),
      'The listed person leads-40 would clash with the people of leads. Choose another id.',
      'Die aufgeführte Person leads-40 würde mit den Personen von leads kollidieren. Wählen Sie eine andere ID.',
    ],
    [
      'a size that is not a whole number',
      checkCohortSize(doc, 0, '12.5', 'leads'),
      'Enter a whole number of people.',
      'Geben Sie eine ganze Zahl von Personen ein.',
    ],
    [
      'no people',
      checkCohortSize(doc, 0, '0', 'leads'),
      'Enter 1 to 2,000,000 people.',
      'Geben Sie 1 bis 2.000.000 Personen ein.',
    ],
    [
      'more people than the cap leaves',
      checkCohortSize(doc, 0, '1001', 'leads'),
      'All cohorts together may have at most 2,000,000 people: at most 1,000 more fit here.',
      'Alle Kohorten zusammen dürfen höchstens 2.000.000 Personen haben: Hier passen höchstens 1.000 mehr.',
    ],
    [
      'a size that reaches a listed person',
      checkCohortSize(doc, 0, '40', 'leads'),
      'With this many people, leads would generate leads-40, who is a listed person.',
      'Mit so vielen Personen würde leads die Person leads-40 erzeugen, die bereits aufgeführt ist.',
    ],
    ['an impossible date', checkDate('2026-02-30'), 'Enter a date.', 'Geben Sie ein Datum ein.'],
    [
      'a time out of range',
      checkTime('24:00'),
      'Enter a time as HH:mm, or leave it empty for 00:00.',
      'Geben Sie eine Uhrzeit als HH:mm ein oder lassen Sie das Feld für 00:00 leer.',
    ],
    [
      'a pace of 0',
      checkPer('0'),
      'Enter a whole number of at least 1.',
      'Geben Sie eine ganze Zahl ab 1 ein.',
    ],
    [
      'a weight of 0',
      checkWeight('0'),
      'Enter a weight above 0.',
      'Geben Sie ein Gewicht größer als 0 ein.',
    ],
    [
      'a bound that is not a number',
      checkBound('ten', 100, 'min', false),
      'Enter a number.',
      'Geben Sie eine Zahl ein.',
    ],
    [
      'a minimum above the maximum',
      checkBound('120', 100, 'min', false),
      'From must not be above to.',
      'Von darf nicht größer als Bis sein.',
    ],
    [
      'a fraction among whole numbers',
      checkBound('2.5', 100, 'min', true),
      'With whole numbers only, enter a whole number.',
      'Bei nur ganzen Zahlen geben Sie eine ganze Zahl ein.',
    ],
    [
      'an unknown zone',
      checkZone('Mars/Base'),
      '“Mars/Base” is not a known time zone. Pick one from the list, for example Europe/Berlin.',
      '„Mars/Base“ ist keine bekannte Zeitzone. Wählen Sie eine aus der Liste, zum Beispiel Europe/Berlin.',
    ],
    [
      'a share above 100 %',
      checkPercent('120', false),
      'Enter a percentage from 0 to 100.',
      'Geben Sie einen Prozentsatz von 0 bis 100 ein.',
    ],
    [
      'a seed that is not whole',
      checkSeed('1.5'),
      'Enter a whole number.',
      'Geben Sie eine ganze Zahl ein.',
    ],
    [
      'an attribute without a name',
      checkAttributeName('  ', []),
      'Enter the name of an attribute.',
      'Geben Sie den Namen eines Attributs ein.',
    ],
    [
      'an attribute the cohort has',
      checkAttributeName('tier', ['tier']),
      'The cohort already has an attribute tier.',
      'Die Kohorte hat bereits ein Attribut tier.',
    ],
  ])('name %s', (_, problem, en, de) => {
    expect(words(problem)).toEqual([en, de]);
  });

  it('accept what the format accepts', () => {
    expect(checkCohortId(doc, 0, 'leads', 30)).toBeNull();
    expect(checkCohortSize(doc, 0, '39', 'leads')).toBeNull();
    expect(checkCohortSize(doc, 1, '1,999,970', 'crowd')).toBeNull();
    expect(checkDate('2026-12-01')).toBeNull();
    expect(checkTime('')).toBeNull();
    expect(checkTime('23:59')).toBeNull();
    expect(checkBound('100', 100, 'min', true)).toBeNull();
    expect(checkBound('-2.5', -3, 'max', false)).toBeNull();
    expect(checkWeight('0,5')).toBeNull();
    expect(checkPercent('', true)).toBeNull();
    expect(checkPercent('', false)).not.toBeNull();
    expect(checkSeed('-7')).toBeNull();
    expect(resolveZone(' europe/paris ')).toBe('Europe/Paris');
  });

  it('read numbers as people type them', () => {
    expect(parseWhole('1,000')).toBe(1000);
    expect(parseWhole('2.000.000')).toBe(2_000_000);
    expect(parseWhole('1.5')).toBeNull();
    expect(parsePercent('2,5')).toBe(0.025);
    expect(parsePercent('7')).toBe(0.07);
    expect(percentText(0.07, 'en')).toBe('7');
    expect(percentText(0.125, 'de')).toBe('12,5');
    expect(parsePercent(percentText(0.125, 'de'))).toBe(0.125);
    expect(percentText(undefined, 'en')).toBe('');
    expect(decimalText(2.5, 'de')).toBe('2,5');
    expect(decimalText(2.5, 'en')).toBe('2.5');
    expect(parseDecimal(decimalText(0.125, 'fr'))).toBe(0.125);
  });
});

describe('distributions', () => {
  it('keep what makes sense when their kind changes', () => {
    expect(convertDistribution({ value: 'DE' }, 'choice')).toEqual({
      oneOf: [{ value: 'DE', weight: 1 }],
    });
    expect(
      convertDistribution(
        {
          oneOf: [
            { value: 3, weight: 2 },
            { value: 9, weight: 1 },
          ],
        },
        'uniform',
      ),
    ).toEqual({
      uniform: { min: 3, max: 9, integer: true },
    });
    expect(convertDistribution({ uniform: { min: 0.5, max: 2 } }, 'constant')).toEqual({
      value: 0.5,
    });
    expect(convertDistribution({ value: 'DE' }, 'uniform')).toEqual({
      uniform: { min: 0, max: 100, integer: true },
    });
  });

  it('round a range inwards for whole numbers, and say when none fits', () => {
    expect(withIntegers({ min: 0.5, max: 9.5 }, true)).toEqual({ min: 1, max: 9, integer: true });
    expect(withIntegers({ min: 0.2, max: 0.8 }, true)).toBeNull();
    expect(withIntegers({ min: 1, max: 9, integer: true }, false)).toEqual({ min: 1, max: 9 });
  });
});

describe('cohortSentence', () => {
  const join = (patch: Partial<Cohort['join']>, size = 1000): Cohort => ({
    id: 'c',
    size,
    join: { from: '2026-12-01', time: '08:00', ...patch },
  });
  it('says who joins where, how fast, and when the last one does', () => {
    const en = (c: Cohort) => cohortSentence(tFor('en'), 'en', c, 'Early');
    expect(en(join({ perDay: 50 }))).toBe(
      '1,000 people join Early, 50 a day from Dec 1, 2026 at 08:00 (the last on Dec 20, 2026).',
    );
    expect(en(join({ perWeek: 300 }))).toBe(
      '1,000 people join Early, 300 a week from Dec 1, 2026 at 08:00 (the last on Dec 22, 2026).',
    );
    expect(en(join({}, 1))).toBe('1 person joins Early on Dec 1, 2026 at 08:00.');
    expect(en(join({ perDay: 5000, time: undefined }))).toBe(
      '1,000 people join Early on Dec 1, 2026 at 00:00.',
    );
    expect(cohortSentence(tFor('de'), 'de', join({ perDay: 50 }), 'Early')).toBe(
      '1.000 Personen treten Early bei, 50 pro Tag ab 1. Dez. 2026 um 08:00 Uhr (die letzte am 20. Dez. 2026).',
    );
  });
});
