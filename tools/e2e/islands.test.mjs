// The prerendered page is adopted, not replaced: the header starts at once, each section when
// it comes into view or the reader reaches into it, and none of it moves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site } from '../lib/site.mjs';

const { open } = site(before, after);

// Before any script of the page runs: tag the prerendered nodes, and add up layout shifts.
const WATCH = `
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Text the page rewrites: hydration should leave text that is already right alone (a
  // rewritten paragraph is painted again, and may count as the page's largest paint, late).
  window.__rewritten = [];
  new MutationObserver((records) => {
    for (const r of records) {
      // The parser growing a text node as the page streams in is not a rewrite.
      if (r.target.parentElement?.closest('[data-island]')) window.__rewritten.push(r.target.parentNode.nodeName + ': ' + r.oldValue?.slice(0, 30));
    }
  }).observe(document, { characterData: true, subtree: true, characterDataOldValue: true });
  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('h1, h2, .card, .chart-svg, .hit, table')) el.__prerendered = true;
    window.__tagged = document.querySelectorAll('h1, h2, .card, .chart-svg, .hit, table').length;
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

test('each section starts when it comes into view; the nodes are the prerendered ones; nothing shifts', async () => {
  for (const url of ['/', '/en/']) {
    for (const width of [375, 1280]) {
      const { page, problems, close } = await openWatched(url, { width, height: 800 });
      await page.waitForTimeout(300);
      const first = await live(page);
      assert.ok(first.includes('head'), `${url} ${width}px: the header runs at once (${first})`);
      assert.ok(!first.includes('k6') && !first.includes('foot'), `${url} ${width}px: the rest waits (${first})`);
      for (const id of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.waitForSelector(`#${id}[data-live]`);
      }
      await page.locator('footer').scrollIntoViewIfNeeded();
      await page.waitForSelector('footer[data-live]');
      await page.waitForTimeout(300);
      const kept = await page.evaluate(() => {
        const all = [...document.querySelectorAll('h1, h2, .card, .chart-svg, .hit, table')];
        return { total: all.length, kept: all.filter((el) => el.__prerendered).length, tagged: window.__tagged };
      });
      assert.ok(kept.tagged > 100, `the prerendered nodes were tagged (${kept.tagged})`);
      assert.deepEqual([kept.kept, kept.total], [kept.tagged, kept.tagged], `${url} ${width}px: every prerendered node is kept, none added`);
      assert.deepEqual(await page.evaluate(() => window.__rewritten), [], `${url} ${width}px: no text is written again`);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.01, `${url} ${width}px: layout shift ${shift}`);
      assert.deepEqual(problems, []);
      await close();
    }
  }
});

test('focus on a mark of a waiting section starts it and shows that mark\'s tooltip', async () => {
  const { page, problems, close } = await open('/en/', { width: 375, height: 800 });
  assert.ok(!(await live(page)).includes('k5'));
  await page.locator('#chart-rd-institutions .hit').first().focus();
  await page.waitForSelector('#chart-rd-institutions .tip[visibility="visible"]', { timeout: 5000 });
  assert.match(await page.locator('#chart-rd-institutions .tip').textContent(), /\d/);
  assert.deepEqual(problems, []);
  await close();
});

test('a switch of language reaches sections that have not started, and they keep working', async () => {
  const { page, problems, close } = await open('/', { width: 1280, height: 800 });
  await page.click('.lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // Far below, never seen: it follows within a few tasks, without scrolling.
  await page.waitForFunction(() => /Support along the whole chain/.test(document.querySelector('#k6 h2').textContent));
  await page.locator('#k6 .tools button').first().click();
  await page.waitForFunction(() => document.querySelector('#k6 .tools .notice').textContent !== '');
  assert.deepEqual(problems, []);
  await close();
});
