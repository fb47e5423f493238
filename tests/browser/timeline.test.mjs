// The two-lane timeline in headless Chromium: marks from the export's dates, the
// sentence on hover and focus, opening a passage, keyboard, brushing a range,
// following the filters, zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, eventually } from './harness.mjs';

const app = useApp();
const withApp = (options, body) => app.withApp(options, body);
let corpus;
test.beforeEach(() => {
  corpus = app.corpus();
});

const timeline = (page) => page.getByRole('region', { name: 'Timeline' });
const published = (page) => timeline(page).getByRole('button', { name: /^Published / });
const mentioned = (page) => timeline(page).getByRole('button', { name: /^Mentioned: / });
const listed = (page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
const wholeSpan = (page) => timeline(page).getByRole('button', { name: /^Whole span/ });
const textOf = (doc, start, end) => Buffer.from(doc.text).subarray(start, end).toString('utf8');

/// Distinct anchored dates of the documents `ids`, as the event lane groups them
/// (a duration by where it starts).
function events(ids) {
  const keys = new Set();
  for (const d of corpus.dates) {
    if (!d.interval || !ids.has(d.doc)) continue;
    keys.add(d.kind === 'date' ? `${d.value} ${d.interval.join(' ')}` : `${d.value} ${d.interval[0]}`);
  }
  return keys.size;
}
const allIds = () => new Set(corpus.documents.map((d) => d.id));

test('two lanes: one mark per dated document, one per distinct date mentioned', async () => {
  await withApp({}, async (page) => {
    await wholeSpan(page).click();
    // The export gives day-precise dates only; a document dated to the month has a basis.
    const dated = corpus.documents.filter((d) => d.published_basis !== 'unknown');
    await eventually(page, async () => assert.equal(await published(page).count(), dated.length));
    await eventually(page, async () => assert.equal(await mentioned(page).count(), events(allIds())));
    // The year 2008, mentioned in four articles, is one mark; the story starts in 1999.
    assert.equal(await timeline(page).getByRole('button', { name: 'Mentioned: 2008, 4 times' }).count(), 1);
    assert.equal(await timeline(page).getByRole('button', { name: 'Mentioned: since 1999 (starting 1999), 2 times' }).count(), 1);
    assert.match(await wholeSpan(page).innerText(), /^1999–2023$/);
  });
});

test('focus shows the sentence; a click opens the document there and marks the sentence', async () => {
  await withApp({}, async (page) => {
    const d = corpus.dates.find((x) => x.text === 'late last month');
    const doc = corpus.documents.find((x) => x.id === d.doc);
    const mark = timeline(page).getByRole('button', { name: /^Mentioned: late July 2022/ });
    await mark.focus();
    const tip = timeline(page).getByRole('tooltip');
    await eventually(page, async () => assert.match(await tip.innerText(), /late July 2022/));
    const tipText = await tip.innerText();
    assert.equal(await mark.getAttribute('aria-describedby'), await tip.getAttribute('id'), 'screen readers hear the sentence');
    assert.ok(tipText.includes('Tensions soared anew late last month'), tipText);
    assert.ok(tipText.includes(doc.title));
    // Open another document first, so the click visibly moves the reader.
    const other = corpus.documents.find((x) => x.id !== d.doc);
    await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: other.title }).click();
    await mark.click();
    const article = page.getByRole('article');
    await eventually(page, async () => assert.equal(await article.getByRole('heading', { level: 2 }).innerText(), doc.title));
    const passage = article.locator('.passage');
    await eventually(page, async () => assert.ok((await passage.innerText()).includes(textOf(doc, d.start, d.end))));
  });
});

test('arrow keys move between marks, Enter opens, Escape clears the range', async () => {
  await withApp({}, async (page) => {
    const first = timeline(page).locator('[role="button"][tabindex="0"]');
    assert.equal(await first.count(), 1, 'one mark in the tab order');
    await first.focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    const start = await focused();
    await page.keyboard.press('ArrowRight');
    await eventually(page, async () => assert.notEqual(await focused(), start));
    await page.keyboard.press('ArrowLeft');
    await eventually(page, async () => assert.equal(await focused(), start));
    // Enter on a publication mark opens its document.
    const pub = published(page).first();
    await pub.focus();
    const label = await pub.getAttribute('aria-label');
    await page.keyboard.press('Enter');
    const title = label.replace(/^Published [^:]+: /, '');
    await eventually(page, async () => assert.equal(await page.getByRole('article').getByRole('heading', { level: 2 }).innerText(), title));
  });
});

