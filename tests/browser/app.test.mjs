// The release build in headless Chromium, driven through accessible roles and
// names. Expectations come from dist/corpus.json, the same data the page embeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, eventually } from './harness.mjs';

const app = useApp();
const withApp = (options, body) => app.withApp(options, body);
let corpus;
test.beforeEach(() => {
  corpus = app.corpus();
});

const docsList = (page) => page.getByRole('list', { name: 'Documents' });
const listed = (page) => docsList(page).getByRole('listitem');
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const entityChip = (page, e) =>
  page.getByRole('complementary', { name: 'Who and where' }).getByRole('button', { name: new RegExp(`^${e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?,`) }).first();
const readerHeading = (page) => page.getByRole('article').getByRole('heading', { level: 2 });

/// Documents whose text has a word starting with `word` (ASCII, case-insensitive).
function docsWithWord(word) {
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu');
  return corpus.documents.filter((d) => re.test(d.text));
}

test('lists the five documents with title, outlet and date', async () => {
  await withApp({}, async (page) => {
    assert.equal(corpus.documents.length, 5);
    assert.equal(await listed(page).count(), 5);
    for (const d of corpus.documents) {
      const item = docsList(page).getByRole('button', { name: d.title });
      assert.equal(await item.count(), 1, `listed: ${d.title}`);
      const text = await item.innerText();
      assert.match(text, d.outlet ? new RegExp(d.outlet) : /Outlet unknown/);
    }
    // The count on screen; screen readers hear it from a live region of its own, once it settles.
    const status = page.getByRole('status');
    assert.equal(await status.getAttribute('aria-live'), 'off');
    assert.equal(await status.innerText(), '5 documents');
  });
});

test('typing a word highlights it live and narrows the list', async () => {
  await withApp({}, async (page) => {
    const expected = docsWithWord('stoltenberg');
    assert.ok(expected.length > 0 && expected.length < 5, 'the word narrows the corpus');
    await search(page).fill('Stoltenberg');
    await eventually(page, async () => assert.equal(await listed(page).count(), expected.length));
    for (const d of expected) {
      assert.equal(await docsList(page).getByRole('button', { name: d.title }).count(), 1);
    }
    const marks = page.getByRole('article').locator('mark');
    await eventually(page, async () => assert.ok((await marks.count()) > 0, 'hits are marked'));
    for (const text of await marks.allInnerTexts()) assert.match(text, /^stoltenberg$/i);
    assert.match(await page.getByRole('status').innerText(), new RegExp(`^${expected.length} of 5 documents · \\d+ match`));
  });
});

test('matching ignores accents and marks the original spelling', async () => {
  await withApp({}, async (page) => {
    await search(page).fill('vucic');
    const marks = page.getByRole('article').locator('mark');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    const texts = new Set(await marks.allInnerTexts());
    const spellings = new Set(['Vučić', 'Vucic']);
    for (const t of texts) assert.ok(spellings.has(t), `unexpected mark ${t}`);
    // Across the corpus both spellings are found.
    await search(page).fill('lajcak');
    await eventually(page, async () => assert.deepEqual(new Set(await marks.allInnerTexts()), new Set(['Lajčak'])));
  });
});

test('a malformed query keeps results and says where the problem is', async () => {
  await withApp({}, async (page) => {
    await search(page).fill('kfor "peacekeeping force');
    await eventually(page, async () => assert.match(await page.getByText(/^At character 6:/).innerText(), /never closed/));
    assert.equal(await search(page).getAttribute('aria-invalid'), 'true');
    assert.ok((await listed(page).count()) > 0, 'the phrase still searches');
    // While the query is malformed, a chip still narrows the last good results.
    await search(page).fill('kfor');
    await eventually(page, async () => assert.equal(await listed(page).count(), docsWithWord('kfor').length));
    await search(page).fill('kfor "');
    await eventually(page, async () => assert.equal(await page.getByText(/^At character 6: this quote is never closed/).count(), 1));
    const docCount = (e, docs) => new Set(e.mentions.map((m) => m.doc).filter((d) => docs.has(d))).size;
    const withKfor = new Set(docsWithWord('kfor').map((d) => d.id));
    const entity = corpus.entities.find((e) => docCount(e, withKfor) > 0 && docCount(e, withKfor) < withKfor.size);
    assert.ok(entity, 'some entity is in only some of the documents with the word');
    // The names follow the results once typing pauses, re-ordered by their counts among the
    // documents shown: a reader clicks once they have, not on a chip about to move.
    const inKfor = docCount(entity, withKfor);
    const settled = page.getByRole('complementary', { name: 'Who and where' })
      .getByRole('button', { name: new RegExp(`^${entity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?,.* in ${inKfor} documents?$`) }).first();
    await settled.click();
    await eventually(page, async () => assert.equal(await listed(page).count(), inKfor));
    assert.equal(await search(page).getAttribute('aria-invalid'), 'true', 'the query is still malformed');
  });
});

