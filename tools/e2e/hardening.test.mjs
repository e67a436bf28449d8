// Hardening: the strict Content-Security-Policy (as meta tag and as header), no request
// leaving the site, hostile URLs, a missing wasm file (a panic: panic.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { site, DIST, settled } from '../lib/site.mjs';

// The headers a host would send with every file, from the _headers file the build wrote: its
// first block (`/*`); the blocks after it only say how long each kind of file may be cached.
const blocks = fs.readFileSync(path.join(DIST, '_headers'), 'utf8').split(/\n(?=\/)/).filter((b) => b.startsWith('/'));
const headers = Object.fromEntries(
  blocks[0].split('\n')
    .filter((l) => /^\s+[A-Za-z-]+: /.test(l))
    .map((l) => { const [k, ...v] = l.trim().split(': '); return [k, v.join(': ')]; }),
);

test('hashed files are cached for a year, pages for minutes, each path once', () => {
  const rules = Object.fromEntries(blocks.slice(1).map((b) => [b.split('\n')[0], b.match(/Cache-Control: (.*)/)[1]]));
  assert.equal(Object.keys(rules).length, blocks.length - 1, 'one rule per path');
  const wasm = fs.readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  assert.equal(rules[`/${wasm}`], 'public, max-age=31536000, immutable');
  for (const page of ['/', '/en/', '/embed/k3/', '/en/embed/all/index.html']) {
    assert.equal(rules[page], 'public, max-age=300, must-revalidate', page);
  }
  assert.equal(rules['/embed.js'], 'public, max-age=3600');
});
const { open, server } = site(before, after, { headers });

/** Records CSP violations from the start of each page. */
async function watch(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the policy is delivered as meta tag and header', async () => {
  // Two inline scripts, each by its hash: the loader and the embed's height reporter.
  assert.match(headers['Content-Security-Policy'], /script-src 'self' 'wasm-unsafe-eval'(?: 'sha256-[A-Za-z0-9+/=]+'){2}; style-src 'self';.*frame-ancestors \*/);
  for (const file of ['index.html', 'en/index.html', 'embed/k3/index.html', 'en/embed/all/index.html', 'terms/index.html']) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    // First after the character set (Trunk's minified page has no <head> tag).
    assert.match(html, /^<!doctype html><html lang="[^"]+"><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.ok(!/\sstyle="/.test(html), `${file} has no style attribute`);
    assert.ok(!/\son[a-z]+="/.test(html), `${file} has no inline event handler`);
    // The app's loader, on every page but the terms', which has no island to start.
    assert.equal(/<script type="module">/.test(html), !file.startsWith('terms/'), file);
    // Fetched with CORS, so the hash holds in a frame with no origin of its own (see nginx/).
    assert.match(html, /<link href=[^ >]+\.css integrity=sha384-[A-Za-z0-9+/=]+ rel=stylesheet crossorigin="anonymous">/, 'Trunk keeps subresource integrity');
  }
});

test('no CSP violation and no request outside the site, with every control used', async () => {
  for (const url of ['/', '/en/', '/embed/k3/', '/en/embed/all/?theme=dark', '/?embed=k3']) {
    const embed = url.includes('embed');
    const ctx = { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true };
    const { page, problems, requests, close } = await open(url, ctx);
    await watch(page);
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    // Tooltips, tables, downloads, copy, embed menus, the theme, the language.
    await page.locator('.hit').first().focus();
    await page.locator('.chart-table summary').first().click();
    for (const label of ['CSV', 'SVG', 'PNG']) {
      await Promise.all([page.waitForEvent('download'), page.locator('.chart .tools button', { hasText: label }).first().click()]);
    }
    if (!embed) {
      await page.locator('.embed-menu summary').first().click();
      await page.locator('.embed-menu button').first().click();
      await page.locator('header .tools button').first().click();
      await page.click('.theme-toggle');
      // The language: the other page, started.
      const before = new URL(page.url()).pathname;
      await Promise.all([page.waitForURL((u) => new URL(u).pathname !== before), page.click('.lang-toggle')]);
      await page.waitForSelector('html[data-ready]');
    }
    await settled(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], `${url}: CSP violations`);
    assert.deepEqual(problems.filter((p) => /Content.Security.Policy|Refused/i.test(p)), [], `${url}: CSP messages`);
    for (const r of requests) {
      assert.ok(r.startsWith(server().url) || r.startsWith('blob:') || r.startsWith('data:'), `${url}: request outside the site: ${r}`);
    }
    await close();
  }
});

