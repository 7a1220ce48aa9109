// The page's side of the protocol: parts sent once, people split across workers and their counts
// added, the preview controller running on program edits only and bringing results back on undo.
import { describe, expect, it, vi } from 'vitest';
import { inThreadEndpoint, type Endpoint } from '../../src/simulation/endpoints';
import { SimulationPool, shares } from '../../src/simulation/pool';
import { createPreviewController } from '../../src/simulation/controller';
import { createPreviewStore } from '../../src/simulation/previewStore';
import { previewServicesOf } from '../../src/simulation/services';
import { previewProgram } from '../fixtures/previewProgram';
import { programContent } from '../../src/document/programContent';
import { formatProblem, type Person } from '../../src/model';
import type { DocumentUpdate, PieceBytes } from '../../src/worker/protocol';
import { PIECE_ITEMS } from '../../src/simulation/partEncoder';

function spyingPool(size: number, perWorker: number) {
  const calls: { load: DocumentUpdate[]; received: PieceBytes[][]; run: number } = {
    load: [],
    received: [],
    run: 0,
  };
  const spawn = (): Endpoint => {
    const inner = inThreadEndpoint();
    return {
      dispose: inner.dispose,
      service: {
        ...inner.service,
        receive: (source, pieces) => {
          calls.received.push(pieces);
          return inner.service.receive(source, pieces);
        },
        load: (source, update) => {
          calls.load.push(update);
          return inner.service.load(source, update);
        },
        run: (...args) => {
          calls.run++;
          return inner.service.run(...args);
        },
      },
    };
  };
  return { pool: new SimulationPool(spawn, size, perWorker), calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('simulation pool', () => {
  it('splits people into contiguous shares', () => {
    expect(shares(10, 3)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
      { start: 8, end: 10 },
    ]);
  });

  it('adds up the shares of three workers to the result of one', async () => {
    const doc = previewProgram(300);
    const one = new SimulationPool(inThreadEndpoint, 1);
    const three = new SimulationPool(inThreadEndpoint, 3, 100);
    const a = await one.load('e', doc);
    const b = await three.load('e', doc);
    if (!a.ok || !b.ok) throw new Error('fixture does not load');
    expect(three.workersFor(a.people)).toBe(3);
    const single = await one.run('e', a.key, 1, a.people);
    const split = await three.run('e', b.key, 1, b.people);
    expect(split.ok && split.workers).toBe(3);
    expect(split.ok && split.aggregates).toEqual(single.ok && single.aggregates);
    // Filters come from every worker's share, in audience order.
    const all = await three.query(b.key, {});
    expect(all.ok && all.value).toEqual(Int32Array.from({ length: a.people }, (_, i) => i));
  });

  it('sends a part a worker already has only once, and drops the ui layout', async () => {
    const { pool, calls } = spyingPool(1, 1000);
    const doc = { ...previewProgram(), ui: { lanes: {} } };
    await pool.load('e', doc);
    expect(calls.load[0]!.parts.map((p) => p.name)).not.toContain('ui');
    const bytes = (pieces: PieceBytes[]) => pieces.map((p) => new TextDecoder().decode(p.bytes));
    const renamed = { ...doc.program, name: 'New name' };
    await pool.load('e', { ...doc, program: renamed });
    expect(bytes(calls.received[1]!)).toEqual([JSON.stringify(renamed)]);
    await pool.load('e', doc); // undo: the worker dropped the old program's piece, so it comes again
    expect(bytes(calls.received[2]!)).toEqual([JSON.stringify(doc.program)]);
  });

  it('editing one person sends the piece of the list that holds them, and keys the content', async () => {
    const { pool, calls } = spyingPool(2, 1000);
    const base = previewProgram();
    const listed: Person[] = Array.from({ length: 3 * PIECE_ITEMS }, (_, i) => ({
      id: `listed-${i + 1}`,
    }));
    const doc = { ...base, people: [...base.people!, ...listed] };
    const first = await pool.load('e', doc);
    const people = doc.people.slice();
    const at = PIECE_ITEMS + 5;
    people[at] = { ...people[at]!, attributes: { score: 99 } };
    const edited = await pool.load('e', { ...doc, people });
    expect(edited.key).not.toBe(first.key);
    expect(calls.received.length).toBe(2);
    expect(calls.received[1]!.length).toBe(1);
    const sent = JSON.parse(new TextDecoder().decode(calls.received[1]![0]!.bytes)) as unknown[];
    expect(sent).toEqual(people.slice(PIECE_ITEMS, 2 * PIECE_ITEMS));
    // A second worker, and a pool that never saw the first version, get the same key.
    if (!edited.ok) throw new Error('fixture does not load');
    const run = await pool.run('e', edited.key, 1, edited.people);
    expect(run.ok && run.workers).toBe(2);
    const fresh = await new SimulationPool(inThreadEndpoint, 1).load(
      'e',
      structuredClone({ ...doc, people }),
    );
    expect(fresh.key).toBe(edited.key);
  });
});

describe('preview controller', () => {
  it('runs on program edits, not on layout edits, and undo brings the result back without a run', async () => {
    const { pool, calls } = spyingPool(1, 1000);
    const store = createPreviewStore();
    const controller = createPreviewController(store, pool, 'e');
    const doc = { ...previewProgram(), ui: { lanes: { early: { x: 0, y: 0 } } } };
    controller.documentChanged(programContent(doc));
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    const first = store.getState().result!;
    expect(calls.run).toBe(1);

    controller.documentChanged(
      programContent({ ...doc, ui: { lanes: { early: { x: 90, y: 0 } } } }),
    ); // a lane drag
    await settle();
    expect(calls.run).toBe(1);
    expect(store.getState().result).toBe(first);

    const streams = doc.program.streams.map((s, i) =>
      i === 0 ? { ...s, cadence: { ...s.cadence!, weekdays: ['tue', 'fri'] } } : s,
    );
    controller.documentChanged(
      programContent({ ...doc, program: { ...doc.program, streams } as never }),
    );
    expect(store.getState().stale).toBe(true); // the old result stays, marked stale
    await vi.waitFor(() => expect(store.getState().stale).toBe(false));
    expect(calls.run).toBe(2);
    expect(store.getState().result!.frame.casts.count).toBeGreaterThan(first.frame.casts.count);

    controller.documentChanged(programContent(doc)); // undo
    await vi.waitFor(() => expect(store.getState().result).toBe(first));
    expect(calls.run).toBe(2);
    expect(store.getState().simulations).toBe(2);
  });

  it('keeps the last result and lists the problems of a document that cannot run', async () => {
    const pool = new SimulationPool(inThreadEndpoint, 1);
    const store = createPreviewStore();
    const controller = createPreviewController(store, pool, 'e');
    const doc = previewProgram();
    controller.documentChanged(doc);
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    const broken = {
      ...doc,
      events: [...doc.events!, { at: '2025-03-02T10:00', type: 'pause', person: 'nobody' }],
    };
    controller.documentChanged(broken);
    await vi.waitFor(() => expect(store.getState().status).toBe('invalid'));
    expect(formatProblem(store.getState().problems[0]!)).toContain('nobody');
    expect(store.getState().result).not.toBeNull();
    expect(store.getState().stale).toBe(true);
  });

  it('cancel stops the run and keeps the last result', async () => {
    const pool = new SimulationPool(inThreadEndpoint, 1);
    const store = createPreviewStore();
    const controller = createPreviewController(store, pool, 'e');
    controller.documentChanged(previewProgram(80_000));
    await vi.waitFor(() => expect(store.getState().progress?.done ?? 0).toBeGreaterThan(0));
    controller.cancel();
    expect(store.getState().status).toBe('cancelled');
    await settle();
    expect(store.getState().result).toBeNull();
  });
});

describe('a cached result whose plan the workers dropped', () => {
  it('still answers the views: the plan is compiled and run again in the background', async () => {
    const pool = new SimulationPool(inThreadEndpoint, 1);
    const store = createPreviewStore();
    const controller = createPreviewController(store, pool, 'e');
    const services = previewServicesOf(controller, pool);
    const base = previewProgram(200);
    const named = (name: string) => programContent({ ...base, program: { ...base.program, name } });
    const first = named('v0');
    controller.documentChanged(first);
    await vi.waitFor(() => expect(store.getState().simulations).toBe(1));
    const key = store.getState().result!.key;
    for (let v = 1; v <= 5; v++) {
      controller.documentChanged(named(`v${v}`)); // the workers keep four plans: v0's is dropped
      await vi.waitFor(() => expect(store.getState().simulations).toBe(v + 1));
    }
    expect(await pool.query(key, {})).toEqual({ ok: false, missing: true });
    controller.documentChanged(first); // undo, all the way back: the result comes from the cache
    await vi.waitFor(() => expect(store.getState().result!.key).toBe(key));
    expect(store.getState().simulations).toBe(6);
    const everyone = await services.query(key, {});
    expect(everyone.ok && everyone.value.length).toBe(203);
    const ann = await services.explain(key, 'ann');
    expect(ann.ok).toBe(true);
  });
});
