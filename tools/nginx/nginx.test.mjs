// The site behind the real nginx, through the nginx.conf the build writes (only `listen` and
// `root` set): every header as `_headers` gives it, precompressed files served as they are, a
// real 404, and the pages, an embed and the Embed menu's snippet working with no CSP violation;
// the long picture and its QR code, oEmbed through a consumer library, axe and the Nu Html Checker.
// Run by `cargo xtask test` at the root and under a sub-path: SITE_URL is where the site is
// (ending in /), DIST the build nginx serves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { unfurl } from 'unfurl.js';
import { launch } from '../lib/browser.mjs';
import { settled } from '../lib/site.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const VNU = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
// The one message the checker gets wrong (see e2e/html.test.mjs).
const VNU_KNOWN = 'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.';

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
    // Hashed files may be read from any origin (a sandboxed frame has none); pages may not.
    assert.equal(r.headers['access-control-allow-origin'], cache === IMMUTABLE ? '*' : undefined, `${rel}: CORS`);
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
  // The section comes into view and lays out (the sections around it leave their stand-in
  // heights then): a click while the page moves can miss the menu.
  await page.locator('#k4').scrollIntoViewIfNeeded();
  await settled(page);
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

// With --site-url (the build under the sub-path has it), the long picture carries the page's
// QR code and every page names its oEmbed response; without it, neither.
const WITH_SITE_URL = process.env.BUILT_WITH_SITE_URL === '1';

/** The long picture the page's report card offers, as nginx serves it. */
async function longPicture(rel) {
  const page = await browser.newPage();
  await page.goto(SITE + rel);
  const href = await page.locator('.report-card a.long-picture').getAttribute('href');
  await page.close();
  const r = await get(SITE + href);
  assert.equal(r.status, 200, href);
  assert.equal(r.headers['content-type'], 'image/png', href);
  assert.equal(r.headers['cache-control'], IMMUTABLE, href);
  return PNG.sync.read(r.body);
}

test(`the long picture is 1080 px wide and its QR code ${WITH_SITE_URL ? 'gives the page\'s address' : 'is left out without the site\'s address'}`, async () => {
  for (const rel of ['', 'en/']) {
    const png = await longPicture(rel);
    assert.equal(png.width, 1080, rel);
    // The code is at the bottom: read the last 1000 rows, as a camera would see them.
    const rows = 1000;
    const bottom = png.data.subarray((png.height - rows) * png.width * 4);
    const read = jsQR(new Uint8ClampedArray(bottom), png.width, rows);
    assert.equal(read?.data ?? null, WITH_SITE_URL ? SITE + rel : null, rel);
  }
});

test(`oEmbed: ${WITH_SITE_URL ? 'a consumer library discovers and resolves a page and an embed' : 'no discovery without the site\'s address'}`, async () => {
  const pages = ['', 'en/', 'embed/k3/', 'en/embed/all/'];
  if (!WITH_SITE_URL) {
    for (const rel of pages) {
      assert.ok(!(await get(SITE + rel)).body.toString().includes('json+oembed'), rel);
      assert.equal((await get(`${SITE}${rel}oembed.json`)).status, 404, rel);
    }
    return;
  }
  for (const rel of pages) {
    // unfurl.js finds the page's <link type="application/json+oembed"> and fetches it.
    const { oEmbed } = await unfurl(SITE + rel, { oembed: true, timeout: 10000 });
    assert.ok(oEmbed, `${rel}: discovered`);
    assert.equal(oEmbed.type, 'rich', rel);
    assert.equal(oEmbed.version, '1.0', rel);
    const embed = rel.includes('embed/') ? rel : `${rel}embed/all/`;
    assert.ok(oEmbed.html.startsWith(`<iframe src="${SITE}${embed}"`), `${rel}: ${oEmbed.html}`);
    assert.ok(oEmbed.html.endsWith(`<script src="${SITE}embed.js" async></script>`), oEmbed.html);
    assert.ok(oEmbed.width === 320 && oEmbed.height > 500, `${rel}: ${oEmbed.width}×${oEmbed.height}`);
    assert.ok(oEmbed.html.includes(` height="${oEmbed.height}" `), `${rel}: the frame starts as tall as measured`);
    assert.ok(oEmbed.title && oEmbed.provider_name && oEmbed.author_name, rel);
    // The thumbnail exists, with the size the response gives.
    const [thumb] = oEmbed.thumbnails;
    const r = await get(thumb.url);
    assert.equal(r.status, 200, thumb.url);
    const png = PNG.sync.read(r.body);
    assert.deepEqual([png.width, png.height], [thumb.width, thumb.height], thumb.url);
    // Served as JSON, for an hour, with the site's headers.
    const file = await get(`${SITE}${rel}oembed.json`);
    assert.match(file.headers['content-type'], /^application\/json/);
    assert.equal(file.headers['cache-control'], HOUR);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
  }
  // The embed's height in a 320 px column, as the response says it.
  const { oEmbed } = await unfurl(`${SITE}embed/k3/`, { oembed: true });
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(`${SITE}embed/k3/?static`);
  const inner = await page.evaluate(() => document.getElementById('app').getBoundingClientRect().height);
  assert.ok(inner <= oEmbed.height && oEmbed.height <= inner * 1.08 + 10, `${oEmbed.height} for ${inner}`);
  await page.close();
});

