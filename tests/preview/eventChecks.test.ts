// The event form's checks: each rule of the file format (spec: events; semantics 15, 25) says
// what is wrong, in the UI language, before anything is saved; a valid draft becomes exactly the
// event it shows, keys the form does not know included.
import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../src/model';
import { checkDraft, eventContext } from '../../src/preview/script/eventChecks';
import { draftOf, emptyDraft, eventOf, type EventDraft } from '../../src/preview/script/eventDraft';
import { parseScalarText, scalarText } from '../../src/preview/script/scalarText';
import { eventProblemText } from '../../src/preview/script/useProblemText';
import { previewProgram } from '../fixtures/previewProgram';
import { tFor } from './i18nFor';

const doc = previewProgram(300); // people ann, ben, cara; cohort "lead" of 300
const context = eventContext(doc);
const draft = (patch: Partial<EventDraft>): EventDraft => ({
  ...emptyDraft('pause', '2025-03-07T12:00'),
  person: 'ann',
  ...patch,
});
const messages = (d: EventDraft, language: 'en' | 'de', ctx = context) =>
  checkDraft(d, ctx).map((p) => `${p.field}: ${eventProblemText(tFor(language), p, d.type)}`);

describe('event checks', () => {
  it('accept a pause for a listed person at a local or absolute date-time', () => {
    expect(checkDraft(draft({}), context)).toEqual([]);
    expect(checkDraft(draft({ at: '2025-03-07T12:00:30+01:00' }), context)).toEqual([]);
    expect(checkDraft(draft({ at: '2025-03-07T11:00Z' }), context)).toEqual([]);
  });

  it.each([
    [
      'a date-time not in the spec’s form',
      { at: '2025-03-7T12:00' },
      'at: Write the date and time as YYYY-MM-DDTHH:mm, for example 2025-03-07T12:00 (seconds and Z or an offset are optional).',
      'at: Schreiben Sie Datum und Uhrzeit in der Form 2025-03-07T12:00 (Jahr-Monat-Tag, T, Stunden:Minuten); Sekunden sowie Z oder ein Versatz sind optional.',
    ],
    [
      'a date that is not in the calendar',
      { at: '2025-02-30T12:00' },
      'at: 2025-02-30T12:00 is not a date in the calendar.',
      'at: 2025-02-30T12:00 ist kein Datum im Kalender.',
    ],
    [
      'no person',
      { person: ' ' },
      'person: Enter the id of a person.',
      'person: Geben Sie die ID einer Person ein.',
    ],
    [
      'a person nobody has',
      { person: 'zed' },
      'person: No listed person has the id zed.',
      'person: Keine aufgeführte Person hat die ID zed.',
    ],
    [
      'a generated person (events name listed people only)',
      { person: 'lead-3' },
      'person: lead-3 is a generated person (cohort lead). Events can only name the file’s listed people: generated people exist in Lanecast’s previews only.',
      'person: lead-3 ist eine generierte Person (Kohorte lead). Ereignisse können nur die in der Datei aufgeführten Personen nennen: Generierte Personen gibt es nur in den Vorschauen von Lanecast.',
    ],
    [
      'a move without a stream',
      { type: 'move' },
      'stream: Choose a stream.',
      'stream: Wählen Sie einen Stream.',
    ],
    [
      'a stream that does not exist',
      { type: 'add', stream: 'gone' },
      'stream: The program has no stream gone. Choose another.',
      'stream: Das Programm hat keinen Stream gone. Wählen Sie einen anderen.',
    ],
    [
      'an open of a program item (semantics 25)',
      { type: 'opens', content: 'P1' },
      'content: P1 is a program item; opens and clicks need an email.',
      'content: P1 ist ein Programm-Inhalt; Öffnen und Klicken setzen eine E-Mail voraus.',
    ],
    [
      'an item that does not exist',
      { type: 'deactivate', content: 'E9' },
      'content: The program has no item E9. Choose another.',
      'content: Das Programm hat keinen Inhalt E9. Wählen Sie einen anderen.',
    ],
    [
      'a set without attribute or value',
      { type: 'set', attribute: '', value: '  ' },
      'attribute: Enter the name of an attribute.|value: Enter a value ("" for empty text).',
      'attribute: Geben Sie den Namen eines Attributs ein.|value: Geben Sie einen Wert ein ("" für leeren Text).',
    ],
    [
      'a form fill without a form',
      { type: 'fillsOutForm' },
      'form: Enter the id of the form.',
      'form: Geben Sie die ID des Formulars ein.',
    ],
    [
      'a reorder that misses an item',
      { type: 'reorder', stream: 'early', order: 'E2, E1, E3' },
      'order: Missing: P1. List every item of the stream once.',
      'order: Es fehlt: P1. Nennen Sie jeden Inhalt des Streams genau einmal.',
    ],
    [
      'a reorder naming an item of another stream, or one twice',
      { type: 'reorder', stream: 'early', order: 'E1 E1 E2 P1 E3 E4' },
      'order: Not in this stream: E4.|order: Listed more than once: E1.',
      'order: Nicht in diesem Stream: E4.|order: Mehr als einmal genannt: E1.',
    ],
  ])('name %s', (_, patch, en, de) => {
    const d = draft(patch as Partial<EventDraft>);
    expect(messages(d, 'en').join('|')).toBe(en);
    expect(messages(d, 'de').join('|')).toBe(de);
  });

  it('name a join in a program without streams (semantics 15)', () => {
    const empty = eventContext({ ...doc, program: { ...doc.program, streams: [] } });
    expect(messages(draft({ type: 'resume' }), 'en', empty)).toEqual([
      'type: The program has no streams yet, and “Resume” can add the person to the first stream. Add a stream on the canvas first.',
    ]);
    expect(messages(draft({ type: 'resume' }), 'de', empty)).toEqual([
      'type: Das Programm hat noch keine Streams, und „Fortsetzen“ kann die Person in den ersten Stream aufnehmen. Legen Sie zuerst einen Stream auf der Arbeitsfläche an.',
    ]);
    expect(checkDraft(draft({ type: 'remove' }), empty)).toEqual([]);
  });

  it('check only the fields the type has', () => {
    expect(checkDraft(draft({ type: 'programStatus', person: '', status: 'on' }), context)).toEqual(
      [],
    );
    expect(checkDraft(draft({ type: 'unsubscribe', stream: 'gone', form: '' }), context)).toEqual(
      [],
    );
  });
});

