// Offline and any browser: the single self-contained file from file://, the
// articles' text without JavaScript, the Content-Security-Policy, print and dark
// styles. Expectations come from dist/corpus.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, FIREFOX, emulatePrint, launch, openOfflineFile, useApp, eventually, savedFile } from './harness.mjs';

const app = useApp();
const withApp = (options, body) => app.withApp(options, body);
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const listed = (page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem');

/// The first body paragraph of a document, as the export has it.
const firstParagraph = (d) =>
  d.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p.length > 80);

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the single file works from file:// with nothing fetched', async () => {
  const corpus = app.corpus();
  const { page, context, file, requests, errors } = await openOfflineFile(browser);
  try {
    await search(page).waitFor();
    assert.equal(await listed(page).count(), corpus.documents.length);
    // Search highlights.
    await search(page).fill('troops');
    const marks = page.getByRole('article').locator('mark');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    for (const t of await marks.allInnerTexts()) assert.match(t, /^troops$/i);
    // A regex: its engine is inside the file too.
    await search(page).fill('/sold(ier)?s/ ');
    const n = corpus.documents.reduce((k, d) => k + (d.text.match(/sold(ier)?s/gi) ?? []).length, 0);
    await eventually(page, async () => assert.match(await page.getByRole('status').innerText(), new RegExp(`· ${n} matches`)));
    // A chip filters.
    await search(page).fill('');
    const stoltenberg = corpus.entities.find((e) => e.id === 'jens-stoltenberg');
    const withHim = new Set(stoltenberg.mentions.map((m) => m.doc)).size;
    await page.getByRole('complementary', { name: 'Who and where' }).getByRole('button', { name: /^Jens Stoltenberg ?,/ }).first().click();
    await eventually(page, async () => assert.equal(await listed(page).count(), withHim));
    // The link works from disk too.
    await eventually(page, async () => assert.equal(new URL(page.url()).hash, '#with=jens-stoltenberg&corpus=kosovo-explorer'));
    // The data download is inside the file.
    const href = await page.getByRole('link', { name: 'Download data' }).getAttribute('href');
    assert.match(href, /^data:application\/json;base64,/);
    const data = JSON.parse(Buffer.from(href.split(',')[1], 'base64').toString('utf8'));
    assert.equal(data.documents.length, corpus.documents.length);
    // A picture of the timeline, drawn in the page from the file.
    const png = await savedFile(page, () => page.getByRole('button', { name: 'Save the timeline as PNG' }).click(), { binary: true });
    assert.match(png.name, /-timeline\.png$/);
    assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
    assert.ok(png.bytes.length > 5000, `a drawn picture: ${png.bytes.length} bytes`);
    // The interface's other languages are inside the file too.
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Српски (ћирилица)' });
    await page.getByRole('searchbox', { name: 'Претрага' }).waitFor();
    const outside = requests.filter((u) => !u.startsWith(file.split('#')[0]) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, [], 'nothing but the file itself');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('without JavaScript the articles are on the page', async () => {
  const corpus = app.corpus();
  await withApp({ wait: false, context: { javaScriptEnabled: false } }, async (page) => {
    for (const d of corpus.documents) {
      assert.equal(await page.getByRole('heading', { level: 2, name: d.title }).count(), 1, d.title);
      // Off-screen articles are not laid out (content-visibility): scroll as a reader would.
      const text = page.getByText(firstParagraph(d), { exact: false }).first();
      // Playwright's scroll waits for animation frames, which Firefox does not run with JavaScript off.
      if (FIREFOX) await text.evaluate((e) => e.scrollIntoView());
      else await text.scrollIntoViewIfNeeded();
      assert.ok(await text.isVisible(), `text of ${d.title}`);
    }
    assert.match(await page.locator('noscript').first().textContent(), /need JavaScript and WebAssembly/);
    assert.equal(await page.getByRole('searchbox').count(), 0);
  });
});

test('the index is a file beside the app, fetched with it; the app holds no article', async () => {
  const files = await readdir(DIST);
  const wasm = files.find((f) => f.endsWith('_bg.wasm'));
  const index = files.find((f) => /^corpus-[0-9a-f]{16}\.bin$/.test(f));
  assert.ok(index, `an index beside the page: ${files}`);
  const sentence = Buffer.from(firstParagraph(app.corpus().documents[0]).slice(0, 80));
  assert.ok((await readFile(join(DIST, index))).includes(sentence), 'the text is in the index');
  assert.ok(!(await readFile(join(DIST, wasm))).includes(sentence), 'and not in the app');
  await withApp({}, async (page) => {
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
    assert.ok(fetched.includes(index) && fetched.includes(wasm), fetched.join(' '));
    assert.ok(!fetched.some((f) => f.startsWith('regex-')), 'no regex module before a regex');
  });
});

/// `body` on a page of its own, without `withApp`'s checks: what these tests
/// provoke (a refused fetch, a page from disk) is logged by the browser.
async function ownPage(body) {
  const context = await browser.newContext();
  try {
    await body(await context.newPage());
  } finally {
    await context.close();
  }
}

test('the served page opened from disk points to the offline file; its articles stay', async () => {
  await ownPage(async (page) => {
    await page.goto('file://' + join(DIST, 'index.html'));
    if (FIREFOX) {
      // Firefox lets a file read the files beside it: the explorer itself runs.
      await search(page).waitFor();
    } else {
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /open kosovo-explorer-offline\.html instead/);
    }
    const first = app.corpus().documents[0];
    assert.equal(await page.getByRole('heading', { level: 2, name: first.title }).count(), 1);
  });
});

