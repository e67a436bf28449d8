// Sharing and embedding: iframes that size themselves on a host page of another origin,
// a host script that ignores strangers, copy-link, downloads, deep links inside embeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { site, DIST, settled, until } from '../lib/site.mjs';

const { open, server } = site(before, after);

/**
 * A news page on another origin (localhost, not 127.0.0.1) embedding two sections: one by its
 * own page, as the Embed menu gives it now, one by the old `?embed=` link.
 */
async function hostPage(explainer) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Host</title><style>body{margin:0;font-family:sans-serif}p{margin:1rem}</style></head><body>
<p>A news story.</p>
<iframe id="a" src="${explainer}/embed/k3/" title="Keyword 3" loading="lazy" width="100%" height="900" style="border:0;width:100%"></iframe>
<p>More of the story.</p>
<iframe id="b" src="${explainer}/en/?embed=k5&theme=dark" title="Keyword 5" loading="lazy" width="100%" height="900" style="border:0;width:100%"></iframe>
<script src="${explainer}/embed.js" async></script>
</body></html>`;
  const host = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  return { url: `http://localhost:${host.address().port}/`, close: () => new Promise((r) => host.close(r)) };
}

for (const width of [375, 1280]) {
  test(`two embedded sections size themselves on a host page at ${width}px`, async () => {
    const host = await hostPage(server().url);
    const { page, close } = await open(host.url, { width, ready: false });
    for (const id of ['a', 'b']) {
      // The frames load lazily: bring each into view first.
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const frame = await (await page.$(`#${id}`)).contentFrame();
      await frame.waitForSelector('html[data-ready]', { timeout: 20000 });
      assert.equal(await frame.evaluate(() => document.querySelectorAll('main > section').length), 1, `${id} shows one section`);
      assert.equal(await frame.evaluate(() => document.querySelector('h1')), null, `${id} has no site header`);
      // The frame's height follows its content.
      let diff = Infinity;
      const fits = async () => {
        const content = await frame.evaluate(() => document.getElementById('app').getBoundingClientRect().height);
        const outer = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);
        diff = Math.abs(content - outer);
        return diff <= 2;
      };
      await until(fits, { timeout: 4000, what: `${id} to fit its content` }).catch(() => {});
      assert.ok(diff <= 2, `${id}: frame within 2px of its content (off by ${diff})`);
      const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
      assert.ok(scroll <= 1, `${id}: no scrollbar inside (${scroll}px to scroll)`);
    }
    assert.equal(await (await (await page.$('#b')).contentFrame()).evaluate(() => document.documentElement.dataset.theme), 'dark');
    // A message from any other origin changes nothing.
    const before = await page.evaluate(() => ['a', 'b'].map((id) => document.getElementById(id).style.height));
    // Messages are read in the order they were sent: once the last one has arrived, embed.js
    // has read the two before it.
    await page.evaluate(() => new Promise((resolve) => {
      addEventListener('message', (e) => e.data === 'sip-test:done' && resolve());
      window.postMessage({ type: 'sip-explainer:height', id: 'k3', height: 5 }, '*');
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 7 }, '*');
      window.postMessage('sip-test:done', '*');
    }));
    const after = await page.evaluate(() => ['a', 'b'].map((id) => document.getElementById(id).style.height));
    assert.deepEqual(after, before);
    // And the embeds take no orders from their host: they have no message listener to obey.
    const frame = await (await page.$('#a')).contentFrame();
    const shown = await frame.evaluate(() => [location.href, document.querySelectorAll('main > section').length]);
    // The frame notes when the last message arrives: by then it has read the others.
    await frame.evaluate(() => {
      window.__read = new Promise((resolve) => addEventListener('message', (e) => e.data === 'sip-test:done' && resolve()));
    });
    await page.evaluate(() => {
      const w = document.getElementById('a').contentWindow;
      for (const msg of [{ type: 'navigate', href: '/?embed=k1' }, { embed: 'all' }, 'reload', { theme: 'light' }, 'sip-test:done']) w.postMessage(msg, '*');
    });
    await frame.evaluate(() => window.__read);
    assert.deepEqual(await frame.evaluate(() => [location.href, document.querySelectorAll('main > section').length]), shown);
    await close();
    await host.close();
  });
}

