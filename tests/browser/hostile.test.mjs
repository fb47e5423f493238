// A corpus written to attack the reader (tests/browser/hostile-corpus: scripts
// and event handlers in titles, outlets, names and text, a javascript: URL,
// bidi overrides, zero-width characters, formula-like cells, a huge line, a
// saved page full of scripts), built by `cargo xtask test` into HOSTILE_DIST.
// No script of the corpus runs, the policy is never violated, the text is shown
// literally and isolated, and exports are neutralised.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openApp, openOfflineFile, eventually, parseCsv, savedFile, countWord } from './harness.mjs';

const DIST = process.env.HOSTILE_DIST;
const skip = DIST ? false : 'HOSTILE_DIST is not set (cargo xtask test builds it)';
let server;
let browser;

before(async () => {
  if (skip) return;
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// Counts policy violations and dialogs from before the page's first script.
const watch = () => {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
};

async function open() {
  const app = await openApp(browser, server.origin, { init: watch });
  const dialogs = [];
  app.page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
  return { ...app, dialogs };
}

async function noHarm(app) {
  assert.equal(await app.page.evaluate(() => window.pwned), undefined, 'no corpus script ran');
  assert.deepEqual(app.dialogs, [], 'no dialog opened');
  assert.deepEqual(await app.page.evaluate(() => window.violations), [], 'no policy violation');
  assert.deepEqual(app.offOrigin, [], 'no request left the origin');
  assert.deepEqual(app.errors, [], 'no console errors');
}

test('scripts and handlers in the corpus are shown as text and never run', { skip }, async () => {
  const app = await open();
  try {
    const { page } = app;
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^Hostile <script>alert\('title'\)<\/script> corpus$/);
    assert.equal(await page.title(), "Hostile <script>alert('title')</script> corpus – explorer");
    const docs = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    await docs.filter({ hasText: 'Talks <script>' }).first().click();
    const reader = page.getByRole('article');
    await eventually(page, async () =>
      assert.match(await reader.innerText(), /Mallory said <script>window\.pwned = 4<\/script> and <img src=x onerror="window\.pwned=5"> in the talks/));
    assert.equal(await reader.locator('script, img, iframe, [onerror], [onclick]').count(), 0, 'no element from the corpus');
    // The javascript: URL is no link.
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    // The saved page's article, without its scripts.
    await docs.filter({ hasText: 'Saved page with scripts' }).first().click();
    await eventually(page, async () => assert.match(await reader.innerText(), /which Mallory wrote at length/));
    // Searching and the names panel do not run anything either.
    await page.getByRole('searchbox', { name: 'Search' }).fill('script onerror ');
    await eventually(page, async () => assert.match(await page.getByRole('status').innerText(), /matches/));
    await noHarm(app);
  } finally {
    await app.context.close();
  }
});

test('bidi controls are gone and corpus strings are isolated', { skip }, async () => {
  const app = await open();
  try {
    const { page } = app;
    const corpus = JSON.parse(await readFile(join(DIST, 'corpus.json'), 'utf8'));
    const controls = /[\u202A-\u202E\u2066-\u2069]/;
    for (const d of corpus.documents) {
      assert.ok(!controls.test(d.title + d.outlet + d.text), `${d.id} has no bidi control`);
    }
    const meta = page.locator('.doc', { hasText: 'Talks <script>' }).locator('.doc-meta');
    // The outlet sits in its own isolate: "Outlet … · 2 January 2023" reads in order.
    assert.equal(await meta.locator('bdi').count(), 1);
    assert.match(await meta.innerText(), /^Outlet <img src=x onerror="window\.pwned=2"> · 2 January 2023$/);
    assert.equal(
      await page.locator('.doc-title').first().evaluate((e) => getComputedStyle(e).unicodeBidi),
      'isolate',
    );
    await noHarm(app);
  } finally {
    await app.context.close();
  }
});

test('the concordance export never hands a spreadsheet a formula', { skip }, async () => {
  const app = await open();
  try {
    const { page } = app;
    await page.getByRole('searchbox', { name: 'Search' }).fill('/=HYPERLINK|@SUM|\\+1|-2/ ');
    await page.getByRole('tab', { name: 'Concordance' }).click();
    const csv = await savedFile(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    const rows = parseCsv(csv.text);
    const hits = rows.slice(1).map((row) => row[4]);
    assert.ok(hits.includes("'=HYPERLINK") && hits.includes("'@SUM"), hits.join(' | '));
    for (const row of rows.slice(1)) {
      for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `a cell starts a formula: ${row}`);
    }
    await noHarm(app);
  } finally {
    await app.context.close();
  }
});

// `cargo xtask test` builds this corpus as one too large for one file: the
// offline file reads its index from scripts in hostile-offline/ beside it.
test('the offline file of a corpus too large for one file reads it from the folder beside it', { skip }, async () => {
  const corpus = JSON.parse(await readFile(join(DIST, 'corpus.json'), 'utf8'));
  const { page, context, requests, errors } = await openOfflineFile(browser, 'hostile-offline.html', { dir: DIST, init: watch });
  try {
    const dialogs = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await page.getByRole('searchbox', { name: 'Search' }).fill('pristina');
    const docs = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    const found = corpus.documents.filter((d) => countWord(d.text, 'pristina') > 0).length;
    await eventually(page, async () => assert.equal(await docs.count(), found));
    assert.ok(found > 0 && found < corpus.documents.length, `${found} of ${corpus.documents.length}`);
    // The data download is the build's file beside it, not a copy inside.
    assert.equal(await page.getByRole('link', { name: 'Download data' }).getAttribute('href'), 'corpus.json');
    const folder = 'file://' + DIST;
    assert.deepEqual(requests.filter((u) => !u.startsWith(folder + '/')), [], 'nothing outside its folder');
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'no corpus script ran');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'no policy violation');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
  // Copied alone, it says what is missing.
  const alone = await mkdtemp(join(tmpdir(), 'alone-'));
  try {
    await copyFile(join(DIST, 'hostile-offline.html'), join(alone, 'hostile-offline.html'));
    const { page, context } = await openOfflineFile(browser, 'hostile-offline.html', { dir: alone });
    try {
      const alert = page.getByRole('alert');
      await eventually(page, async () =>
        assert.match(await alert.innerText(), /hostile-offline\/corpus-index-0\.js, which is not beside it: copy the folder hostile-offline/));
    } finally {
      await context.close();
    }
  } finally {
    await rm(alone, { recursive: true });
  }
});
