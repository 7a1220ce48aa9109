/**
 * Fuzzing the importer (src/model, parseScenarioText): 10,000 hostile files, from mutated valid
 * documents to random text. Each one is either imported faithfully (the scenario is the file's
 * JSON, key for key) or refused with clear problems: a known code (never "unexpected", which
 * would mean something threw inside parsing), a path that names a place in the file, and one
 * short line in English, German and French. A throw fails the run; a hang fails it by timeout.
 */
import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n';
import {
  formatProblem,
  isMessageCode,
  type Param,
  type Phrase,
  parseScenarioText,
  type Problem,
} from '../../src/model';
import { problemLine } from '../../src/wording/problemText';
import { memoryStorage } from '../fixtures/memoryStorage';
import { hostileFile, mangledText, mutatedFile, randomFile } from '../fixtures/hostileFiles';

/** Longest line a problem may print: a path of at most 12 shortened keys and a short message. */
const MAX_LINE = 1000;

const i18n = createI18n(memoryStorage());
const LANGUAGES = ['en', 'de', 'fr'];
// English in the app is the command line's English (tests/wording/problemText.test.ts).
const translations: [string, TFunction][] = ['de', 'fr'].map((lng) => [lng, i18n.getFixedT(lng)]);

/** The parameters a message's wording uses in a language: `{{id}}`, `{{max, number}}`. */
const wordingParams = new Map<string, string[]>();
function placeholders(lng: string, code: string): string[] {
  const key = `${lng}.${code}`;
  let names = wordingParams.get(key);
  if (names === undefined) {
    const template = String(i18n.getResource(lng, 'translation', `scenarioProblems.${code}`));
    names = [...template.matchAll(/\{\{(\w+)/g)].map((m) => m[1]!);
    wordingParams.set(key, names);
  }
  return names;
}

type Json = unknown;

/** Same JSON value: own keys in any order, arrays in order. */
function sameJson(a: Json, b: Json): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (k) =>
      Object.hasOwn(b, k) &&
      sameJson((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]),
  );
}

/** Every phrase inside a problem (what was expected, what was found...), the problem first. */
function phrasesOf(phrase: Phrase): Phrase[] {
  const inner = Object.values(phrase.params ?? {}).flatMap((value: Param) =>
    typeof value === 'object' ? (Array.isArray(value) ? value : [value as Phrase]) : [],
  );
  return [phrase, ...inner.flatMap(phrasesOf)];
}

/** True if the path's parent is a container in the document: the problem points into the file. */
function namesAPlace(document: Json, path: Problem['path']): boolean {
  let node = document;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, Json>)[key];
  }
  return path.length === 0 || (node !== null && typeof node === 'object');
}

const parsedJson = (text: string): { ok: true; value: Json } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
};

/** Fails (throws) unless the file is imported faithfully or refused with clear problems. */
function checkFile(text: string) {
  // Plain checks, not expect(): this runs for every problem of 10,000 files.
  const fail = (why: string) => {
    throw new Error(`${why}\nfile: ${text.slice(0, 300)}`);
  };
  const result = parseScenarioText(text);
  const json = parsedJson(text);
  if (result.ok) {
    if (!json.ok || !sameJson(result.scenario, json.value)) fail('imported, but not as written');
    return;
  }
  if (result.problems.length === 0) fail('refused without a problem');
  for (const problem of result.problems) {
    const line = formatProblem(problem);
    for (const phrase of phrasesOf(problem)) {
      if (!isMessageCode(phrase.code)) fail(`unknown code ${phrase.code}: ${line}`);
      if (phrase.code === 'unexpected' || phrase.code === 'other')
        fail(`not a clear message: ${line}`);
      for (const lng of LANGUAGES)
        for (const name of placeholders(lng, phrase.code))
          if (!Object.hasOwn(phrase.params ?? {}, name)) fail(`${lng} ${phrase.code}: no ${name}`);
    }
    if (!/^\S[^\n\r]*: \S/.test(line) || line.length > MAX_LINE)
      fail(`not one short line: ${line}`);
    if (json.ok && !namesAPlace(json.value, problem.path)) fail(`path not in the file: ${line}`);
    for (const [lng, t] of translations) {
      const translated = problemLine(problem, t);
      if (/scenarioProblems\.|[\n\r]/.test(translated) || translated.length > MAX_LINE)
        fail(`${lng}: ${translated}`);
    }
  }
}

describe('the importer, fed hostile files', () => {
  it('imports or clearly refuses 6,000 valid documents broken in one to four places', () => {
    fc.assert(fc.property(mutatedFile, checkFile), { numRuns: 6000 });
  }, 120_000);

  it('names the line and column of 2,000 files cut short or spliced', () => {
    fc.assert(fc.property(mangledText, checkFile), { numRuns: 2000 });
  }, 60_000);

  it('refuses 2,000 random JSON values and texts with a clear message', () => {
    fc.assert(fc.property(randomFile, checkFile), { numRuns: 2000 });
  }, 60_000);

  it('reaches both outcomes: some files import, most are refused', () => {
    const outcomes = fc
      .sample(hostileFile, { numRuns: 300, seed: 7 })
      .map((text) => parseScenarioText(text).ok);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(0);
    expect(outcomes.filter((ok) => !ok).length).toBeGreaterThan(outcomes.length / 2);
  });
});
