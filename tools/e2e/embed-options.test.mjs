// Embed options in the URL (`theme=`, `transparent`, `static`) and the host page's theme
// switch (embed.js's SIPExplainer.setTheme): one message of one shape, from the parent only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { site, settled, idle } from '../lib/site.mjs';

const { open, server } = site(before, after);

test('theme=dark, transparent and static each do what they say', async () => {
  const dark = await open('/en/embed/k3/?theme=dark', { width: 375 });
  assert.equal(await dark.page.getAttribute('html', 'data-theme'), 'dark');
  await dark.close();

  const clear = await open('/embed/k3/?transparent', { width: 375 });
  const backgrounds = await clear.page.evaluate(() => [document.body, document.querySelector('.card'), document.querySelector('.chart')]
    .map((e) => getComputedStyle(e).backgroundColor));
  assert.deepEqual(backgrounds, ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'no panel background');
  await clear.close();

  const still = await open('/embed/k3/?static', { width: 375, ready: false });
  await still.page.waitForLoadState('load');
  // Past the moment the loader starts the app (two frames after load) and the page's idle time.
  await settled(still.page);
  await idle(still.page);
  assert.equal(await still.page.locator('link[rel=modulepreload]').count(), 0, 'the loader started nothing');
  assert.ok(!still.requests.some((r) => /\.wasm$|sip-explainer-[0-9a-f]+\.js$/.test(r)), 'no app is fetched');
  assert.equal(await still.page.locator('#k3 .chart-svg').count(), 2, 'the section is there, complete');
  assert.ok(!(await still.page.locator('.js-failed-notice').isVisible()), 'and says nothing failed');
  await still.close();
});

test('the host page switches a live embed\'s theme; a foreign frame\'s message changes nothing', async () => {
  const explainer = server().url;
  // A third origin that tries the same message on the embed: it is not the embed's parent.
  const stranger = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>x</title>
<script>parent.frames[0].postMessage({ type: 'sip-explainer:theme', theme: 'light' }, '*'); parent.postMessage('stranger-sent', '*');</script>`));
  await new Promise((r) => stranger.listen(0, '127.0.0.1', r));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<iframe id="e" src="${explainer}/en/embed/k3/" title="Keyword 3" width="100%" height="900" style="border:0;width:100%"></iframe>
<script src="${explainer}/embed.js"></script></body></html>`;
  const host = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const { page, close } = await open(`http://localhost:${host.address().port}/`, { width: 375, ready: false });
  const frame = await (await page.$('#e')).contentFrame();
  await frame.waitForSelector('html[data-ready]', { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.SIPExplainer.setTheme(document.getElementById('e'), 'dark')), true);
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
  // From here on, every change of the embed's theme is recorded.
  await frame.evaluate(() => {
    window.__themes = [];
    new MutationObserver(() => window.__themes.push(document.documentElement.getAttribute('data-theme')))
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  });
  // Wrong shapes from the parent itself: ignored.
  await page.evaluate(() => {
    const w = document.getElementById('e').contentWindow;
    w.postMessage({ type: 'sip-explainer:theme', theme: 'light', extra: 1 }, '*');
    w.postMessage({ type: 'sip-explainer:theme', theme: 'purple' }, '*');
    w.postMessage('sip-explainer:theme light', '*');
  });
  assert.equal(await page.evaluate(() => window.SIPExplainer.setTheme(document.getElementById("e"), "purple")), false, "an unknown theme is not sent");
  // A frame of another origin beside it sends the right shape: ignored too.
  await page.evaluate((src) => new Promise((resolve) => {
    addEventListener('message', (e) => e.data === 'stranger-sent' && resolve(), { once: true });
    document.body.append(Object.assign(document.createElement('iframe'), { src, title: 'stranger' }));
  }), `http://127.0.0.1:${stranger.address().port}/`);
  // The parent's next message arrives after all of those: once it has taken effect, they have
  // been read, and none of them changed anything.
  await page.evaluate(() => window.SIPExplainer.setTheme(document.getElementById('e'), 'auto'));
  await frame.waitForFunction(() => !document.documentElement.hasAttribute('data-theme'));
  assert.deepEqual(await frame.evaluate(() => window.__themes), [null], 'only the parent\'s well-formed message counts');
  await close();
  await new Promise((r) => host.close(r));
  await new Promise((r) => stranger.close(r));
});

