// The views fetched when first opened (src/ui/parts.rs): the first frame asks
// for none of them; each is fetched once, the first time it is shown, and keeps
// its place while it loads; one that cannot be fetched is said, and fetched when
// asked again. From the offline file, they are all inside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openOfflineFile, useApp, eventually } from './harness.mjs';

const app = useApp();
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const panel = (page) => page.getByRole('tabpanel');
const tab = (page, name) => page.getByRole('tab', { name });

/// The app's parts a page asked for, by name (`split_quotes`, `chunk_3`).
const PART = /\/((?:split|chunk)_\w+?)-[0-9a-f]{16}\.wasm$/;
const partsAsked = (requests) => requests.map((u) => u.match(PART)?.[1]).filter(Boolean);

/// Each view that comes in a part, how to open it, and what shows it is there.
const VIEWS = [
  {
    part: 'split_quotes',
    open: (page) => tab(page, 'Quotes').click(),
    shown: (page) => panel(page).getByRole('region', { name: 'Quotes' }),
  },
  {
    part: 'split_concordance',
    open: async (page) => {
      await search(page).fill('kfor ');
      await tab(page, 'Concordance').click();
    },
    shown: (page) => panel(page).getByRole('button', { name: 'Export CSV' }),
  },
  {
    part: 'split_connections',
    open: (page) => tab(page, 'Connections').click(),
    shown: (page) => panel(page).getByRole('grid', { name: 'Sentences shared by two names' }),
  },
  {
    part: 'split_trends',
    open: (page) => search(page).fill('troops '),
    shown: (page) => page.getByRole('region', { name: 'Trends' }).locator('svg'),
  },
];

test('the first frame asks for no view; each view is fetched once, when first shown', async () => {
  await app.withApp({ wait: false }, async (page) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload();
    await search(page).waitFor();
    const documents = app.corpus().documents.length;
    await eventually(page, async () =>
      assert.equal(await page.getByRole('list', { name: 'Documents' }).getByRole('listitem').count(), documents),
    );
    assert.deepEqual(partsAsked(requests), [], 'nothing but the first frame');
    for (const view of VIEWS) {
      await view.open(page);
      await view.shown(page).first().waitFor();
      assert.ok(partsAsked(requests).includes(view.part), `${view.part} fetched: ${partsAsked(requests)}`);
    }
    // Shown again, a view is there at once, from the part already fetched.
    const asked = partsAsked(requests).length;
    await tab(page, 'Reader').click();
    await tab(page, 'Quotes').click();
    await VIEWS[0].shown(page).waitFor();
    assert.equal(partsAsked(requests).length, asked);
    assert.equal(new Set(partsAsked(requests)).size, asked, 'each part once');
  });
});

test('a tab under the pointer starts fetching its view before it is chosen', async () => {
  await app.withApp({}, async (page) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await tab(page, 'Connections').hover();
    await eventually(page, async () => assert.ok(partsAsked(requests).includes('split_connections'), `${partsAsked(requests)}`));
    assert.equal(await tab(page, 'Connections').getAttribute('aria-selected'), 'false');
    await tab(page, 'Connections').click();
    await VIEWS[2].shown(page).waitFor();
    assert.equal(partsAsked(requests).filter((p) => p === 'split_connections').length, 1, 'fetched once');
  });
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a view keeps its place while it loads; one that cannot be fetched is said, and fetched again when asked', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // The concordance's part: refused first, then held until the test lets it go.
    let refuse = true;
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route(/\/split_concordance-[0-9a-f]+\.wasm$/, async (route) => {
      if (refuse) return route.fulfill({ status: 503, body: 'busy' });
      await held;
      return route.continue();
    });
    await page.goto(app.origin() + '/#q=kfor&view=concordance');
    const alert = panel(page).getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.innerText(), 'This view could not be fetched; check the connection and try again.');
    refuse = false;
    await panel(page).getByRole('button', { name: 'Try again' }).click();
    const loading = panel(page).getByRole('status');
    await eventually(page, async () => assert.equal(await loading.innerText(), 'Loading this view…'));
    // The place is kept at the view's size meanwhile.
    const kept = await panel(page).boundingBox();
    assert.ok(kept.height >= 300, `a place ${kept.height} px tall`);
    release();
    await panel(page).getByRole('button', { name: 'Export CSV' }).waitFor();
    assert.equal(await loading.count(), 0);
  } finally {
    await context.close();
  }
});

test('from the offline file every view is inside it, nothing fetched', async () => {
  const { page, context, file, requests, errors } = await openOfflineFile(browser);
  try {
    await search(page).waitFor();
    for (const view of VIEWS) {
      await view.open(page);
      await view.shown(page).first().waitFor();
    }
    const outside = requests.filter((u) => !u.startsWith(file) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, [], 'nothing but the file itself');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
