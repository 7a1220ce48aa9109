// Proves the lint boundaries of eslint.config.js: src/engine, src/model and src/document may not
// import UI or storage libraries nor touch browser globals, while the same code is fine in src/app;
// and each folder's wall stops imports of the folders above it, but not of those below.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const importReact = "import { useState } from 'react';\nexport const hook = useState;\n";
const importDexie = "import Dexie from 'dexie';\nexport const db = new Dexie('x');\n";
const importReactSubpath = "export { jsx } from 'react/jsx-runtime';\n";
const importTypeOnly = "import type { Node } from '@xyflow/react';\nexport type N = Node;\n";
const useDocument = 'export const title = (): string => document.title;\n';
const useTimer = 'export const later = (f: () => void): unknown => setTimeout(f, 1);\n';
const importTemporal =
  "import { Temporal } from 'temporal-polyfill';\nexport const T = Temporal;\n";

describe('src/engine and src/model are pure', () => {
  it.each([
    ['react', importReact],
    ['dexie', importDexie],
    ['react/jsx-runtime', importReactSubpath],
    ['@xyflow/react (type only)', importTypeOnly],
  ])('reports importing %s under src/engine', async (_name, code) => {
    expect(await ruleIds(code, 'src/engine/__probe.ts')).toContain('no-restricted-imports');
  });

  it('reports importing react under src/model', async () => {
    expect(await ruleIds(importReact, 'src/model/__probe.ts')).toContain('no-restricted-imports');
  });

  it.each([
    ['document', useDocument],
    ['setTimeout', useTimer],
  ])('reports the global %s under src/engine', async (_name, code) => {
    expect(await ruleIds(code, 'src/engine/__probe.ts')).toContain('no-restricted-globals');
  });

  it('allows plain dependencies such as temporal-polyfill', async () => {
    expect(await ruleIds(importTemporal, 'src/engine/__probe.ts')).toEqual([]);
  });
});

describe('src/document is pure too', () => {
  it.each([
    ['react', importReact],
    ['dexie', importDexie],
  ])('reports importing %s', async (_name, code) => {
    expect(await ruleIds(code, 'src/document/ops/__probe.ts')).toContain('no-restricted-imports');
  });

  it('reports the global document', async () => {
    expect(await ruleIds(useDocument, 'src/document/__probe.ts')).toContain(
      'no-restricted-globals',
    );
  });
});

describe('src/app may use React, Dexie and the DOM', () => {
  it.each([
    ['react', importReact],
    ['dexie', importDexie],
  ])('does not report importing %s under src/app', async (_name, code) => {
    expect(await ruleIds(code, 'src/app/__probe.ts')).not.toContain('no-restricted-imports');
  });

  it('does not report document under src/app', async () => {
    expect(await ruleIds(useDocument, 'src/app/__probe.ts')).toEqual([]);
  });
});

describe('tests', () => {
  it('reports a focused test (.only)', async () => {
    const code = "import { it } from 'vitest';\nit.only('x', () => {});\n";
    expect(await ruleIds(code, 'tests/engine/__probe.test.ts')).toContain('no-restricted-syntax');
  });
});

/** `import { x } from '<path>'`, as written in a file one folder below src/. */
const importOf = (path: string) => `import { x } from '${path}';\nexport const y = x;\n`;

// Each wall: the folder, the folders of src/ it may not import, and imports it may use.
const WALLS: [folder: string, banned: string[], allowed: string[]][] = [
  [
    'src/engine',
    ['document', 'store', 'db', 'canvas', 'panels', 'library', 'editor', 'preview', 'simulation'],
    ['../model', './calendar'],
  ],
  ['src/model', ['engine', 'document', 'store', 'db', 'canvas', 'panels', 'ui'], ['zod']],
  [
    'src/document',
    ['store', 'db', 'canvas', 'panels', 'library', 'editor', 'preview', 'wording', 'ui'],
    ['../model', '../engine', './ops', './ui'],
  ],
  [
    'src/panels',
    ['db', 'canvas', 'library', 'editor', 'preview', 'app'],
    ['../store/useEditor', '../document/ops', '../wording/cadence', '../ui/Modal', '../engine'],
  ],
  [
    'src/canvas',
    ['db', 'panels', 'library', 'editor', 'preview', 'app'],
    ['../store/useEditor', '../document/ops', '../wording/rules', '../ui/today', '@xyflow/react'],
  ],
  [
    'src/wording',
    ['db', 'canvas', 'panels', 'library', 'editor', 'preview'],
    ['../store/useEditor', '../model', '../engine'],
  ],
  [
    'src/ui',
    [
      'store',
      'db',
      'document',
      'canvas',
      'panels',
      'library',
      'editor',
      'preview',
      'simulation',
      'wording',
      'model',
    ],
    ['react', 'react-i18next', './Modal'],
  ],
  [
    'src/library',
    ['canvas', 'panels', 'editor', 'preview'],
    ['../db/queries', '../ui/Modal', '../document/fileName', '../app/route'],
  ],
  [
    'src/worker',
    ['store', 'db', 'document', 'canvas', 'panels', 'library', 'editor', 'ui'],
    ['../engine', '../model', 'comlink', './protocol'],
  ],
  [
    'src/preview',
    ['db', 'canvas', 'panels', 'library', 'editor'],
    ['../simulation/state', '../store/useEditor', '../wording/dates', '../ui/Modal', 'react'],
  ],
  [
    'src/simulation',
    ['db', 'canvas', 'panels', 'library', 'editor', 'preview'],
    ['../engine', '../document/programContent', '../worker/simClient', '../store/editorStore'],
  ],
];

describe('walls between the folders of src/', () => {
  const banned = WALLS.flatMap(([folder, folders]) => folders.map((f) => [folder, f] as const));
  it.each(banned)('%s may not import src/%s', async (folder, target) => {
    const ids = await ruleIds(importOf(`../${target}/x`), `${folder}/__probe.ts`);
    expect(ids).toContain('no-restricted-imports');
  });

  const allowed = WALLS.flatMap(([folder, , paths]) => paths.map((p) => [folder, p] as const));
  it.each(allowed)('%s may import %s', async (folder, path) => {
    expect(await ruleIds(importOf(path), `${folder}/__probe.ts`)).toEqual([]);
  });

  it('a wall holds in subfolders, however deep the climb', async () => {
    const code = importOf('../../db/queries');
    expect(await ruleIds(code, 'src/panels/history/__probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importOf('../../../db'), 'src/canvas/nodes/deep/__probe.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it.each([
    ['src/worker', 'react'],
    ['src/worker', 'dexie'],
    ['src/worker', 'zustand'],
    ['src/simulation', 'react'],
    ['src/simulation', 'react-dom/client'],
  ])('%s may not use %s', async (folder, module) => {
    expect(await ruleIds(importOf(module), `${folder}/__probe.ts`)).toContain(
      'no-restricted-imports',
    );
  });
});
