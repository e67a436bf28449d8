// Draws SVGs as PNGs, and measures embed pages in a narrow column, with the system Chromium
// (which draws Chinese with the Noto CJK fonts). Run by `cargo xtask dist` (each section's
// picture for the Embed menu, each embed's height) and `cargo xtask social` (link previews).
// Usage: node pictures.mjs JOBS.json OUT.json, where JOBS.json is
//   { "draw": [{ "svg", "png", "width", "height" }],
//     "measure": { "dist", "base", "width", "pages": ["embed/k3/", ...] } }   (measure is optional;
//     base is the build's public URL, `/` or `/sip/`: its pages load their files from there)
// and OUT.json receives { "embed/k3/": height in CSS px, ... }.
import fs from 'node:fs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';

const [jobsFile, outFile] = process.argv.slice(2);
const jobs = JSON.parse(fs.readFileSync(jobsFile, 'utf8'));
const browser = await launch();
for (const { svg, png, width, height } of jobs.draw ?? []) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(`<!doctype html><html><body style="margin:0">${fs.readFileSync(svg, 'utf8')}</body></html>`);
  await page.screenshot({ path: png, clip: { x: 0, y: 0, width, height } });
  await page.close();
}
const heights = {};
const server = jobs.measure ? await serve(jobs.measure.dist, { base: jobs.measure.base ?? '/' }) : null;
if (jobs.measure) {
  const { width, pages } = jobs.measure;
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  for (const path of pages) {
    // The prerendered section alone (`static`: no wasm), as the embed's own script measures it.
    await page.goto(`${server.url}${jobs.measure.base ?? '/'}${path}?static`, { timeout: 30000 });
    heights[path] = await page.evaluate(async () => {
      await document.fonts.ready;
      return Math.ceil(document.getElementById('app').getBoundingClientRect().height);
    });
  }
}
// The browser first: its open connections would keep the server from closing.
await browser.close();
await server?.close();
fs.writeFileSync(outFile, JSON.stringify(heights));
console.log(`drew ${(jobs.draw ?? []).length} pictures, measured ${Object.keys(heights).length} pages`);
