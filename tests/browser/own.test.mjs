// The reader's own articles: opened through the file chooser, a folder or a
// drop, read in a worker, explored, saved as one file and reopened from
// file://, from the served page and from the offline file. Nothing the reader
// chooses may leave the page, and nothing may be stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, FIREFOX, dropFiles, eventually, savedFile, useApp } from './harness.mjs';

const app = useApp();
const CORPUS = new URL('../../corpus/', import.meta.url).pathname;

/// A folder of one's own, `talks/`: two of the seed articles, one in a
/// sub-folder, a third article of its own, one with an impossible date, a file
/// that is not an article. Returns its path and its files' paths.
async function talksFolder() {
  const root = await mkdtemp(join(tmpdir(), 'own-'));
  const dir = join(root, 'talks');
  await mkdir(join(dir, '2023'), { recursive: true });
  const seeds = (await readdir(CORPUS)).filter((f) => f.endsWith('.txt')).sort();
  await copyFile(join(CORPUS, seeds[0]), join(dir, seeds[0]));
  await copyFile(join(CORPUS, seeds[4]), join(dir, '2023', seeds[4]));
  await writeFile(
    join(dir, 'zebra.md'),
    '---\ntitle: Zebra crossings return to Mitrovica\noutlet: Local Wire\ndate: 2023-03-02\n---\n\n' +
      'Workers painted new zebra crossings on the main bridge in Mitrovica on Thursday, the town council said.\n',
  );
  await writeFile(join(dir, 'bad.txt'), '---\ntitle: Bad\ndate: 2023-13-45\n---\n\nText.\n');
  await writeFile(join(dir, 'notes.pdf'), '%PDF-1.4');
  // A story on these articles, and one with a step that shows nothing.
  await mkdir(join(dir, 'stories'));
  await writeFile(
    join(dir, 'stories', 'lesson.toml'),
    'title = "Crossings"\n\n[[step]]\ntitle = "Zebras"\nview = "#q=zebra"\nnote = "New *zebra* crossings."\nquestion = "Where?"\nanswer = "Mitrovica"\n\n[[step]]\ntitle = "Nobody"\nview = "#with=nobody"\n',
  );
  await writeFile(join(dir, 'stories', 'broken.toml'), 'title = "Broken"\n[[step]]\ntitle = "No view"\n');
  await writeFile(join(dir, 'stories', 'tour.toml'), 'title = "A tour"\ndescription = "One stop."\n[[step]]\nview = "#q=mitrovica"\n');
  const files = [join(dir, seeds[0]), join(dir, '2023', seeds[4]), join(dir, 'zebra.md'), join(dir, 'bad.txt'), join(dir, 'notes.pdf')];
  return { root, dir, files };
}

/// Firefox over WebDriver BiDi cannot hand the page a folder: `input.setFiles`
/// refuses a directory ("Is directory") and there is no drag from outside.
const NO_FOLDER = FIREFOX && 'Firefox over WebDriver BiDi cannot hand the page a folder';

/// Opens `files` with "Open your own articles".
async function openFiles(page, files) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open your own articles' }).click();
  await (await chooser).setFiles(files);
}

/// Drops the files at `paths` on the page.
const dropPaths = async (page, paths) =>
  dropFiles(page, await Promise.all(paths.map(async (f) => ({ name: f.split('/').pop(), text: await readFile(f, 'utf8') }))));

const documents = (page) => page.getByRole('navigation', { name: 'Documents' }).locator('.doc');
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const banner = (page) => page.getByRole('region', { name: 'Your articles' });

/// Nothing stored: no storage, database or cache holds anything.
async function assertNothingStored(page) {
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases?.())?.length ?? 0,
    caches: globalThis.caches ? (await caches.keys()).length : 0,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0, caches: 0 });
}

/// Opens the folder `dir` (`talks/`) with "Open a folder".
async function openFolder(page, dir) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a folder' }).click();
  await (await chooser).setFiles(dir);
  await banner(page).getByText('Exploring “Talks”').waitFor();
}

