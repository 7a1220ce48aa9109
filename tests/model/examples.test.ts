/** The rule book's worked examples (shared/scenarios) are valid files that survive a round trip. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenario, parseScenarioText } from '../../src/model';

const DIR = fileURLToPath(new URL('../../../shared/scenarios/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('the example scenario files', () => {
  it('are all here (examples 1 to 14)', () => {
    expect(files).toHaveLength(14);
  });

  it.each(files)('%s parses, and parses again to the same document', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const result = parseScenarioText(text);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario).toEqual(JSON.parse(text));
    const again = parseScenario(JSON.parse(JSON.stringify(result.scenario)));
    expect(again.ok && again.scenario).toEqual(result.scenario);
  });
});
