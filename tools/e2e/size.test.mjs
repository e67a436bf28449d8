// The size budget, deterministic: the gzip -9 first-view transfer of each language's page
// (HTML, CSS, JS, wasm) is at most 230 KB (the developers' guide's budget; BENCHMARKS.md reports the same
// sum for the release site).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../lib/site.mjs';
import { firstView, FIRST_VIEW_BUDGET } from '../lib/sizes.mjs';

for (const page of ['index.html', 'en/index.html']) {
  test(`first view of ${page} is within ${FIRST_VIEW_BUDGET / 1024} KB gzip`, () => {
    const files = firstView(DIST, page);
    const kinds = files.map((f) => f.file.split('.').pop()).sort();
    assert.deepEqual(kinds, ['css', 'html', 'js', 'wasm'], 'HTML, CSS, JS and wasm are all counted');
    const total = files.reduce((n, f) => n + f.gzip, 0);
    assert.ok(total <= FIRST_VIEW_BUDGET, `${total} B gzip > ${FIRST_VIEW_BUDGET} B: ${JSON.stringify(files)}`);
  });
}