test('inside an embed, links open the full explainer in a new tab', async () => {
  for (const url of ['/embed/k3/', '/?embed=k3']) {
    const { page, close } = await open(url);
    assert.equal(await page.evaluate(() => document.querySelector('base').target), '_blank');
    const full = page.locator('.embed-credit a');
    assert.equal(new URL(await full.evaluate((a) => a.href)).hash, '#k3');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('#k3 a.card-link').first().click()]);
    await popup.waitForLoadState();
    assert.ok(!popup.url().includes('embed'), `full explainer, not a frame: ${popup.url()}`);
    assert.match(popup.url(), /#fig-leading-talent$/);
    await close();
  }
});

test('an embed page paints its own section, complete, even without JavaScript', async () => {
  for (const [url, id, lang] of [['/embed/k3/', 'k3', 'zh-CN'], ['/en/embed/k6/', 'k6', 'en']]) {
    const { page, close } = await open(url, { javaScriptEnabled: false, width: 375 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('main > section')].map((s) => s.id)), [id]);
    assert.equal(await page.evaluate(() => document.querySelector('h1')), null, 'no site header');
    const charts = await page.evaluate((id) => document.querySelectorAll(`#${id} figure.chart svg.chart-svg`).length, id);
    assert.ok(charts >= 1, `${url}: its charts are drawn (${charts})`);
    assert.ok(await page.evaluate((id) => document.querySelectorAll(`#${id} .card`).length >= 4, id), 'its cards');
    assert.match(await page.textContent('.embed-credit'), /2024-04-11/);
    assert.equal(await page.evaluate(() => document.querySelector('base').target), '_blank', 'links leave the frame');
    await close();
  }
  const { page, close } = await open('/en/embed/all/', { javaScriptEnabled: false });
  assert.equal(await page.evaluate(() => document.querySelectorAll('main > section').length), 6);
  await close();
});

test('an old ?embed= link opens the embed page, keeping the theme and the anchor; an unknown one is ignored', async () => {
  const { page, close } = await open('/en/?embed=k4&theme=dark#chart-firsts');
  await page.waitForURL(/\/en\/embed\/k4\//);
  const url = new URL(page.url());
  assert.deepEqual([url.pathname, url.search, url.hash], ['/en/embed/k4/', '?theme=dark', '#chart-firsts']);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('main > section')].map((s) => s.id)), ['k4']);
  await close();
  for (const bad of ['/?embed=k9', '/?embed=main', '/?embed=%6B%33', '/?embed=../../k3']) {
    const { page, close } = await open(bad);
    assert.equal(new URL(page.url()).pathname, '/', `${bad}: stays on the page`);
    await close();
  }
});

test('an embed below the fold has its height before the reader scrolls to it', async () => {
  const explainer = server().url;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Host</title><style>body{margin:0}.story{height:1400px}</style></head><body><div class="story">A long story.</div>
<iframe id="late" src="${explainer}/en/embed/k2/" title="Keyword 2" loading="lazy" width="100%" height="900" style="border:0;width:100%"></iframe>
<script src="${explainer}/embed.js" async></script></body></html>`;
  const host = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const { page, close } = await open(`http://localhost:${host.address().port}/`, { width: 375, height: 700, ready: false });
  // Never scrolled: the frame is well below the fold the whole time.
  const height = () => page.evaluate(() => document.getElementById('late').getBoundingClientRect().height);
  await until(async () => (await height()) !== 900, { timeout: 15000, what: 'the frame to be sized' }).catch(() => {});
  assert.equal(await page.evaluate(() => scrollY), 0, 'the reader has not scrolled');
  const top = await page.evaluate(() => document.getElementById('late').getBoundingClientRect().top);
  assert.ok(top > 700, `the frame is below the fold (${top}px)`);
  const frame = await (await page.$('#late')).contentFrame();
  const content = await frame.evaluate(() => document.getElementById('app').getBoundingClientRect().height);
  assert.ok(Math.abs((await height()) - content) <= 2, `frame ${await height()}px, content ${content}px`);
  await close();
  await new Promise((r) => host.close(r));
});

test('an embed lays out every section it shows, so the height it sends is the real one', async () => {
  // The full page leaves sections off screen unlaid (content-visibility: auto, with a stand-in
  // height); an embed must not, or `all` would send stand-in heights to the host page.
  const { page, close } = await open('/en/embed/all/', { width: 320, height: 600 });
  const kept = await page.evaluate(() => [...document.querySelectorAll('main > section')].map((s) => getComputedStyle(s).contentVisibility));
  assert.deepEqual(kept, Array(6).fill('visible'));
  await close();
  const full = await open('/en/', { width: 320, height: 600 });
  assert.equal(await full.page.evaluate(() => getComputedStyle(document.getElementById('k6')).contentVisibility), 'auto', 'the test can fail');
  await full.close();
});

