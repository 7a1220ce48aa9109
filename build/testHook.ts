/**
 * The end-to-end test hook (`window.__lanecast`, src/app/testHook.ts) is in builds made with
 * `vite build --mode e2e` and on the dev server (for poking at the app from the console), never in
 * a production build: this plugin adds its script to those pages only. Vite bundles it with the
 * page's own script, so it runs before the page's load event and a test can use the hook as soon
 * as `page.goto` returns.
 */
import type { Plugin } from 'vite';

export const TEST_MODE = 'e2e';

export function testHook(): Plugin {
  return {
    name: 'lanecast-test-hook',
    apply: (_config, { mode, command }) => mode === TEST_MODE || command === 'serve',
    transformIndexHtml: {
      // Before Vite reads the page's scripts, so the hook is bundled like the app's own entry.
      order: 'pre',
      handler: () => [
        { tag: 'script', attrs: { type: 'module', src: '/src/app/testHook.ts' }, injectTo: 'body' },
      ],
    },
  };
}
