/**
 * What the probes of issue 7 found, and the limits that answer them (src/model/limits.ts,
 * quote.ts): nesting and size have their own messages, a value quoted in a message is short and
 * on one line, `__proto__` keys are refused, and nothing inside parsing throws.
 */
import { describe, expect, it } from 'vitest';
import {
  checkFileSize,
  formatPath,
  formatProblem,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  parseScenario,
  parseScenarioText,
} from '../../src/model';
import { utf8Length } from '../../src/model/limits';
import { describeValue, quote } from '../../src/model/quote';
import { doc, problems } from './documents';

const text = (changes: Record<string, unknown> = {}) => JSON.stringify(doc(changes));
/** The document with `"extra": <value>` added as text, for values JSON.stringify cannot write. */
const withExtra = (value: string) => text().replace(/^\{/, `{"extra": ${value},`);
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('nesting', () => {
  it('refuses a 10,000-deep array in format with its own message, instead of a stack trace', () => {
    expect(problems(`{"format": ${deepArray(10_000)}}`)).toEqual([
      'format[0][0][0][0][0][0][0]…[0][0][0][0]: the file is nested 10,001 levels deep; at most 64 levels are allowed',
    ]);
  });

  it('refuses deep notes before they reach storage, and allows 64 levels but not 65', () => {
    expect(problems(withExtra(deepArray(100_000)))[0]).toMatch(
      /^extra\[0\].*: the file is nested 100,001 levels deep; at most 64 levels are allowed$/,
    );
    // The document is level 1 and "extra" level 2: an array nested n deep there reaches n + 1.
    expect(problems(withExtra(deepArray(MAX_DEPTH - 1)))).toEqual([]);
    expect(problems(withExtra(deepArray(MAX_DEPTH)))).toHaveLength(1);
  });

  it('names the depth of a deep file that is not valid JSON either', () => {
    expect(problems(`{"format": "lanecast", "x": ${deepArray(200_000)}`)).toEqual([
      '(root): the file is nested 200,001 levels deep; at most 64 levels are allowed',
    ]);
  });
});

describe('values quoted in messages', () => {
  it('shows 40 characters of a 50 MB string, not the string', () => {
    const huge = 'x'.repeat(50_000_000);
    const [line, ...rest] = problems(`{"format": "${huge}"}`);
    expect(rest).toEqual([]);
    expect(line).toBe(
      `format: expected "lanecast", got "${'x'.repeat(40)}…": not a Lanecast scenario`,
    );
    expect(problems(text({ 'program.timeZone': huge }))[0]!.length).toBeLessThan(200);
  });

  it('names arrays and objects instead of writing them out', () => {
    expect(problems(text({ format: [[1, 2], { a: 1 }] }))).toEqual([
      'format: expected "lanecast", got an array: not a Lanecast scenario',
    ]);
    expect(describeValue({ a: 1 })).toEqual({ code: 'anObject' });
    expect(describeValue(undefined)).toEqual({ code: 'nothing' });
  });

  it('keeps a quoted value on one line and unable to reorder the words after it', () => {
    expect(quote('a "b"\n\\c')).toBe('"a \\"b\\"\\n\\\\c"');
    expect(quote('Ann\u202Eevil\u2066')).toBe('"Ann\\u202eevil\\u2066"');
    // Cut before a surrogate pair, never inside it.
    expect(quote(`${'x'.repeat(39)}😀tail`)).toBe(`"${'x'.repeat(39)}…"`);
    const [line] = problems(text({ 'program.timeZone': 'Berlin\nEurope' }));
    expect(line).toBe(
      'program.timeZone: expected an IANA time zone name such as Europe/Berlin, got "Berlin\\nEurope"',
    );
  });

  it('quotes odd keys in paths and keeps the ends of a long path', () => {
    expect(formatPath(['people', 0, 'attributes', 'first name'])).toBe(
      'people[0].attributes["first name"]',
    );
    expect(formatPath(['a', 'x-exporter', 'b\nc'])).toBe('a.x-exporter["b\\nc"]');
    expect(formatPath(Array.from({ length: 20 }, (_, i) => `k${i}`))).toBe(
      'k0.k1.k2.k3.k4.k5.k6.k7….k16.k17.k18.k19',
    );
  });
});

describe('file size', () => {
  it('allows up to 500 MB and names the size of a larger file', () => {
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
    const problem = checkFileSize(612_300_000);
    expect(problem && formatProblem(problem)).toBe(
      '(root): the file is 612.3 MB; at most 500 MB can be read',
    );
    // Rounded up: a file just over the limit never reads as exactly 500 MB.
    const over = checkFileSize(MAX_FILE_BYTES + 1);
    expect(over && formatProblem(over)).toContain('the file is 500.1 MB');
  });

  it('counts a text in UTF-8 bytes, as the file is on disk', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});

describe('keys and the unexpected', () => {
  it('refuses a __proto__ key anywhere (it would change the object, not add a key)', () => {
    const proto = text().replace('"program":{', '"program":{"__proto__":{"polluted":true},');
    expect(problems(proto)).toEqual([
      'program.__proto__: the key "__proto__" is not allowed (rename or remove it)',
    ]);
  });

  it('keeps constructor and toString keys as data, faithfully', () => {
    const attributes = JSON.parse('{"constructor": 1, "toString": "x", "hasOwnProperty": null}');
    const file = text({ people: [{ id: 'ann', attributes }] });
    const result = parseScenarioText(file);
    expect(result.ok && result.scenario.people![0]!.attributes).toEqual(attributes);
  });

  it('refuses a document with a cycle (not from a file: handed over in memory) without looping', () => {
    const cyclic = doc() as Record<string, unknown>;
    cyclic.ui = { self: cyclic };
    const result = parseScenario(cyclic);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['tooDeep']);
  });

  it('turns anything thrown while reading into one problem at the root', () => {
    const hostile = {
      get format(): string {
        throw new Error('boom');
      },
    };
    const result = parseScenario(hostile);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      '(root): the file could not be read: Error: boom',
    ]);
  });
});

describe('a program without id (spec: only timeZone and streams are required)', () => {
  it('is valid, and read as written', () => {
    const file = doc({ 'program.id': undefined, 'program.name': undefined });
    const result = parseScenario(file);
    expect(result.ok && result.scenario).toEqual(file);
  });
});
