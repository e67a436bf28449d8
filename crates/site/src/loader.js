const app = {};
// The app's loader, in place of Trunk's: it starts the app two animation frames after `load`,
// once the first paint is on its way (any request that starts before that paint counts
// against it: Lighthouse adds a round trip on a slow line). The module is fetched with its
// integrity hash through the preload added then, and the wasm with its own. A failure marks
// the page, which then says the interactive parts are unavailable. An embed opened with
// `static` starts nothing. The first line is filled in by the build (`deferred_loader`).
const root = document.documentElement, failed = () => root.setAttribute('data-failed', '');
const run = () => import(app.js).then((m) => m.default({ module_or_path: fetch(app.wasm, app.wasmIntegrity ? { integrity: app.wasmIntegrity } : {}) })).catch(failed);
const start = () => document.head.append(Object.assign(document.createElement('link'), {
  rel: 'modulepreload', href: app.js, crossOrigin: 'anonymous', integrity: app.jsIntegrity, onload: run, onerror: failed }));
const later = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));
if (!root.hasAttribute('data-static')) document.readyState === 'complete' ? later() : addEventListener('load', later, { once: true });
