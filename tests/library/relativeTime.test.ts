// "Last edited" wording: relative while recent, a date after a week, in the UI language.
import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../src/library/relativeTime';

const now = Date.UTC(2026, 10, 23, 12, 0);
const ago = (ms: number) => now - ms;
const MIN = 60_000;

describe('relativeTime', () => {
  it('leaves the first minute to the caller ("just now")', () => {
    expect(relativeTime(ago(59_000), now, 'en')).toBeNull();
    expect(relativeTime(now + 5_000, now, 'en')).toBeNull(); // a clock a little ahead
  });

  it('counts minutes, hours and days, in the given language', () => {
    expect(relativeTime(ago(5 * MIN), now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 60 * MIN), now, 'de')).toBe('vor 3 Stunden');
    expect(relativeTime(ago(24 * 60 * MIN), now, 'en')).toBe('yesterday');
    expect(relativeTime(ago(2 * 24 * 60 * MIN), now, 'fr')).toBe('avant-hier');
  });

  it('gives the date after a week', () => {
    expect(relativeTime(Date.UTC(2026, 0, 15, 12), now, 'en')).toBe('Jan 15, 2026');
  });
});
