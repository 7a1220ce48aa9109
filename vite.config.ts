/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import {
  contentSecurityPolicy,
  CONTENT_SECURITY_POLICY_HEADER,
} from './build/contentSecurityPolicy.ts';
import { offline } from './build/offline.ts';
import { testHook } from './build/testHook.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline(), testHook()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
  worker: { format: 'es' },
  test: {
    // Engine and model tests are many and need no DOM: node is the default.
    // UI tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
