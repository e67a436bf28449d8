// Accessibility and interaction in the browser: axe-core (WCAG 2.0/2.1/2.2 A and AA) in
// both languages and themes at two widths; keyboard, touch and 320 px tooltips; what a
// screen reader is given; dark mode, reduced motion and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { site } from '../lib/site.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const { open } = site(before, after);

async function axe(page) {
  // Off-screen sections skip rendering (`content-visibility: auto`) until they come near.
  // axe scrolls to each element and reads its colours from the rendering in the same task,
  // before a skipped section has been drawn: it then sees the buttons' system grey (about 1
  // run in 20). Readers only ever see a section drawn, so axe checks the page drawn whole.
  await page.addStyleTag({ content: '.keyword { content-visibility: visible !important; }' });
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0].html.slice(0, 160)}`);
  });
}

for (const url of ['/', '/en/']) {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      test(`axe finds nothing on ${url}, ${colorScheme}, ${width}px`, async () => {
        // axe is injected as an inline script: let it past the page's own policy (the policy
        // itself is tested in hardening.test.mjs).
        const { page, close } = await open(url, { width, colorScheme, bypassCSP: true });
        assert.deepEqual(await axe(page), []);
        // And with a tooltip open.
        await page.locator('#chart-talent-firms .hit').first().focus();
        assert.deepEqual(await axe(page), []);
        await close();
      });
    }
  }
}

/** The text of the visible tooltip of a chart, or null. */
const readTip = (page, chart) =>
  page.evaluate((c) => {
    const tip = document.querySelector(`${c} .tip[visibility="visible"]`);
    return tip ? [...tip.querySelectorAll('text')].map((t) => t.textContent).join(' ') : null;
  }, chart);

/**
 * The text of a chart's visible tooltip (null if none) once it is what is wanted: text it
 * includes, a pattern it matches, or null. A tooltip shows at Yew's next render, which may
 * come a task or two after the event: Yew's scheduler yields after 16 ms of work (a section's
 * hydration, say), and a render queued meanwhile waits for the rest. After 2 s, what it last
 * was, for the assertion to show.
 */
async function tooltip(page, chart, want) {
  const arg = {
    chart,
    none: want === null,
    text: typeof want === 'string' ? want : null,
    re: want instanceof RegExp ? [want.source, want.flags] : null,
  };
  const shown = ({ chart, none, text, re }) => {
    const tip = document.querySelector(`${chart} .tip[visibility="visible"]`);
    const t = tip ? [...tip.querySelectorAll('text')].map((n) => n.textContent).join(' ') : null;
    return none ? t === null : t !== null && (re ? new RegExp(re[0], re[1]).test(t) : t.includes(text));
  };
  await page.waitForFunction(shown, arg, { timeout: 2000 }).catch(() => {});
  return readTip(page, chart);
}

test('keyboard: Tab into a chart, arrows through every mark with its tooltip, Home/End, Escape', async () => {
  for (const url of ['/', '/en/']) {
    const { page, problems, close } = await open(url);
    const chart = '#chart-enterprise-ladder';
    const values = await page.locator(`${chart} tbody td:nth-child(2)`).allTextContents();
    assert.equal(values.length, 5);
    // The note on what changed in section 6 (under its summary) is the tab stop before its
    // first chart.
    await page.locator('#k6 .section-changes a').last().focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('class')), 'hit');
    for (let i = 0; i < values.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const active = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
      assert.ok(active.includes(values[i]), `mark ${i} is named with ${values[i]}: ${active}`);
      const tip = await tooltip(page, chart, values[i]);
      assert.ok(tip && tip.includes(values[i]), `tooltip ${i} shows ${values[i]}: ${tip}`);
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement).strokeWidth);
      assert.equal(ring, '3px', 'the focused mark has a visible ring');
    }
    await page.keyboard.press('ArrowRight');
    assert.ok((await tooltip(page, chart, values[0]))?.includes(values[0]), 'arrows wrap around');
    await page.keyboard.press('End');
    assert.ok((await tooltip(page, chart, values.at(-1)))?.includes(values.at(-1)), 'End goes to the last mark');
    await page.keyboard.press('Home');
    assert.ok((await tooltip(page, chart, values[0]))?.includes(values[0]), 'Home goes to the first mark');
    await page.keyboard.press('Escape');
    assert.equal(await tooltip(page, chart, null), null, 'Escape closes the tooltip');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('class')), 'hit', 'and keeps focus');
    // Only one mark per chart is a tab stop: Tab leaves the chart.
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement.closest('#chart-enterprise-ladder .chart-hit')), true);
    assert.deepEqual(problems, []);
    await close();
  }
});

test('hover shows a tooltip and Escape closes it', async () => {
  const { page, close } = await open('/en/');
  const mark = page.locator('#chart-enterprise-ladder .hit').nth(1);
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  assert.match(await tooltip(page, '#chart-enterprise-ladder', /nearly 2,800 firms/), /nearly 2,800 firms/);
  await page.keyboard.press('Escape');
  assert.equal(await tooltip(page, '#chart-enterprise-ladder', null), null);
  await close();
});

/** Whether two client rects overlap. */
const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('touch: a tap shows the tooltip, inside a 320 px viewport and never over its mark', async () => {
  for (const width of [320, 375]) {
    const { page, close } = await open('/', { width, height: 640, hasTouch: true, isMobile: true });
    for (const chart of ['#chart-talent-firms', '#chart-talent-growth', '#chart-ten-ones', '#chart-rd-intensity', '#chart-nursery-progress']) {
      const marks = page.locator(`${chart} .hit`);
      const n = await marks.count();
      for (const i of [0, n - 1]) {
        await marks.nth(i).scrollIntoViewIfNeeded();
        await marks.nth(i).tap();
        // Shown, and for this mark (the active mark is the chart's tab stop).
        const shown = await page
          .waitForFunction(([c, i]) => document.querySelector(`${c} .tip[visibility="visible"]`)
            && document.querySelectorAll(`${c} .hit`)[i].getAttribute('tabindex') === '0', [chart, i], { timeout: 2000 })
          .then(() => true, () => false);
        assert.ok(shown, `${chart} mark ${i} shows its tooltip at ${width}px`);
        const [box, mark, vw] = await page.evaluate((c) => {
          const r = (e) => e.getBoundingClientRect().toJSON();
          return [r(document.querySelector(`${c} .tip-box`)), r(document.activeElement), window.innerWidth];
        }, chart);
        assert.ok(box.left >= 0 && box.right <= vw, `${chart} tooltip inside the viewport: ${box.left}..${box.right} of ${vw}`);
        assert.ok(!overlap(box, mark), `${chart} tooltip does not cover mark ${i}`);
      }
    }
    // A tap elsewhere closes it.
    await page.locator('h1').tap();
    assert.equal(await tooltip(page, '#chart-nursery-progress', null), null);
    await close();
  }
});

test('screen readers get each chart as one named image, and each mark once', async () => {
  const { page, close } = await open('/en/');
  // The snapshot is YAML: single quotes inside quoted names are doubled.
  const tree = (await page.locator('main').ariaSnapshot()).replaceAll("''", "'");
  const names = await page.locator('.hit').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.ok(names.length > 40);
  for (const name of names) {
    const count = tree.split(name).length - 1;
    assert.equal(count, 1, `mark "${name}" is exposed ${count} times`);
  }
  // The picture is an image with the chart's title and a generated description.
  const img = page.locator('#chart-rd-intensity svg[role="img"]');
  assert.equal(await img.getAttribute('aria-label'), 'R&D intensity against the 5% mark');
  const desc = await page.locator(`#${await img.getAttribute('aria-describedby')}`).textContent();
  assert.match(desc, /5\.16%.*0\.16 percentage points above/);
  assert.ok(!tree.includes('0.16 percentage points'), 'the description is read once, as the description');
  await close();
});

