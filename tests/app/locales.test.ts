// Every language must have exactly the same keys, so no string is missing in any of them.
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/createI18n.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

/** [dotted key, text] for every string in a nested translation object. */
function entries(value: object, prefix = ''): [string, unknown][] {
  return Object.entries(value).flatMap(([key, child]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof child === 'object' && child !== null ? entries(child, path) : [[path, child]];
  });
}

const keysOf = (language: keyof typeof resources) =>
  entries(resources[language].translation)
    .map(([key]) => key)
    .sort();

describe('locale files', () => {
  it('exist for every supported language', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has exactly the keys of en', (language) => {
    expect(keysOf(language)).toEqual(keysOf('en'));
  });

  it.each(LANGUAGES)('%s has only non-empty strings', (language) => {
    for (const [key, text] of entries(resources[language].translation)) {
      expect(text, `${language}: ${key}`).toEqual(expect.stringMatching(/\S/));
    }
  });
});
