/**
 * Problems of a scenario file in English, German and French (src/wording/problemText.ts): every
 * message code of the model has a wording in every language, with the same parameters; the app's
 * English is the command line's; quoted values stay as written and numbers follow the language.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n';
import { LANGUAGES } from '../../src/i18n/languages';
import {
  ENGLISH,
  formatProblem,
  MESSAGE_CODES,
  parseScenarioText,
  problem,
  type Problem,
} from '../../src/model';
import { problemLine } from '../../src/wording/problemText';
import { memoryStorage } from '../fixtures/memoryStorage';
import { doc } from '../model/documents';

const i18n = createI18n(memoryStorage());
const wording = (lng: string, code: string) =>
  i18n.getResource(lng, 'translation', `scenarioProblems.${code}`) as unknown;
const placeholders = (template: string) =>
  [...template.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();

const problemsOf = (text: string): Problem[] => {
  const result = parseScenarioText(text);
  return result.ok ? [] : result.problems;
};

describe('scenario problems in three languages', () => {
  it.each(LANGUAGES)('%s words every message code, with the parameters the model gives', (lng) => {
    for (const code of MESSAGE_CODES) {
      const template = wording(lng, code);
      expect(typeof template === 'string' && template.trim() !== '', `${lng}: ${code}`).toBe(true);
      expect(placeholders(template as string), `${lng}: ${code}`).toEqual(
        placeholders(ENGLISH[code]),
      );
    }
  });

  it('says in English what the command line says, without rule-book numbers', () => {
    for (const code of MESSAGE_CODES) {
      const app = (wording('en', code) as string).replaceAll(', number}}', '}}');
      const cli = ENGLISH[code].replaceAll(', number}}', '}}').replace(' (R2)', '');
      expect(app, code).toBe(cli);
    }
    for (const lng of LANGUAGES)
      for (const code of MESSAGE_CODES) expect(wording(lng, code)).not.toMatch(/\(R\d+/);
  });

  it('words a problem and the phrases inside it in the reader language', () => {
    const [weekday] = problemsOf(
      JSON.stringify(doc({ 'program.streams.1.cadence.weekdays': ['tues'] })),
    );
    expect(formatProblem(weekday!)).toBe(
      'program.streams[1].cadence.weekdays[0]: expected one of sun, mon, tue, wed, thu, fri, sat, got "tues"',
    );
    expect(problemLine(weekday!, i18n.getFixedT('de'))).toBe(
      'program.streams[1].cadence.weekdays[0]: erwartet: einer der Werte sun, mon, tue, wed, thu, fri, sat, gefunden: "tues"',
    );
    const [missing] = problemsOf(JSON.stringify(doc({ 'program.timeZone': undefined })));
    expect(problemLine(missing!, i18n.getFixedT('fr'))).toBe(
      'program.timeZone: manquant, attendu : un nom de fuseau horaire IANA comme Europe/Berlin',
    );
    const [array] = problemsOf(JSON.stringify(doc({ 'program.name': [1] })));
    expect(problemLine(array!, i18n.getFixedT('de'))).toBe(
      'program.name: erwartet: eine Zeichenkette, gefunden: ein Array',
    );
  });

  it('words JSON syntax errors and lists of ids', () => {
    const [syntax] = problemsOf('{\n  "format": "lanecast",\n  "version": tru\n}');
    expect(problemLine(syntax!, i18n.getFixedT('fr'))).toBe(
      '(root): JSON non valide à la ligne 3, colonne 14 : attendu : une valeur, trouvé : "t"',
    );
    const reorder = problemsOf(
      JSON.stringify(
        doc({
          events: [{ at: '2025-03-03T10:00', type: 'reorder', stream: 'S1', order: ['E1', 'E1'] }],
        }),
      ),
    );
    expect(reorder.map((p) => problemLine(p, i18n.getFixedT('de')))).toEqual([
      'events[0].order: erwartet: jeder Inhalt des Streams "S1" genau einmal (es fehlen P1, E3; mehrfach: E1)',
    ]);
  });

  it('formats the numbers of a limit in the reader language', () => {
    const deep = problem(['format', 0], 'tooDeep', { depth: 10_001, max: 64 });
    expect(problemLine(deep, i18n.getFixedT('en'))).toBe(
      'format[0]: the file is nested 10,001 levels deep; at most 64 levels are allowed',
    );
    expect(problemLine(deep, i18n.getFixedT('de'))).toBe(
      'format[0]: die Datei ist 10.001 Ebenen tief verschachtelt; erlaubt sind höchstens 64 Ebenen',
    );
    const large = problem([], 'tooLarge', { size: 612.3, max: 500 });
    expect(problemLine(large, i18n.getFixedT('fr'))).toBe(
      '(root): le fichier fait 612,3 Mo ; au plus 500 Mo peuvent être lus',
    );
  });
});