test('dark mode follows the system, and the toggle overrides it', async () => {
  const { page, close } = await open('/', { colorScheme: 'dark' });
  const markFill = () => page.evaluate(() => getComputedStyle(document.querySelector('.chart-svg [fill="#1F5F99"]')).fill);
  const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await paper(), 'rgb(18, 20, 23)');
  assert.equal(await markFill(), 'rgb(125, 179, 232)');
  assert.equal(await page.getAttribute('.theme-toggle', 'aria-pressed'), 'true');
  await page.click('.theme-toggle');
  assert.equal(await page.getAttribute('.theme-toggle', 'aria-pressed'), 'false');
  assert.equal(await paper(), 'rgb(255, 255, 255)');
  assert.equal(await markFill(), 'rgb(31, 95, 153)');
  // The choice survives a reload.
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  assert.equal(await paper(), 'rgb(255, 255, 255)');
  await close();
});

test('reduced motion turns transitions off; otherwise they stay under 200 ms', async () => {
  const { page, close } = await open('/', { reducedMotion: 'reduce' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.lang-toggle')).transitionDuration), '0s');
  await close();
  const normal = await open('/');
  const durations = await normal.page.evaluate(() =>
    [...document.querySelectorAll('a, button, .hit')].flatMap((e) => getComputedStyle(e).transitionDuration.split(',').map(parseFloat)),
  );
  assert.ok(Math.max(...durations) <= 0.2, `longest transition ${Math.max(...durations)}s`);
  await normal.close();
});

test('targets are at least 24 by 24 CSS px', async () => {
  const { page, close } = await open('/en/', { width: 375 });
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, summary, .lang-toggle, .report-card a, a.card-link, .src-link, .hit')]
      .map((e) => [e.className.baseVal ?? e.className, e.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(([c, r]) => `${c} ${r.width}x${r.height}`),
  );
  assert.deepEqual(small, []);
  await close();
});

test('print: A4, every section and chart, no controls, the source last', async () => {
  const { page, close } = await open('/en/');
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.head-tools', '.chart-hit', '.report-card', '.chart-table'].map((s) => getComputedStyle(document.querySelector(s)).display),
  );
  assert.deepEqual(hidden, ['none', 'none', 'none', 'none']);
  assert.equal(await page.locator('.chart-svg:visible').count(), 11);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  // The article's sentences and the corrections print too (the terms have a page of their own).
  assert.ok(pages >= 6 && pages <= 40, `${pages} pages`);
  await close();
});
