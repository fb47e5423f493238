// Entity chips, exclusion, the name filters in the query area, mentions in the
// reader, "Appears with" and the connections matrix, in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, eventually, readerOnTop } from './harness.mjs';

const app = useApp();
const withApp = (options, body) => app.withApp(options, body);
let corpus;
test.beforeEach(() => {
  corpus = app.corpus();
});

const HEADINGS = { person: 'People', organization: 'Organisations', place: 'Places', other: 'Other' };
const listed = (page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
const names = (page) => page.getByRole('complementary', { name: 'Who and where' });
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/// An entity's chip in the grouped list.
const chip = (page, e) =>
  names(page).getByRole('region', { name: HEADINGS[e.kind] }).getByRole('button', { name: new RegExp(`^${escape(e.name)} ?(,|\\(left out\\),)`) });
/// What a chip says to screen readers after the name (its counts).
const spoken = (c) => c.locator('.visually-hidden').textContent();
const docsOf = (e) => new Set(e.mentions.map((m) => m.doc));
const byName = (name) => corpus.entities.find((e) => e.name === name);
const filters = (page) => page.getByRole('list', { name: 'Name filters' });

test('chips are grouped by kind with their mentions and documents, spellings on focus', async () => {
  await withApp({}, async (page) => {
    for (const e of corpus.entities) {
      const c = chip(page, e);
      assert.equal(await c.count(), 1, `one chip for ${e.name}`);
      const n = e.mentions.length;
      const d = docsOf(e).size;
      const label = await spoken(c);
      assert.match(label, new RegExp(`${n} mentions? in ${d} documents?`), e.name);
    }
    // Most salient first within a kind: documents, then mentions.
    const people = corpus.entities.filter((e) => e.kind === 'person');
    const shown = await names(page).getByRole('region', { name: 'People' }).locator('.chip-name').allInnerTexts();
    assert.deepEqual(shown, people.map((e) => e.name));
    // Focus shows the merged spellings, role and description.
    const vucic = byName('Aleksandar Vučić');
    await chip(page, vucic).focus();
    const tip = page.getByRole('tooltip');
    await eventually(page, async () => assert.equal(await tip.count(), 1));
    const text = await tip.innerText();
    assert.match(text, /Also written: .*Vucic/);
    assert.match(text, /President of Serbia/);
    assert.match(text, /person · president/);
    // Hovering another chip meanwhile shows its tooltip instead, never two.
    await chip(page, byName('NATO')).hover();
    await eventually(page, async () => assert.match(await tip.innerText(), /^NATO/));
    assert.equal(await tip.count(), 1);
    await chip(page, vucic).hover();
    await eventually(page, async () => assert.match(await tip.innerText(), /^Aleksandar Vučić/));
    await page.keyboard.press('Escape');
    await eventually(page, async () => assert.equal(await tip.count(), 0));
  });
});

test('chips follow the search: counts within the documents shown, absent names leave', async () => {
  await withApp({}, async (page) => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('Stoltenberg');
    const shown = new Set(corpus.documents.filter((d) => /stoltenberg/i.test(d.text)).map((d) => d.id));
    assert.ok(shown.size > 0 && shown.size < 5);
    await eventually(page, async () => assert.equal(await listed(page).count(), shown.size));
    // The names panel follows once typing pauses.
    await eventually(page, async () => {
      for (const e of corpus.entities) {
        const mentions = e.mentions.filter((m) => shown.has(m.doc));
        const docs = new Set(mentions.map((m) => m.doc)).size;
        if (mentions.length === 0) {
          assert.equal(await chip(page, e).count(), 0, `${e.name} is in none of the documents shown`);
        } else {
          const label = await spoken(chip(page, e));
          assert.match(label, new RegExp(`, ${mentions.length} mentions? in ${docs} documents?$`), e.name);
        }
      }
    });
  });
});

test('a click requires a name, Shift+click excludes it, the query area switches and removes', async () => {
  await withApp({}, async (page) => {
    const some = corpus.entities.find((e) => docsOf(e).size > 1 && docsOf(e).size < 5);
    assert.ok(some, 'an entity in some documents only');
    const inSome = docsOf(some).size;
    await chip(page, some).click();
    await eventually(page, async () => assert.equal(await listed(page).count(), inSome));
    assert.equal(await chip(page, some).getAttribute('aria-pressed'), 'true');
    const mode = filters(page).getByRole('button', { name: `with ${some.name}: switch to without` });
    await mode.click();
    await eventually(page, async () => assert.equal(await listed(page).count(), 5 - inSome));
    assert.equal(await filters(page).getByRole('button', { name: `without ${some.name}: switch to with` }).count(), 1);
    assert.equal(await chip(page, some).getAttribute('aria-pressed'), 'false');
    await filters(page).getByRole('button', { name: `Remove ${some.name}` }).click();
    await eventually(page, async () => assert.equal(await listed(page).count(), 5));
    assert.equal(await filters(page).count(), 0, 'no filters, no list');

    // Shift+click excludes straight away; the minus key does too.
    await chip(page, some).click({ modifiers: ['Shift'] });
    await eventually(page, async () => assert.equal(await listed(page).count(), 5 - inSome));
    await chip(page, some).click({ modifiers: ['Shift'] });
    await eventually(page, async () => assert.equal(await listed(page).count(), 5));
    await chip(page, some).focus();
    await page.keyboard.press('-');
    await eventually(page, async () => assert.equal(await listed(page).count(), 5 - inSome));

    // Two required names: documents mentioning both.
    await filters(page).getByRole('button', { name: `Remove ${some.name}` }).click();
    const other = corpus.entities.find((e) => e !== some && [...docsOf(e)].some((d) => docsOf(some).has(d)) && docsOf(e).size < 5);
    const both = [...docsOf(some)].filter((d) => docsOf(other).has(d)).length;
    await chip(page, some).click();
    await chip(page, other).click();
    await eventually(page, async () => assert.equal(await listed(page).count(), both));
  });
});

