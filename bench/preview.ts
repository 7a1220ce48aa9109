/**
 * `npm run bench:preview`: the preview's speed in Chromium, measured, not asserted. Builds the app,
 * serves it, and for a year of weekly casts over five streams (bench/programs.ts):
 * - 10,000 generated people: the time from a cadence edit in the inspector (the input event) to the
 *   calendar redrawn with the new result (two frames after the result lands), median and p95;
 * - 100,000 and 1,000,000 generated people: the time from opening the program to the first complete
 *   result, whether the progress bar showed, and the longest main-thread task (Long Tasks API) from
 *   the first progress report to the redrawn result (the simulation and drawing its result), and
 *   over the whole page load (which includes mounting the editor);
 * - 100,000 and 1,000,000 listed people: how long handing the program to the workers, and then a
 *   one-person edit, blocks the page (bench/previewLoad.ts).
 * BENCH_PORT picks the port (4181); BENCH_ONLY=listed or BENCH_ONLY=generated measures only those.
 */
import { execSync } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import type {} from '../src/app/testApi';
import { yearOfWeeklyCasts } from './programs';
import { loadBlocking, type LoadBlocking } from './previewLoad';

const PORT = Number(process.env.BENCH_PORT ?? 4181);
const ONLY = process.env.BENCH_ONLY; // 'listed' or 'generated'
const BASE = `http://127.0.0.1:${PORT}`;
const EDITS = 20;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

// Strings, not functions: tsx would wrap a named function with a helper the page lacks.
const RECORD_PAGE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__progressShown = false;
  window.__runStarted = Infinity;
  new MutationObserver(() => {
    if (document.querySelector('.run-status__bar')) window.__progressShown = true;
    const text = document.querySelector('.run-status__text')?.textContent ?? '';
    // The run is under way once a first share of people is reported done (the editor has mounted).
    if (window.__runStarted === Infinity && /^Simulating [1-9]/.test(text)) window.__runStarted = performance.now();
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
})()`;

async function openProgram(page: Page, people: number): Promise<void> {
  await page.goto(`${BASE}/`);
  const id = await page.evaluate(
    (doc) => window.__lanecast!.createProgram(doc),
    yearOfWeeklyCasts(people),
  );
  await page.goto(`${BASE}/`);
  await page.waitForSelector('h1');
  await page.evaluate(RECORD_PAGE);
  await page.evaluate(
    `(window.__opened = performance.now(), window.location.hash = '#/program/${id}')`,
  );
}

/** Waits until a newer simulation than `before` is on screen, then two frames; returns that instant. */
function drawn(page: Page, before: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const check = () => {
      const p = window.__lanecast.preview;
      if (p.simulations > ${before} && p.status === 'ready' && !p.stale)
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      else requestAnimationFrame(check);
    };
    check();
  })`) as Promise<number>;
}

async function editLatency(page: Page): Promise<number[]> {
  await openProgram(page, 10_000);
  await drawn(page, 0);
  await page.getByTestId('lane-S1').locator('.lane__grip').click();
  const time = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Time', { exact: true });
  const latencies: number[] = [];
  for (let i = 1; i <= EDITS; i++) {
    const before = (await page.evaluate(() => window.__lanecast!.preview.simulations)) as number;
    // A new time of day each edit: every result is new, none comes from the cache. The field
    // commits a whole time on Enter (or on leaving it): the edit counts from that key.
    await time.fill(`09:${String(i).padStart(2, '0')}`);
    const start = (await page.evaluate('performance.now()')) as number;
    await time.press('Enter');
    const end = await drawn(page, before);
    latencies.push(end - start);
  }
  return latencies;
}

async function firstResult(page: Page, people: number) {
  await openProgram(page, people);
  const end = await drawn(page, 0);
  const { opened, longest, longestAll, progress } = (await page.evaluate(`(() => {
    const during = window.__longTasks.filter((t) => t.start >= window.__runStarted);
    return {
      opened: window.__opened,
      longestAll: Math.max(0, ...window.__longTasks.map((t) => t.duration)),
      longest: Math.max(0, ...during.map((t) => t.duration)),
      progress: window.__progressShown,
    };
  })()`)) as { opened: number; longest: number; longestAll: number; progress: boolean };
  return { ms: end - opened, longest, longestAll, progress };
}

// The build with the test hook (window.__lanecast), as the end-to-end tests use.
execSync('npx vite build --mode e2e', { stdio: 'ignore' });
const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    '--js-flags=--expose-gc', // bench/previewLoad.ts collects the garbage of setting up first
  ],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  console.log(
    `preview, Chromium ${browser.version()}, ${await page.evaluate('navigator.hardwareConcurrency')} cores`,
  );
  const ms = (b: LoadBlocking) =>
    `longest main-thread task ${b.longestTask === 0 ? 'under 50' : b.longestTask.toFixed(0)} ms, longest heartbeat gap ${b.longest.toFixed(0)} ms (the load call itself ${b.call.toFixed(0)} ms), done in ${(b.total / 1000).toFixed(2)} s`;
  for (const people of ONLY === 'generated' ? [] : [100_000, 1_000_000]) {
    await page.goto(`${BASE}/`);
    await page.waitForSelector('h1');
    const r = await loadBlocking(page, yearOfWeeklyCasts(1), people);
    const n = people.toLocaleString('en-US');
    console.log(`${n} listed people, 2 workers: first load and run: ${ms(r.load)}`);
    if (r.edit) console.log(`${n} listed people, one person edited, load and run: ${ms(r.edit)}`);
  }
  if (ONLY !== 'listed') await generated(page);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

async function generated(page: Page) {
  const latencies = await editLatency(page);
  console.log(
    `10,000 people, a year of weekly casts over 5 streams: cadence edit to redrawn calendar, ${EDITS} edits: median ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );
  for (const people of [100_000, 1_000_000]) {
    const fresh = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' })
    ).newPage();
    const r = await firstResult(fresh, people);
    // The Long Tasks API reports tasks of 50 ms or more only: 0 means none reached 50 ms.
    const longest = (ms: number) => (ms === 0 ? 'none of 50 ms or more' : `${ms.toFixed(0)} ms`);
    console.log(
      `${people.toLocaleString('en-US')} people: open to first complete result ${(r.ms / 1000).toFixed(2)} s; progress bar shown: ${r.progress ? 'yes' : 'no'}; longest main-thread task from the first progress report to the drawn result: ${longest(r.longest)} (over the whole page load, editor mount included: ${longest(r.longestAll)})`,
    );
    await fresh.context().close();
  }
}
