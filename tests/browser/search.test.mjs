// Search in the release build: per-term highlights and their legend, hit
// navigation across documents, exact matching, errors, sorting, facets, and the
// concordance with its CSV export. Expectations come from dist/corpus.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, eventually, countWord, parseCsv, savedFile, readerOnTop } from './harness.mjs';

const app = useApp();
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const listed = (page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
const article = (page) => page.getByRole('article');
const total = (word) => app.corpus().documents.reduce((n, d) => n + countWord(d.text, word), 0);

test('each term gets its colour; the legend switches a term off', async () => {
  await app.withApp({}, async (page) => {
    await search(page).fill('kfor nato ');
    const kfor = article(page).locator('mark.hit.t0');
    const nato = article(page).locator('mark.hit.t1');
    await eventually(page, async () => assert.ok((await kfor.count()) > 0 && (await nato.count()) > 0));
    for (const t of await kfor.allInnerTexts()) assert.match(t, /^kfor$/i);
    for (const t of await nato.allInnerTexts()) assert.match(t, /^nato$/i);
    const legend = page.getByRole('group', { name: 'Highlighted terms' });
    const kforToggle = legend.getByRole('button', { name: /^kfor/ });
    assert.equal(await kforToggle.getAttribute('aria-pressed'), 'true');
    assert.match(await kforToggle.innerText(), new RegExp(`${total('kfor')}$`));
    await kforToggle.click();
    await eventually(page, async () => assert.equal(await kfor.count(), 0));
    assert.ok((await nato.count()) > 0, 'the other term stays highlighted');
    assert.equal(await kforToggle.getAttribute('aria-pressed'), 'false');
  });
});

test('Enter and Shift+Enter walk every match across documents', async () => {
  await app.withApp({}, async (page) => {
    const n = total('kfor');
    assert.ok(n > 3);
    const box = search(page);
    await box.fill('kfor ');
    const position = page.getByRole('group', { name: 'Matches' }).locator('.hit-position');
    await eventually(page, async () => assert.equal(await position.innerText(), `${n} matches`));
    const titles = new Set();
    for (let i = 1; i <= n; i++) {
      await box.press('Enter');
      await eventually(page, async () => assert.equal(await position.innerText(), `Match ${i} of ${n}`));
      const current = article(page).locator('mark.current');
      assert.match(await current.innerText(), /^kfor$/i);
      // The scroll happens in the next frame.
      await eventually(page, async () => {
        const inView = await current.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        });
        assert.ok(inView, `match ${i} is scrolled into view`);
      });
      titles.add(await article(page).getByRole('heading', { level: 2 }).innerText());
    }
    const withKfor = app.corpus().documents.filter((d) => countWord(d.text, 'kfor') > 0);
    assert.equal(titles.size, withKfor.length, 'the walk visits every document with a match');
    await box.press('Enter');
    await eventually(page, async () => assert.equal(await position.innerText(), `Match 1 of ${n}`));
    await box.press('Shift+Enter');
    await eventually(page, async () => assert.equal(await position.innerText(), `Match ${n} of ${n}`));
    await page.getByRole('button', { name: /Previous/ }).click();
    await eventually(page, async () => assert.equal(await position.innerText(), `Match ${n - 1} of ${n}`));
  });
});

test('Exact matches case and accents; a bad regex keeps the last results', async () => {
  await app.withApp({}, async (page) => {
    const docs = app.corpus().documents;
    await search(page).fill('Vučić ');
    await eventually(page, async () => assert.equal(await listed(page).count(), docs.filter((d) => countWord(d.text, 'vucic') > 0).length));
    await page.getByRole('button', { name: 'Exact' }).click();
    const exact = docs.filter((d) => d.text.includes('Vučić'));
    assert.ok(exact.length < docs.filter((d) => countWord(d.text, 'vucic') > 0).length);
    await eventually(page, async () => assert.equal(await listed(page).count(), exact.length));
    await page.getByRole('button', { name: 'Exact' }).click();
    await search(page).fill('/sold(ier/');
    await eventually(page, async () => assert.match(await page.locator('#search-errors').innerText(), /At character 1: regular expression/));
    assert.equal(await listed(page).count(), docs.filter((d) => countWord(d.text, 'vucic') > 0).length, 'last good results stay');
    await search(page).fill('/soldiers?/ ');
    const n = docs.reduce((k, d) => k + (d.text.match(/soldiers?/gi) ?? []).length, 0);
    await eventually(page, async () => assert.match(await page.getByRole('status').innerText(), new RegExp(`· ${n} matches`)));
  });
});

