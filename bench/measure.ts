/**
 * The benchmark's two ways of measuring, each in a fresh Node process:
 * - whole process: the compiled command line as `npm run simulate` starts it (scripts/simulate.mjs,
 *   without npm itself) with `--format summary`, wall time from spawn to exit, and the child's own
 *   peak RSS and CPU time, which a preloaded one-liner reads from the kernel as the child exits and
 *   writes to an extra pipe (the command line's own output is untouched);
 * - in process: bench/case.ts bundled (bench/run.ts builds it), which times its phases itself.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

/**
 * Written to file descriptor 3 on exit: `peak RSS in kB, user µs, system µs`, for the whole
 * process (all its threads). Worker threads inherit the preload too, so only the main thread
 * writes.
 */
const REPORT_ON_EXIT = encodeURIComponent(
  "import{writeSync}from'node:fs';import{isMainThread}from'node:worker_threads';" +
    "if(isMainThread)process.on('exit',()=>{const u=process.resourceUsage();" +
    "writeSync(3,u.maxRSS+' '+u.userCPUTime+' '+u.systemCPUTime)})",
);

export interface WholeProcess {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
}

function failed(what: string, child: ReturnType<typeof spawnSync>): Error {
  const stderr = String(child.stderr ?? '').trim();
  return new Error(`${what}: exit ${child.status ?? child.signal}${stderr ? `\n${stderr}` : ''}`);
}

export function wholeProcess(file: string): WholeProcess {
  const args = [
    `--import=data:text/javascript,${REPORT_ON_EXIT}`,
    join(ROOT, 'scripts', 'simulate.mjs'),
    file,
    '--format',
    'summary',
  ];
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw failed(`simulate ${file}`, child);
  const [kB, user, system] = String(child.output[3]).split(' ').map(Number);
  return { seconds, cpuSeconds: (user! + system!) / 1e6, peakMB: kB! / 1024 };
}

/** Runs the bundled bench/case.ts and returns the JSON it prints. */
export function inProcess<T>(bundle: string, mode: 'alone' | 'floor', file: string): T {
  const child = spawnSync(process.execPath, [bundle, mode, file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw failed(`${mode} ${file}`, child);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
