// The story's own languages in the page: the same news in Serbian Cyrillic and
// Latin, Albanian, Chinese and Arabic (crates/corpus-core/tests/corpora/languages),
// dropped on the page as a reader's own articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dropFiles, eventually, useApp } from './harness.mjs';

const app = useApp();
const DIR = new URL('../../crates/corpus-core/tests/corpora/languages/', import.meta.url).pathname;

async function dropLanguages(page) {
  const names = (await readdir(DIR)).sort();
  await dropFiles(page, await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(DIR, name), 'utf8') }))));
  await page.getByRole('region', { name: 'Your articles' }).getByText('Exploring “Your articles”').waitFor();
  await eventually(page, async () => assert.equal(await documents(page).count(), 5));
}

const documents = (page) => page.getByRole('navigation', { name: 'Documents' }).locator('.doc');
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const marks = (page) => page.locator('#reader mark, .doc mark').allInnerTexts();

test('one word across scripts, words inside unspaced runs, right-to-left paragraphs', async () => {
  await app.withApp({}, async (page) => {
    await dropLanguages(page);
    // Serbian in either script is one word.
    await search(page).fill('Вучић');
    await eventually(page, async () => assert.equal(await documents(page).count(), 2));
    await search(page).fill('djordj');
    await eventually(page, async () => assert.equal(await documents(page).count(), 1));
    // A word inside an unspaced Chinese sentence, marked alone.
    await search(page).fill('路障');
    await eventually(page, async () => assert.equal(await documents(page).count(), 1));
    await documents(page).first().click();
    await eventually(page, async () => assert.deepEqual(await page.locator('#reader mark').allInnerTexts(), ['路障']));
    // Arabic reads right to left: its title, paragraphs and concordance line.
    await search(page).fill('كوسوفو');
    await eventually(page, async () => assert.equal(await documents(page).count(), 1));
    await documents(page).first().click();
    const title = page.getByRole('heading', { level: 2, name: /الصرب/ });
    await title.waitFor();
    const rtl = (locator) => locator.evaluate((el) => getComputedStyle(el).direction);
    assert.equal(await rtl(title), 'rtl');
    const paragraph = page.locator('#reader p', { hasText: 'بدأ الصرب' });
    assert.equal(await rtl(paragraph), 'rtl');
    await eventually(page, async () => assert.ok((await marks(page)).includes('كوسوفو')));
    await page.getByRole('tab', { name: /Concordance/ }).click();
    const line = page.locator('.kwic-line').first();
    assert.equal(await rtl(line), 'rtl');
  });
});

test('each article has its language: shown, set on its text, and a filter', async () => {
  await app.withApp({}, async (page) => {
    await dropLanguages(page);
    const languages = page.getByRole('group', { name: 'Filter by language' });
    await languages.getByRole('button', { name: /^Serbian \(Cyrillic\)/ }).click();
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'lang:sr-Cyrl '));
    await eventually(page, async () => assert.equal(await documents(page).count(), 1));
    await documents(page).first().click();
    const title = page.getByRole('heading', { level: 2, name: /Вучић/ });
    await title.waitFor();
    assert.equal(await title.getAttribute('lang'), 'sr-Cyrl');
    assert.equal(await page.locator('#reader p', { hasText: 'Председник Србије' }).getAttribute('lang'), 'sr-Cyrl');
    await page.locator('#reader .doc-meta', { hasText: 'Serbian (Cyrillic)' }).waitFor();
    // A language by its name, as typed.
    await search(page).fill('lang:albanian');
    await eventually(page, async () => assert.deepEqual(await documents(page).locator('.doc-title').allInnerTexts(), ['Kurti: Barrikadat duhet të hiqen']));
  });
});
