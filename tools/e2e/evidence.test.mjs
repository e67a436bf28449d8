// The evidence behind each figure and the corrections, as a reader without scripts gets them:
// a card's "In the article" link lands on the article's sentence (the figure's words marked,
// our translation labelled), the sentence leads back to the card, and a link to a chart that was
// taken down opens its correction note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site, settled, idle } from '../lib/site.mjs';

const { open } = site(before, after);

// How far an element's top is from the top of the screen, below the sticky bar.
const topOf = (page, selector) =>
  page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);

for (const javaScriptEnabled of [false, true]) {
  test(`a card leads to its sentence in the article and back (scripts ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const { page, problems, close } = await open('/en/', { width: 375, height: 700, javaScriptEnabled });
    await page.locator('#fig-leading-talent .src-link').click();
    await page.waitForURL(/\/en\/#src-leading-talent$/);
    const sentence = page.locator('#q-k3-1-1');
    assert.ok(Math.abs(await topOf(page, '#q-k3-1-1')) < 700, 'the sentence is on screen');
    assert.equal(await sentence.locator('blockquote').getAttribute('lang'), 'zh-CN');
    const marked = await sentence.locator('mark').allTextContents();
    assert.deepEqual(marked, ['突破2600人', '6.3万人', '67人', '42.6%'], 'each figure of the sentence marked once');
    assert.match(await sentence.locator('.our-translation').textContent(), /^Our translation: In 2023 the park's leading tech talent passed 2,600/);
    await sentence.locator('.quote-gives a', { hasText: 'People recognised as leading tech talent' }).click();
    await page.waitForURL(/\/en\/#fig-leading-talent$/);
    assert.deepEqual(problems, []);
    await close();
  });
}

test('a link to a chart that was taken down opens its correction note', async () => {
  const { page, problems, close } = await open('/en/#chart-platforms', { javaScriptEnabled: false });
  const note = page.locator('#changes li:has(#chart-platforms)');
  assert.match(await note.textContent(), /Correction · 4 December 2026 · Chart taken down \(rd-institutions\)/);
  const top = await topOf(page, '#chart-platforms');
  assert.ok(top >= 0 && top < 800, `the note is on screen (${top})`);
  // And a corrected chart says so, linking to its note.
  const flag = page.locator('#k6 .section-changes a');
  assert.match(await flag.textContent(), /^Correction, 4 December 2026 · Chart “Counts of the park's firms/);
  await flag.click();
  await page.waitForURL(/\/en\/#change-\d+$/);
  assert.match(await page.locator(new URL(page.url()).hash).textContent(), /enterprise ladder/);
  assert.deepEqual(problems, []);
  await close();
});

for (const javaScriptEnabled of [false, true]) {
  test(`a marked term opens its definition in place, and the page of terms has it (scripts ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const { page, problems, close } = await open('/en/', { width: 320, height: 640, javaScriptEnabled });
    const term = page.locator('#k6-summary button.term', { hasText: 'gazelles' });
    await term.click();
    const tip = page.locator('#tip-k6-gazelle');
    await tip.waitFor({ state: 'visible' });
    assert.equal(await tip.evaluate((t) => t.matches(':popover-open')), true);
    const text = await tip.textContent();
    assert.match(text, /瞪羚企业 · gazelle firm/);
    assert.match(text, /Explainer's note/, 'our note says it is ours');
    const box = await tip.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 320, `the definition fits the screen (${box.x}, ${box.width})`);
    // The definition leads to the term's entry on the page of terms.
    await tip.locator('a').click();
    await page.waitForURL(/\/en\/terms\/#term-gazelle$/);
    assert.match(await page.locator('#term-gazelle + dd').textContent(), /Explainer's note/);
    assert.equal(await page.evaluate(() => document.querySelector('#term-gazelle').getBoundingClientRect().top < innerHeight), true, 'in view');
    // The article's own explanation names its paragraph.
    assert.match(await page.locator('#term-double-ten + dd').textContent(), /Explained in the article: Keyword 4, paragraph 2/);
    assert.equal(await page.locator('.terms-list dt').count() >= 25, true, 'at least 25 terms');
    // And back to the report, or to the other language's list.
    assert.equal(await page.locator('a[hreflang="zh-CN"]').getAttribute('href'), 'terms/');
    assert.deepEqual(problems, []);
    await close();
  });
}

test('the page of terms starts no app: no script module and no wasm is fetched', async () => {
  const { page, requests, problems, close } = await open('/en/terms/', { width: 375, height: 700, ready: false });
  // The app's loader would start two animation frames after `load`; this waits past that.
  await settled(page);
  await idle(page);
  assert.deepEqual(requests.filter((url) => /\.(wasm|js)$/.test(url)), []);
  assert.equal(await page.locator('link[rel=modulepreload]').count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test('a figure named in prose leads to its mark in the chart, highlighted with its tooltip, and Back returns to the sentence', async () => {
  const { page, problems, close } = await open('/en/', { width: 375, height: 700 });
  const link = page.locator('#k3-summary a.ref[data-fig="national-talent-new"]');
  assert.match(await link.getAttribute('aria-label'), /^67 people: People newly selected for national talent programmes$/);
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await page.waitForURL(/\/en\/#fig-national-talent-new$/);
  await page.waitForFunction(() => document.activeElement?.matches('#chart-talent-growth .hit[data-mark="national-talent-new"]'));
  await page.waitForSelector('#chart-talent-growth .tip[visibility="visible"]');
  assert.match(await page.locator('#chart-talent-growth .tip').textContent(), /67 people/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).strokeWidth), '3px', 'a ring, not colour alone');
  const box = await page.locator('#chart-talent-growth .hit[data-mark="national-talent-new"]').boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 700, `the mark is on screen (${box.y})`);
  await page.goBack();
  await page.waitForURL(/\/en\/#ref-k3-national-talent-new$/);
  await page.waitForFunction(() => document.activeElement?.id === 'ref-k3-national-talent-new');
  const back = await link.boundingBox();
  assert.ok(back.y >= 0 && back.y + back.height <= 700, `back at the sentence (${back.y})`);
  // The chart's table leads back to the sentence that mentions the figure.
  const toSummary = page.locator('#chart-talent-growth details.chart-table a[href="en/#ref-k3-national-talent-new"]');
  assert.equal(await toSummary.textContent(), 'In the summary');
  assert.equal(await page.locator('#ref-k3-national-talent-new').count(), 1);
  // A figure no chart draws leads to its card, as without scripts.
  await page.locator('#k3-summary a.ref[data-fig="leading-talent"]').click();
  await page.waitForURL(/\/en\/#fig-leading-talent$/);
  assert.deepEqual(problems, []);
  await close();
});
