// ESLint flat config. Besides the usual React + TypeScript rules it polices one boundary:
// src/engine and src/model are pure TypeScript (no React, DOM, storage or timers), so the
// simulator stays deterministic and runs the same in the CLI, a worker and tests.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE = ['src/engine/**', 'src/model/**', 'src/document/**'];
const PURE_MESSAGE =
  'src/engine and src/model are pure TypeScript: no React, DOM, zustand, Dexie or React Flow';
const BANNED_MODULES = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'dexie',
  'dexie-*',
  '@xyflow/*',
  '@tanstack/*',
  'i18next',
  'react-i18next',
  'comlink',
];
const BANNED_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'self',
  'location',
  'fetch',
  'setTimeout',
  'setInterval',
];

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'playwright-report', 'test-results']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: { ecmaVersion: 2022 },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: PURE,
    languageOptions: { globals: globals.browser },
  },
  {
    files: PURE,
    languageOptions: { globals: globals.es2021 },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: BANNED_MODULES, message: PURE_MESSAGE }] },
      ],
      'no-restricted-globals': [
        'error',
        ...BANNED_GLOBALS.map((name) => ({
          name,
          message: `${name} is not available in src/engine and src/model: pass it in (clock, storage) instead.`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...BANNED_GLOBALS.map((property) => ({
          object: 'globalThis',
          property,
          message: `globalThis.${property} is not available in src/engine and src/model.`,
        })),
        {
          object: 'Math',
          property: 'random',
          message: 'The engine is deterministic: draw from src/engine/rng.ts with the seed.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'The engine has no clock: a scenario carries its own instants.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '*.config.ts', 'src/cli/**', 'bench/**', 'tests/**', 'e2e/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // UI unit tests run in jsdom; e2e specs pass callbacks to page.evaluate().
    files: ['tests/**', 'e2e/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
  },
  {
    files: ['tests/**', 'e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression > MemberExpression.callee[property.name='only']",
          message: 'Remove .only: it silently skips the other tests.',
        },
      ],
    },
  },
]);