test('the regex engine is fetched on the first / typed, and the status says so while it loads', async () => {
  await app.withApp({}, async (page) => {
    const module = /\/regex-[0-9a-f]+\.wasm$/;
    const fetched = [];
    page.on('request', (r) => module.test(r.url()) && fetched.push(r.url()));
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route(module, async (route) => {
      await held;
      await route.continue();
    });
    const status = () => page.getByRole('status').innerText();
    await search(page).fill('kurti ');
    await eventually(page, async () => assert.match(await status(), new RegExp(`· ${total('kurti')} matches`)));
    assert.equal(fetched.length, 0, 'nothing fetched before a / is typed');
    // While the module loads, the regex waits and the rest of the query runs.
    await search(page).fill('kurti /troops?/ ');
    await eventually(page, async () => assert.match(await status(), /^Loading the regular-expression engine… · /));
    assert.match(await status(), new RegExp(`· ${total('kurti')} matches`));
    assert.equal(await page.locator('#search-errors').count(), 0, 'no error while it loads');
    release();
    const docs = app.corpus().documents;
    const both = docs.filter((d) => countWord(d.text, 'kurti') > 0 && /troops?/i.test(d.text));
    const n = both.reduce((k, d) => k + countWord(d.text, 'kurti') + d.text.match(/troops?/gi).length, 0);
    await eventually(page, async () => assert.equal(await status(), `${both.length} of ${docs.length} documents · ${n} matches`));
    // Errors still point into the query once the engine is there.
    await search(page).fill('kurti /sold(ier/');
    await eventually(page, async () => assert.match(await page.locator('#search-errors').innerText(), /At character 7: regular expression: unclosed group/));
    await search(page).fill('/troops?/ ');
    const m = docs.reduce((k, d) => k + (d.text.match(/troops?/gi) ?? []).length, 0);
    await eventually(page, async () => assert.match(await status(), new RegExp(`· ${m} matches`)));
    assert.equal(fetched.length, 1, 'fetched once');
  });
});