test('dragging on the axis picks days: the list, chips and query area follow', async () => {
  await withApp({}, async (page) => {
    await wholeSpan(page).click();
    const brush = timeline(page).locator('.tl-brush');
    const box = await brush.boundingBox();
    // Drag over 2005–2010 on the whole span, 1999–2023: the documents mentioning 2008.
    const x = (year) => box.x + box.width * ((year - 1999) / 24.2 + 0.01);
    await page.mouse.move(x(2005), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x(2010), box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const chip = page.getByRole('button', { name: /^Remove the dates / });
    await eventually(page, async () => assert.equal(await chip.count(), 1));
    assert.match(await chip.getAttribute('aria-label'), /200[45] – .*20(09|10)$/);
    const with2008 = new Set(corpus.dates.filter((d) => d.value === '2008').map((d) => d.doc));
    await eventually(page, async () => assert.equal(await listed(page).count(), with2008.size));
    assert.match(await page.getByRole('status').innerText(), new RegExp(`^${with2008.size} of 5 documents`));
    // Escape on a mark clears it; so does the ×.
    await published(page).first().focus();
    await page.keyboard.press('Escape');
    await eventually(page, async () => assert.equal(await listed(page).count(), 5));
    assert.equal(await chip.count(), 0);
  });
});

test('the event lane follows the search; zoom buttons change the scale', async () => {
  await withApp({}, async (page) => {
    await wholeSpan(page).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Stoltenberg');
    const ids = new Set(corpus.documents.filter((d) => /stoltenberg/i.test(d.text)).map((d) => d.id));
    assert.ok(ids.size > 0 && ids.size < 5);
    await eventually(page, async () => assert.equal(await mentioned(page).count(), events(ids)));
    // Faded publication marks for the documents not shown.
    await eventually(page, async () => assert.equal(await timeline(page).locator('.tl-pub.faded').count(), 5 - ids.size));
    const ticks = () => timeline(page).locator('.tick text').allInnerTexts();
    const before = await ticks();
    await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await eventually(page, async () => assert.notDeepEqual(await ticks(), before));
    await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
    await eventually(page, async () => assert.deepEqual(await ticks(), before));
    // Two fingers moving apart zoom in, as the button does.
    const zoomedIn = async () => {
      await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
      const t = await ticks();
      await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
      return t;
    };
    const expected = await zoomedIn();
    await eventually(page, async () => assert.deepEqual(await ticks(), before));
    await page.evaluate(() => {
      const svg = document.querySelector('.tl-detail');
      const r = svg.getBoundingClientRect();
      const mid = r.left + r.width / 2;
      const fire = (type, pointerId, x) =>
        svg.dispatchEvent(new PointerEvent(type, { pointerId, pointerType: 'touch', clientX: x, clientY: r.top + 20, bubbles: true }));
      fire('pointerdown', 1, mid - 50);
      fire('pointerdown', 2, mid + 50);
      fire('pointermove', 1, mid - 100);
      fire('pointermove', 2, mid + 100);
      fire('pointerup', 1, mid - 100);
      fire('pointerup', 2, mid + 100);
    });
    await eventually(page, async () => assert.deepEqual(await ticks(), expected));
  });
});

test('trends: each term per month, week or document; a point keeps its documents or opens one', async () => {
  const corpus = app.corpus();
  await app.withApp({}, async (page) => {
    const trends = page.getByRole('region', { name: 'Trends' });
    assert.equal(await trends.count(), 0, 'no trends without a term');
    await page.getByRole('searchbox', { name: 'Search' }).fill('kfor nato ');
    const chart = trends.getByRole('group', { name: 'Matches of each term over time' });
    const points = chart.getByRole('button');
    await eventually(page, async () => assert.ok((await points.count()) >= 2));
    // Per month: one point per term and month with articles; each says its counts.
    const months = (await points.count()) / 2;
    assert.ok(Number.isInteger(months), 'one point per term and month');
    const kfor = chart.getByRole('button', { name: /^kfor: / });
    const first = await kfor.first().getAttribute('aria-label');
    assert.match(first, /^kfor: \d+ match(es)? \(\d+\.\d per 10,000 words\), [A-Z][a-z]+ \d{4}, \d+ documents?$/);
    // Matches instead of the rate: the same points, drawn to another scale.
    await trends.getByRole('button', { name: 'Matches', exact: true }).click();
    assert.equal(await points.count(), 2 * months);
    // A month's point adds its date filter: the list keeps that month's articles, as many as the point says.
    const inMonth = Number(first.match(/, (\d+) documents?$/)[1]);
    await kfor.first().click();
    await eventually(page, async () => assert.match(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), /date:\d{4}-\d{2} $/));
    await eventually(page, async () => assert.equal(await page.getByRole('list', { name: 'Documents' }).getByRole('listitem').count(), inMonth));
    // Per document, by keyboard: the line's first point is a tab stop, arrows move along, Enter opens.
    await trends.getByRole('button', { name: 'Per document', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('kfor nato ');
    // The chart follows the results once they settle: until then it still draws the month's
    // documents, and a point focused then is redrawn under the keyboard. A point per document listed.
    const listed = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    await eventually(page, async () => assert.ok((await listed.count()) > inMonth));
    await eventually(page, async () => assert.equal(await kfor.count(), await listed.count()));
    await kfor.first().focus();
    await page.keyboard.press('ArrowRight');
    const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.equal(label, await kfor.nth(1).getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    const title = corpus.documents.find((d) => label.endsWith(`, ${d.title}`)).title;
    await eventually(page, async () => assert.equal(await page.getByRole('article').getByRole('heading', { level: 2 }).innerText(), title));
  });
});

test('a mark whose document leaves the results hands the focus to the nearest mark, not to the page', async () => {
  await withApp({}, async (page) => {
    await mentioned(page).first().focus();
    await page.locator('#tl-tip').waitFor();
    // The results change while the keyboard is on the mark (a link, back/forward or
    // the host page would do it): no document is shown, so no date mentioned is drawn.
    await page.evaluate(() => {
      location.hash = '#q=zzqxwv';
    });
    await eventually(page, async () => assert.equal(await mentioned(page).count(), 0));
    await eventually(page, async () =>
      assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.tagName), /^Published /));
  });
});
