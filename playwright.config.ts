// End-to-end tests against the build made with `vite build --mode e2e` (the production build plus
// the test hook, window.__lanecast), served by `vite preview`, in Debian's chromium.
// No browser is downloaded: set CHROMIUM_PATH to use another binary.
import { defineConfig } from '@playwright/test';

// Another checkout's tests can run beside these on their own port (E2E_PORT), never on this build.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    // A desktop screen: the canvas and the preview docked under it both need room.
    viewport: { width: 1440, height: 900 },
    // A cached app would hide what a test just built; tests/e2e/offline.spec.ts allows them.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
