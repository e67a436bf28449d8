// Every built page is valid HTML by the W3C's Nu Html Checker (vnu-jar, run on the machine's
// Java). The one message it gets wrong is skipped by its exact text: it does not yet know
// `blocking="render"` on `<link rel="expect">` (see ../shared/TOOLCHAIN.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from '../lib/site.mjs';

const KNOWN = 'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.';

test('every built page passes the Nu Html Checker', () => {
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  // The full pages and every embed's page.
  const pages = fs.readdirSync(DIST, { recursive: true }).filter((f) => f.endsWith('index.html')).map((p) => path.join(DIST, p));
  assert.ok(pages.length >= 16, `the full pages and the embeds (${pages.length})`);
  let out;
  try {
    out = execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // vnu exits non-zero when it finds errors and writes its report to stderr.
    out = e.stderr || e.stdout;
  }
  const messages = out.trim() ? JSON.parse(out).messages : [];
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal').filter((m) => m.message !== KNOWN);
  assert.deepEqual(errors.map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`), []);
  assert.ok(messages.length <= pages.length, 'at most the one known message per page');
});