/// The report of the opened files, opened.
async function report(page) {
  const details = banner(page).locator('details');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return details.innerText();
}

test('the file chooser opens articles in the page; a bad file is reported, the rest explored', async () => {
  const { files } = await talksFolder();
  await app.withApp({}, async (page) => {
    const requests = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), post: r.postData() }));
    await openFiles(page, files);
    await banner(page).getByText('Exploring “Your articles”').waitFor();
    await eventually(page, async () => assert.equal(await documents(page).count(), 3));
    const text = await report(page);
    assert.match(text, /3 articles read from 5 files/);
    assert.match(text, /Left out bad\.txt:3: “date” must be YYYY, YYYY-MM or YYYY-MM-DD/);
    assert.match(text, /Warning notes\.pdf: left out: not an article/);
    // Every feature works on them: search, names.
    await search(page).fill('zebra');
    await eventually(page, async () => assert.equal(await documents(page).count(), 1));
    assert.equal(await page.locator('mark').first().innerText(), 'zebra');
    await search(page).fill('');
    await page.getByRole('complementary').getByRole('button', { name: /^Albin Kurti/ }).first().click();
    await eventually(page, async () => assert.equal(await documents(page).count(), 2));
    // What was asked of the network: the ingestion module, once, the app's own
    // parts as views were first shown (the trends with the first search), and
    // nothing with data in it.
    const asked = requests.filter((r) => !r.url.startsWith('blob:'));
    assert.deepEqual(asked.filter((r) => r.method !== 'GET' || r.post !== null), []);
    const ingest = asked.filter((r) => /\/ingest-[0-9a-f]{16}\.wasm$/.test(r.url));
    assert.equal(ingest.length, 1);
    for (const r of asked.filter((r) => !ingest.includes(r))) assert.match(r.url, /\/(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/);
    await assertNothingStored(page);
    // Back to the page's own articles, and again to these, one click each.
    await banner(page).getByRole('button', { name: 'Back to “Kosovo–Serbia tensions: a news corpus”' }).click();
    await eventually(page, async () => assert.equal(await documents(page).count(), 5));
    await banner(page).getByRole('button', { name: 'Back to your articles (“Your articles”)' }).click();
    await eventually(page, async () => assert.equal(await documents(page).count(), 3));
  });
});

