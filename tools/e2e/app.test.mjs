// Browser tests of the built site (dist/, prerendered) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site } from '../lib/site.mjs';

const { open, server } = site(before, after);

for (const [lang, url, h1] of [['zh-CN', '/', '苏州工业园区2023年科创成绩单'], ['en', '/en/', "Suzhou Industrial Park's 2023 innovation report card"]]) {
  test(`${url} hydrates in ${lang} with no console error or warning`, async () => {
    const { page, problems, requests, close } = await open(url);
    assert.deepEqual(problems, []);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.textContent('h1'), h1);
    assert.equal(await page.locator('main > section').count(), 6);
    assert.equal(await page.locator('svg[role="img"]').count(), 13);
    // Hydration adopts the prerendered nodes: nothing is rendered twice.
    assert.equal(await page.locator('#k1').count(), 1);
    for (const r of requests) assert.ok(r.startsWith(server().url), `request outside the site: ${r}`);
    await close();
  });
}

test('the language toggle switches the text and the URL, and back returns', async () => {
  const { page, problems, close } = await open('/#k2');
  await page.click('.lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(new URL(page.url()).pathname, '/en/');
  assert.equal(new URL(page.url()).hash, '#k2');
  assert.match(await page.textContent('#k2 h2'), /Rising to 5\.16%/);
  assert.equal(await page.title(), "Suzhou Industrial Park's 2023 innovation report card");
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.match(await page.textContent('#k2 h2'), /跃升至5\.16%/);
  assert.deepEqual(problems, []);
  await close();
});

// The page's markup once every island has started (each is brought into view) and nothing
// changes any more, without the server renderer's component markers (islands rendered in the
// browser have none).
async function settledMarkup(page) {
  for (const id of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'main + footer']) {
    await page.locator(id.startsWith('k') ? `#${id}` : id).scrollIntoViewIfNeeded();
  }
  const markup = () => page.evaluate(() => document.getElementById('app').innerHTML.replace(/<!--.*?-->/g, ''));
  let last = await markup();
  for (;;) {
    await page.waitForTimeout(300);
    const now = await markup();
    if (now === last) return now;
    last = now;
  }
}

test('switching language in the page gives exactly the page of that language', async () => {
  const fresh = await open('/en/');
  const expected = await settledMarkup(fresh.page);
  await fresh.close();
  const { page, close } = await open('/');
  await page.click('.lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await settledMarkup(page), expected);
  await close();
});

test('/en/#k4 opens in English at section 4, on a phone too', async () => {
  for (const width of [375, 1280]) {
    const { page, problems, close } = await open('/en/#k4', { width });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const top = await page.evaluate(() => document.getElementById('k4').getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `section 4 starts ${top}px from the top at ${width}px`);
    assert.match(await page.textContent('#k4 h2'), /Firsts in several fields/);
    assert.deepEqual(problems, []);
    await close();
  }
});

test('without JavaScript every section, figure and chart is still there', async () => {
  for (const url of ['/', '/en/']) {
    const { page, close } = await open(url, { javaScriptEnabled: false, width: 375 });
    assert.equal(await page.locator('main > section').count(), 6);
    for (const id of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']) {
      assert.ok(await page.locator(`#${id} .chart-svg`).first().isVisible(), `${url}#${id} chart visible`);
    }
    assert.ok(await page.locator('#fig-ip-financing').isVisible());
    await close();
  }
});

test('no horizontal scrolling at 320 px, and no figure broken across lines', async () => {
  for (const url of ['/', '/en/']) {
    const { page, close } = await open(url, { width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${url} is ${overflow}px too wide at 320px`);
    // "2,8" over "00", or "10,000" over "+", would read as other numbers.
    const broken = await page.evaluate(() => [...document.querySelectorAll('.card-fig')].filter((n) => n.getClientRects().length > 1 || n.getBoundingClientRect().height > 60).map((n) => n.textContent));
    assert.deepEqual(broken, [], `${url}: card figures on two lines`);
    const spilled = await page.evaluate(() => [...document.querySelectorAll('.card')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.id));
    assert.deepEqual(spilled, [], `${url}: cards whose figure spills out`);
    await close();
  }
});
