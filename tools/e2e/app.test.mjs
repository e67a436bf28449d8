// Browser tests of the built site (dist/, prerendered) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site, idle, until } from '../lib/site.mjs';

const { open, server } = site(before, after);

// A tap on the language toggle where it is on screen, in the bar that stays at the top
// (Playwright's own click would first scroll the page to the bar's place in the flow).
async function tapToggle(page) {
  const box = await page.locator('.lang-toggle').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

for (const [lang, url, h1] of [['zh-CN', '/', '苏州工业园区2023年科创成绩单'], ['en', '/en/', "Suzhou Industrial Park's 2023 innovation report card"]]) {
  test(`${url} hydrates in ${lang} with no console error or warning`, async () => {
    const { page, problems, requests, close } = await open(url);
    assert.deepEqual(problems, []);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.textContent('h1'), h1);
    assert.equal(await page.locator('main > section').count(), 6);
    assert.equal(await page.locator('svg.chart-svg[role="img"]').count(), 11);
    // And the printed page's QR code of the address, hidden on screen.
    assert.equal(await page.locator('.print-qr svg.qr[role="img"]').count(), 1);
    // Hydration adopts the prerendered nodes: nothing is rendered twice.
    assert.equal(await page.locator('#k1').count(), 1);
    for (const r of requests) assert.ok(r.startsWith(server().url), `request outside the site: ${r}`);
    await close();
  });
}

test('the language toggle switches the text and the URL, and back returns', async () => {
  const { page, problems, close } = await open('/#k2');
  await tapToggle(page);
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

test('the language switch opens the other page at the reader\'s place: the chart in view, the open table, the theme', async () => {
  const { page, problems, close } = await open('/', { width: 375, height: 700 });
  await page.click('.theme-toggle');
  await page.locator('#chart-talent-firms details.chart-table summary').click();
  await page.evaluate(() => document.getElementById('chart-talent-firms').scrollIntoView({ block: 'start' }));
  await tapToggle(page);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForSelector('html[data-ready]');
  const url = new URL(page.url());
  assert.deepEqual([url.pathname, url.search, url.hash], ['/en/', '?table=talent-firms', '#chart-talent-firms']);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', 'the theme goes along');
  assert.equal(await page.locator('#chart-talent-firms details.chart-table').evaluate((d) => d.open), true);
  const top = await page.evaluate(() => document.getElementById('chart-talent-firms').getBoundingClientRect().top - document.querySelector('.head-bar').getBoundingClientRect().bottom);
  assert.ok(top >= 0 && top < 40, `the chart is in view, just below the bar (${top})`);
  assert.deepEqual(problems, []);
  await close();
});

test('the other language\'s page is fetched once this one is idle, not while it paints, and not by an embed', async () => {
  const { page, requests, close } = await open('/', { width: 375 });
  await page.waitForFunction(() => document.querySelector('link[rel=prefetch]'), null, { timeout: 10000 });
  assert.equal(await page.getAttribute('link[rel=prefetch]', 'href'), `${new URL(page.url()).origin}/en/`);
  await until(() => requests.some((r) => new URL(r).pathname === '/en/'), { what: 'the English page to be fetched' });
  const html = await page.evaluate(async () => (await fetch('./')).text());
  assert.ok(!/rel="?prefetch/.test(html), 'no prefetch in the page itself');
  await close();
  const embed = await open('/embed/k3/', { width: 375 });
  // Past the moment a page prefetches (its first idle time after load): nothing.
  await idle(embed.page);
  assert.equal(await embed.page.locator('link[rel=prefetch]').count(), 0);
  await embed.close();
});

test('rapid language switching on a 4x slower CPU ends consistent: <html lang>, the address and every section agree', async () => {
  const { page, problems, close } = await open('/#k3', { width: 375, height: 700 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let i = 0; i < 7; i++) {
    await tapToggle(page).catch(() => {});
    // A reader's taps, a few frames apart, more each time (a page that is leaving runs none).
    await page.evaluate((n) => new Promise((r) => { const f = () => (--n > 0 ? requestAnimationFrame(f) : r()); requestAnimationFrame(f); }), 2 + 2 * i).catch(() => {});
  }
  await page.waitForLoadState('load');
  await page.waitForSelector('html[data-ready]', { timeout: 20000 });
  const state = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    path: location.pathname,
    titles: [...document.querySelectorAll('main > section h2')].map((h) => h.textContent),
  }));
  const en = state.path === '/en/';
  assert.equal(state.lang, en ? 'en' : 'zh-CN', `lang ${state.lang} on ${state.path}`);
  assert.equal(state.titles.length, 6);
  for (const t of state.titles) assert.equal(/[\u4e00-\u9fff]/.test(t), !en, `section title "${t}" on ${state.path}`);
  assert.deepEqual(problems, []);
  await close();
});

test('/en/#k4 opens in English at section 4, on a phone too', async () => {
  for (const width of [375, 1280]) {
    const { page, problems, close } = await open('/en/#k4', { width });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const top = await page.evaluate(() => document.getElementById('k4').getBoundingClientRect().top - document.querySelector('.head-bar').getBoundingClientRect().bottom);
    assert.ok(top >= 0 && top < 40, `section 4 starts ${top}px below the bar at ${width}px`);
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
      // k5 has no chart since its one chart was taken down (see the corrections).
      if (id !== 'k5') assert.ok(await page.locator(`#${id} .chart-svg`).first().isVisible(), `${url}#${id} chart visible`);
      assert.ok(await page.locator(`#${id} .card`).first().isVisible(), `${url}#${id} cards visible`);
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