test('axe finds nothing, and the Nu Html Checker no error, on the pages as nginx serves them', async () => {
  for (const rel of ['', 'en/']) {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(SITE + rel);
    await page.waitForSelector('html[data-ready]', { timeout: 20000 });
    await page.addStyleTag({ content: '.keyword { content-visibility: visible !important; }' });
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => (await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })).violations.map((v) => `${v.id}: ${v.nodes[0].html.slice(0, 160)}`));
    assert.deepEqual(violations, [], rel);
    await context.close();
  }
  // The checker fetches the pages from nginx itself, headers and all.
  const urls = ['', 'en/', 'embed/k3/', 'en/embed/all/'].map((rel) => SITE + rel);
  let out;
  try {
    out = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...urls], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    out = e.stderr || e.stdout;
  }
  const messages = out.trim() ? JSON.parse(out).messages : [];
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal').filter((m) => m.message !== VNU_KNOWN);
  assert.deepEqual(errors.map((m) => `${m.url}:${m.lastLine}: ${m.message}`), []);
});

test(`oEmbed on a platform that does not list us: ${WITH_SITE_URL ? 'the sanitized iframe shows the whole section, styled and live' : 'nothing to embed without the site\'s address'}`, { skip: !WITH_SITE_URL }, async () => {
  const { oEmbed } = await unfurl(`${SITE}en/embed/k3/`, { oembed: true });
  // What WordPress keeps of an untrusted provider's html: the iframe alone, without its style
  // and script, sandboxed to scripts only.
  const iframe = oEmbed.html.match(/<iframe[^>]*><\/iframe>/)[0].replace(/ style="[^"]*"/, '')
    .replace('<iframe', '<iframe sandbox="allow-scripts" security="restricted"');
  const html = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title><body style="margin:0">${iframe}</body>`;
  const host = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`http://localhost:${host.address().port}/`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    // The stylesheet and the app load there too (CORS, from a page with no origin of its own).
    await frame.waitForSelector('html[data-ready]', { timeout: 20000 });
    assert.ok(await frame.evaluate(() => document.styleSheets.length === 1 && document.styleSheets[0].cssRules.length > 50), 'styled');
    await frame.evaluate(() => document.fonts.ready);
    const [content, title] = await frame.evaluate(() => [document.getElementById('app').getBoundingClientRect().bottom, document.querySelector('h2').textContent]);
    const box = await page.locator('iframe').boundingBox();
    assert.ok(content <= box.height, `the section (${content} px) fits the frame (${box.height} px)`);
    assert.match(title, /2,600/, 'the section itself, prerendered');
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await new Promise((r) => host.close(r));
  }
});
