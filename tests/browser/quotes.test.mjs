// The Quotes tab: quotations by speaker, the same statement as two outlets
// worded it, who quotes whom; chips and the search apply; a click opens the
// passage; links and chips' tooltips know it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, useApp } from './harness.mjs';

const app = useApp();
const quotes = (page) => page.getByRole('region', { name: 'Quotes' });

test('quotations grouped by speaker, one statement in two wordings, who quotes whom', async () => {
  const corpus = app.corpus();
  await app.withApp({}, async (page) => {
    await page.getByRole('tab', { name: 'Quotes' }).click();
    const kurti = quotes(page).getByRole('region', { name: 'Albin Kurti' });
    const expected = corpus.quotes.filter((q) => q.speaker === 'albin-kurti').length;
    assert.ok(expected >= 5);
    await eventually(page, async () => assert.equal(await kurti.locator('.quote').count(), expected));
    // The statement Kurti made once, worded by two articles: the words that differ marked.
    const statement = quotes(page).locator('figure.statement').first();
    assert.match(await statement.locator('figcaption').innerText(), /^Albin Kurti/);
    assert.equal(await statement.locator('blockquote').count(), 2);
    assert.deepEqual(await statement.locator('blockquote').nth(1).locator('ins.departure').allInnerTexts(), ['supplied']);
    // Who quotes whom.
    const dw = quotes(page).getByRole('row', { name: /^DW/ });
    assert.match(await dw.innerText(), /Albin Kurti \d+/);
    assert.equal(new URL(page.url()).hash, '#view=quotes&corpus=kosovo-explorer');
  });
});

test('chips narrow the quotations, the search is marked in them, a click opens the passage', async () => {
  const corpus = app.corpus();
  await app.withApp({ path: '/#view=quotes' }, async (page) => {
    const chip = page.getByRole('complementary').getByRole('button', { name: /^Aleksandar Vučić ?,/ });
    await chip.hover();
    const vucic = corpus.quotes.filter((q) => q.speaker === 'aleksandar-vucic');
    await eventually(page, async () =>
      assert.match(await page.getByRole('tooltip').filter({ hasText: 'Quoted' }).innerText(), new RegExp(`Quoted ${vucic.length} times \\(Quotes tab\\)`)),
    );
    await chip.click();
    await eventually(page, async () => assert.equal(await quotes(page).locator('.quote').count(), vucic.length));
    assert.equal(await quotes(page).getByRole('region').count(), 1, 'only his');
    await page.getByRole('searchbox', { name: 'Search' }).fill('military');
    await eventually(page, async () => assert.deepEqual(await quotes(page).locator('.quote mark.hit').allInnerTexts(), ['military']));
    const quote = quotes(page).locator('.quote').filter({ hasText: 'military bases' });
    await quote.click();
    await eventually(page, async () => assert.equal(await page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected'), 'true'));
    const passage = await page.locator('#reader .passage').innerText();
    assert.match(passage, /doesn't need anyone's military bases/);
  });
});

test('a source the article leaves unnamed keeps its description, not a name nearby', async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'quotes-')), 'bridge.md');
  await writeFile(
    file,
    '---\ntitle: The bridge reopens in Mitrovica\noutlet: Local Wire\ndate: 2023-03-02\n---\n\n' +
      'Prime Minister Albin Kurti visited the bridge in Mitrovica on Thursday.\n\n' +
      '"The bridge will stay open to everyone," a police spokesman said.\n\n' +
      '"We are ready for the next step," Kurti said.\n',
  );
  await app.withApp({}, async (page) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open your own articles' }).click();
    await (await chooser).setFiles([file]);
    await page.getByRole('region', { name: 'Your articles' }).getByText('Exploring “Your articles”').waitFor();
    await page.getByRole('tab', { name: 'Quotes' }).click();
    const unnamed = quotes(page).getByRole('region', { name: 'Speaker not named' });
    await eventually(page, async () =>
      assert.match(await unnamed.locator('.quote').innerText(), /The bridge will stay open to everyone[\s\S]*a police spokesman said/),
    );
    const kurti = quotes(page).getByRole('region', { name: 'Albin Kurti' });
    assert.match(await kurti.locator('.quote').innerText(), /We are ready for the next step/);
  });
});
