/**
 * Explanations and "why not" answers computed by the engine, for the journey's wording tests: the
 * shared examples, and a program made to reach every rule outcome (not a member, a filter failed,
 * moved, already in the stream, another rule first, the chain limit) and every skip (inactive,
 * outside its window, the 7-day limit, a lost cast).
 */
import { readFileSync } from 'node:fs';
import { createInstance, type TFunction } from 'i18next';
import {
  buildFrame,
  compileScenario,
  explainPerson,
  whyNot,
  type CastStep,
  type ExplainStep,
  type PersonExplanation,
} from '../../src/engine';
import { resources } from '../../src/i18n/createI18n';
import { formatProblem, parseScenario, type Scenario } from '../../src/model';
import { wordingOf, type Wording } from '../../src/preview/journey/wording/context';

export const shared = (name: string): Scenario =>
  JSON.parse(readFileSync(`../shared/scenarios/${name}.json`, 'utf8')) as Scenario;

export function planOf(doc: Scenario) {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error(compiled.problems.map(formatProblem).join('\n'));
  return compiled.plan;
}

const i18n = createInstance();
void i18n.init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });
export const tIn = (language: string): TFunction => i18n.getFixedT(language);

/** Intl puts narrow no-break spaces in "9:00 AM"; tests read them as spaces. */
export const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

export interface Explained {
  explanation: PersonExplanation;
  w: Wording;
  /** Why rule `id` (into `stream`) did or did not move the person. */
  whyNot(id: string, stream?: string): ReturnType<typeof whyNot>;
  castOn(date: string, stream?: string): CastStep;
  steps<K extends ExplainStep['kind']>(kind: K): Extract<ExplainStep, { kind: K }>[];
}

export function explained(doc: Scenario, person: string, language = 'en'): Explained {
  const plan = planOf(doc);
  const explanation = explainPerson(plan, person);
  if (explanation === null) throw new Error(`no ${person}`);
  const w = wordingOf(tIn(language), language, buildFrame(plan), person, explanation.timeZone);
  const steps = <K extends ExplainStep['kind']>(kind: K) =>
    explanation.steps.filter((s): s is Extract<ExplainStep, { kind: K }> => s.kind === kind);
  return {
    explanation,
    w,
    whyNot: (id, stream) => whyNot(plan, person, id, stream),
    castOn: (date, stream) => {
      const cast = steps('cast').find(
        (c) => c.castDate === date && (stream === undefined || c.stream === stream),
      );
      if (cast === undefined) throw new Error(`no cast on ${date}`);
      return cast;
    },
    steps,
  };
}

const weekly = (firstCast: string, weekday: string) => ({
  type: 'weekly',
  firstCast,
  time: '09:00',
  every: 1,
  weekdays: [weekday],
});

/** Ann's program: every rule outcome and every skip the explanation knows. */
export function rulesProgram(): Scenario {
  const person = (at: string, type: string, more: object = {}) => ({
    at,
    type,
    person: 'ann',
    ...more,
  });
  return {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'rules',
      name: 'Rules',
      timeZone: 'America/New_York',
      communicationLimits: { per7Days: 2 },
      streams: [
        {
          id: 'S1',
          name: 'Early',
          cadence: weekly('2025-03-04', 'tue'),
          content: [
            { id: 'E0', type: 'email', active: false },
            { id: 'E6', type: 'email', activeFrom: '2025-04-01' },
            { id: 'E7', type: 'email', name: 'Old offer', activeThrough: '2025-03-01' },
            { id: 'E1', type: 'email', name: 'Welcome' },
          ],
          transitions: [{ id: 't-back', triggers: [{ type: 'streamChanged', to: 'S3' }] }],
        },
        {
          id: 'S2',
          name: 'Late',
          cadence: weekly('2025-03-06', 'thu'),
          content: [{ id: 'E2', type: 'email' }],
          transitions: [
            {
              id: 't-score',
              triggers: [{ type: 'attributeChanged', attribute: 'score' }],
              filters: [{ type: 'attribute', attribute: 'score', op: 'gte', value: 50 }],
            },
            { id: 't-form', triggers: [{ type: 'fillsOutForm', form: 'F1' }] },
          ],
        },
        {
          id: 'S3',
          name: 'Loop',
          content: [{ id: 'E3', type: 'email' }],
          transitions: [
            { id: 't-form2', triggers: [{ type: 'fillsOutForm', form: 'F1' }] },
            {
              id: 't-loop',
              triggers: [
                { type: 'streamChanged', to: 'S1' },
                { type: 'opensEmail', content: 'E2' },
              ],
            },
          ],
        },
      ],
    },
    people: [{ id: 'ann', attributes: { score: 10 } }],
    events: [
      person('2025-03-02T10:00', 'set', { attribute: 'score', value: 70 }),
      person('2025-03-03T10:00', 'add', { stream: 'S1' }),
      person('2025-03-03T11:00', 'externalEmail'),
      person('2025-03-05T10:00', 'set', { attribute: 'score', value: 40 }),
      person('2025-03-05T11:00', 'set', { attribute: 'score', value: 55 }),
      person('2025-03-05T12:00', 'set', { attribute: 'score', value: 60 }),
      person('2025-03-07T10:00', 'fillsOutForm', { form: 'F1' }),
      person('2025-03-08T10:00', 'move', { stream: 'S3' }),
      person('2025-03-09T10:00', 'move', { stream: 'S1' }),
      person('2025-03-10T10:00', 'fillsOutForm', { form: 'F1' }),
      person('2025-03-12T10:00', 'move', { stream: 'S1' }),
      { at: '2025-03-18T00:00', type: 'programStatus', status: 'off' },
      { at: '2025-03-19T00:00', type: 'programStatus', status: 'on' },
    ],
    simulation: { from: '2025-03-01', until: '2025-03-31', seed: 1 },
  } as Scenario;
}