test('articles too large for the page are refused at once, saying what to do instead', async () => {
  // 100.5 MB of articles and 17 bytes, said rounded up (a sparse file:
  // nothing is written, nor read by the page); the page's own articles stay.
  const dir = join(await mkdtemp(join(tmpdir(), 'own-')), 'archive');
  await mkdir(dir);
  await writeFile(join(dir, 'a.txt'), 'A short article.\n');
  await writeFile(join(dir, 'big.txt'), '');
  await truncate(join(dir, 'big.txt'), 100_500_000);
  await app.withApp({}, async (page) => {
    await openFiles(page, [join(dir, 'a.txt'), join(dir, 'big.txt')]);
    await banner(page).getByText('None of the files could be read').first().waitFor();
    assert.match(
      await report(page),
      /Left out 100\.6 MB of articles, more than the 100 MB a page opens at once: build them into an explorer of their own instead \(cargo xtask dist --corpus FOLDER/,
    );
    assert.equal(await documents(page).count(), 5);
  });
});

test('articles larger than a slice of the word index are searched once their words are indexed', async () => {
  // Eight articles of about 100 KB: the page indexes them in two slices (512 KB
  // each), so lookups ask two segments and a fuzzy word walks their words merged.
  const filler = (n) =>
    Array.from({ length: 1300 }, (_, j) => `The council met on day ${j} of plan ${n} to discuss roads, bridges and budgets.`).join('\n\n');
  const zebras = { 0: 'zebra', 3: 'zebra', 6: 'zebras', 7: 'zebra' };
  const files = Array.from({ length: 8 }, (_, n) => ({
    name: `plan-${n}.md`,
    text: `---\ntitle: Plan ${n}\ndate: 2023-03-0${n + 1}\n---\n\n${filler(n)}\n\n${zebras[n] ? `A ${zebras[n]} crossing was painted.` : 'Nothing was painted.'}\n`,
  }));
  assert.ok(files.reduce((sum, f) => sum + f.text.length, 0) > 700_000);
  await app.withApp({}, async (page) => {
    await dropFiles(page, files);
    await banner(page).getByText('Exploring “Your articles”').waitFor({ timeout: 60_000 });
    const status = page.locator('.search-status .status');
    // The word still being typed matches as a prefix: `zebra` finds `zebras` too.
    for (const [query, found] of [['zebra', 4], ['zebra ', 3], ['zebr*', 4], ['zebras~1', 4], ['crossing NEAR/3 zebra*', 4], ['-zebra painted', 5]]) {
      await search(page).fill(query);
      await eventually(page, async () => {
        const said = await status.innerText();
        assert.doesNotMatch(said, /Indexing/);
        assert.match(said, new RegExp(`^${found} of 8 documents`), query);
      });
    }
  });
});

test('in another interface language, the files are titled and the report said in it', async () => {
  const { files } = await talksFolder();
  await app.withApp({ wait: false, path: '/#ui=sr-Latn' }, async (page) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Otvori svoje članke' }).click();
    await (await chooser).setFiles(files);
    // Named in the interface's language: Serbian, then Albanian.
    const region = page.getByRole('region', { name: /^(Vaši članci|Artikujt tuaj)$/ });
    await region.getByText('Istražujete „Vaši članci“').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Vaši članci');
    const details = region.locator('details');
    await details.locator('summary').click();
    const text = await details.innerText();
    assert.match(text, /Izostavljeno bad\.txt:3: „date“ mora biti YYYY, YYYY-MM ili YYYY-MM-DD/);
    assert.match(text, /Upozorenje notes\.pdf: izostavljeno: nije članak \(čitaju se samo datoteke \.txt/);
    // Another language chosen: the report follows; the title, now the articles', stays.
    await page.getByRole('combobox', { name: 'Jezik interfejsa' }).selectOption({ label: 'Shqip' });
    await eventually(page, async () => assert.match(await details.innerText(), /Paralajmërim notes\.pdf: lënë jashtë: nuk është artikull/));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Vaši članci');
  });
});

test('a folder opens with its sub-folders, titled after it; links name it', { skip: NO_FOLDER }, async () => {
  const { dir } = await talksFolder();
  await app.withApp({}, async (page) => {
    await openFolder(page, dir);
    await eventually(page, async () => assert.equal(await documents(page).count(), 3));
    assert.match(await report(page), /Left out talks\/bad\.txt:3/);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Talks');
    await search(page).fill('zebra');
    await eventually(page, async () => assert.match(new URL(page.url()).hash, /^#q=zebra&corpus=talks$/));
  });
});

test('a folder’s stories play; what is wrong with one is said at its line', { skip: NO_FOLDER }, async () => {
  const { dir } = await talksFolder();
  await app.withApp({}, async (page) => {
    await openFolder(page, dir);
    const text = await report(page);
    assert.match(text, /talks\/stories\/broken\.toml:2: step 1 has no “view”/);
    assert.match(text, /talks\/stories\/lesson\.toml:12: step 2: no name “nobody” in this corpus/);
    // Several stories: a list, each with its length and description.
    await page.getByText('Stories', { exact: true }).click();
    const list = page.locator('details.stories');
    assert.match(await list.innerText(), /A tour\s+1 step\s+One stop\./);
    await list.getByRole('button', { name: 'Crossings' }).click();
    const panel = page.getByRole('region', { name: 'Crossings' });
    await eventually(page, async () => assert.equal(await panel.getByRole('status').textContent(), 'Step 1 of 2: Zebras'));
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'zebra'));
    await eventually(page, async () => assert.equal(await documents(page).count(), 1));
  });
});

test('a folder dropped on the page is opened, sub-folders and all', { skip: NO_FOLDER }, async () => {
  const { dir } = await talksFolder();
  await app.withApp({}, async (page) => {
    // A drag from the file manager, as Chromium receives it: a real folder.
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: [dir], dragOperationsMask: 1 };
    await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', x: 600, y: 500, data });
    await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', x: 600, y: 500, data });
    await page.getByText('Drop articles or a folder to explore them').waitFor();
    await cdp.send('Input.dispatchDragEvent', { type: 'drop', x: 600, y: 500, data });
    await banner(page).getByText('Exploring “Talks”').waitFor();
    await eventually(page, async () => assert.equal(await documents(page).count(), 3));
    // The folder's files: the five of `talks/` and its three stories.
    assert.match(await report(page), /3 articles read from 8 files/);
    assert.equal(await page.getByText('Drop articles or a folder to explore them').count(), 0);
    await page.getByRole('button', { name: /^Zebra crossings return/ }).waitFor();
  });
});

