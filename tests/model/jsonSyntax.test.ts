import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/model/jsonSyntax';
import { parseScenarioText, formatProblem } from '../../src/model';

const accepts = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('JSON syntax errors name a line and column on one line', () => {
  it('agrees with JSON.parse on what is valid, for valid documents and mangled ones', () => {
    const documents = fc.json({ maxDepth: 3 });
    const mangled = fc
      .tuple(
        documents,
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '\\'),
        fc.boolean(),
      )
      .map(([text, at, insert, cut]) => {
        const i = at % (text.length + 1);
        return cut ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(documents, mangled), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(accepts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports where the file breaks, and accepts a UTF-8 byte-order mark', () => {
    const result = parseScenarioText('{\n  "format": "lanecast",\n  "version": tru\n}');
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      '(root): not valid JSON at line 3, column 14: expected a value, got "t"',
    ]);
    const cut = parseScenarioText('{"format": "lanecast",');
    expect(!cut.ok && cut.problems.map(formatProblem)).toEqual([
      '(root): not valid JSON at line 1, column 23: the file ends too early',
    ]);
    const bom = parseScenarioText(
      '\uFEFF{"format": "lanecast", "version": 1, "program": {"id": "p", "timeZone": "UTC", "streams": []}}',
    );
    expect(bom.ok).toBe(true);
  });
});
