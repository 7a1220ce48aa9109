// The timeline's layout and the person picker's suggestions: casts on their cast date, other steps
// on the person's own date (ex13: Mo in Tokyo), and ids from the file's people and the cohorts.
import { describe, expect, it } from 'vitest';
import { buildFrame, type PreviewFrame } from '../../src/engine';
import { dayOfIso } from '../../src/simulation/derive/dates';
import {
  dayAtCursor,
  journeyDays,
  localDay,
  stepDay,
} from '../../src/preview/journey/journeyModel';
import { personSuggestions } from '../../src/preview/journey/personSuggestions';
import { instantText } from '../../src/simulation/derive/dates';
import { previewProgram } from '../fixtures/previewProgram';
import { explained, planOf, plain, shared } from './journeyScenarios';
import { itemText } from '../../src/preview/journey/wording/items';

describe('a journey in the person’s time zone (ex13, recipient time zone)', () => {
  const mo = explained(shared('ex13-rtz'), 'mo');

  it('tells times on Mo’s clock in Tokyo, and the program’s on request', () => {
    expect(mo.explanation.timeZone).toBe('Asia/Tokyo');
    const sent = mo.castOn('2025-03-11').items[0]!;
    expect(plain(itemText(mo.w, sent))).toBe('E1: sent, delivered Mar 11, 2025, 9:00 AM');
    if (sent.verdict !== 'sent') throw new Error('E1 was sent');
    expect(plain(instantText('en', Date.parse(sent.deliveredAt), 'America/New_York'))).toBe(
      'Mar 10, 2025, 8:00 PM',
    );
  });

  it('groups each step on its date: the join on Tokyo’s 10 Mar, the cast on its cast date', () => {
    const days = journeyDays(mo.explanation.steps, mo.explanation.timeZone);
    // The add at 12:00 in New York on 9 Mar is 01:00 on 10 Mar in Tokyo.
    expect(days.map((d) => [d.day, d.steps.map((s) => s.step.kind)])).toEqual([
      [dayOfIso('2025-03-10'), ['event', 'move']],
      [dayOfIso('2025-03-11'), ['cast', 'behavior']],
      [dayOfIso('2025-03-18'), ['cast', 'behavior']],
    ]);
    expect(localDay('2025-03-09T16:00:00Z', 'America/New_York')).toBe(dayOfIso('2025-03-09'));
  });

  it('keeps a cast on its cast date even where the person’s clock has passed midnight', () => {
    // A 16:00 cast in New York on 11 Mar is 05:00 on 12 Mar in Tokyo: the date cursor and the
    // calendar know it as the cast of 11 Mar.
    const cast = { ...mo.castOn('2025-03-11'), at: '2025-03-11T20:00:00Z' };
    expect(stepDay(cast, 'Asia/Tokyo')).toBe(dayOfIso('2025-03-11'));
    expect(localDay(cast.at, 'Asia/Tokyo')).toBe(dayOfIso('2025-03-12'));
  });

  it('scrolls to the first date at or after the cursor, else the last', () => {
    const days = journeyDays(mo.explanation.steps, mo.explanation.timeZone);
    expect(dayAtCursor(days, dayOfIso('2025-03-12'))?.day).toBe(dayOfIso('2025-03-18'));
    expect(dayAtCursor(days, dayOfIso('2025-04-30'))?.day).toBe(dayOfIso('2025-03-18'));
    expect(dayAtCursor(days, dayOfIso('2025-03-01'))?.day).toBe(dayOfIso('2025-03-10'));
  });
});

describe('person suggestions', () => {
  const frame: PreviewFrame = buildFrame(planOf(previewProgram(300)));

  it('offers the file’s people first, then each cohort’s first people', () => {
    expect(personSuggestions(frame, '', 5)).toEqual(['ann', 'ben', 'cara', 'lead-1', 'lead-2']);
  });

  it('completes an id by its start, and a generated id by its number', () => {
    expect(personSuggestions(frame, 'c', 5)).toEqual(['cara']);
    expect(personSuggestions(frame, 'LE', 3)).toEqual(['lead-1', 'lead-2', 'lead-3']);
    expect(personSuggestions(frame, 'lead-3', 4)).toEqual([
      'lead-3',
      'lead-30',
      'lead-31',
      'lead-32',
    ]);
    // lead-300 is the last of 300: there is no lead-3000.
    expect(personSuggestions(frame, 'lead-300', 4)).toEqual(['lead-300']);
    expect(personSuggestions(frame, 'lead-0', 4)).toEqual([]);
  });

  it('then ids that contain what was typed', () => {
    expect(personSuggestions(frame, 'en', 5)).toEqual(['ben']);
  });
});
