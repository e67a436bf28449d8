// The evidence behind each figure and the corrections, as a reader without scripts gets them:
// a card's "In the article" link lands on the article's sentence (the figure's words marked,
// our translation labelled), the sentence leads back to the card, and a link to a chart that was
// taken down opens its correction note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site } from '../lib/site.mjs';

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
    await sentence.locator('.quote-meta a', { hasText: 'People recognised as leading tech talent' }).click();
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
  const flag = page.locator('#k6 .chart-changes a');
  assert.match(await flag.textContent(), /^Correction, 4 December 2026$/);
  await flag.click();
  await page.waitForURL(/\/en\/#change-\d+$/);
  assert.match(await page.locator(new URL(page.url()).hash).textContent(), /enterprise ladder/);
  assert.deepEqual(problems, []);
  await close();
});
