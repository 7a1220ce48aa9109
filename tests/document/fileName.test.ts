// The names a program's downloads get (program file, images, build sheet): readable and safe.
import { describe, expect, it } from 'vitest';
import { documentFileName, programFileStem } from '../../src/document/fileName';
import type { Scenario } from '../../src/model';

const named = (name: string | undefined, id = 'p1') =>
  ({ program: { id, name } }) as unknown as Scenario;

describe('program file names', () => {
  it('keeps letters, digits, dots and dashes, one dash for each run of anything else', () => {
    expect(programFileStem(named('Nurture A/B: 2027'))).toBe('Nurture-A-B-2027');
    expect(programFileStem(named('Überblick Größe'))).toBe('Überblick-Größe');
  });

  it('ends on no dash: a variant is "Nurture-variant-1", not "Nurture-variant-1-"', () => {
    expect(programFileStem(named('Nurture (variant 1)'))).toBe('Nurture-variant-1');
    expect(documentFileName(named(' «Lifecycle» '))).toBe('Lifecycle.lanecast.json');
  });

  it('falls back to the id, then to "program", for a name of symbols only', () => {
    expect(programFileStem(named(undefined, 'lifecycle'))).toBe('lifecycle');
    expect(programFileStem(named('???'))).toBe('program');
  });
});
