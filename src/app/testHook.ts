// The page script of the end-to-end test hook: only `vite build --mode e2e` adds it to the page
// (build/testHook.ts), so production builds carry no `window.__lanecast`.
import { installWindowApi } from './testApi';

installWindowApi();