test('clicking an entity chip narrows the list; clicking again restores it', async () => {
  await withApp({}, async (page) => {
    const docCount = (e) => new Set(e.mentions.map((m) => m.doc)).size;
    const entity = corpus.entities.find((e) => docCount(e) > 0 && docCount(e) < 5);
    assert.ok(entity, 'some entity is in only some documents');
    const chip = entityChip(page, entity);
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    await chip.click();
    await eventually(page, async () => assert.equal(await listed(page).count(), docCount(entity)));
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    assert.ok((await page.getByRole('article').locator('.mention.chosen').count()) > 0, 'mentions are marked');
    await chip.click();
    await eventually(page, async () => assert.equal(await listed(page).count(), 5));
  });
});

test('timeline marks are buttons that open their document', async () => {
  await withApp({}, async (page) => {
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const dated = corpus.documents.filter((d) => d.published);
    assert.ok(dated.length >= 4);
    for (const d of dated) {
      await timeline.getByRole('button', { name: new RegExp(`^Published [^:]+: ${d.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
      await eventually(page, async () => assert.equal(await readerHeading(page).innerText(), d.title));
      const focused = await page.evaluate(() => document.activeElement?.id);
      assert.equal(focused, 'reader', 'focus follows to the opened text');
    }
  });
});

test('the reader shows clean text: no navigation, and the last paragraph', async () => {
  await withApp({}, async (page) => {
    const dw = corpus.documents.find((d) => d.title.startsWith("Kosovo's Kurti wants"));
    await docsList(page).getByRole('button', { name: dw.title }).click();
    const article = page.getByRole('article');
    await eventually(page, async () => assert.equal(await readerHeading(page).innerText(), dw.title));
    const text = await article.innerText();
    for (const junk of ['Skip to content', 'Live TV', 'More stories from DW', 'Ghana warns']) {
      assert.ok(!text.includes(junk), `no "${junk}"`);
    }
    assert.match(text, /Serbian President Aleksandar Vucic hailed this as a victory/);
  });
});

test('"Download data" links the export, whose offsets point into the text', async () => {
  await withApp({}, async (page) => {
    const link = page.getByRole('link', { name: 'Download data' });
    assert.equal(await link.getAttribute('href'), 'corpus.json');
    const res = await page.request.get(app.origin() + '/corpus.json');
    assert.equal(res.status(), 200);
    const data = await res.json();
    assert.deepEqual(Object.keys(data), ['format', 'documents', 'entities', 'dates', 'quotes', 'stories']);
    assert.equal(data.format, 1);
    for (const s of data.stories) {
      assert.deepEqual(Object.keys(s), ['name', 'title', 'description', 'steps']);
      for (const step of s.steps) assert.deepEqual(Object.keys(step), ['title', 'view', 'note', 'question', 'answer']);
    }
    const docs = new Map(data.documents.map((d) => [d.id, Buffer.from(d.text, 'utf8')]));
    for (const d of data.documents) {
      assert.deepEqual(Object.keys(d), ['id', 'title', 'outlet', 'url', 'published', 'published_basis', 'language', 'text', 'source']);
      assert.ok(d.published === null || /^\d{4}-\d{2}-\d{2}$/.test(d.published));
      assert.ok(['stated', 'inferred', 'unknown'].includes(d.published_basis));
    }
    for (const e of data.entities) {
      assert.ok(['person', 'organization', 'place', 'other'].includes(e.kind));
      for (const m of e.mentions) {
        const form = docs.get(m.doc).subarray(m.start, m.end).toString('utf8');
        assert.ok(e.aliases.includes(form), `${form} is an alias of ${e.name}`);
      }
    }
    for (const t of data.dates) {
      assert.equal(docs.get(t.doc).subarray(t.start, t.end).toString('utf8'), t.text);
      // TIMEX3: a date, week, weekday or season (X where unresolved), a duration, or the past.
      assert.match(t.value, /^(\d{4}|XXXX)(-(\d{2}|XX)){0,2}$|^(\d{4}|XXXX)-W(\d{2}|XX)(-\d)?$|^(\d{4}|XXXX)-(SP|SU|FA|WI)$|^P(\d+|X)[YMWD]$|^PAST_REF$/);
      assert.ok(t.mod === null || ['START', 'MID', 'END', 'APPROX'].includes(t.mod), t.mod);
      if (t.interval) {
        assert.match(t.interval[0], /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(t.interval[0] <= t.interval[1], `${t.text}: interval in order`);
      } else {
        assert.match(t.value, /X|PAST_REF|^P/, `${t.text}: only unanchored values lack an interval`);
      }
    }
    const ids = new Set(data.entities.map((e) => e.id));
    assert.ok(data.quotes.length > 0);
    for (const q of data.quotes) {
      assert.equal(docs.get(q.doc).subarray(q.start, q.end).toString('utf8'), q.text);
      assert.ok(q.speaker === null || ids.has(q.speaker), q.speaker);
      assert.equal(typeof q.partial, 'boolean');
    }
  });
});

test('on a phone-sized screen nothing overflows sideways', async () => {
  await withApp({ viewport: { width: 360, height: 740 } }, async (page) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  });
});
