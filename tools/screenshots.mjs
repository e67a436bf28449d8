// Takes full-page screenshots of the built site at 320, 375 and 1280 px in both languages.
// Usage: node tools/screenshots.mjs DIST OUTDIR
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import fs from 'node:fs';

const [dist = 'dist', out = 'target/screenshots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
for (const width of [320, 375, 1280]) {
  for (const [lang, path] of [['zh', '/'], ['en', '/en/']]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.url + path);
    await page.waitForSelector('#k6', { state: 'attached' });
    const file = `${out}/${lang}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    // The full page is too tall to read at once: one picture per part as well.
    await page.screenshot({ path: `${out}/${lang}-${width}-top.png` });
    for (const id of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']) {
      await page.locator(`#${id}`).screenshot({ path: `${out}/${lang}-${width}-${id}.png` });
    }
    await page.locator('footer').screenshot({ path: `${out}/${lang}-${width}-footer.png` });
    // The evidence and the explanations: a section's cards and its sentences from the article,
    // the pointer to the terms and their page, the corrections, and one term's definition open in place.
    for (const [name, selector] of [['cards-k3', '#k3 .cards'], ['quotes-k3', '#k3 .quotes'], ['terms', '#terms'], ['changes', '#changes']]) {
      await page.locator(selector).screenshot({ path: `${out}/${lang}-${width}-${name}.png` });
    }
    // The page of terms, whole.
    const terms = await browser.newPage({ viewport: { width, height: 900 } });
    await terms.goto(`${server.url}${path}terms/`);
    await terms.screenshot({ path: `${out}/${lang}-${width}-terms-page.png`, fullPage: true });
    await terms.close();
    const term = page.locator('#k6-summary button.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.click();
    await page.locator('.term-tip:popover-open').waitFor();
    await page.screenshot({ path: `${out}/${lang}-${width}-term.png` });
    await page.keyboard.press('Escape');
    const charts = page.locator('figure.chart');
    for (let i = 0; i < (await charts.count()); i++) {
      const id = await charts.nth(i).getAttribute('id');
      await charts.nth(i).screenshot({ path: `${out}/${lang}-${width}-${id}.png` });
    }
    await page.close();
  }
}
await browser.close();
await server.close();
