// The keyboard alone: search → timeline → list → reader → chip → matrix with
// Tab, arrows and Enter, the focus always visible; the timeline's bars of
// counts; the tabs; motion when the system asks for less.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropFiles, eventually, useApp } from './harness.mjs';

const app = useApp();
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const names = (page) => page.getByRole('complementary', { name: 'Who and where' });
const documents = (page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
const timeline = (page) => page.getByRole('group', { name: 'Publication dates and dates mentioned' });
const filters = (page) => page.getByRole('list', { name: 'Name filters' }).getByRole('listitem');

/// Whether `target` has the keyboard's focus.
const focused = (target) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/// Presses Tab, or Shift+Tab when `target` comes before the focus, until
/// `target` has the focus: the keyboard's way to it in the page's order,
/// never round through the browser's own controls.
async function tabTo(page, target, max = 80) {
  const back = await target.evaluate((el) => {
    const at = document.activeElement;
    return at !== document.body && !!(el.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let i = 0; i < max; i++) {
    if (await focused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${target}`);
}

/// The element in focus shows it: `:focus-visible`, drawn with an outline, a
/// ring (box-shadow) or, for a timeline mark, a stroke around its shape.
async function assertFocusShown(page, where = '') {
  const shown = await page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const shape = el.firstElementChild && getComputedStyle(el.firstElementChild);
    return {
      visible: el.matches(':focus-visible'),
      drawn: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none' || (el instanceof SVGGElement && shape?.stroke !== 'none'),
      what: el.outerHTML.slice(0, 80),
    };
  });
  assert.ok(shown.visible && shown.drawn, `${where}: ${JSON.stringify(shown)}`);
}

test('the keyboard alone walks search → timeline → list → reader → chip → matrix, in the page\'s order', async () => {
  const corpus = app.corpus();
  await app.withApp({}, async (page) => {
    // Search.
    await tabTo(page, search(page));
    await assertFocusShown(page, 'Search');
    await page.keyboard.type('kfor');
    const withKfor = corpus.documents.filter((d) => /kfor/i.test(d.text));
    await eventually(page, async () => assert.equal(await documents(page).count(), withKfor.length));
    // A reader tabs on once the results are told (after typing pauses), by which time the
    // timeline has followed them: tabbing into it while its marks are laid out again would
    // race the Tab key itself. (A key pressed as they are acts on the mark it is pressed
    // on: timeline.test.mjs changes the view under a focused mark.)
    const told = page.locator('.search-status p[aria-live=polite]');
    await eventually(page, async () => assert.equal(await told.textContent(), await page.getByRole('status').textContent()));
    // The timeline: one stop; arrows move with the tooltip; Enter opens.
    const stop = timeline(page).locator('[role=button][tabindex="0"]').first();
    await tabTo(page, stop);
    await assertFocusShown(page, 'The timeline');
    await page.locator('#tl-tip').waitFor();
    const before = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press('ArrowRight');
    await eventually(page, async () => assert.notEqual(await page.evaluate(() => document.activeElement.id), before));
    await page.keyboard.press('Enter');
    await page.getByRole('article').waitFor();
    await page.keyboard.press('Escape');
    // The list: a document opens in the reader.
    const second = documents(page).nth(1).getByRole('button').first();
    await tabTo(page, second);
    await assertFocusShown(page, 'The list');
    const title = (await second.innerText()).split('\n')[0];
    await page.keyboard.press('Enter');
    await eventually(page, async () => assert.equal(await page.getByRole('article').getByRole('heading', { level: 2 }).innerText(), title));
    // A chip: its description shows on focus; Enter requires it, − leaves another out.
    const chip = names(page).getByRole('button', { name: /^Albin Kurti ?,/ }).first();
    await tabTo(page, chip);
    await assertFocusShown(page, 'A chip');
    assert.ok(await page.getByRole('tooltip').filter({ hasText: 'Albin Kurti' }).isVisible());
    await page.keyboard.press('Enter');
    await eventually(page, async () => assert.equal(await chip.getAttribute('aria-pressed'), 'true'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('-');
    await eventually(page, async () => assert.equal(await filters(page).count(), 2));
    await page.keyboard.press('Enter');
    await eventually(page, async () => assert.equal(await filters(page).count(), 1), 'Enter drops the filter again');
    // The tabs: arrows select; the matrix is a grid of one stop.
    const reader = page.getByRole('tab', { name: 'Reader' });
    await tabTo(page, reader);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const connections = page.getByRole('tab', { name: 'Connections' });
    await eventually(page, async () => assert.equal(await connections.getAttribute('aria-selected'), 'true'));
    assert.ok(await focused(connections));
    await page.keyboard.press('Tab');
    const grid = page.getByRole('grid', { name: 'Sentences shared by two names' });
    await tabTo(page, grid.locator('[tabindex="0"]'));
    await assertFocusShown(page, 'The tabs');
    // Walk right then down until a number is in focus; its pair is described above the grid.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement.classList.contains('pair'))); i++) {
      await page.keyboard.press(i % 6 === 5 ? 'ArrowDown' : 'ArrowRight');
    }
    const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.match(label, /^.+ and .+: \d+ sentences?$/);
    assert.equal(await page.locator('.matrix-focus').innerText(), label);
    const chipsBefore = await filters(page).count();
    await page.keyboard.press('Enter');
    await eventually(page, async () => assert.ok((await filters(page).count()) > chipsBefore));
  });
});

test("the timeline's bars of counts are reached and zoomed by keyboard", async () => {
  // 300 articles on 300 days: too many marks for one lane, drawn as counts.
  const files = Array.from({ length: 300 }, (_, i) => {
    const day = new Date(Date.UTC(2021, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    return { name: `a${i}.txt`, text: `---\ntitle: Notice ${i}\ndate: ${day}\n---\n\nThe council met on this day, number ${i}.\n` };
  });
  await app.withApp({}, async (page) => {
    await dropFiles(page, files);
    await page.getByRole('region', { name: 'Your articles' }).getByText('Exploring “Your articles”').waitFor();
    const bars = timeline(page).getByRole('button', { name: /articles? published/ });
    await eventually(page, async () => assert.ok((await bars.count()) > 10));
    await tabTo(page, bars.first());
    await assertFocusShown(page, '300 articles on 300 days');
    const first = await bars.first().getAttribute('aria-label');
    assert.match(await page.locator('.tl-bar-focus').innerText(), new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), await bars.nth(1).getAttribute('aria-label'));
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), await bars.last().getAttribute('aria-label'));
    await page.keyboard.press('Home');
    // Enter zooms in on the bar's days: its articles become marks.
    await page.keyboard.press('Enter');
    await eventually(page, async () => assert.ok((await timeline(page).getByRole('button', { name: /^Published / }).count()) > 0));
  });
});

test('screen readers hear the results once typing settles, not on every keystroke', async () => {
  await app.withApp({}, async (page) => {
    // Every change of the live regions' text, as a screen reader would be told of it.
    await page.evaluate(() => {
      window.heard = [];
      const regions = [...document.querySelectorAll('[aria-live]:not([aria-live=off]), [role=status]:not([aria-live=off]), [role=alert]')];
      const observer = new MutationObserver(() => {
        for (const r of regions) if (r.textContent && r.textContent !== r.dataset.last) window.heard.push((r.dataset.last = r.textContent));
      });
      for (const r of regions) observer.observe(r, { childList: true, subtree: true, characterData: true });
    });
    await search(page).pressSequentially('stoltenberg', { delay: 60 });
    await eventually(page, async () => assert.equal((await page.evaluate(() => window.heard)).length, 1));
    const [said] = await page.evaluate(() => window.heard);
    assert.match(said, /^\d of 5 documents · \d+ matches$/);
    // A problem in the query is said with the results.
    await search(page).pressSequentially(' "peace', { delay: 60 });
    await eventually(page, async () => assert.match((await page.evaluate(() => window.heard)).join(' / '), /The query has a problem: /));
    assert.equal((await page.evaluate(() => window.heard)).length, 2, 'said once');
  });
});
