// scripts/ensure-chromium.sh, run before the tests: a browser that is there passes silently, one
// that is not stops everything at once with what to do.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/ensure-chromium.sh');
const run = (chromiumPath: string) =>
  spawnSync('bash', [script], {
    env: { ...process.env, CHROMIUM_PATH: chromiumPath },
    encoding: 'utf8',
  });

describe('ensure-chromium.sh', () => {
  it('passes silently when the browser is there', () => {
    const result = run(process.execPath); // any executable file will do
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  it('stops with a message naming the missing browser', () => {
    const result = run('/nowhere/chromium');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is /nowhere/chromium');
  });
});