test('a link made for other articles says so, and shows its view once they are opened', { skip: NO_FOLDER }, async () => {
  const { dir } = await talksFolder();
  await app.withApp({ path: '/#q=zebra&corpus=talks' }, async (page) => {
    await eventually(page, async () =>
      assert.match(await page.locator('.link-notice').innerText(), /this link is for other articles \(“talks”\), not “Kosovo–Serbia tensions: a news corpus”/),
    );
    await openFolder(page, dir);
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'zebra'));
    await eventually(page, async () => assert.equal(await documents(page).count(), 1));
    assert.equal(await page.locator('.link-notice').count(), 0, 'the link is theirs');
  });
});

/// Saves the articles open in `page` with "Save as one file": the file's path.
async function saveAsOneFile(page) {
  const file = await savedFile(page, () => banner(page).getByRole('button', { name: 'Save as one file' }).click());
  const path = join(await mkdtemp(join(tmpdir(), 'saved-')), file.name);
  await writeFile(path, file.text);
  return { path, name: file.name };
}

/// Opens `path` from file:// in a new page of `page`'s browser: the page and
/// the requests it made outside that file (or outside the folder `within`).
async function openFromDisk(page, path, within = path) {
  const context = await page.context().browser().newContext();
  const saved = await context.newPage();
  const outside = [];
  const inside = pathToFileURL(within).href;
  saved.on('request', (r) => !r.url().startsWith(inside) && !r.url().startsWith('blob:') && !r.url().startsWith('data:') && outside.push(r.url()));
  const errors = [];
  saved.on('pageerror', (e) => errors.push(String(e)));
  await saved.goto(pathToFileURL(path).href);
  await search(saved).waitFor();
  return { saved, context, outside, errors };
}

