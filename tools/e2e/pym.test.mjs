// Hosts that already speak pym.js: a host page of another origin embeds a section with pym.js's
// own Parent (from the npm registry, not our embed.js), below the fold; the frame gets its
// content's height before the reader scrolls, from the embed's pym message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site, until } from '../lib/site.mjs';

const { open, server } = site(before, after);
const PYM = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/pym.js/dist/pym.v1.min.js'));

/** A host page on its own origin: a long story, then a pym.js container for `src`. */
async function pymHost(src) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Host</title><style>body{margin:0}.story{height:1400px}</style></head><body><div class="story">A long story.</div>
<div id="sip"></div>
<script src="/pym.v1.min.js"></script>
<script>window.parentHeights = []; var p = new pym.Parent('sip', ${JSON.stringify(src)}, {});
p.onMessage('height', function (h) { window.parentHeights.push(Number(h)); });</script></body></html>`;
  const host = http.createServer((req, res) => {
    if (req.url === '/pym.v1.min.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
    return res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  // localhost, not 127.0.0.1: another origin than the explainer's.
  return { url: `http://localhost:${host.address().port}/`, close: () => new Promise((r) => host.close(r)) };
}

test('a pym.js parent sizes an embed below the fold, before the reader scrolls to it', async () => {
  const host = await pymHost(`${server().url}/en/embed/k3/`);
  const { page, close } = await open(host.url, { width: 375, height: 700, ready: false });
  try {
    const iframe = page.locator('#sip iframe');
    await iframe.waitFor({ state: 'attached' });
    const frame = await (await iframe.elementHandle()).contentFrame();
    await frame.waitForSelector('#app .keyword', { state: 'attached' });
    // pym's Parent sets the frame's height from the child's message: the frame, as the host
    // page lays it out, is as tall as the section in it. (Chromium hands an off-screen frame of
    // another origin its new viewport only once it is near the screen, so the frame's own
    // viewport is not what is measured.)
    const content = () => frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
    const outer = () => page.evaluate(() => Math.round(document.querySelector('#sip iframe').getBoundingClientRect().height));
    let last = {};
    const sized = async () => {
      last = { frame: await outer(), content: await content() };
      return last.frame === last.content;
    };
    await until(sized, { timeout: 15000, what: 'pym.js to size the frame' }).catch(() => {});
    assert.equal(last.frame, last.content, `the frame is as tall as its content: ${JSON.stringify(last)}`);
    assert.equal(await page.evaluate(() => scrollY), 0, 'the reader has not scrolled');
    const top = await page.evaluate(() => document.querySelector('#sip iframe').getBoundingClientRect().top);
    assert.ok(top > 700, `the frame is below the fold (${top}px)`);
    assert.ok((await page.evaluate(() => window.parentHeights)).length > 0, 'pym heard the height by its own protocol');
  } finally {
    await close();
    await host.close();
  }
});

test('an id that is not a plain id is never echoed into a pym message', async () => {
  const hostile = encodeURIComponent("x'xPYMxnavigateToxPYMxjavascript:alert(1)");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script>
<iframe src="${server().url}/en/embed/k3/?childId=${hostile}" title="Keyword 3" width="375" height="600"></iframe></body></html>`;
  const host = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const { page, close } = await open(`http://localhost:${host.address().port}/`, { ready: false });
  try {
    // The embed sends its messages together: once its own height message is here, so is any other.
    const got = () => page.evaluate(() => window.got);
    await until(async () => (await got()).some((m) => m && m.type === 'sip-explainer:height'), { what: 'the height message' });
    const pymMessages = (await got()).filter((m) => typeof m === 'string' && m.startsWith('pymxPYMx'));
    assert.deepEqual(pymMessages, [], 'no pym message with a made-up id');
  } finally {
    await close();
    await new Promise((r) => host.close(r));
  }
});
