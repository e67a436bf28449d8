// Rasterises the link-preview SVGs (written by `cargo xtask social`) to 1200x630 PNGs with
// the system Chromium, which draws Chinese with the Noto CJK fonts.
// Usage: node tools/social.mjs IN.svg OUT.png [IN.svg OUT.png ...]
import fs from 'node:fs';
import { launch } from './lib/browser.mjs';

const args = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (let i = 0; i + 1 < args.length; i += 2) {
  const svg = fs.readFileSync(args[i], 'utf8');
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  await page.screenshot({ path: args[i + 1], clip: { x: 0, y: 0, width: 1200, height: 630 } });
  console.log(args[i + 1]);
}
await browser.close();
