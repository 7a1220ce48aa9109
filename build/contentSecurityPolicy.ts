/**
 * The Content-Security-Policy of the built app: everything from the app's own origin, nothing
 * inline, nothing evaluated. It is written into the built index.html as a meta tag (so any static
 * host serves it) and sent as a header by `vite preview` (so the workers and the service worker,
 * which a meta tag cannot reach, run under it too). The dev server has none: Vite's hot reload
 * and React refresh inject inline scripts.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

const DIRECTIVES: [string, ...string[]][] = [
  ['default-src', "'self'"],
  // No 'unsafe-inline', no 'unsafe-eval': zod runs jitless (src/model/zodConfig.ts).
  ['script-src', "'self'"],
  // The simulation and CSV workers, and the service worker: files of the app, never blob: URLs.
  ['worker-src', "'self'"],
  // Stylesheets are files of the build. React (React Flow's node positions, recharts) sets
  // element styles through the CSSOM (element.style), which a policy does not restrict, so no
  // 'unsafe-inline' for style elements or attributes is needed.
  ['style-src', "'self'"],
  // The favicon is a data: URL; the chart PNG export draws the SVG from a blob: URL.
  ['img-src', "'self'", 'data:', 'blob:'],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy as a meta tag may carry it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map((d) => d.join(' ')).join('; ');

/** The same policy as a response header, plus what only a header can say: no framing. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Puts the policy first in the built page's <head>, before any script or stylesheet. */
export function contentSecurityPolicy(): Plugin {
  const tag: HtmlTagDescriptor = {
    tag: 'meta',
    attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
    injectTo: 'head-prepend',
  };
  return {
    name: 'lanecast-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [tag],
  };
}
