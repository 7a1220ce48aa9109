/**
 * Explanations agree with the records over random valid scenarios (tests/fixtures/arbitraries.ts):
 * every move step names the rule or batch move of its record, and `whyNot` says `moved` exactly at
 * the moves its rule caused (R47, R49, semantics 20-21). The generated scenarios have no
 * `simulation.from`, so every move the explanation sees is also written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainPerson, simulateRecords, whyNot } from '../../src/engine';
import { formatProblem, parseScenario } from '../../src/model';
import { scenarioArb } from '../fixtures/arbitraries';

const RUNS = Number(process.env.LANECAST_PROPERTY_RUNS ?? 200);

describe('explanations agree with the records', () => {
  it(
    'R41, R47, R49: move steps and whyNot name the moves the records hold',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(scenarioArb, (doc) => {
          const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
          if (!parsed.ok) return expect.fail(parsed.problems.map(formatProblem).join('\n'));
          const result = simulateRecords(parsed.scenario);
          if (!result.ok) return expect.fail(result.problems.map(formatProblem).join('\n'));
          const { plan, value: records } = result;
          const streams = parsed.scenario.program.streams;
          for (const person of parsed.scenario.people ?? []) {
            const moves = records.filter((r) => r.type === 'move' && r.person === person.id);
            const steps = explainPerson(plan, person.id)!.steps.filter((s) => s.kind === 'move');
            const described = steps.map((s) =>
              s.why.by === 'rule'
                ? `rule:${s.why.rule.id} ${s.why.rule.stream}`
                : s.why.by === 'batch'
                  ? `batch:${s.why.batch} ${s.to}`
                  : `event ${s.to}`,
            );
            expect(described).toEqual(moves.map((m) => m.type === 'move' && `${m.cause} ${m.to}`));
            for (const stream of streams)
              for (const id of new Set((stream.transitions ?? []).map((t) => t.id))) {
                const answer = whyNot(plan, person.id, id, stream.id);
                if (!answer.ok) return expect.fail(answer.problem);
                const moved = answer.rules
                  .flatMap((r) => r.happenings)
                  .filter((h) => h.outcome.result === 'moved')
                  .map((h) => h.at)
                  .sort();
                const caused = moves
                  .filter(
                    (m) => m.type === 'move' && m.cause === `rule:${id}` && m.to === stream.id,
                  )
                  .map((m) => m.at);
                expect(moved, `${person.id} ${stream.id} ${id}`).toEqual(caused);
              }
          }
        }),
        { numRuns: RUNS },
      );
    },
  );
});
