// Test set-up shared by the browser tests: dist/ served on 127.0.0.1, one Chromium, and
// `open(url)`, which records console problems and requests while the page loads and hydrates.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST || path.join(here, '../../dist');
/** The test-only build that panics once started (`cargo xtask test` makes it). */
export const DIST_PANIC = process.env.DIST_PANIC || path.join(here, '../../target/dist-panic');

/** Serves dist/ (with extra response headers, if given) and starts Chromium for a test file. */
export function site(before, after, { headers = {}, dir = DIST } = {}) {
  let srv;
  let browser;
  before(async () => {
    srv = await serve(dir, { headers });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  /** Opens a page and records console errors and warnings, page errors and requests. */
  /** `url` is a path on the explainer, or a whole URL (another site); `ready: false` skips
   *  waiting for the explainer to hydrate. */
  async function open(url, { width = 1280, height = 800, javaScriptEnabled = true, ready = javaScriptEnabled, ...options } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, ...options });
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(/^https?:/.test(url) ? url : srv.url + url);
    if (ready) await page.waitForSelector('html[data-ready]', { timeout: 20000 });
    return { page, context, problems, requests, close: () => context.close() };
  }

  return { open, server: () => srv };
}

/**
 * Resolves once what the page queued has run: two animation frames (the next paint, and the
 * work the app puts after it: `browser::after_paint`), then two tasks (what those queued,
 * Yew's renders among them). A wait for the page's own schedule, not for a length of time.
 * Not for an off-screen frame of another origin, which runs no animation frames.
 */
export const settled = (page) =>
  page.evaluate(() => new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve))))));

/** Resolves once the page has been idle: idle callbacks it queued before this one have run. */
export const idle = (page) =>
  page.evaluate(() => new Promise((resolve) => (window.requestIdleCallback || setTimeout)(resolve, { timeout: 5000 })));

/**
 * Waits until `check()` (sync or async) is true, checking every 20 ms, for at most `timeout`
 * ms; fails saying `what`. For state outside one page's DOM (a request the browser made, two
 * frames' sizes).
 */
export async function until(check, { timeout = 10000, what = 'the condition' } = {}) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
