// The simulation protocol, in-thread: documents sent in parts and keyed by content, the newest run
// wins, a cancel by id, people rows and filters from the cached plan, and the records export.
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvLine, jsonLine, OUTCOME } from '../../src/engine';
import { createSimulationService } from '../../src/worker/simulationService';
import { previewProgram } from '../fixtures/previewProgram';
import { run } from '../fixtures/builders';
import { sendDocument } from '../fixtures/sendDocument';
import { PartEncoder } from '../../src/simulation/partEncoder';
import { formatProblem } from '../../src/model';

async function loaded(crowd = 300) {
  const service = createSimulationService();
  const doc = previewProgram(crowd);
  const load = await sendDocument(service, 'editor', doc);
  if (!load.ok) throw new Error('fixture does not load');
  return { service, doc, load };
}

describe('simulation service', () => {
  it('keys a document by its content: the same parts give the same key, a change a new one', async () => {
    const { service, doc, load } = await loaded();
    const again = await service.load('editor', {
      parts: [], // nothing: a different document
    });
    expect(again.key).not.toBe(load.key);
    const same = await sendDocument(service, 'editor', { ...doc });
    expect(same.key).toBe(load.key);
    const changed = await sendDocument(service, 'editor', {
      ...doc,
      program: { ...doc.program, name: 'Renamed' },
    });
    expect(changed.key).not.toBe(load.key);
    const back = await sendDocument(service, 'editor', doc);
    expect(back.key).toBe(load.key);
    // Another source, with equal content in new objects (new pieces), shares the plan.
    const other = await sendDocument(service, 'other', structuredClone(doc));
    expect(other.key).toBe(load.key);
  });

  it('puts a list together from its pieces in order, and keeps only the pieces in use', async () => {
    const service = createSimulationService();
    const encoder = new PartEncoder(() => Promise.resolve());
    const base = previewProgram();
    const listed = Array.from({ length: 5000 }, (_, i) => ({ id: `listed-${i + 1}` }));
    const people = [...base.people!, ...listed]; // three pieces
    const load = await sendDocument(service, 'editor', { ...base, people }, encoder);
    if (!load.ok) throw new Error('fixture does not load');
    expect(load.people).toBe(base.people!.length + 5000 + 300);
    const last = await service.rows(load.key, Int32Array.of(people.length - 1));
    expect(last.ok && last.value.ids[0]).toBe('listed-5000');
    const pieces = (await encoder.encode('people', people)).pieces.map((p) => p.id);
    expect(pieces.length).toBe(3);
    await sendDocument(service, 'editor', base, encoder);
    // The long list's pieces are dropped: a document naming them cannot be put together.
    await expect(
      service.load('editor', { parts: [{ name: 'people', list: true, pieces }] }),
    ).rejects.toThrow(/never received/);
  });

  it('names the problems of a document that cannot be simulated', async () => {
    const service = createSimulationService();
    const doc = previewProgram();
    doc.events = [{ at: '2025-03-01T08:00', type: 'add', person: 'nobody' } as never];
    const load = await sendDocument(service, 'editor', doc);
    expect(load.ok).toBe(false);
    if (!load.ok) expect(formatProblem(load.problems[0]!)).toContain('nobody');
  });

  it('the newest run wins: an older run stops at its next slice, by id', async () => {
    const { service, load } = await loaded(60_000);
    const progress: number[] = [];
    const first = service.run(load.key, 1, { start: 0, end: load.people }, (p) => {
      progress.push(p.done);
    });
    await new Promise((r) => setTimeout(r, 5));
    const second = service.run(load.key, 2, { start: 0, end: 1000 });
    expect(await first).toEqual({ ok: false, runId: 1, cancelled: true });
    const done = await second;
    expect(done.ok && done.aggregates.people).toBe(1000);
    expect(progress.at(-1)).toBeLessThan(load.people);
  });

  it('a cancel stops that run only', async () => {
    const { service, load } = await loaded(60_000);
    const running = service.run(load.key, 7, { start: 0, end: load.people }, (p) => {
      if (p.done > 0) service.cancel(7);
    });
    expect(await running).toEqual({ ok: false, runId: 7, cancelled: true });
    const after = await service.run(load.key, 8, { start: 0, end: 10 });
    expect(after.ok).toBe(true);
  });

  it('people rows, re-simulated alone, are what the full run wrote for them', async () => {
    const { service, doc, load } = await loaded();
    if (!load.ok) return;
    const records = run(doc);
    const rows = await service.rows(load.key, Int32Array.from([0, 1, 2, 150]));
    if (!rows.ok) throw new Error('no rows');
    const { value } = rows;
    value.ids.forEach((id, i) => {
      const sends = [];
      for (let c = value.cellStart[i]!; c < value.cellStart[i + 1]!; c++)
        if (value.cellOutcome[c] === OUTCOME.sent)
          sends.push(load.frame.contentIds[value.cellContent[c]!]);
      const written = records
        .filter((r) => r.type === 'send' && r.person === id)
        .map((r) => r.type === 'send' && r.content);
      // Casts before `from` are simulated but not written; the fixture's people join after it.
      expect(sends, id).toEqual(written);
      const moves = value.moveStart[i + 1]! - value.moveStart[i]!;
      expect(moves, id).toBe(
        records.filter((r) => (r.type === 'move' || r.type === 'remove') && r.person === id).length,
      );
    });
    expect(await service.rows(load.key, Int32Array.from([10_000]))).toEqual({
      ok: false,
      problem: 'a requested person is not in the audience',
    });
  });

  it('filters the people of the last run: stream, end state, cohort, attribute, id', async () => {
    const { service, doc, load } = await loaded();
    if (!load.ok) return;
    expect(await service.query(load.key, {})).toEqual({ ok: false, missing: true }); // no run yet
    await service.run(load.key, 1, { start: 0, end: load.people });
    const ids = async (filter: object) => {
      const answer = await service.query(load.key, filter);
      if (!answer.ok) throw new Error('query failed');
      return answer.value;
    };
    const records = run(doc);
    const wasIn = (stream: string) =>
      new Set(records.filter((r) => r.type === 'move' && r.to === stream).map((r) => r.person));
    expect((await ids({ stream: 1 })).length).toBe(wasIn('late').size);
    expect(await ids({ cohort: -1 })).toEqual(Int32Array.from([0, 1, 2]));
    expect((await ids({ cohort: 0 })).length).toBe(300);
    expect(await ids({ search: 'CARA' })).toEqual(Int32Array.from([2]));
    expect(Array.from(await ids({ search: 'lead-300' }))).toEqual([3 + 299]);
    expect((await ids({ search: 'lead-29' })).length).toBe(11); // lead-29, lead-290 ... lead-299
    const french = await ids({ attribute: { name: 'country', op: 'eq', value: 'FR' } });
    expect(french.length).toBeGreaterThan(100);
    expect(french).not.toContain(0); // ann is DE
    expect(await ids({ end: 'out' })).toContain(2); // cara was removed
  });

  it('explains a person from the cached plan, and names an unknown one', async () => {
    const { service, load } = await loaded();
    const found = await service.explain(load.key, 'ann');
    expect(found.ok && found.value.steps.some((s) => s.kind === 'cast')).toBe(true);
    expect(await service.explain(load.key, 'zed')).toEqual({
      ok: false,
      problem: 'no person has the id "zed"',
    });
    expect(await service.explain('no-such-key', 'ann')).toEqual({ ok: false, missing: true });
  });

  it('exports the records of two shares, merged, as the command line writes them', async () => {
    const { service, doc, load } = await loaded();
    const half = Math.floor(load.people / 2);
    const runs: Uint8Array[] = [];
    for (const slice of [
      { start: 0, end: half },
      { start: half, end: load.people },
    ]) {
      const share = await service.exportShare(load.key, slice);
      if (!share.ok) throw new Error('no share');
      runs.push(...share.value.runs);
    }
    const text = async (format: 'csv' | 'jsonl') => {
      const chunks: Uint8Array[] = [];
      const written = await service.exportMerge(load.key, format, runs, (c) => chunks.push(c));
      const out = new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
      expect(written).toEqual({ ok: true, value: new TextEncoder().encode(out).length });
      return out;
    };
    expect(await text('csv')).toBe([CSV_HEADER, ...run(doc).map(csvLine)].join('\n') + '\n');
    expect(await text('jsonl')).toBe(run(doc).map(jsonLine).join('\n') + '\n');
    expect(await service.exportShare('no-such-key', { start: 0, end: 1 })).toEqual({
      ok: false,
      missing: true,
    });
  });
});

describe('why a rule did not fire, from the cached plan', () => {
  it('lists the happenings that matched a trigger, or none, and names an unknown rule', async () => {
    const { service, load } = await loaded();
    const answer = await service.whyNot(load.key, 'ann', 'clicked');
    if (!answer.ok || !answer.value.ok) throw new Error('no answer');
    expect(answer.value.rules[0]!.rule).toMatchObject({ id: 'clicked', stream: 'late' });
    expect(answer.value.rules[0]!.triggers).toEqual([{ type: 'clicksEmail' }]);
    expect(await service.whyNot(load.key, 'ann', 'nope')).toEqual({
      ok: true,
      value: { ok: false, problem: 'unknownRule' },
    });
  });
});
