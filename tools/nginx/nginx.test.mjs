// The site behind the real nginx, through the nginx.conf the build writes (only `listen` and
// `root` set): every header as `_headers` gives it, precompressed files served as they are, a
// real 404, and the pages, an embed and the Embed menu's snippet working with no CSP violation.
// Run by `cargo xtask test` at the root and under a sub-path: SITE_URL is where the site is
// (ending in /), DIST the build nginx serves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../lib/browser.mjs';

const SITE = process.env.SITE_URL;
const DIST = process.env.DIST;
assert.ok(SITE?.endsWith('/') && DIST, 'SITE_URL (ending in /) and DIST say what to test');

const IMMUTABLE = 'public, max-age=31536000, immutable';
const PAGE = 'public, max-age=300, must-revalidate';
const HOUR = 'public, max-age=3600';
// What _headers says every response carries: the standard the nginx set-up is held to.
const headersFile = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
const POLICY = headersFile.match(/Content-Security-Policy: (.*)/)[1];
const hashed = [...headersFile.matchAll(/^\S*?([^/\s]+\.(?:wasm|css|js))\n  Cache-Control: public, max-age=31536000/gm)].map((m) => m[1]);
const WASM = hashed.find((f) => f.endsWith('.wasm'));
const CSS = hashed.find((f) => f.endsWith('.css'));

/** One request, as it came: status, headers and the body's bytes, undecoded. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test(`every header, as nginx sends it, at ${SITE}`, async () => {
  const cases = [
    ['', 200, PAGE, 'text/html; charset=utf-8'],
    ['en/', 200, PAGE, 'text/html; charset=utf-8'],
    ['embed/k3/', 200, PAGE, 'text/html; charset=utf-8'],
    ['en/embed/all/index.html', 200, PAGE, 'text/html; charset=utf-8'],
    [CSS, 200, IMMUTABLE, /^text\/css/],
    [WASM, 200, IMMUTABLE, 'application/wasm'],
    ['embed.js', 200, HOUR, /javascript/],
    ['no/such/page/', 404, 'no-store', 'text/html; charset=utf-8'],
  ];
  const seen = {};
  for (const [rel, status, cache, type] of cases) {
    const r = await get(SITE + rel);
    seen[rel || '/'] = { status: r.status, ...r.headers };
    assert.equal(r.status, status, `${rel}: status`);
    assert.equal(r.headers['content-security-policy'], POLICY, `${rel}: the policy of _headers, frame-ancestors included`);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', rel);
    assert.equal(r.headers['referrer-policy'], 'strict-origin-when-cross-origin', rel);
    assert.equal(r.headers['permissions-policy'], 'camera=(), microphone=(), geolocation=()', rel);
    assert.equal(r.headers['cache-control'], cache, `${rel}: cache`);
    if (type instanceof RegExp) assert.match(r.headers['content-type'], type, `${rel}: type`);
    else assert.equal(r.headers['content-type'], type, `${rel}: type`);
  }
  // The headers as the real nginx sent them, for the record.
  console.log(JSON.stringify(seen, null, 1));
});

test('a missing page is a real 404 with a short page in both languages, and the build notes are not served', async () => {
  const r = await get(`${SITE}nothing-here`);
  assert.equal(r.status, 404);
  const body = r.body.toString();
  assert.match(body, /找不到这一页/);
  assert.match(body, /This page does not exist/);
  const base = new URL(SITE).pathname;
  assert.ok(body.includes(`href="${base}"`) && body.includes(`href="${base}en/"`), 'links to both pages');
  for (const note of ['_headers', 'nginx.conf']) assert.equal((await get(SITE + note)).status, 404, note);
  // A directory without its slash is sent to it.
  const bare = await get(`${SITE}en`);
  assert.equal(bare.status, 301);
  assert.equal(new URL(bare.headers.location, SITE).pathname, `${new URL(SITE).pathname}en/`);
});

test('the build\'s precompressed files are served as they are: brotli, gzip, or plain', async () => {
  for (const [rel, file] of [['', 'index.html'], ['en/', 'en/index.html'], [WASM, WASM]]) {
    const br = await get(SITE + rel, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', `${rel}: brotli`);
    assert.ok(br.body.equals(fs.readFileSync(path.join(DIST, `${file}.br`))), `${rel}: the build's .br`);
    assert.match(br.headers.vary ?? '', /Accept-Encoding/i);
    const gz = await get(SITE + rel, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', `${rel}: gzip`);
    assert.ok(gz.body.equals(fs.readFileSync(path.join(DIST, `${file}.gz`))), `${rel}: the build's .gz`);
    const plain = await get(SITE + rel);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(fs.readFileSync(path.join(DIST, file))), `${rel}: as built`);
  }
});

test('both pages and an embed start with no console error and no CSP violation', async () => {
  for (const rel of ['', 'en/', 'embed/k3/']) {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const problems = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(SITE + rel);
    await page.waitForSelector('html[data-ready]', { timeout: 20000 });
    // A chart far down starts too (its wasm work runs under the policy).
    await page.locator('figure.chart').last().scrollIntoViewIfNeeded();
    await page.waitForSelector('figure.chart[data-live]');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], `${rel}: no CSP violation`);
    assert.deepEqual(problems, [], rel);
    await page.close();
  }
});

test('the Embed menu\'s snippet works on a host page of another origin, below the fold', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${SITE}en/`);
  await page.waitForSelector('html[data-ready]');
  await page.locator('#k4').scrollIntoViewIfNeeded();
  await page.locator('#k4 .embed-menu summary').click();
  await page.waitForFunction(() => document.querySelector('#k4 .embed-menu')?.open);
  const snippet = await page.locator('#k4 .embed-form textarea').first().inputValue();
  await page.close();
  assert.ok(snippet.includes(`${SITE}en/embed/k4/`) && snippet.includes(`${SITE}embed.js`), snippet);
  const html = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title><body style="margin:0"><div style="height:2000px">A news story.</div>${snippet}</body>`;
  const host = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  try {
    const hostPage = await browser.newPage({ viewport: { width: 375, height: 700 } });
    // localhost is another origin than 127.0.0.1, where nginx listens.
    await hostPage.goto(`http://localhost:${host.address().port}/`);
    await hostPage.locator('iframe').scrollIntoViewIfNeeded();
    const frame = await (await hostPage.waitForSelector('iframe')).contentFrame();
    await frame.waitForSelector('html[data-ready]', { timeout: 20000 });
    // The host script sizes the frame to its content.
    const content = await frame.evaluate(() => document.getElementById('app').getBoundingClientRect().height);
    await hostPage.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 2, content);
    await hostPage.close();
  } finally {
    await new Promise((r) => host.close(r));
  }
});