test('a term given twice counts once, and a pasted flood of terms is bounded and said', async () => {
  await app.withApp({}, async (page) => {
    const n = total('kurti');
    await search(page).fill('kurti kurti ');
    await eventually(page, async () => assert.match(await page.getByRole('status').innerText(), new RegExp(`· ${n} matches`)));
    assert.match(await page.locator('#search-notes').innerText(), /At character 7: “kurti” is already in the query: counted once/);
    // 2,500 times "the": one term, and the page answers at once.
    await search(page).fill('the '.repeat(2500));
    await eventually(page, async () => assert.match(await page.getByRole('status').innerText(), new RegExp(`· ${total('the')} matches`)));
    assert.match(await page.locator('#search-notes').innerText(), /and 2,496 more like these/);
    // 40 distinct words: the first 16 are searched, and the note says so.
    await search(page).fill(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') + ' ');
    await eventually(page, async () => assert.match(await page.locator('#search-notes').innerText(), /only the first 16 terms are searched/));
    assert.equal(await page.getByRole('group', { name: 'Highlighted terms' }).getByRole('button').count(), 16);
  });
  // The same flood from a link: the page opens with one term searched.
  await app.withApp({ path: '/#q=' + 'the%20'.repeat(5000) }, async (page) => {
    await eventually(page, async () => assert.match(await page.getByRole('status').innerText(), new RegExp(`· ${total('the')} matches`)));
    assert.equal(await page.getByRole('group', { name: 'Highlighted terms' }).getByRole('button').count(), 1);
  });
});

test('sorting the list and filtering by outlet', async () => {
  await app.withApp({}, async (page) => {
    const docs = app.corpus().documents;
    // The first day each listed document's shown date covers ("17 August 2022", "August 2022").
    const shownDays = async () =>
      (await page.locator('.documents .doc-meta').allInnerTexts()).map((meta) => {
        const m = meta.match(/(?:(\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/);
        assert.ok(m, `a date in ${meta}`);
        return Date.UTC(Number(m[3]), new Date(`${m[2]} 1, 2000`).getMonth(), Number(m[1] ?? 1));
      });
    await search(page).fill('kosovo ');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('date');
    await eventually(page, async () => {
      const days = await shownDays();
      assert.equal(days.length, docs.length);
      for (let i = 1; i < days.length; i++) assert.ok(days[i - 1] <= days[i], `date order at ${i}: ${days}`);
    });
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('relevance');
    const hits = async () => (await page.locator('.documents .hits').allInnerTexts()).map((t) => parseInt(t, 10));
    await eventually(page, async () => {
      const days = await shownDays();
      const sorted = [...days].sort((a, b) => a - b);
      assert.notDeepEqual(days, sorted, 'relevance is not date order for this query');
      assert.equal((await hits()).length, docs.length);
    });
    await search(page).fill('');
    await page.getByRole('group', { name: 'Filter by outlet' }).getByRole('button', { name: /^DW/ }).click();
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'outlet:DW '));
    await eventually(page, async () => assert.equal(await listed(page).count(), docs.filter((d) => d.outlet === 'DW').length));
  });
});

test('the concordance aligns, sorts, opens passages and exports CSV', async () => {
  await app.withApp({}, async (page) => {
    const n = total('nato');
    await search(page).fill('nato ');
    await page.getByRole('tab', { name: 'Concordance' }).click();
    const lines = page.getByRole('region', { name: 'Concordance' }).getByRole('listitem');
    await eventually(page, async () => assert.equal(await lines.count(), n));
    const words = async (side) =>
      (await page.locator(`.kwic-${side}`).allInnerTexts()).map((t) =>
        t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean),
      );
    const cmp = (a, b) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length - b.length;
    };
    await page.getByRole('button', { name: 'Right context' }).click();
    await eventually(page, async () => {
      const right = await words('right');
      for (let i = 1; i < right.length; i++) assert.ok(cmp(right[i - 1], right[i]) <= 0, `right contexts sorted at line ${i}`);
    });
    await page.getByRole('button', { name: 'Left context' }).click();
    await eventually(page, async () => {
      const left = (await words('left')).map((w) => w.reverse());
      for (let i = 1; i < left.length; i++) assert.ok(cmp(left[i - 1], left[i]) <= 0, `left contexts sorted at line ${i}`);
    });
    const csv = await savedFile(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    assert.equal(csv.name, 'concordance.csv');
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows[0], ['document', 'outlet', 'date', 'left', 'hit', 'right']);
    assert.equal(rows.length - 1, n);
    const titles = new Set(app.corpus().documents.map((d) => d.title));
    for (const r of rows.slice(1)) {
      assert.equal(r.length, 6);
      assert.match(r[4], /^nato$/i);
      assert.ok(titles.has(r[0]), `${r[0]} is a document title`);
    }
    // The CSV follows the on-screen order.
    const firstLeft = (await page.locator('.kwic-left').first().innerText()).trim();
    assert.equal(rows[1][3], firstLeft);
    // Opening a line shows that passage in the reader, selected.
    await lines.nth(3).getByRole('button').click();
    const current = article(page).locator('mark.current');
    await eventually(page, async () => assert.match(await current.innerText(), /^nato$/i));
    assert.equal(await page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected'), 'true');
  });
});

test('typed letter by letter, the reader settles on the top result with its matches marked', async () => {
  await app.withApp({}, async (page) => {
    const first = await article(page).getByRole('heading', { level: 2 }).innerText();
    // A word found in some documents but not in the one open at first.
    const having = (word) => app.corpus().documents.filter((d) => countWord(d.text, word) > 0);
    const word = ['stoltenberg', 'lajcak', 'barricades', 'kurti', 'kfor'].find(
      (w) => having(w).length > 0 && !having(w).some((d) => d.title === first),
    );
    assert.ok(word, 'some word is only in other documents');
    const docs = having(word);
    await search(page).pressSequentially(word);
    await eventually(page, async () => assert.equal(await listed(page).count(), docs.length));
    const top = (await listed(page).first().getByRole('button').locator('.doc-title').innerText()).trim();
    await eventually(page, async () => assert.equal(await article(page).getByRole('heading', { level: 2 }).innerText(), top));
    const marks = article(page).locator('mark.hit');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    const fold = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const t of await marks.allInnerTexts()) assert.equal(fold(t), word);
    assert.equal(await page.getByText('does not match the current search').count(), 0);
  });
});

