/**
 * Part of `npm run bench:preview`: how long handing a program with a listed audience to the
 * simulation workers blocks the page. In the page, a program of `people` listed people (ids, zones,
 * a score, an add event each: the W1 shape of /work/baseline/makeListed.ts) is loaded into a pool of
 * two workers and run; then one person's score is edited and the program loaded and run again.
 * For each, the longest main-thread task is reported (Long Tasks API), the longest stretch the
 * main thread did not answer a timer (a heartbeat every task: tasks, garbage collection, and other
 * tasks served first), and how long the `load` call itself held the thread.
 */
import type { Page } from 'playwright-core';
import type { Scenario } from '../src/model';

export interface LoadBlocking {
  /** The longest main-thread task (Long Tasks API: 50 ms or more, else 0) from the load's start to the finished run, ms. */
  longestTask: number;
  /** The longest gap between heartbeats (a timer each task) over the same time, ms. */
  longest: number;
  /** The synchronous part of `pool.load(...)`, ms. */
  call: number;
  /** From the load's start to the finished run, ms. */
  total: number;
}

// A string, not a function: tsx would wrap a named function with a helper the page lacks.
const MEASURE = `async ({ program, people, editOne }) => {
  const zones = [null, null, null, 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo'];
  let s = 12345;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const perDay = Math.ceil(people / 60);
  const list = new Array(people);
  const events = new Array(people);
  for (let i = 0; i < people; i++) {
    const z = zones[Math.floor(rnd() * zones.length)];
    list[i] = { id: 'p-' + (i + 1), ...(z ? { timeZone: z } : {}), attributes: { score: Math.floor(rnd() * 101) } };
    const d = new Date(Date.UTC(2025, 0, 1 + Math.floor(i / perDay)));
    events[i] = { at: d.toISOString().slice(0, 10) + 'T08:00', type: 'add', person: 'p-' + (i + 1), stream: 'S1' };
  }
  const { generator, ...rest } = program;
  const first = { ...rest, people: list, events };
  const pool = window.__lanecast.pool(2, 50000);
  const tasks = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask' });
  const measure = async (doc, runId) => {
    let last = performance.now();
    let longest = 0;
    let beating = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (beating) setTimeout(() => channel.port2.postMessage(null), 0);
    };
    channel.port2.postMessage(null);
    // The garbage of building the program is collected first, so it is not counted as the load's.
    window.gc?.();
    await new Promise((r) => setTimeout(r, 20));
    const start = performance.now();
    last = start;
    longest = 0;
    const loading = pool.load('bench', doc);
    const call = performance.now() - start;
    const loaded = await loading;
    if (!loaded.ok) throw new Error('the bench program does not load');
    const outcome = await pool.run('bench', loaded.key, runId, loaded.people);
    if (!outcome.ok) throw new Error('the bench run did not finish');
    const total = performance.now() - start;
    beating = false;
    channel.port1.close();
    await new Promise((r) => setTimeout(r, 100)); // long tasks are reported a moment later
    const during = tasks.filter((t) => t.startTime >= start && t.startTime < start + total);
    const longestTask = Math.max(0, ...during.map((t) => t.duration));
    return { longestTask, longest, call, total };
  };
  const load = await measure(first, 1);
  const at = Math.floor(people / 2);
  const edited = list.slice();
  edited[at] = { ...list[at], attributes: { score: 99 } };
  const edit = editOne ? await measure({ ...first, people: edited }, 2) : null;
  pool.dispose();
  return { load, edit };
}`;

export async function loadBlocking(
  page: Page,
  program: Scenario,
  people: number,
): Promise<{ load: LoadBlocking; edit: LoadBlocking | null }> {
  return (await page.evaluate(
    `(${MEASURE})(${JSON.stringify({ program, people, editOne: true })})`,
  )) as {
    load: LoadBlocking;
    edit: LoadBlocking | null;
  };
}
