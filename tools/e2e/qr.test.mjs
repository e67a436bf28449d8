// QR codes, read back the way a phone's camera would: a screenshot of the code on the page,
// decoded by a QR reader (jsqr), must give exactly the deep link, in the page's language, in
// both themes; the printed page ends with the page's own address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { site } from '../lib/site.mjs';

const { open } = site(before, after);

async function decode(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Opens the QR menu inside an island and reads its code. */
async function readMenu(page, island) {
  await page.evaluate((k) => document.querySelector(`[data-island="${k}"]`).scrollIntoView({ block: 'start' }), island);
  await page.waitForSelector(`[data-island="${island}"][data-live]`, { state: 'attached' });
  const menu = page.locator(`[data-island="${island}"] .qr-menu`);
  await menu.locator('summary').click();
  const code = menu.locator('svg.qr');
  await code.waitFor();
  assert.match(await menu.locator('figcaption').textContent(), /扫码在手机上打开|Scan to open on your phone/);
  return decode(code);
}

for (const [path, prefix, colorScheme] of [['/', '/', 'light'], ['/en/', '/en/', 'dark']]) {
  test(`${path}: each section's and chart's QR code reads as its link (${colorScheme} theme)`, async () => {
    const { page, problems, close } = await open(path, { width: 375, height: 800, colorScheme });
    const origin = new URL(page.url()).origin;
    assert.equal(await readMenu(page, 'k3-tools'), `${origin}${prefix}#k3`);
    assert.equal(await readMenu(page, 'chart-talent-firms'), `${origin}${prefix}#chart-talent-firms`);
    assert.deepEqual(problems, []);
    await close();
  });
}

test('the printed page ends with a QR code of its address', async () => {
  const { page, close } = await open('/en/', { width: 800 });
  await page.emulateMedia({ media: 'print' });
  const code = page.locator('.print-qr svg.qr');
  await code.scrollIntoViewIfNeeded();
  assert.ok(await code.isVisible(), 'shown in print');
  assert.equal(await decode(code), `${new URL(page.url()).origin}/en/`);
  const last = await page.evaluate(() => {
    const all = [...document.querySelectorAll('main, footer *')].filter((e) => e.getBoundingClientRect().height > 0);
    return all.at(-1).closest('.print-qr') !== null || all.at(-1).matches('.print-qr, .print-qr *');
  });
  assert.ok(last, 'nothing printed after it');
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await code.isVisible()), 'not on screen');
  await close();
});

test('a section\'s poster: a tall 1080 px PNG whose QR code reads as the section\'s link', async () => {
  const { page, close } = await open('/en/', { width: 375, height: 800 });
  await page.evaluate(() => document.querySelector('[data-island="k3-tools"]').scrollIntoView({ block: 'start' }));
  await page.waitForSelector('[data-island="k3-tools"][data-live]', { state: 'attached' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-island="k3-tools"] button', { hasText: 'Poster' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'sip-2023-k3-poster-en.png');
  const png = PNG.sync.read(fs.readFileSync(await download.path()));
  assert.equal(png.width, 1080);
  assert.ok(png.height > 1500, `tall: ${png.height}`);
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(read?.data, `${new URL(page.url()).origin}/en/#k3`);
  await close();
});
