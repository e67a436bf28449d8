// The prerendered page is adopted, not replaced: the header's toggles start at once, each
// section's tools and charts when they come into view or the reader reaches into them, the rest
// of the page is never touched, and none of it moves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site, settled } from '../lib/site.mjs';

const { open } = site(before, after);

// A tap on the language toggle where it is on screen, in the bar that stays at the top
// (Playwright's own click would first scroll the page to the bar's place in the flow).
async function tapToggle(page) {
  const box = await page.locator('.lang-toggle').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

// Before any script of the page runs: tag the prerendered nodes, and add up layout shifts.
const WATCH = `
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Text the page writes. Outside the islands (the title, the intro, the cards, the summaries,
  // the lists) nothing is ever written: no paragraph is painted again, so none can become
  // the page's largest paint, late. Inside them, hydration (Yew writes each text node once)
  // may only write the text the node already holds.
  window.__rewritten = [];
  window.__changed = [];
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target.parentElement;
      if (!el?.closest('#app')) continue;
      const what = el.nodeName + ': ' + r.oldValue?.slice(0, 30) + ' → ' + r.target.data.slice(0, 30);
      if (!el.closest('[data-island]')) window.__rewritten.push(what);
      else if (r.oldValue !== r.target.data && !el.closest('.notice, .tip, .cite-url')) window.__changed.push(what);
    }
  }).observe(document, { characterData: true, subtree: true, characterDataOldValue: true });
  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('h1, h2, .card, .chart-svg, .hit, table, .tools > button, summary')) el.__prerendered = true;
    window.__tagged = document.querySelectorAll('h1, h2, .card, .chart-svg, .hit, table, .tools > button, summary').length;
  });
`;

async function openWatched(url, options) {
  const opened = await open(url, { ...options, ready: false });
  await opened.page.addInitScript(WATCH);
  await opened.page.reload();
  await opened.page.waitForSelector('html[data-ready]', { timeout: 20000 });
  return opened;
}

const live = (page) => page.evaluate(() => [...document.querySelectorAll('[data-island][data-live]')].map((e) => e.dataset.island));

test('each island starts when it comes into view; the nodes are the prerendered ones; nothing shifts', async () => {
  for (const url of ['/', '/en/']) {
    for (const width of [375, 1280]) {
      const { page, problems, close } = await openWatched(url, { width, height: 800 });
      // The islands that wake at load, each in a task of its own; then what those queued.
      await page.waitForSelector('[data-island="head"][data-live]', { state: 'attached' });
      await page.waitForSelector('[data-island="cite"][data-live]', { state: 'attached' });
      await settled(page);
      const first = await live(page);
      assert.ok(first.includes('head'), `${url} ${width}px: the header's toggles run at once (${first})`);
      assert.ok(first.includes('cite'), `${url} ${width}px: the citation block (with the printed page's QR code) runs at once (${first})`);
      assert.ok(!first.includes('k6-tools') && !first.includes('chart-ipo-systems'), `${url} ${width}px: the rest waits (${first})`);
      const islands = await page.evaluate(() => [...document.querySelectorAll('[data-island]')].map((e) => e.dataset.island));
      assert.equal(islands.length, 1 + 6 + 11 + 1, `the toggles, six sections' tools, eleven charts and the citation (${islands})`);
      for (const key of islands) {
        await page.evaluate((k) => document.querySelector(`[data-island="${k}"]`).scrollIntoView({ block: 'start' }), key);
        await page.waitForSelector(`[data-island="${key}"][data-live]`, { state: 'attached' });
      }
      await settled(page);
      const kept = await page.evaluate(() => {
        const all = [...document.querySelectorAll('h1, h2, .card, .chart-svg, .hit, table, .tools > button, summary')];
        return { total: all.length, kept: all.filter((el) => el.__prerendered).length, tagged: window.__tagged };
      });
      assert.ok(kept.tagged > 100, `the prerendered nodes were tagged (${kept.tagged})`);
      assert.deepEqual([kept.kept, kept.total], [kept.tagged, kept.tagged], `${url} ${width}px: every prerendered node is kept, none added`);
      assert.deepEqual(await page.evaluate(() => window.__rewritten), [], `${url} ${width}px: no text outside the islands is written`);
      assert.deepEqual(await page.evaluate(() => window.__changed), [], `${url} ${width}px: hydration changes no text`);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.01, `${url} ${width}px: layout shift ${shift}`);
      assert.deepEqual(problems, []);
      await close();
    }
  }
});

test('focus on a mark of a waiting section starts it and shows that mark\'s tooltip', async () => {
  const { page, problems, close } = await open('/en/', { width: 375, height: 800 });
  assert.ok(!(await live(page)).includes('chart-talent-firms'));
  await page.locator('#chart-talent-firms .hit').first().focus();
  await page.waitForSelector('#chart-talent-firms .tip[visibility="visible"]', { timeout: 5000 });
  assert.match(await page.locator('#chart-talent-firms .tip').textContent(), /\d/);
  assert.deepEqual(problems, []);
  await close();
});

test('after a switch of language, sections far below read in that language and their tools work', async () => {
  const { page, problems, close } = await open('/', { width: 1280, height: 800 });
  await tapToggle(page);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // Far below, never seen: already in English, without scrolling.
  assert.match(await page.textContent('#k6 h2'), /Support along the whole chain/);
  await page.locator('#k6 .tools button').first().click();
  await page.waitForFunction(() => document.querySelector('#k6 .tools .notice').textContent !== '');
  assert.deepEqual(problems, []);
  await close();
});
