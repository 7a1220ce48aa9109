// Names inside sentences are isolated for bidirectional text: a right-to-left override in a name
// ends with the name (src/i18n/bidi.ts), through every translation's interpolation.
import { describe, expect, it } from 'vitest';
import { isolateBidi } from '../../src/i18n/bidi';
import { createI18n } from '../../src/i18n/createI18n';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n/languages';
import { memoryStorage } from '../fixtures/memoryStorage';

const RLO = '\u202E';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

describe('isolateBidi', () => {
  it('leaves text without direction controls as it is', () => {
    for (const text of [
      'Nurture-A',
      'Ünïcödé « noms »',
      'שלום',
      '<img src=x onerror=alert(1)>',
      '',
    ])
      expect(isolateBidi(text)).toBe(text);
  });

  it('wraps a name with an override in an isolate, so the override ends with the name', () => {
    expect(isolateBidi(`Invoice${RLO}fdp.exe`)).toBe(`${FSI}Invoice${RLO}fdp.exe${PDI}`);
  });

  it('drops a closing isolate the name has not opened: it would end the wrapper early', () => {
    expect(isolateBidi(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDI}`);
  });

  it('closes the isolates the name leaves open, so the wrapper’s end is its own', () => {
    expect(isolateBidi(`a${RLI}b`)).toBe(`${FSI}a${RLI}b${PDI}${PDI}`);
    expect(isolateBidi(`${RLI}x${PDI}y${RLO}`)).toBe(`${FSI}${RLI}x${PDI}y${RLO}${PDI}`);
  });
});

describe('translations', () => {
  it('isolate every interpolated name, and nothing else changes', () => {
    const storage = memoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    const i18n = createI18n(storage);
    const spoof = `Evil${RLO}gnp.exe`;
    expect(i18n.t('lane.grip', { name: spoof })).toContain(`${FSI}${spoof}${PDI}`);
    expect(i18n.t('lane.grip', { name: 'Früh' })).toBe('Stream Früh verschieben');
    // React renders text, not markup: i18next leaves HTML-looking names alone too.
    expect(i18n.t('lane.grip', { name: '<b>x</b> & "y"' })).toContain('<b>x</b> & "y"');
  });
});