test('copy link puts the section link on the clipboard and says so', async () => {
  const { page, close } = await open('/en/', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#k3 > header .tools button', { hasText: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('#k3 .notice').textContent === 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server().url}/en/#k3`);
  await page.locator('#chart-talent-firms .tools button', { hasText: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('#chart-talent-firms .notice').textContent === 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server().url}/en/#chart-talent-firms`);
  await close();
});

test('how to cite: each citation is copied, the full one with the page address, and the page says so', async () => {
  for (const [url, copied] of [['/en/', 'Citation copied'], ['/', '引用已复制']]) {
    const { page, close } = await open(url, { permissions: ['clipboard-read', 'clipboard-write'] });
    const cite = page.locator('footer .cite');
    await cite.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('footer .cite-url')?.textContent);
    const address = `${server().url}${url}`;
    assert.equal(await cite.locator('.cite-url').textContent(), address);
    await cite.locator('dd').nth(1).locator('button').click();
    await page.waitForFunction((t) => document.querySelector('footer .cite .notice').textContent === t, copied);
    const full = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(full, await cite.locator('[data-cite="full"]').textContent());
    assert.ok(full.includes(address) && full.includes('2024-04-11'), full);
    await cite.locator('dd').nth(0).locator('button').click();
    await page.waitForFunction((f) => navigator.clipboard.readText().then((t) => t !== f), full);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await cite.locator('[data-cite="short"]').textContent());
    // The page's metadata: a data block that parses, names the article it is based on, and the
    // other language's version.
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    assert.equal(ld['@graph'][0]['@type'], 'NewsArticle');
    assert.equal(ld['@graph'][0].isBasedOn.datePublished, '2024-04-11');
    assert.ok(ld['@graph'][0][url === '/' ? 'workTranslation' : 'translationOfWork']);
    assert.equal(ld['@graph'][1]['@type'], 'Dataset');
    await close();
  }
});

