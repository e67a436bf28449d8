// Measures a built site against the baseline, in one run, and prints JSON:
// first-view transfer (gzip -9 and brotli of what `/` loads), Lighthouse 12.2.3 (mobile) per
// language, and in headless Chromium the time to hydrated-and-interactive and the median
// language switch and resize re-render.
// Usage: node bench.mjs SITE_DIST BASELINE_DIST
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './lib/server.mjs';
import { firstView } from './lib/sizes.mjs';
import { launch, CHROMIUM } from './lib/browser.mjs';

const [siteDir, baseDir] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve('bench'), 'package.json'));

async function lighthouse(url) {
  const { default: lh } = await import(require.resolve('lighthouse'));
  const chromeLauncher = await import(require.resolve('chrome-launcher'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  try {
    const result = await lh(url, { port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const c = result.lhr.categories;
    const a = result.lhr.audits;
    return {
      performance: Math.round(c.performance.score * 100),
      accessibility: Math.round(c.accessibility.score * 100),
      bestPractices: Math.round(c['best-practices'].score * 100),
      seo: Math.round(c.seo.score * 100),
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      failing: Object.values(a).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary').map((x) => x.id),
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse five times per page, the pages taking turns (so a busy moment of the machine
 *  falls on all of them alike); for each, the median of each figure over the five runs (each
 *  budget holds for the median of its own figure), every audit any run did not pass, and the
 *  runs themselves. */
async function lighthouseMedians(urls) {
  const runs = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  for (let i = 0; i < 5; i++) {
    for (const [key, url] of Object.entries(urls)) runs[key].push(await lighthouse(url));
  }
  const figures = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'cls'];
  return Object.fromEntries(Object.entries(runs).map(([key, rs]) => [key, {
    ...Object.fromEntries(figures.map((f) => [f, median(rs.map((r) => r[f]))])),
    failing: [...new Set(rs.flatMap((r) => r.failing))],
    runs: rs.map((r) => ({ performance: r.performance, lcp: r.lcp, tbt: r.tbt })),
  }]));
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Navigation to `ready` (a selector), then the median of 11 resizes. */
async function timings(browser, url, ready) {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const loads = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(ready, { state: 'attached', timeout: 30000 });
    loads.push(await page.evaluate(() => performance.now()));
  }
  const out = { ready: median(loads) };
  const resizes = [];
  for (let i = 0; i < 11; i++) {
    await page.evaluate(() => { window.__resized = new Promise((r) => addEventListener('resize', () => { const t0 = performance.now(); requestAnimationFrame(() => r(performance.now() - t0)); }, { once: true })); });
    await page.setViewportSize({ width: i % 2 ? 375 : 1280, height: 800 });
    resizes.push(await page.evaluate(() => window.__resized));
  }
  out.resize = median(resizes);
  await page.close();
  return out;
}

/** A page at 375 px with the CPU slowed `rate` times (1 = as is). */
async function slowPage(browser, rate) {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

/** Each control, pointer down → next paint, from the browser's Event Timing (which reports
 *  only what takes 16 ms or more: less is one frame). The median of 5 uses of each. */
async function controls(browser, url, rate) {
  const page = await slowPage(browser, rate);
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { timeout: 30000 });
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.interactionId) window.__events.push(e.duration); })
      .observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const wake = async (island) => {
    await page.evaluate((k) => document.querySelector(`[data-island="${k}"]`).scrollIntoView({ block: 'start' }), island);
    await page.waitForSelector(`[data-island="${island}"][data-live]`, { state: 'attached' });
  };
  const uses = {
    'theme toggle': async () => { await page.click('.theme-toggle'); },
    'tooltip (tap a bar)': async () => { await wake('chart-talent-firms'); await page.click('#chart-talent-firms .hit'); },
    'data table': async () => { await wake('chart-talent-firms'); await page.click('#chart-talent-firms details.chart-table summary'); },
    'embed menu': async () => { await wake('k1-tools'); await page.click('[data-island="k1-tools"] .embed-menu summary'); },
    'copy link': async () => { await wake('k1-tools'); await page.click('[data-island="k1-tools"] button'); },
  };
  const out = {};
  for (const [name, use] of Object.entries(uses)) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => { window.__events = []; });
      await use();
      await page.waitForTimeout(400);
      times.push(await page.evaluate(() => Math.max(0, ...window.__events)));
    }
    out[name] = median(times);
  }
  await page.close();
  return out;
}

/** Language switches at 4x CPU: click → the frame after the other page is parsed whole
 *  (every section in its language), timed by the new page itself (DOMContentLoaded, then
 *  the next animation frame) against the wall clock at the click. Before each switch the
 *  reader has been on the page a moment, as readers are (the other page is prefetched then). */
