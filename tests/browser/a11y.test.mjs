// Accessibility: axe-core (WCAG 2.0–2.2 A and AA, and best practice) finds no
// serious or critical violation in any view or state, light or dark, embedded
// or not, on a wide screen and a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dropFiles, eventually, useApp } from './harness.mjs';

const app = useApp();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const names = (page) => page.getByRole('complementary', { name: 'Who and where' });

/// The serious and critical violations axe finds on `page` as it is now, one
/// line per rule with its first nodes.
async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1).join(' ')}`).join(' | ')}`);
  });
}

/// The states checked, each reached from the page as a reader would.
const STATES = {
  home: async () => {},
  search: async (page) => {
    await search(page).fill('kurti troops');
    await eventually(page, async () => assert.ok((await page.locator('article mark').count()) > 0));
  },
  'a regex and a query error': async (page) => {
    await search(page).fill('/sold(ier)?s/ "peace');
    await page.getByText(/this quote is never closed/).waitFor();
    await page.getByText('Loading the regular-expression engine…').waitFor({ state: 'detached' });
  },
  'how to search': async (page) => {
    await page.getByText('How to search').click();
  },
  'a name required, one excluded': async (page) => {
    await names(page).getByRole('button', { name: /^Albin Kurti ?,/ }).first().click();
    await names(page).getByRole('button', { name: /^Aleksandar Vučić ?,/ }).first().click({ modifiers: ['Shift'] });
  },
  'a name focused (spellings shown)': async (page) => {
    await names(page).getByRole('button', { name: /^Jens Stoltenberg ?,/ }).first().focus();
  },
  concordance: async (page) => {
    await search(page).fill('nato');
    await eventually(page, async () => assert.ok((await page.locator('article mark').count()) > 0));
    await page.getByRole('tab', { name: 'Concordance' }).click();
    await eventually(page, async () => assert.equal(await page.getByRole('tab', { name: 'Concordance' }).getAttribute('aria-selected'), 'true'));
    await page.locator('.kwic-line').first().waitFor();
  },
  connections: async (page) => {
    await page.getByRole('tab', { name: 'Connections' }).click();
    await page.getByRole('grid', { name: 'Sentences shared by two names' }).waitFor();
  },
  quotes: async (page) => {
    await page.getByRole('tab', { name: 'Quotes' }).click();
    await page.getByRole('heading', { name: 'Who quotes whom' }).waitFor();
  },
  'a timeline mark focused': async (page) => {
    await page.getByRole('group', { name: 'Publication dates and dates mentioned' }).locator('[role=button][tabindex="0"]').first().focus();
    await page.locator('#tl-tip').waitFor();
  },
  'a link with problems': async () => {},
  'a story played, its answer shown, the reader exploring': async (page) => {
    await page.getByRole('button', { name: /^Story: / }).click();
    const story = page.locator('section.story');
    await story.getByRole('button', { name: 'Next step' }).click();
    await story.getByRole('button', { name: 'Show answer' }).click();
    await search(page).fill('kurti');
    await story.getByRole('button', { name: /^Back to step / }).waitFor();
  },
  'a story being written, the seeds’ story and a new one': async (page) => {
    await page.getByRole('button', { name: 'Write a story' }).click();
    const writer = page.getByRole('region', { name: 'Write a story' });
    await writer.getByRole('group', { name: 'Step 2' }).waitFor();
    await writer.getByRole('combobox', { name: 'Story' }).selectOption({ label: 'A new story' });
    await search(page).fill('kfor');
    await writer.getByRole('button', { name: 'Add this view as a step' }).click();
    await writer.getByRole('group', { name: 'Step 1' }).getByRole('textbox', { name: 'Note' }).fill('A *note*.');
    await writer.getByRole('status').filter({ hasText: 'Step 1 added' }).waitFor();
  },
  'your articles, with their report': async (page) => {
    await dropFiles(page, [
      { name: 'bridge.txt', text: '---\ntitle: Bridge reopens\ndate: 2023-06-01\n---\n\nThe Ibar bridge reopened, Albin Kurti said.\n' },
      { name: 'bad.txt', text: '---\ntitle: Bad\ndate: 2023-13-45\n---\n\nText.\n' },
      { name: 'notes.pdf', text: '%PDF-1.4' },
    ]);
    const banner = page.getByRole('region', { name: 'Your articles' });
    await banner.getByRole('button', { name: 'Save as one file' }).waitFor();
    await banner.locator('details summary').click();
  },
};
const PATHS = { 'a link with problems': '/#q=kfor&with=nobody&from=2022-02-30' };

for (const colorScheme of ['light', 'dark']) {
  for (const [name, reach] of Object.entries(STATES)) {
    test(`axe: no serious violations — ${name}, ${colorScheme}`, async () => {
      await app.withApp({ context: { colorScheme }, path: PATHS[name] ?? '/' }, async (page) => {
        await reach(page);
        assert.deepEqual(await violations(page), []);
      });
    });
  }
  test(`axe: no serious violations — a story on a phone, ${colorScheme}`, async () => {
    await app.withApp({ context: { colorScheme }, viewport: { width: 390, height: 800 }, path: `/#story=${app.corpus().stories[0].name}&step=2` }, async (page) => {
      await page.locator('section.story').getByRole('status').waitFor();
      assert.deepEqual(await violations(page), []);
    });
  });
  test(`axe: no serious violations — embedded, on a phone, ${colorScheme}`, async () => {
    await app.withApp({ context: { colorScheme }, viewport: { width: 390, height: 800 }, path: '/#q=kfor&embed' }, async (page) => {
      await eventually(page, async () => assert.ok((await page.locator('article mark').count()) > 0));
      assert.deepEqual(await violations(page), []);
    });
  });
}

test('at 200% zoom of a 1280-pixel window nothing scrolls sideways, in any view', async () => {
  // 200% of 1280 × 900 is a 640 × 450 CSS-pixel viewport.
  await app.withApp({ viewport: { width: 640, height: 450 } }, async (page) => {
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await search(page).fill('kurti');
    await eventually(page, async () => assert.ok((await page.locator('article mark').count()) > 0));
    for (const view of ['Reader', 'Concordance', 'Connections', 'Quotes']) {
      await page.getByRole('tab', { name: view }).click();
      await eventually(page, async () => assert.equal(await page.getByRole('tab', { name: view }).getAttribute('aria-selected'), 'true'));
      assert.equal(await sideways(), 0, `${view} scrolls sideways`);
    }
  });
});

test('with reduced motion asked for, nothing flashes or glides', async () => {
  await app.withApp({ context: { reducedMotion: 'reduce' } }, async (page) => {
    assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
    // A passage opened from the timeline is marked without the flash.
    await page.getByRole('group', { name: 'Publication dates and dates mentioned' }).getByRole('button', { name: /^Mentioned: / }).first().click();
    const passage = page.locator('.passage').first();
    await passage.waitFor();
    assert.equal(await passage.evaluate((el) => getComputedStyle(el).animationName), 'none');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  });
  // And the flash is there when motion is fine: the check above can fail.
  await app.withApp({ context: { reducedMotion: 'no-preference' } }, async (page) => {
    await page.getByRole('group', { name: 'Publication dates and dates mentioned' }).getByRole('button', { name: /^Mentioned: / }).first().click();
    const passage = page.locator('.passage').first();
    await passage.waitFor();
    assert.equal(await passage.evaluate((el) => getComputedStyle(el).animationName), 'flash');
  });
});