test('the embed menu gives four snippets: the resizing iframe and its script, the iframe alone, a picture and a link, the long picture and a link', async () => {
  const { page, context, close } = await open('/en/', { permissions: ['clipboard-read', 'clipboard-write'] });
  // The section comes into view first and lays out (the sections around it leave their
  // stand-in heights then): a click while that moves the page can miss the menu.
  await page.locator('#k4').scrollIntoViewIfNeeded();
  await settled(page);
  await page.locator('#k4 .embed-menu summary').click();
  await page.waitForFunction(() => document.querySelector('#k4 .embed-menu').open);
  const forms = page.locator('#k4 .embed-form');
  assert.equal(await forms.count(), 4);
  const code = (i) => forms.nth(i).locator('textarea').inputValue();
  const base = server().url;
  // 1. The resizing iframe and the host script.
  const resizing = await code(0);
  assert.match(resizing, new RegExp(`^<iframe src="${base}/en/embed/k4/" title="Firsts in several fields · [^"]+" loading="lazy" width="100%" height="\\d+"`));
  assert.ok(resizing.endsWith(`<script src="${base}/embed.js" async></script>`));
  // Should the button not be clickable, say why: the menu's state and where the section is.
  await forms.nth(0).locator('button').click({ timeout: 10000 }).catch(async (e) => {
    const why = await page.evaluate(() => ({
      open: document.querySelector('#k4 .embed-menu').open,
      failed: document.documentElement.hasAttribute('data-failed'),
      scrollY,
      section: document.getElementById('k4').getBoundingClientRect().toJSON(),
      button: document.querySelector('#k4 .embed-form button').getBoundingClientRect().toJSON(),
    }));
    throw new Error(`${e.message.split('\n')[0]}: ${JSON.stringify(why)}`);
  });
  await page.waitForFunction(() => document.querySelector('#k4 .notice').textContent === 'Code copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), resizing);
  // 2. The iframe alone, tall enough for the section in a 320 px column.
  const fixed = await code(1);
  assert.ok(!fixed.includes('<script'), fixed);
  const height = Number(fixed.match(/ height="(\d+)"/)[1]);
  const host = await context.newPage();
  await host.setViewportSize({ width: 320, height: 640 });
  await host.setContent(`<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0">${fixed}</body>`);
  const frame = await (await host.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#app .keyword');
  const inner = await frame.evaluate(() => document.getElementById('app').getBoundingClientRect().height);
  assert.ok(inner <= height && height <= inner * 1.08 + 10, `the frame (${height}) holds the section (${inner}) with little to spare`);
  await host.close();
  // 3. A picture of the section, described, linking to it: a PNG the build drew and hashed.
  const picture = await code(2);
  const [, href, src, alt, w, h] = picture.match(/^<a href="([^"]+)"><img src="([^"]+)" alt="([^"]+)" width="(\d+)" height="(\d+)"/);
  assert.equal(href, `${base}/en/#k4`);
  assert.match(src, new RegExp(`^${base}/img/embed/k4-en\\.[0-9a-f]{12}\\.png$`));
  const png = await page.evaluate(async (u) => [...new Uint8Array(await (await fetch(u)).arrayBuffer()).subarray(0, 24)], src);
  const be = (i) => ((png[i] << 24) | (png[i + 1] << 16) | (png[i + 2] << 8) | png[i + 3]) >>> 0;
  assert.deepEqual(png.slice(1, 4), [0x50, 0x4e, 0x47], 'a PNG');
  assert.deepEqual([be(16), be(20)], [Number(w), Number(h)], 'the size the snippet says');
  const description = await page.evaluate(async () => new DOMParser()
    .parseFromString(await (await fetch('/en/embed/k4/')).text(), 'text/html')
    .querySelector('meta[name=description]').content);
  const decoded = await page.evaluate((a) => new DOMParser().parseFromString(`<p title="${a}">`, 'text/html').querySelector('p').title, alt);
  assert.equal(decoded, description, 'the alt text is the section\'s description');
  assert.ok(decoded.includes('Firsts in several fields'));
  await forms.nth(2).locator('button').click();
  await page.waitForFunction(() => document.querySelector('#k4 .notice').textContent === 'Code copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), picture);
  // 4. The whole report card as one long picture, linking to the page: the one the report
  // card offers, its alt text naming every keyword.
  const long = await code(3);
  const [, longHref, longSrc, longAlt, longW, longH] = long.match(/^<a href="([^"]+)"><img src="([^"]+)" alt="([^"]+)" width="(\d+)" height="(\d+)"/);
  assert.equal(longHref, `${base}/en/`);
  assert.equal(longSrc, `${base}/${await page.locator('a.long-picture').getAttribute('href')}`);
  const size = await page.evaluate(async (u) => {
    const b = new DataView(await (await fetch(u)).arrayBuffer());
    return [b.getUint32(16), b.getUint32(20)];
  }, longSrc);
  assert.deepEqual(size, [Number(longW), Number(longH)], 'the size the snippet says');
  for (const keyword of ['Firsts in several fields', 'More than 2,600 people']) {
    assert.ok(longAlt.includes(keyword), longAlt);
  }
  await close();
});

test('the report card offers the whole report as one long picture, which downloads', async () => {
  for (const [url, name, label] of [['/', 'sip-2023-report-card.png', '保存长图'], ['/en/', 'sip-2023-report-card-en.png', 'Save as one picture']]) {
    const { page, close } = await open(url, { width: 375 });
    const link = page.locator('.report-card a.long-picture');
    assert.equal(await link.textContent(), label);
    assert.match(await link.getAttribute('href'), new RegExp(`^img/long/report-${url === '/' ? 'zh' : 'en'}\\.[0-9a-f]{12}\\.png$`));
    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), name);
    const png = fs.readFileSync(await download.path());
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20) > 6000], [1080, true], '1080 px wide, and long');
    assert.equal(await page.locator('dialog.overlay').count(), 0);
    await close();
  }
  const headers = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
  const names = fs.readdirSync(path.join(DIST, 'img/long'));
  assert.equal(names.length, 2, names.join(' '));
  for (const name of names) {
    assert.match(name, /^report-(zh|en)\.[0-9a-f]{12}\.png$/);
    assert.ok(headers.includes(`/img/long/${name}\n  Cache-Control: public, max-age=31536000, immutable`), headers);
  }
});


test('the pictures are hashed, cached for good, and there is one per section and language', async () => {
  const dir = path.join(DIST, 'img/embed');
  const names = fs.readdirSync(dir).sort();
  assert.equal(names.length, 12, names.join(' '));
  for (const name of names) {
    assert.match(name, /^k[1-6]-(zh|en)\.[0-9a-f]{12}\.png$/);
  }
  const headers = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
  assert.ok(headers.includes(`/img/embed/${names[0]}\n  Cache-Control: public, max-age=31536000, immutable`), headers);
});

