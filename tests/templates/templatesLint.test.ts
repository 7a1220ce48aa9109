// Every template passes the file checks of an import and is clean in the problems panel, and its
// notes say something in each of the app's languages.
import { describe, expect, it } from 'vitest';
import { lintProgram } from '../../src/document/lint';
import { readUi } from '../../src/document/ops/ui';
import { parseScenarioText } from '../../src/model';
import { TEMPLATE_IDS, templateText } from './templateFiles';

const NOW = { today: '2026-12-02', nowMs: Date.parse('2026-12-02T00:00:00Z') };

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  const parsed = parseScenarioText(templateText(id));

  it('is a valid scenario file', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('has no problems in the problems panel', () => {
    if (!parsed.ok) throw new Error('invalid');
    expect(lintProgram(parsed.scenario, NOW)).toEqual([]);
  });

  it('has a ready audience, a script and notes in English, German and French', () => {
    if (!parsed.ok) throw new Error('invalid');
    const doc = parsed.scenario;
    expect(doc.people?.length ?? 0).toBeGreaterThan(0);
    expect(doc.events?.length ?? 0).toBeGreaterThan(0);
    expect(doc.simulation).toBeDefined();
    const raw = (doc as { ui?: { notes?: { texts?: Record<string, unknown> }[] } }).ui;
    const notes = readUi(raw, []).notes;
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const [i, note] of notes.entries()) {
      expect(note.text.length).toBeGreaterThan(20);
      const texts = raw!.notes![i]!.texts!;
      for (const language of ['de', 'fr']) {
        expect(typeof texts[language]).toBe('string');
        expect(texts[language]).not.toBe(note.text);
      }
    }
  });

  it('has a lane position for every stream', () => {
    if (!parsed.ok) throw new Error('invalid');
    const lanes = (parsed.scenario as { ui?: { lanes?: Record<string, unknown> } }).ui?.lanes;
    expect(Object.keys(lanes ?? {}).sort()).toEqual(
      parsed.scenario.program.streams.map((s) => s.id).sort(),
    );
  });
});
