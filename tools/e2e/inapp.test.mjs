// Inside WeChat (its user agent emulated): downloads become a picture to press and hold or
// text to copy, on screen, and a hint says how to open the page in a browser. Elsewhere,
// nothing changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site, settled } from '../lib/site.mjs';

const { open } = site(before, after);
const WECHAT = 'Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110053 MMWEBSDK/20230805 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** The focused element's text, or its tag when it is not in the chart's tools (the body). */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el.closest('#chart-ip-financing .tools') ? el.textContent : el.tagName;
});

async function wake(page, island) {
  await page.evaluate((k) => document.querySelector(`[data-island="${k}"]`).scrollIntoView({ block: 'start' }), island);
  await page.waitForSelector(`[data-island="${island}"][data-live]`, { state: 'attached' });
}

test('in WeChat a PNG opens full screen to press and hold, and no download starts', async () => {
  const { page, problems, close } = await open('/', { width: 375, height: 740, userAgent: WECHAT, permissions: ['clipboard-read', 'clipboard-write'] });
  assert.match(await page.locator('.inapp-hint').textContent(), /在微信里可能无法下载文件/);
  await wake(page, 'chart-ip-financing');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.locator('#chart-ip-financing .tools button', { hasText: 'PNG' }).click();
  const picture = page.locator('dialog.overlay[open] img.overlay-picture');
  await picture.waitFor({ timeout: 10000 });
  assert.match(await picture.getAttribute('src'), /^data:image\/png;base64,/);
  assert.ok((await picture.evaluate((img) => img.naturalWidth)) >= 600, 'a picture worth saving');
  assert.match(await page.locator('dialog.overlay .overlay-help').textContent(), /长按图片保存/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.overlay', { state: 'detached' });
  // Focus is back on the button that opened it: the same node, which the dialog's coming and
  // going left in place.
  assert.equal(await focused(page), '↓ PNG', 'focus returns to the PNG button');
  // CSV: the data as text, with a Copy button that works.
  await page.locator('#chart-ip-financing .tools button', { hasText: 'CSV' }).click();
  const text = page.locator('dialog.overlay[open] textarea.overlay-text');
  await text.waitFor();
  assert.match(await text.inputValue(), /^指标,数值,单位/);
  await page.locator('dialog.overlay button', { hasText: '复制数据' }).click();
  await page.waitForFunction(() => document.querySelector('#chart-ip-financing .notice').textContent === '数据已复制');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^指标,数值,单位/);
  await page.locator('dialog.overlay .overlay-close').click();
  await page.waitForSelector('dialog.overlay', { state: 'detached' });
  assert.equal(await focused(page), '↓ CSV', 'focus returns to the CSV button');
  await settled(page);
  assert.equal(downloads, 0, 'no download was started');
  await page.locator('.inapp-hint button').click();
  assert.equal(await page.locator('.inapp-hint').count(), 0, 'the hint can be closed');
  assert.deepEqual(problems, []);
  await close();
});

test('in WeChat the long picture of the report card opens full screen to press and hold', async () => {
  const { page, problems, close } = await open('/', { width: 375, height: 740, userAgent: WECHAT });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.waitForSelector('[data-island="head"][data-live]', { state: 'attached' });
  const link = page.locator('.report-card a.long-picture');
  const href = await link.getAttribute('href');
  await link.click();
  const picture = page.locator('dialog.overlay[open] img.overlay-picture');
  await picture.waitFor();
  assert.equal(await picture.getAttribute('src'), href, 'the picture the build drew');
  await page.waitForFunction(() => document.querySelector('dialog.overlay img').complete);
  assert.equal(await picture.evaluate((img) => img.naturalWidth), 1080);
  assert.match(await page.locator('dialog.overlay .overlay-help').textContent(), /长按图片保存/);
  assert.equal(await page.locator('dialog.overlay .overlay-title').textContent(), 'sip-2023-report-card.png');
  // Focus is in the dialog; Escape closes it.
  assert.ok(await page.evaluate(() => document.querySelector('dialog.overlay').contains(document.activeElement)));
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.overlay', { state: 'detached' });
  assert.equal(downloads, 0, 'no download was started');
  assert.deepEqual(problems, []);
  await close();
});

test('in an ordinary browser there is no hint and a PNG downloads', async () => {
  const { page, close } = await open('/en/', { width: 375 });
  assert.equal(await page.locator('.inapp-hint').count(), 0);
  await wake(page, 'chart-ip-financing');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-ip-financing .tools button', { hasText: 'PNG' }).click()]);
  assert.equal(download.suggestedFilename(), 'sip-2023-k4-ip-financing-en.png');
  assert.equal(await page.locator('dialog.overlay').count(), 0);
  await close();
});