test('the reader underlines mentions by kind, and can stop', async () => {
  await withApp({}, async (page) => {
    const title = await page.getByRole('article').getByRole('heading', { level: 2 }).innerText();
    const doc = corpus.documents.find((d) => d.title === title);
    const expected = corpus.entities.flatMap((e) => e.mentions.filter((m) => m.doc === doc.id).map((m) => ({ e, text: doc.text.slice(Buffer.from(doc.text).subarray(0, m.start).toString().length) })));
    const mentions = page.getByRole('article').locator('.mention');
    await eventually(page, async () => assert.equal(await mentions.count(), expected.length));
    const kurti = byName('Albin Kurti');
    const underlined = page.getByRole('article').locator('.mention.person', { hasText: 'Kurti' });
    assert.ok((await underlined.count()) > 0, 'a person is underlined as a person');
    assert.match(await underlined.first().getAttribute('title'), /^Albin Kurti/);
    // A required name's mentions stand out; search marks stay inside them.
    await chip(page, kurti).click();
    await eventually(page, async () => assert.ok((await page.getByRole('article').locator('.mention.chosen').count()) > 0));
    await page.getByRole('searchbox', { name: 'Search' }).fill('kurti');
    await eventually(page, async () => assert.ok((await page.getByRole('article').locator('.mention.chosen mark.hit').count()) > 0));
    const toggle = page.getByRole('button', { name: 'Underline names' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await readerOnTop(page);
    await toggle.click();
    await eventually(page, async () => assert.equal(await mentions.count(), 0));
    assert.ok((await page.getByRole('article').locator('mark.hit').count()) > 0, 'search marks remain');
  });
});

test('"Appears with" lists the names sharing sentences; a click adds one', async () => {
  await withApp({}, async (page) => {
    const kurti = byName('Albin Kurti');
    await chip(page, kurti).click();
    const region = page.getByRole('region', { name: 'Appears with Albin Kurti' });
    await eventually(page, async () => assert.ok((await region.getByRole('button').count()) > 3));
    const first = region.getByRole('button').first();
    const [name, n] = [await first.locator('.chip-name').textContent(), (await spoken(first)).match(/(\d+) sentences? with Albin Kurti/)[1]];
    assert.ok(Number(n) >= 1);
    const partner = byName(name);
    // Same sentence implies same document: the partner shares a document with Kurti.
    const both = [...docsOf(kurti)].filter((d) => docsOf(partner).has(d)).length;
    assert.ok(both >= 1);
    await first.click();
    await eventually(page, async () => assert.equal(await listed(page).count(), both));
    assert.equal(await filters(page).getByRole('listitem').count(), 2);
  });
});

test('the connections matrix shows shared sentences; a cell requires both names', async () => {
  await withApp({}, async (page) => {
    await page.getByRole('tab', { name: 'Connections' }).click();
    const table = page.getByRole('grid', { name: 'Sentences shared by two names' });
    const rows = table.getByRole('row');
    await eventually(page, async () => assert.ok((await rows.count()) >= 20, 'about 30 names'));
    assert.ok((await rows.count()) <= 31);
    // The matrix is symmetric.
    const cells = await table.locator('td.pair').evaluateAll((tds) => tds.map((td) => td.title));
    assert.ok(cells.length > 10);
    for (const t of cells.slice(0, 20)) {
      const [, a, b, n] = t.match(/^(.+) and (.+): (\d+) sentences?$/);
      assert.ok(cells.includes(`${b} and ${a}: ${n} ${n === '1' ? 'sentence' : 'sentences'}`), t);
    }
    const [, a, b] = cells[0].match(/^(.+) and (.+): /);
    await table.locator('td.pair').first().click();
    const both = [...docsOf(byName(a))].filter((d) => docsOf(byName(b)).has(d)).length;
    await eventually(page, async () => assert.equal(await listed(page).count(), both));
    assert.equal(await filters(page).getByRole('listitem').count(), 2);
    // The matrix follows the filters: every name left shares documents with both.
    await eventually(page, async () => assert.ok((await rows.count()) >= 2));
  });
});
