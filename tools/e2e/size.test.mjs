// The size guard, deterministic: the gzip -9 first-view transfer of each language's page
// (HTML, CSS, JS, wasm) must not grow past its ceiling (the 160 KB budget is not met yet:
// see lib/sizes.mjs and BENCHMARKS.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../lib/site.mjs';
import { firstView, FIRST_VIEW_CEILING } from '../lib/sizes.mjs';

for (const page of ['index.html', 'en/index.html']) {
  test(`first view of ${page} is within ${FIRST_VIEW_CEILING / 1024} KB gzip`, () => {
    const files = firstView(DIST, page);
    const kinds = files.map((f) => f.file.split('.').pop()).sort();
    assert.deepEqual(kinds, ['css', 'html', 'js', 'wasm'], 'HTML, CSS, JS and wasm are all counted');
    const total = files.reduce((n, f) => n + f.gzip, 0);
    assert.ok(total <= FIRST_VIEW_CEILING, `${total} B gzip > ${FIRST_VIEW_CEILING} B: ${JSON.stringify(files)}`);
  });
}
