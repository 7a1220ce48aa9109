/**
 * `npm run bench:ui`: the editor's speed in Chromium, measured, not asserted. Builds the app, serves
 * it, seeds a program of 25 streams with 40 cards each, and reports how long it takes to open (until
 * the last card is on screen) and the frame times while a card is dragged across the canvas.
 */
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { Scenario } from '../src/model';
import type {} from '../src/app/testApi';

const STREAMS = 25;
const CARDS = 40;
const RUNS = 3;

function bigProgram(): Scenario {
  return {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'big',
      name: 'Benchmark: 25 x 40',
      timeZone: 'Europe/Berlin',
      streams: Array.from({ length: STREAMS }, (_, s) => ({
        id: `S${s + 1}`,
        name: `Stream ${s + 1}`,
        cadence: {
          type: 'weekly',
          firstCast: '2026-01-06',
          time: '09:00',
          every: 1,
          weekdays: ['tue'],
        },
        content: Array.from({ length: CARDS }, (_, c) => ({
          id: `E${s}-${c}`,
          type: 'email' as const,
          name: `Email ${s + 1}.${c + 1}`,
        })),
        transitions:
          s === 0
            ? []
            : [
                {
                  id: `t${s}`,
                  triggers: [{ type: 'fillsOutForm' as const, form: `F${s}` }],
                  filters: [{ type: 'inStream' as const, stream: `S${s}` }],
                },
              ],
      })),
    },
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

// The build with the test hook (window.__lanecast), as the end-to-end tests use.
execSync('npx vite build --mode e2e', { stdio: 'ignore' });
const server = await preview({ preview: { port: 4180, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  await page.goto('http://127.0.0.1:4180/');
  const id = await page.evaluate((doc) => window.__lanecast!.createProgram(doc), bigProgram());
  const opens: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('http://127.0.0.1:4180/');
    await page.waitForSelector('h1');
    const start = Date.now();
    await page.evaluate((programId) => (window.location.hash = `#/program/${programId}`), id);
    await page.waitForSelector(`[data-testid="card-S${STREAMS}-E${STREAMS - 1}-${CARDS - 1}"]`, {
      state: 'attached',
    });
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    opens.push(Date.now() - start);
  }
  // Frame times while dragging a card: every animation frame's interval during the drag.
  // A string, not a function: tsx would wrap a named function with a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const card = (await page.getByTestId('card-S1-E0-1').boundingBox())!;
  await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
  await page.mouse.down();
  // One move per frame, as a hand would: every frame has drag work to do.
  for (let i = 1; i <= 120; i++) {
    await page.mouse.move(card.x + card.width / 2 + i * 3, card.y + card.height / 2 + i * 2);
    await page.evaluate('new Promise((r) => requestAnimationFrame(r))');
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(2);
  });
  console.log(
    `editor, ${STREAMS} streams x ${CARDS} cards (${STREAMS * CARDS} cards), Chromium ${browser.version()}`,
  );
  console.log(
    `open (hash change to last card on screen), ${RUNS} runs: ${opens.map((ms) => `${ms} ms`).join(', ')}; median ${percentile(opens, 50)} ms`,
  );
  console.log(
    // Headless Chromium paces frames at 60 Hz: 16.7 ms is a frame on time, 33 ms one dropped.
    `card drag: ${frames.length} frames, ${frames.filter((f) => f > 20).length} dropped, median ${percentile(frames, 50).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
