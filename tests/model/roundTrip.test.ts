/**
 * Files survive a round trip (spec: "Unknown keys are kept on import and written back on export"):
 * what was read is what is written, unknown keys included at every depth, and no defaults added.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model';
import { cohort, doc } from './documents';

function roundTrip(input: unknown): unknown {
  const first = parseScenario(input);
  if (!first.ok) return expect.fail(JSON.stringify(first.problems));
  const second = parseScenario(JSON.parse(JSON.stringify(first.scenario)));
  if (!second.ok) return expect.fail(JSON.stringify(second.problems));
  return second.scenario;
}

describe('a round trip through parse and JSON', () => {
  it('keeps unknown keys at the top, in streams, items, rules, filters, people and events', () => {
    const original = doc({
      ui: { canvas: { zoom: 1.5, nodes: [{ id: 'S1', x: 10, y: 20 }] }, notes: ['draft'] },
      'x-exporter': 'Lanecast 0.9',
      'program.owner': 'marketing',
      'program.streams.0.color': '#ffcc00',
      'program.streams.0.cadence.label': 'Tuesdays',
      'program.streams.0.content.0.thumbnail': 'e1.png',
      'program.streams.0.content.1.qualify': [
        { type: 'attribute', attribute: 'country', op: 'eq', value: 'CA', note: 'Canada only' },
      ],
      'program.streams.1.transitions.0.comment': 'demo requests',
      'program.streams.1.transitions.0.triggers.0.source': 'web',
      'program.communicationLimits': { perDay: 1, source: 'admin' },
      'program.behavior': { open: 0.25, benchmark: 'b2b' },
      people: [{ id: 'ann', attributes: { country: 'CA' }, crmId: 42 }],
      events: [{ at: '2025-03-03T10:00', type: 'add', person: 'ann', stream: 'S1', via: 'form' }],
      simulation: { from: '2025-03-01', until: '2025-04-30', seed: 3, speed: 'fast' },
      generator: { seed: 7, cohorts: [{ ...cohort(), colour: 'blue' }], preset: 'b2b' },
    });
    expect(roundTrip(original)).toEqual(original);
  });

  it('writes back no defaults the file did not have (active, status, name, recipientTimeZone)', () => {
    const original = doc();
    const back = roundTrip(original) as typeof original;
    expect(back).toEqual(original);
    expect(JSON.stringify(back)).not.toMatch(/"active"|"status"|"recipientTimeZone"/);
  });

  it('keeps keys that a later version may add, such as a new cadence option', () => {
    const original = doc({
      'program.streams.1.cadence.skipHolidays': true,
      'program.version2': {},
    });
    expect(roundTrip(original)).toEqual(original);
  });
});
