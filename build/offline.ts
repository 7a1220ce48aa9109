/**
 * Offline: a Workbox service worker (vite-plugin-pwa) precaches every file of the build, so after
 * one visit the app, its lazily loaded parts (editor, preview, charts, translations) and its
 * workers load with the network off. Updates wait for the user: the app shows "A new version is
 * ready" (src/app/UpdateBanner.tsx) and reloads only when asked, never in the middle of an edit.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function offline() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by the app (src/app/serviceWorker.ts), which owns the update prompt.
    injectRegister: false,
    // No install prompt, icons or manifest: the app is a page that keeps working offline.
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html}'],
      // The hash routes all load index.html.
      navigateFallback: 'index.html',
      // Control the first page at once, so a lazily loaded part comes from the cache even if the
      // network goes away before the next reload. (An update still waits: no skipWaiting.)
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}