const HOSTILE = [
  '/#%E4%BD', '/#%zz', '/#', '/#<img src=x onerror=alert(1)>', '/#"><script>alert(1)</script>',
  '/?embed=k9', '/?embed=../../', '/?embed=k1&embed=k2', '/en/?table=<script>alert(1)</script>',
  '/?theme=javascript:alert(1)', '/en/?embed=%3Cscript%3E', `/?q=${'x'.repeat(10 * 1024)}`,
  '/?embed=k3&theme=dark&theme=light&table=platforms&table=nope#chart-platforms',
];

test('hostile URLs: no uncaught error, no script runs, the content is there', async () => {
  for (const url of HOSTILE) {
    const { page, problems, close } = await open(url, { ready: false });
    let dialog = false;
    page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
    await page.waitForSelector('html[data-ready]', { timeout: 20000 });
    assert.equal(dialog, false, `${url}: a script ran`);
    assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), [], `${url}: uncaught errors`);
    const sections = await page.locator('main > section').count();
    assert.ok(sections === 6 || (url.includes('embed=k') && sections === 1), `${url}: ${sections} sections`);
    assert.equal(await page.locator('img[src="x"]').count(), 0, `${url}: markup from the URL reached the page`);
    await close();
  }
});

test('without the wasm the page stays readable and says so', async () => {
  const { page, close } = await open('/', { ready: false });
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.reload();
  assert.equal(await page.locator('main > section').count(), 6);
  assert.ok(await page.locator('#k1 .chart-svg').first().isVisible());
  // The loader sees the failure and says so, without waiting for the stylesheet's timer.
  await page.waitForSelector('.js-failed-notice', { state: 'visible', timeout: 5000 });
  assert.equal(await page.getAttribute('html', 'data-failed'), '');
  assert.equal(await page.getAttribute('html', 'data-ready'), null);
  await close();
});

test('a slow wasm is no failure: no alarm while it loads', async () => {
  const { page, close } = await open('/', { ready: false });
  // A slow line: the wasm arrives 7 s after it is asked for. Just before it does, the page
  // must not have raised the alarm.
  let alarmWhileWaiting = null;
  await page.route('**/*.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 7000));
    alarmWhileWaiting = await page.locator('.js-failed-notice').isVisible();
    await route.continue();
  });
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 20000 });
  assert.equal(alarmWhileWaiting, false, 'no alarm while the wasm is on its way');
  assert.ok(!(await page.locator('.js-failed-notice').isVisible()));
  await close();
});

test('the app script is fetched only after the first paint, and only as Trunk hashed it', async () => {
  const { page, close } = await open('/', { ready: false });
  // The page alone paints: no script is asked for while it is parsed.
  const scriptsBeforeLoad = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && r.startTime < performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd).length);
  assert.equal(scriptsBeforeLoad, 0, 'the app script waits for the page');
  // A script that is not the one built is refused: the integrity hash holds for the late load.
  await page.route('**/sip-explainer-*.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// changed` });
  });
  await page.reload();
  await page.waitForSelector('html[data-failed]', { state: 'attached', timeout: 10000 });
  assert.equal(await page.getAttribute('html', 'data-ready'), null);
  await close();
});

test('the test server answers a missing page with 404, never with the home page', async () => {
  for (const missing of ['/nope/', '/en/nope', '/embed/k9/', '/img/embed/k3-zh.000000000000.png']) {
    const res = await fetch(server().url + missing);
    assert.equal(res.status, 404, missing);
    const body = await res.text();
    assert.ok(body.includes('找不到这一页') && body.includes('This page does not exist'), `${missing}: ${body}`);
    assert.ok(!body.includes('class="keyword"'), `${missing}: not the home page`);
  }
});