test('a chart downloads as CSV with a BOM and the right rows, and as SVG and PNG', async () => {
  const { page, close } = await open('/en/');
  const save = async (label) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-ip-financing .tools button', { hasText: label }).click()]);
    return [download.suggestedFilename(), fs.readFileSync(await download.path())];
  };
  const [csvName, csv] = await save('CSV');
  assert.equal(csvName, 'sip-2023-k4-ip-financing-en.csv');
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const rows = csv.toString('utf8').slice(1).trim().split('\r\n');
  assert.equal(rows[0], 'label,value,unit,qualifier,period,derived,section,paragraph,source,method');
  assert.equal(rows[1], '"Raised through IP-backed loans (2022, derived)",800000000,yuan,approximately,2022,yes,Keyword 4,,"Keyword 4, paragraph 5",2.289 billion yuan ÷ 2.8');
  assert.equal(rows[2], 'Raised through IP-backed loans,2289000000,yuan,,2023,no,Keyword 4,5,"Keyword 4, paragraph 5",');
  const [svgName, svg] = await save('SVG');
  assert.equal(svgName, 'sip-2023-k4-ip-financing-en.svg');
  assert.match(svg.toString("utf8"), />IP-backed lending: 2022<\/text><text [^>]*>\(derived\) and 2023</, "the title, wrapped");
  // The wasm drew the file's chart; the page shows the server's: the same marks and words.
  const same = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const marks = (root) => [...root.querySelectorAll('rect, path, polyline, polygon, circle, line')]
      .map((e) => ['d', 'points', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r'].map((a) => e.getAttribute(a)).join(' '));
    const words = (root) => [...root.querySelectorAll('text')].map((t) => t.textContent);
    const shown = document.querySelector('#chart-ip-financing .chart-svg');
    const file = marks(doc.documentElement);
    const fileWords = words(doc.documentElement);
    return { marks: marks(shown).filter((m) => !file.includes(m)), words: words(shown).filter((w) => !fileWords.includes(w)), n: marks(shown).length };
  }, svg.toString('utf8'));
  assert.ok(same.n > 5, 'the chart has marks');
  assert.deepEqual([same.marks, same.words], [[], []], 'every mark and word of the page\'s chart is in the file');
  const [pngName, png] = await save('PNG');
  assert.equal(pngName, 'sip-2023-k4-ip-financing-en.png');
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
  assert.equal(png.readUInt32BE(16), 648, 'twice the 324 px width');
  await close();
});

test('the table view and the section live in the URL; back and forward work', async () => {
  const { page, close } = await open('/en/?table=talent-firms#chart-talent-firms');
  const isOpen = (id) => page.locator(`#chart-${id} details.chart-table`).evaluate((d) => d.open);
  assert.equal(await isOpen('talent-firms'), true);
  const top = await page.evaluate(() => document.getElementById('chart-talent-firms').getBoundingClientRect().top - document.querySelector('.head-bar').getBoundingClientRect().bottom);
  assert.ok(top >= 0 && top < 40, `the chart is in view, just below the bar (${top})`);
  await page.locator('#chart-rd-intensity details.chart-table summary').click();
  // The browser opens the table at once; the URL follows once that frame is drawn.
  await page.waitForURL((u) => u.search === '?table=rd-intensity', { timeout: 5000 });
  assert.equal(new URL(page.url()).search, '?table=rd-intensity');
  assert.equal(await isOpen('rd-intensity'), true);
  assert.equal(await isOpen('talent-firms'), false);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#chart-talent-firms details.chart-table').open);
  assert.equal(new URL(page.url()).search, '?table=talent-firms');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#chart-rd-intensity details.chart-table').open);
  // Opened and closed again before a frame is drawn: the table ends closed, as the reader left
  // it, and the address with it.
  await page.locator('#chart-talent-firms').scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const s = document.querySelector('#chart-talent-firms details.chart-table summary');
    s.click();
    s.click();
  });
  // Both toggles, and the state's answer to each a frame later, have run.
  await settled(page);
  await settled(page);
  assert.equal(await isOpen('talent-firms'), false);
  assert.equal(await isOpen('rd-intensity'), true);
  assert.equal(new URL(page.url()).search, '?table=rd-intensity');
  // The whole dataset is there as JSON, in the data file's shape.
  const json = await page.evaluate(async () => (await fetch('../sip-2023-report.json')).json());
  assert.equal(json.sections.length, 6);
  assert.equal(json.figures.find((f) => f.id === 'ip-financing').value, 22.89);
  await close();
});
