/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker (build/offline.ts) that keeps the app working offline. A new
 * version is never forced: it waits until the user chooses "Reload" in this tab. When another tab
 * switches to it, this tab keeps running (it may be in the middle of an edit) and still offers the
 * reload.
 */
import { registerSW } from 'virtual:pwa-register';
import { appUpdate } from './appUpdate';

export function startServiceWorker(): void {
  const update = registerSW({
    onNeedRefresh: () => appUpdate.offer(() => void accept()),
    // Called when the new version took over (a "Reload" here or in another tab); left out, the
    // page would reload at once. The reload after "Reload" is accept's.
    onNeedReload: () => {},
    // Offline use is a bonus: without a service worker (blocked, private windows) the app works.
    onRegisterError: () => {},
  });

  async function accept() {
    const registration = await navigator.serviceWorker.getRegistration();
    // Another tab switched already: this page only has to load the new version.
    if (!registration?.waiting) return window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    await update();
  }
}