test('saved as one file, the articles reopen from file:// with everything', async () => {
  const { dir, files } = await talksFolder();
  // A folder names the file; where a folder cannot be handed over, the chooser's files.
  const [title, file] = FIREFOX ? ['Your articles', 'your-articles'] : ['Talks', 'talks'];
  await app.withApp({}, async (page) => {
    if (FIREFOX) await openFiles(page, files);
    else await openFolder(page, dir);
    await banner(page).getByText(`Exploring “${title}”`).waitFor();
    const { path, name } = await saveAsOneFile(page);
    assert.equal(name, `${file}-offline.html`);
    const { saved, context, outside, errors } = await openFromDisk(page, path);
    try {
      assert.equal(await saved.title(), `${title} – explorer`);
      await eventually(saved, async () => assert.equal(await documents(saved).count(), 3));
      // The folder's story comes with the file.
      if (!FIREFOX) {
        await saved.getByText('Stories', { exact: true }).click();
        await saved.locator('details.stories').getByRole('button', { name: 'Crossings' }).waitFor();
      }
      await search(saved).fill('/zebra\\w*/');
      await eventually(saved, async () => assert.equal(await documents(saved).count(), 1), 15000);
      // The saved file can open articles in turn.
      await saved.getByRole('button', { name: 'Open your own articles' }).waitFor();
      assert.deepEqual(outside, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

// The build's offline file, and, built by `cargo xtask test`, one whose corpus
// is beside it (as an archive's is): either saves one file.
const offlineFiles = [
  { dir: DIST, beside: false, own: /Kosovo prime minister asks for more NATO peacekeepers/ },
  ...(process.env.HOSTILE_DIST ? [{ dir: process.env.HOSTILE_DIST, beside: true, own: /Mallory/ }] : []),
];
for (const { dir, beside, own } of offlineFiles) {
  test(`the offline file${beside ? ' with its corpus beside it' : ''} opens articles and saves them, all from file://`, async () => {
    const offline = (await readdir(dir)).find((f) => f.endsWith('-offline.html'));
    await app.withApp({}, async (page) => {
      const { saved: disk, context, outside, errors } = await openFromDisk(page, join(dir, offline), beside ? dir + '/' : undefined);
      try {
        await dropFiles(disk, [
          { name: 'bridge.txt', text: '---\ntitle: Bridge reopens\noutlet: Wire\ndate: 2023-06-01\n---\n\nThe Ibar bridge in Mitrovica reopened to cars, Albin Kurti said.\n' },
          { name: 'brussels.txt', text: '---\ntitle: Talks in Brussels\noutlet: Wire\ndate: 2023-06-09\n---\n\nAleksandar Vučić and Albin Kurti met in Brussels.\n' },
        ]);
        await banner(disk).getByText('Exploring “Your articles”').waitFor();
        await eventually(disk, async () => assert.equal(await documents(disk).count(), 2));
        const { path } = await saveAsOneFile(disk);
        const again = await openFromDisk(page, path);
        try {
          await eventually(again.saved, async () => assert.equal(await documents(again.saved).count(), 2));
          assert.equal(await again.saved.title(), 'Your articles – explorer');
          const html = await readFile(path, 'utf8');
          assert.equal((html.match(/<div class="app-mount"/g) ?? []).length, 0, 'none of the app drawn into the file');
          assert.match(html, /The Ibar bridge in Mitrovica reopened/, 'the articles readable without scripts');
          assert.doesNotMatch(html, own, 'the offline file\'s own articles are not carried over');
          assert.deepEqual([...again.outside, ...outside], []);
          assert.deepEqual([...again.errors, ...errors], []);
        } finally {
          await again.context.close();
        }
      } finally {
        await context.close();
      }
    });
  });
}

test('an ingestion module that cannot be fetched is said, and opening again retries', async () => {
  const { files } = await talksFolder();
  await app.withApp({}, async (first) => {
    // A page of its own: the refused fetch is logged as a console error there.
    const context = await first.context().browser().newContext();
    const page = await context.newPage();
    try {
      let refuse = true;
      await page.route(/\/ingest-[0-9a-f]+\.wasm$/, (route) => (refuse ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
      await page.goto(app.origin() + '/');
      await search(page).waitFor();
      await openFiles(page, files);
      await eventually(page, async () => assert.match(await banner(page).getByRole('alert').innerText(), /ingest-[0-9a-f]+\.wasm: 503/));
      assert.equal(await documents(page).count(), 5, "the page's own articles stay");
      refuse = false;
      // Opening again, by a drop: Firefox over BiDi hands a page's file chooser to a test once only.
      await dropPaths(page, files);
      await banner(page).getByText('Exploring “Your articles”').waitFor();
      assert.equal(await banner(page).getByRole('alert').count(), 0);
    } finally {
      await context.close();
    }
  });
});
