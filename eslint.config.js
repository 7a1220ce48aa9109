// ESLint flat config. Besides the usual React + TypeScript rules it polices the layers:
// src/engine, src/model and src/document are pure TypeScript (no React, DOM, storage or timers),
// so the simulator and the edits stay deterministic and run the same in the CLI, a worker and
// tests; and each folder of src/ may import only the folders below it (WALLS).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE = ['src/engine/**', 'src/model/**', 'src/document/**'];
const PURE_MESSAGE =
  'src/engine, src/model and src/document are pure TypeScript: no React, DOM, zustand, Dexie or React Flow';
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
const REACT_MODULES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-i18next'];
const UI_MODULES = [
  ...REACT_MODULES,
  'zustand',
  'zustand/*',
  'dexie',
  'dexie-*',
  '@xyflow/*',
  '@tanstack/*',
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

/**
 * Imports of the given top-level folders of src/: a relative path that climbs (`../`, `../../`)
 * and then names one. A same-folder `./ui` (src/document/ops/ui.ts) is not the src/ui folder.
 */
const reach = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

// Who may import what: `folders` of src/ the files may not import, `modules` libraries they may not.
const APP_FOLDERS = ['app', 'store', 'db', 'canvas', 'panels', 'library', 'editor', 'preview'];
const WALLS = [
  {
    files: ['src/engine/**'],
    folders: [...APP_FOLDERS, 'document', 'simulation', 'wording', 'ui', 'worker', 'i18n'],
    modules: BANNED_MODULES,
    modulesWhy: PURE_MESSAGE,
    why: 'src/engine is the simulator: it may import src/model only',
  },
  {
    files: ['src/model/**'],
    folders: [
      ...APP_FOLDERS,
      'engine',
      'document',
      'simulation',
      'wording',
      'ui',
      'worker',
      'i18n',
    ],
    modules: BANNED_MODULES,
    modulesWhy: PURE_MESSAGE,
    why: 'src/model is the scenario format, the bottom layer: it imports no other folder',
  },
  {
    files: ['src/document/**'],
    folders: [...APP_FOLDERS, 'simulation', 'wording', 'ui', 'worker', 'i18n'],
    modules: BANNED_MODULES,
    modulesWhy: PURE_MESSAGE,
    why: 'src/document is the pure document layer: it may import src/model and src/engine only',
  },
  {
    files: ['src/panels/**'],
    folders: ['app', 'db', 'canvas', 'library', 'editor', 'preview'],
    why: 'src/panels reach storage through ports and share wording through src/wording; the editor page composes them',
  },
  {
    files: ['src/canvas/**'],
    folders: ['app', 'db', 'panels', 'library', 'editor', 'preview'],
    why: 'src/canvas is the projection of the document: no storage, no other page parts',
  },
  {
    files: ['src/wording/**'],
    folders: ['app', 'db', 'canvas', 'panels', 'library', 'editor', 'preview'],
    why: 'src/wording is shared by canvas and panels, so it may import neither',
  },
  {
    files: ['src/ui/**'],
    folders: [
      ...APP_FOLDERS,
      'model',
      'engine',
      'document',
      'simulation',
      'wording',
      'worker',
      'i18n',
      'cli',
    ],
    why: 'src/ui is the bottom of the UI: React primitives that know nothing of Lanecast',
  },
  {
    files: ['src/library/**'],
    folders: ['canvas', 'panels', 'editor', 'preview'],
    why: 'src/library is its own page: it uses none of the editor page (canvas, panels, editor, preview)',
  },
  {
    files: ['src/worker/**'],
    folders: [...APP_FOLDERS, 'document', 'simulation', 'wording', 'ui', 'i18n'],
    modules: UI_MODULES,
    modulesWhy: 'src/worker runs in a Web Worker: no React, storage or UI libraries',
    why: 'src/worker runs the engine in a Web Worker: src/engine and src/model only, no React',
  },
  {
    files: ['src/preview/**'],
    folders: ['app', 'db', 'canvas', 'panels', 'library', 'editor'],
    why: 'src/preview shows the simulation: it reads src/simulation, not storage or other page parts',
  },
  {
    files: ['src/simulation/**'],
    folders: ['app', 'db', 'canvas', 'panels', 'library', 'editor', 'preview'],
    modules: REACT_MODULES,
    modulesWhy: 'src/simulation has no React: src/preview reads it through hooks',
    why: 'src/simulation is the main-thread simulation state: no React, no storage, no UI',
  },
];

const wallConfig = ({ files, folders, modules, modulesWhy, why }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(modules ? [{ group: modules, message: modulesWhy }] : []),
          { regex: reach(folders), message: `${why}.` },
        ],
      },
    ],
  },
});

export default defineConfig([
  globalIgnores(['dist', '.cache', 'coverage', 'playwright-report', 'test-results']),
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
      'no-restricted-globals': [
        'error',
        ...BANNED_GLOBALS.map((name) => ({
          name,
          message: `${name} is not available in pure code (src/engine, src/model, src/document): pass it in (clock, storage) instead.`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...BANNED_GLOBALS.map((property) => ({
          object: 'globalThis',
          property,
          message: `globalThis.${property} is not available in pure code.`,
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
  ...WALLS.map(wallConfig),
  {
    files: ['**/*.{js,mjs}', '*.config.ts', 'src/cli/**', 'bench/**', 'tests/**', 'e2e/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // UI unit tests run in jsdom; e2e specs pass callbacks to page.evaluate().
    files: ['tests/**', 'e2e/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{js,mjs}'],
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
