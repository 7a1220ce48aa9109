/**
 * The end-to-end test hook (`window.__lanecast`, src/app/testHook.ts) exists only in builds made
 * with `vite build --mode e2e`: this plugin adds its script to that build's page, and no other
 * build references it. A script of its own, evaluated before the page's load event, so a test can
 * use the hook as soon as `page.goto` returns.
 */
import type { Plugin } from 'vite';

export const TEST_MODE = 'e2e';

export function testHook(): Plugin {
  return {
    name: 'lanecast-test-hook',
    apply: (_config, { mode }) => mode === TEST_MODE,
    transformIndexHtml: {
      // Before Vite reads the page's scripts, so the hook is bundled like the app's own entry.
      order: 'pre',
      handler: () => [
        { tag: 'script', attrs: { type: 'module', src: '/src/app/testHook.ts' }, injectTo: 'body' },
      ],
    },
  };
}
