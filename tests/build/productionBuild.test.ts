// The production build as shipped (`vite build`, built here into a temporary folder): it carries
// no end-to-end test hook, and the library page loads at most 130 kB of gzipped JavaScript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';

/** The budget of the first page, in bytes of gzipped JavaScript (kB as Vite prints them). */
const FIRST_PAGE_BUDGET = 130_000;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let dist = '';

interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'lanecast-build-'));
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  // --manifest: the chunk graph, for this test (the app itself needs none).
  execFileSync(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir', '--manifest'], {
    cwd: root,
    // vitest runs with NODE_ENV=test, which would give a development build of React.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'pipe',
  });
}, 300_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

describe('the production build', () => {
  it('has no end-to-end test hook (window.__lanecast)', () => {
    const files = filesUnder(dist);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const withHook = files.filter((file) => readFileSync(file, 'utf8').includes('__lanecast'));
    expect(withHook).toEqual([]);
  });

  it.each(LANGUAGES)(
    'loads at most 130 kB of gzipped JavaScript for the library page, in %s',
    (language) => {
      const manifest = JSON.parse(
        readFileSync(join(dist, '.vite/manifest.json'), 'utf8'),
      ) as Manifest;
      const files = firstPageFiles(manifest, language);
      const sizes = files.map((file) => gzipSync(readFileSync(join(dist, file))).length);
      const total = sizes.reduce((sum, size) => sum + size, 0);
      const listing = files.map((file, i) => `${file}: ${sizes[i]}`).join(', ');
      expect(total, `${total} bytes gzipped: ${listing}`).toBeLessThanOrEqual(FIRST_PAGE_BUDGET);
    },
  );
});

/**
 * What the library page fetches: the page's script with everything it imports statically, the
 * reader's strings (no English fallback: src/i18n/loadI18n.ts), loaded before the first render, and
 * the service worker's helper, loaded once the page is there.
 */
function firstPageFiles(manifest: Manifest, language: string): string[] {
  const chunk = (key: string) => {
    const found = manifest[key];
    if (found === undefined) throw new Error(`${key} is not in the build`);
    return found;
  };
  const files = new Set<string>();
  const visit = (key: string) => {
    const { file, imports = [] } = chunk(key);
    if (files.has(file)) return;
    files.add(file);
    imports.forEach(visit);
  };
  visit('index.html');
  visit(`src/i18n/locales/${language}.json`);
  const workboxWindow = Object.keys(manifest).find((key) => key.includes('workbox-window'));
  if (workboxWindow === undefined) throw new Error('the service worker helper is not in the build');
  visit(workboxWindow);
  return [...files].filter((file) => file.endsWith('.js'));
}
