// Proves the lint boundary of eslint.config.js: src/engine and src/model may not import UI or
// storage libraries nor touch browser globals, while the same code is fine in src/app.
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
