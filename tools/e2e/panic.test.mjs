// A panic in the app, on the test-only build that has one built in (`--features test-panic`,
// made by `cargo xtask test` into target/dist-panic): the page stays readable and says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site, DIST_PANIC } from '../lib/site.mjs';

const { open } = site(before, after, { dir: DIST_PANIC });

test('a panic leaves the page readable, says so, and reaches the console', async () => {
  const { page, problems, close } = await open('/en/', { ready: false });
  await page.waitForSelector('html[data-failed]', { timeout: 20000 });
  assert.ok(await page.locator('.js-failed-notice').isVisible(), 'the notice shows');
  assert.match(await page.locator('.js-failed-notice').textContent(), /did not load/);
  assert.equal(await page.locator('main > section').count(), 6);
  assert.ok(await page.locator('#k6 .chart-svg').first().isVisible(), 'charts still there');
  assert.ok(!(await page.locator('.tools').first().isVisible()), 'controls that need the app are hidden');
  assert.ok(problems.some((p) => p.includes('sip-explainer: panicked') && p.includes('test-only panic')), problems.join('\n'));
  await close();
});