test('a fuzzy word finds misspellings and marks them; a bad distance is said where it is', async () => {
  // Every word within two edits of "stoltenberg", as the corpus spells them.
  const corpus = app.corpus();
  const withHim = corpus.documents.filter((d) => /stoltenberg/i.test(d.text));
  await app.withApp({}, async (page) => {
    // Two letters swapped (two edits): still found.
    await search(page).fill('stoltenbreg~2 ');
    await eventually(page, async () => assert.equal(await listed(page).count(), withHim.length));
    const marks = article(page).locator('mark.hit');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    for (const t of await marks.allInnerTexts()) assert.match(t, /^stoltenberg$/i);
    // The default for 11 letters is two edits as well; one edit is too few here.
    await search(page).fill('stoltenbreg~ ');
    await eventually(page, async () => assert.equal(await listed(page).count(), withHim.length));
    await search(page).fill('stoltenbreg~1 ');
    await eventually(page, async () => assert.equal(await listed(page).count(), 0));
    await search(page).fill('stoltenberg~3');
    await eventually(page, async () => assert.match(await page.getByText(/^At character 12:/).innerText(), /0, 1 or 2 edits/));
  });
});

test('words near each other are marked as one stretch; NEAR/0 is said where it is', async () => {
  await app.withApp({}, async (page) => {
    // Names underlined would cut a stretch into several marks: one mark each without them.
    await page.getByRole('button', { name: 'Underline names' }).click();
    await search(page).fill('kurti NEAR/3 troop* ');
    const marks = article(page).locator('mark.hit');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    for (const t of await marks.allInnerTexts()) {
      const words = t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      assert.ok(words.length <= 5, `at most 3 words between: ${t}`);
      assert.match(t, /^(kurti\b.*\btroop\w*|troop\w*\b.*\bkurti)$/is, t);
    }
    // The phrase form is the same search.
    const near = await listed(page).count();
    await search(page).fill('"kurti troops"~3 ');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    assert.ok((await listed(page).count()) <= near);
    await search(page).fill('kurti NEAR/0 troops');
    await eventually(page, async () => assert.match(await page.getByText(/^At character 7:/).innerText(), /1 or more/));
  });
});

test('a name finds every spelling of it, alone or near a word; a name the articles lack is noted', async () => {
  const corpus = app.corpus();
  const vucic = corpus.entities.find((e) => e.id === 'aleksandar-vucic');
  const docs = new Set(vucic.mentions.map((m) => m.doc));
  await app.withApp({}, async (page) => {
    await search(page).fill('name:vucic ');
    await eventually(page, async () => assert.equal(await listed(page).count(), docs.size));
    // The legend counts every mention, whatever its spelling.
    const legend = page.getByRole('group', { name: 'Highlighted terms' });
    await eventually(page, async () => assert.equal(await legend.locator('.count').innerText(), String(vucic.mentions.length)));
    const marks = article(page).locator('mark.hit');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    for (const t of await marks.allInnerTexts()) assert.match(t, /vu[cč]i[cć]/i, t);
    // Near a word: one stretch from the name to the word.
    await readerOnTop(page);
    const underline = page.getByRole('button', { name: 'Underline names' });
    await underline.click();
    await eventually(page, async () => assert.equal(await underline.getAttribute('aria-pressed'), 'false'));
    await search(page).fill('name:Vučić NEAR/5 kurti ');
    await eventually(page, async () => assert.ok((await marks.count()) > 0));
    for (const t of await marks.allInnerTexts()) {
      assert.match(t, /vu[cč]i[cć]/i, t);
      assert.match(t, /kurti/i, t);
    }
    // A name nobody in the articles has: said under the field, at its place.
    await search(page).fill('kfor name:Nobody ');
    await eventually(page, async () => assert.match(await page.getByText(/^At character 6:/).innerText(), /no name “nobody” in these articles/));
  });
});
