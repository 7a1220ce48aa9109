import { describe, expect, it } from 'vitest';
import { versionAgo, versionTime } from '../../src/panels/history/versionTime';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = Date.UTC(2025, 2, 12, 14, 5, 33);

describe('version times', () => {
  it('says how long ago in the largest whole unit, up to years', () => {
    expect(versionAgo(now - 30_000, now, 'en')).toBeNull(); // the caller says "just now"
    expect(versionAgo(now + 5_000, now, 'en')).toBeNull(); // clock skew: not "in 5 seconds"
    expect(versionAgo(now - 90_000, now, 'en')).toBe('1 minute ago');
    expect(versionAgo(now - 3 * 60 * MINUTE, now, 'en')).toBe('3 hours ago');
    expect(versionAgo(now - DAY, now, 'en')).toBe('yesterday');
    expect(versionAgo(now - 15 * DAY, now, 'en')).toBe('2 weeks ago');
    expect(versionAgo(now - 400 * DAY, now, 'en')).toBe('last year');
    expect(versionAgo(now - 5 * MINUTE, now, 'fr')).toBe('il y a 5 minutes');
  });

  it('gives date and time to the second, in the language', () => {
    const time = versionTime(now, 'de');
    expect(time).toMatch(/^\d{1,2}\. März 2025 um \d{2}:\d{2}:33$/);
  });
});
