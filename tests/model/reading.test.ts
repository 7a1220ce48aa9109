/**
 * Reading a file before its schema (docs/format.md, "Reading a file"): JSON syntax errors with line
 * and column, the `format` identity and the `version` track.
 */
import { describe, expect, it } from 'vitest';
import { doc, problems } from './documents';

describe('reading scenario text', () => {
  it('names the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "lanecast",\n  "version": 1,\n  "program": { "id": "x", }\n}';
    const [problem, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^\(root\): not valid JSON at line 4, column 27: \S/);
  });

  it('counts lines the same way with Windows line ends', () => {
    expect(problems('{\r\n  "format": "lanecast",\r\n}')[0]).toMatch(
      /^\(root\): not valid JSON at line 3, column 1: /,
    );
  });

  it('names the line and column of a misspelt literal too, on one line', () => {
    const text = '{\n  "format": "lanecast",\n  "version": tru\n}';
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\(root\): not valid JSON at line 3, column \d+: [^\n]+$/);
  });

  it('refuses a JSON document that is not a Lanecast scenario', () => {
    expect(problems('[1, 2]')).toEqual(['(root): expected a JSON object (a Lanecast scenario)']);
    expect(problems(doc({ format: 'marketo' }))).toEqual([
      'format: expected "lanecast", got "marketo": not a Lanecast scenario',
    ]);
    expect(problems(doc({ format: undefined }))).toEqual([
      'format: expected "lanecast", got nothing: not a Lanecast scenario',
    ]);
  });

  it('says that a newer version was written by a newer Lanecast', () => {
    expect(problems(doc({ version: 2 }))).toEqual([
      'version: this file uses format version 2, written by a newer Lanecast; this one reads versions 1 to 1',
    ]);
  });

  it('asks for a version, and a whole one from 1', () => {
    expect(problems(doc({ version: undefined }))).toEqual([
      'version: required: expected the format version (1)',
    ]);
    expect(problems(doc({ version: '1' }))).toEqual([
      'version: expected a format version from 1 to 1, got "1"',
    ]);
    expect(problems(doc({ version: 0 }))).toEqual([
      'version: expected a format version from 1 to 1, got 0',
    ]);
  });
});
