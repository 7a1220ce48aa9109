/**
 * Reference problems (spec: semantics 15 and 25, R2): ids that must be unique or must exist, one type
 * per id, reorders that list every item, joins that need a stream.
 */
import { describe, expect, it } from 'vitest';
import { doc, problems } from './documents';

const rule = 'program.streams.1.transitions.0';
const at = '2025-03-03T10:00';

describe('a file whose references do not hold', () => {
  it.each([
    [
      'two streams with one id',
      { 'program.streams.1.id': 'S1' },
      ['program.streams[1].id: duplicate stream id "S1"'],
    ],
    [
      'one content id twice in a stream',
      { 'program.streams.0.content.2': { id: 'E1', type: 'email' } },
      ['program.streams[0].content[2].id: "E1" appears twice in stream "S1"'],
    ],
    [
      'one id used as a program in one stream and an email in another',
      { 'program.streams.1.content.0': { id: 'P1', type: 'email' } },
      [
        'program.streams[1].content[0].type: "P1" is a program item in another stream; one id has one type',
      ],
    ],
    [
      'an item of no known type: the schema names its type, and references to it are not missing',
      {
        'program.streams.0.content.0': { id: 'E1', type: 'banner' },
        [`${rule}.triggers`]: [{ type: 'opensEmail', content: 'E1' }],
      },
      ['program.streams[0].content[0].type: expected one of email, program, got "banner"'],
    ],
    [
      'rules naming a missing stream (streamChanged.to, inStream)',
      {
        [`${rule}.triggers`]: [{ type: 'streamChanged', to: 'S9' }],
        [`${rule}.filters`]: [{ type: 'inStream', stream: 'S8' }],
      },
      [
        'program.streams[1].transitions[0].triggers[0].to: no stream has the id "S9"',
        'program.streams[1].transitions[0].filters[0].stream: no stream has the id "S8"',
      ],
    ],
    [
      'opensEmail naming a program item',
      { [`${rule}.triggers`]: [{ type: 'opensEmail', content: 'P1' }] },
      [
        'program.streams[1].transitions[0].triggers[0].content: "P1" is a program item, expected an email item',
      ],
    ],
    [
      'a received filter naming no item',
      { [`${rule}.filters`]: [{ type: 'received', content: 'E7' }] },
      ['program.streams[1].transitions[0].filters[0].content: no content item has the id "E7"'],
    ],
    [
      'a batch move into a missing stream',
      { 'program.batchMoves': [{ id: 'b1', from: 'S1', to: 'S3', time: '07:00' }] },
      ['program.batchMoves[0].to: no stream has the id "S3"'],
    ],
    [
      'an event naming a missing person',
      { events: [{ at, type: 'add', person: 'bob', stream: 'S1' }] },
      ['events[0].person: no person has the id "bob"'],
    ],
    [
      'a reorder that leaves an item out',
      { events: [{ at, type: 'reorder', stream: 'S1', order: ['P1', 'E1'] }] },
      ['events[0].order: expected every item of stream "S1" once (missing E3)'],
    ],
    [
      'a reorder with a stranger and a repeat',
      { events: [{ at, type: 'reorder', stream: 'S1', order: ['E1', 'P1', 'E3', 'E1', 'E4'] }] },
      [
        'events[0].order: expected every item of stream "S1" once (not in the stream: E4; repeated: E1)',
      ],
    ],
    [
      'a join in a program with no streams (semantics 15)',
      {
        'program.streams': [],
        events: [
          { at, type: 'add', person: 'ann' },
          { at, type: 'resume', person: 'ann' },
        ],
      },
      [
        'events[0].type: "add" can add a person, but the program has no streams',
        'events[1].type: "resume" can add a person, but the program has no streams',
      ],
    ],
    [
      'two people with one id',
      { people: [{ id: 'ann' }, { id: 'ann' }] },
      ['people[1].id: duplicate person id "ann"'],
    ],
  ])('reports %s', (_, changes, expected) => {
    expect(problems(doc(changes))).toEqual(expected);
  });

  it('allows what semantics 15 and 25 allow: no streams without joins, a window that never opens', () => {
    expect(problems(doc({ 'program.streams': [], events: [] }))).toEqual([]);
    const window = {
      id: 'E1',
      type: 'email',
      activeFrom: '2025-04-01',
      activeThrough: '2025-03-01',
    };
    expect(problems(doc({ 'program.streams.0.content.0': window }))).toEqual([]);
    expect(problems(doc({ 'program.streams.1.content.0': { id: 'E1', type: 'email' } }))).toEqual(
      [],
    );
  });

  it('writes the article that goes with the item type', () => {
    const broken = doc({
      'program.streams.1.content.0': { id: 'E1', type: 'program' },
      'people.0': { id: 'ann', programs: ['E3'] },
    });
    expect(problems(broken)).toEqual([
      'program.streams[1].content[0].type: "E1" is an email item in another stream; one id has one type',
      'people[0].programs[0]: "E3" is an email item, expected a program item',
    ]);
  });
});
