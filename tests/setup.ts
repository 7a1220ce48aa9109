// Vitest setup for every test file. IndexedDB comes from fake-indexeddb in all environments;
// the browser stubs apply only in jsdom files (`// @vitest-environment jsdom`).
import 'fake-indexeddb/auto';
import { installJsdomStubs } from './setup/jsdomStubs.ts';

if (typeof window !== 'undefined') installJsdomStubs();
