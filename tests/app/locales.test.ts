// Every language must have the same strings (the preview's files included), each language every
// plural form its grammar needs (French has a "many" form: 1 000 000 personnes), and no empty text.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/createI18n.ts';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';

/** [dotted key, text] for every string in a nested translation object. */
function entries(value: object, prefix = ''): [string, unknown][] {
  return Object.entries(value).flatMap(([key, child]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof child === 'object' && child !== null ? entries(child, path) : [[path, child]];
  });
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const keysOf = (language: Language) =>
  entries(resources[language].translation)
    .map(([key]) => key)
    .sort();

/** The keys with plural forms folded into one ("x_one", "x_other" are "x_#"). */
const baseKeysOf = (language: Language) => [
  ...new Set(keysOf(language).map((key) => key.replace(PLURAL, '_#'))),
];

/** For each plural key: the forms a language has. */
function pluralForms(language: Language): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const key of keysOf(language)) {
    const match = PLURAL.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    forms.set(base, [...(forms.get(base) ?? []), match[1]!].sort());
  }
  return forms;
}

describe('locale files', () => {
  it('exist for every supported language', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it('include every view of the preview, in every language', () => {
    const dir = fileURLToPath(new URL('../../src/i18n/locales/preview', import.meta.url));
    const views = readdirSync(dir)
      .filter((file) => file.endsWith('.en.json'))
      .map((file) => file.replace('.en.json', ''));
    expect(views.length).toBeGreaterThan(5);
    for (const language of LANGUAGES) {
      const preview = resources[language].translation.preview as Record<string, unknown>;
      for (const view of views.filter((v) => v !== 'preview'))
        expect(preview[view], `${language}: preview.${view}`).toBeTypeOf('object');
      for (const file of readdirSync(dir).filter((f) => f.endsWith(`.${language}.json`)))
        expect(views, `${file} has an English original`).toContain(file.split('.')[0]);
    }
  });

  it.each(LANGUAGES)('%s has exactly the strings of en, plural forms aside', (language) => {
    expect(baseKeysOf(language)).toEqual(baseKeysOf('en'));
  });

  it.each(LANGUAGES)('%s has every plural form its grammar needs, and no other', (language) => {
    const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    const forms = pluralForms(language);
    expect(forms.size).toBeGreaterThan(10);
    for (const [key, has] of forms) expect(has, `${language}: ${key}`).toEqual(needed);
  });

  it.each(LANGUAGES)('%s has only non-empty strings', (language) => {
    for (const [key, text] of entries(resources[language].translation)) {
      expect(text, `${language}: ${key}`).toEqual(expect.stringMatching(/\S/));
    }
  });
});
