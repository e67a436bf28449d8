// Measures a built site against the baseline, in one run, and prints JSON:
// first-view transfer (gzip -9 and brotli of what `/` loads), Lighthouse 12.2.3 (mobile) per
// language, and in headless Chromium the time to hydrated-and-interactive and the median
// language switch and resize re-render.
// Usage: node bench.mjs SITE_DIST BASELINE_DIST
import fs from 'node:fs';
import zlib from 'node:zlib';
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
 *  falls on all of them alike); for each, the run with the median performance score (then
 *  TBT), as Lighthouse's docs advise on noisy machines. */
async function lighthouseMedians(urls) {
  const runs = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  for (let i = 0; i < 5; i++) {
    for (const [key, url] of Object.entries(urls)) runs[key].push(await lighthouse(url));
  }
  return Object.fromEntries(Object.entries(runs).map(([key, rs]) => {
    const sorted = [...rs].sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
    return [key, { ...sorted[2], runs: rs.map((r) => ({ performance: r.performance, lcp: r.lcp, tbt: r.tbt })) }];
  }));
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Navigation to `ready` (a selector), then the median of `n` language switches and resizes. */
async function timings(browser, url, ready, interactive) {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const loads = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(ready, { state: 'attached', timeout: 30000 });
    loads.push(await page.evaluate(() => performance.now()));
  }
  const out = { ready: median(loads) };
  if (interactive) {
    // Each switch: click → the next frame (what is on screen has switched), and click → the
    // last section, far below and never seen, has switched too (it follows in later tasks).
    // A reader does not switch 21 times a second: each switch starts once the last has settled.
    const switches = [];
    const complete = [];
    for (let i = 0; i < 21; i++) {
      const [frame, all] = await page.evaluate(() => new Promise((resolve) => {
        const before = document.documentElement.lang;
        const lastHeading = () => document.querySelector('main > section:last-of-type h2').textContent;
        const old = lastHeading();
        const t0 = performance.now();
        document.querySelector('.lang-toggle').click();
        let frame;
        const check = () => {
          if (frame === undefined && document.documentElement.lang !== before) {
            requestAnimationFrame(() => { frame = performance.now() - t0; check(); });
          } else if (frame !== undefined && lastHeading() !== old) {
            resolve([frame, performance.now() - t0]);
          } else {
            setTimeout(check, 0);
          }
        };
        check();
      }));
      switches.push(frame);
      complete.push(all);
      await page.waitForTimeout(300);
    }
    out.langSwitch = median(switches);
    out.langSwitchAll = median(complete);
  }
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

// A fixed port: the site is built with this address as its canonical URL (`--site-url`).
const site = await serve(siteDir, { port: Number(process.env.BENCH_PORT || 4173) });
const base = await serve(baseDir);
const browser = await launch();
const result = {
  transfer: {
    site: firstView(siteDir),
    embed: firstView(siteDir, 'embed/k3/index.html'),
    baseline: firstView(baseDir),
    // Not part of the first view: the other language's chart pictures, fetched when idle.
    idle: ['pictures/pictures-en.bin'].map((f) => {
      const body = fs.readFileSync(path.join(siteDir, f));
      return { file: f, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
    }),
  },
  lighthouse: await lighthouseMedians({
    zh: `${site.url}/`,
    en: `${site.url}/en/`,
    embedZh: `${site.url}/embed/k3/`,
    embedEn: `${site.url}/en/embed/k5/`,
    baseline: `${base.url}/`,
  }),
  chromium: {
    site: await timings(browser, `${site.url}/`, 'html[data-ready]', true),
    baseline: await timings(browser, `${base.url}/`, 'main h1', false),
  },
};
await browser.close();
await site.close();
await base.close();
console.log(JSON.stringify(result, null, 2));