test('a regex engine that cannot be fetched is said, and typing a regex again retries', async () => {
  await ownPage(async (page) => {
    let refuse = true;
    await page.route(/\/regex-[0-9a-f]+\.wasm$/, (route) => (refuse ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    await page.goto(app.origin() + '/');
    await search(page).fill('/troops?/ ');
    const errors = page.locator('#search-errors');
    await eventually(page, async () =>
      assert.match(await errors.innerText(), /At character 1: regular expressions are unavailable: their engine could not be loaded \(.*503.*\); type the regex again to retry/),
    );
    refuse = false;
    await search(page).fill('kurti ');
    await search(page).fill('/troops?/ ');
    const m = app.corpus().documents.reduce((k, d) => k + (d.text.match(/troops?/gi) ?? []).length, 0);
    await eventually(page, async () => assert.match(await page.getByRole('status').innerText(), new RegExp(`· ${m} matches`)));
  });
});

test('without its index the page says so above the articles, which stay', async () => {
  await ownPage(async (page) => {
    await page.route(/corpus-[0-9a-f]+\.bin$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(app.origin() + '/');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /The corpus could not be loaded[\s\S]*corpus-[0-9a-f]+\.bin: 404/);
    const first = app.corpus().documents[0];
    assert.equal(await page.getByRole('heading', { level: 2, name: first.title }).count(), 1, 'the articles stay');
    assert.equal(await page.getByRole('searchbox').count(), 0);
  });
});

test('the app replaces the pre-rendered articles when it starts', async () => {
  await withApp({}, async (page) => {
    assert.equal(await page.locator('.static-corpus').count(), 0);
    assert.equal(await page.getByRole('article').count(), 1, 'one article: the reader');
  });
});

test('a strict Content-Security-Policy: no eval, nothing inline but the hashed loader', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.ok(!policy.includes("'unsafe-eval'"));
  assert.ok(!/script-src[^;]*'unsafe-inline'/.test(policy));
  assert.match(policy, /default-src 'none'/);
  const single = await readFile(join(DIST, 'kosovo-explorer-offline.html'), 'utf8');
  assert.ok(!single.includes("'unsafe-eval'"));
  const init = () => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  };
  await withApp({ init }, async (page) => {
    // Exercise what sets styles and listeners: search, a chip, the timeline tooltip, a view switch.
    await search(page).fill('kfor');
    await page.getByRole('complementary', { name: 'Who and where' }).getByRole('button', { name: /^NATO ?,/ }).first().click();
    await page.locator('[data-mark]').first().hover();
    await page.getByRole('tab', { name: 'Concordance' }).click();
    await page.getByRole('tab', { name: 'Connections' }).click();
    await eventually(page, async () => assert.ok((await page.getByRole('grid').count()) > 0));
    assert.deepEqual(await page.evaluate(() => window.violations), []);
  });
});

test('printing shows the open document with its highlights, not the controls', async () => {
  await withApp({}, async (page) => {
    await search(page).fill('Stoltenberg');
    const marks = page.getByRole('article').locator('mark');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    await emulatePrint(page, true);
    assert.ok(await page.getByRole('article').isVisible());
    assert.ok(await marks.first().isVisible());
    assert.equal(await marks.first().evaluate((m) => getComputedStyle(m).fontWeight), '700');
    for (const hidden of [search(page), page.getByRole('list', { name: 'Documents' }), page.getByRole('button', { name: 'Copy link' })]) {
      assert.equal(await hidden.isVisible(), false);
    }
    assert.match(await page.locator('.print-only').innerText(), /Search: Stoltenberg/);
    // The concordance prints too.
    await emulatePrint(page, false);
    await page.getByRole('tab', { name: 'Concordance' }).click();
    await emulatePrint(page, true);
    await eventually(page, async () => assert.ok(await page.locator('.kwic-line').first().isVisible()));
  });
});

test('the dark scheme follows the system setting', async () => {
  const background = (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  let light;
  let dark;
  await withApp({ context: { colorScheme: 'light' } }, async (page) => (light = await background(page)));
  await withApp({ context: { colorScheme: 'dark' } }, async (page) => (dark = await background(page)));
  assert.notEqual(light, dark);
  const [r, g, b] = dark.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background: ${dark}`);
});