async function languageSwitch(browser, url) {
  const page = await slowPage(browser, 4);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => { window.__shown = Date.now(); }));
  });
  await page.goto(url);
  const times = [];
  for (let i = 0; i < 7; i++) {
    await page.waitForSelector('html[data-ready]', { timeout: 30000 });
    await page.waitForTimeout(2500);
    const before = await page.evaluate(() => document.documentElement.lang);
    const box = await page.locator('.lang-toggle').boundingBox();
    const t0 = Date.now();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction((b) => document.documentElement.lang !== b && window.__shown, before, { timeout: 20000 });
    const ok = await page.evaluate(() => {
      const zh = document.documentElement.lang !== 'en';
      const h2 = [...document.querySelectorAll('main > section h2')];
      return h2.length === 6 && h2.every((h) => /[\u4e00-\u9fff]/.test(h.textContent) === zh);
    });
    if (!ok) throw new Error('a section was not in the new language');
    times.push((await page.evaluate(() => window.__shown)) - t0);
  }
  await page.close();
  return median(times);
}

/** A host page on another origin with the embed snippet below the fold, never scrolled:
 *  when the frame has its content's height (ms after the host's navigation began), and the
 *  host page's layout shift. */
async function hostPage(browser, explainer) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Host</title><style>body{margin:0}.story{height:1400px}</style></head><body><div class="story">A long story.</div>
<iframe id="late" src="${explainer}/embed/k3/" title="Keyword 3" loading="lazy" width="100%" height="1940" style="border:0;width:100%"></iframe>
<p>The story goes on.</p><script src="${explainer}/embed.js" async></script></body></html>`;
  const host = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`http://localhost:${host.address().port}/`);
  const frame = await (await page.$('#late')).contentFrame();
  await frame.waitForSelector('#app .page', { timeout: 20000 });
  const sized = await page.waitForFunction(() => {
    const f = document.getElementById('late');
    const inner = f.contentDocument; // another origin: null; read the frame's own height instead
    return !inner && f.getBoundingClientRect().height !== 1940 ? performance.now() : false;
  }, null, { polling: 50, timeout: 15000 }).then((h) => h.jsonValue()).catch(() => null);
  const content = await frame.evaluate(() => document.getElementById('app').getBoundingClientRect().height);
  const height = await page.evaluate(() => document.getElementById('late').getBoundingClientRect().height);
  const out = { sizedAt: sized, right: Math.abs(height - content) <= 2, scrolled: await page.evaluate(() => scrollY), cls: await page.evaluate(() => window.__cls) };
  await page.close();
  await new Promise((r) => host.close(r));
  return out;
}

/** A copy of the site whose two pages have every script removed (inline, module, and the
 *  preloads of the module and the wasm): what the reader would get if the app cost nothing. */
function withoutScripts(dir) {
  const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'sip-bench-noscript-'));
  fs.cpSync(dir, bare, { recursive: true });
  for (const page of ['index.html', 'en/index.html']) {
    const file = path.join(bare, page);
    const html = fs.readFileSync(file, 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g, '');
    fs.writeFileSync(file, html);
  }
  return bare;
}

// A fixed port: the site is built with this address as its canonical URL (`--site-url`).
const site = await serve(siteDir, { port: Number(process.env.BENCH_PORT || 4173) });
const bareDir = withoutScripts(siteDir);
const bare = await serve(bareDir);
const base = await serve(baseDir);
const browser = await launch();
const result = {
  transfer: {
    site: firstView(siteDir),
    embed: firstView(siteDir, 'embed/k3/index.html'),
    baseline: firstView(baseDir),
  },
  lighthouse: await lighthouseMedians({
    zh: `${site.url}/`,
    en: `${site.url}/en/`,
    embedZh: `${site.url}/embed/k3/`,
    embedEn: `${site.url}/en/embed/k6/`,
    baseline: `${base.url}/`,
    zhBare: `${bare.url}/`,
    enBare: `${bare.url}/en/`,
    // The same build behind the real nginx (cargo xtask bench starts it), as a host serves it.
    ...(process.env.BENCH_NGINX ? { zhNginx: `${process.env.BENCH_NGINX}/`, enNginx: `${process.env.BENCH_NGINX}/en/` } : {}),
  }),
  chromium: {
    site: await timings(browser, `${site.url}/`, 'html[data-ready]'),
    baseline: await timings(browser, `${base.url}/`, 'main h1'),
    controls: { x1: await controls(browser, `${site.url}/en/`, 1), x4: await controls(browser, `${site.url}/en/`, 4) },
    langSwitch: await languageSwitch(browser, `${site.url}/#k3`),
    host: await hostPage(browser, site.url),
  },
};
await browser.close();
await site.close();
await base.close();
await bare.close();
fs.rmSync(bareDir, { recursive: true, force: true });
console.log(JSON.stringify(result, null, 2));