describe('event values', () => {
  it('read a number if it parses, true/false, null, else text; quotes keep text', () => {
    expect(parseScalarText(' 50 ')).toBe(50);
    expect(parseScalarText('-2.5')).toBe(-2.5);
    expect(parseScalarText('true')).toBe(true);
    expect(parseScalarText('false')).toBe(false);
    expect(parseScalarText('null')).toBeNull();
    expect(parseScalarText('DE')).toBe('DE');
    expect(parseScalarText('"50"')).toBe('50');
    expect(parseScalarText('""')).toBe('');
    expect(parseScalarText('')).toBeUndefined();
    expect(scalarText('50')).toBe('"50"');
    expect(scalarText('DE')).toBe('DE');
    expect(scalarText(' padded')).toBe('" padded"');
  });

  it('round-trip every event type through the form unchanged', () => {
    const events: ScenarioEvent[] = [
      { at: '2025-03-01T08:00', type: 'add', person: 'ann' },
      { at: '2025-03-01T08:00', type: 'add', person: 'ann', stream: 'late', note: 'kept' },
      { at: '2025-03-02T08:00:30', type: 'move', person: 'ben', stream: 'hold' },
      { at: '2025-03-03T08:00Z', type: 'set', person: 'ben', attribute: 'code', value: '50' },
      { at: '2025-03-03T08:00', type: 'set', person: 'ben', attribute: 'score', value: null },
      { at: '2025-03-04T08:00', type: 'fillsOutForm', person: 'cara', form: 'F-demo' },
      { at: '2025-03-05T08:00', type: 'clicks', person: 'cara', content: 'E2' },
      { at: '2025-03-06T08:00', type: 'externalEmail', person: 'ann', operational: false },
      { at: '2025-03-06T08:00', type: 'externalEmail', person: 'ann', operational: true },
      { at: '2025-03-07T08:00', type: 'deactivate', content: 'P1' },
      { at: '2025-03-08T08:00', type: 'reorder', stream: 'late', order: ['E5', 'E2', 'E4'] },
      { at: '2025-03-09T08:00+02:00', type: 'programStatus', status: 'off' },
    ];
    for (const event of events) {
      expect(checkDraft(draftOf(event), context), event.type).toEqual([]);
      expect(eventOf(draftOf(event), event)).toEqual(event);
    }
  });

  it('drop the fields of the old type when the type changes, and trim what was typed', () => {
    const move: ScenarioEvent = {
      at: '2025-03-02T08:00',
      type: 'move',
      person: 'ben',
      stream: 'hold',
    };
    expect(eventOf({ ...draftOf(move), type: 'pause', person: ' ben ' }, move)).toEqual({
      at: '2025-03-02T08:00',
      type: 'pause',
      person: 'ben',
    });
  });
});
