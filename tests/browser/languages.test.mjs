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
const choose = (page, label) =>
  page.getByRole('combobox', { name: /^(Interface language|Jezik interfejsa|Језик интерфејса|Gjuha e ndërfaqes)$/ }).selectOption({ label });
/// The interface languages whose texts the page has fetched, by tag.
const textsFetched = (page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name.match(/\/texts-(.+)-[0-9a-f]{16}\.txt$/)?.[1]).filter(Boolean),
  );
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

const status = (page) => page.locator('.search-status .status');
const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

test('the interface in Serbian, both scripts, and Albanian: the switcher, <html lang>, counts and dates', async () => {
  await app.withApp({}, async (page) => {
    assert.equal(await htmlLang(page), 'en');
    // English is in the app: no language's texts are fetched until chosen.
    assert.deepEqual(await textsFetched(page), []);
    await choose(page, 'Srpski (latinica)');
    await page.getByRole('searchbox', { name: 'Pretraga' }).fill('kfor');
    assert.deepEqual(await textsFetched(page), ['sr-Latn']);
    assert.equal(await htmlLang(page), 'sr-Latn');
    // Serbian counts take the plural form their number asks for.
    await eventually(page, async () => assert.match(await status(page).innerText(), /^4 od 5 dokumenata · \d+ pogo(dak|tka|daka)$/));
    await page.getByRole('tab', { name: 'Konkordancija' }).click();
    await page.getByRole('button', { name: 'Izvezi CSV' }).waitFor();
    // Cyrillic, transliterated from the Latin; query syntax and file formats stay Latin.
    await choose(page, 'Српски (ћирилица)');
    await page.getByRole('searchbox', { name: 'Претрага' }).waitFor();
    assert.equal(await htmlLang(page), 'sr-Cyrl');
    await page.getByRole('button', { name: 'Извези CSV' }).waitFor();
    const published = await page.locator('.doc .doc-meta').first().innerText();
    assert.match(published, /\d+\. (јануар|фебруар|март|април|мај|јун|јул|август|септембар|октобар|новембар|децембар) 20\d\d\./);
    await choose(page, 'Shqip');
    await page.getByRole('searchbox', { name: 'Kërko' }).waitFor();
    assert.equal(await htmlLang(page), 'sq');
    await eventually(page, async () => assert.match(await status(page).innerText(), /^4 nga 5 dokumente · \d+ përputhje$/));
    // The articles stay as written; back to English, the search holds.
    await choose(page, 'English');
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'kfor'));
    assert.equal(await htmlLang(page), 'en');
    await page.getByRole('tab', { name: 'Concordance' }).waitFor();
  });
});

test('a language whose texts cannot be had says so, and the interface stays as it was', async () => {
  await app.withApp({}, async (page) => {
    // Texts of another build (a stale cache): too few to stand in their places.
    await page.route('**/texts-sq-*.txt', (route) => route.fulfill({ status: 200, body: 'Kërko\u0001' }));
    await choose(page, 'Shqip');
    const alert = page.getByRole('alert');
    await eventually(page, async () => assert.match(await alert.innerText(), /^The interface cannot be shown in Shqip: the interface's texts in sq are of another version \(1 of \d+ texts\)$/));
    await search(page).waitFor();
    assert.equal(await htmlLang(page), 'en');
    assert.equal(await page.getByRole('combobox', { name: 'Interface language' }).inputValue(), 'en');
    // Another language still can be chosen, and the notice goes.
    await choose(page, 'Srpski (latinica)');
    await page.getByRole('searchbox', { name: 'Pretraga' }).waitFor();
    assert.equal(await alert.count(), 0);
  });
});

test('a link asks for the interface language (ui=): an explainer in Serbian embeds the explorer in Serbian', async () => {
  await app.withApp({ wait: false, path: '/#q=kfor&with=nobody&ui=sr-Cyrl&embed' }, async (page) => {
    await page.getByRole('searchbox', { name: 'Претрага' }).waitFor();
    assert.equal(await htmlLang(page), 'sr-Cyrl');
    // What the link asks for that cannot be used is said in the interface's words.
    await eventually(page, async () => assert.match(await page.locator('.link-notice').innerText(), /у овом корпусу нема имена „nobody“/));
    // The language stays in the page's link as the view changes.
    await page.getByRole('searchbox', { name: 'Претрага' }).fill('nato');
    await eventually(page, async () => assert.match(new URL(page.url()).hash, /^#q=nato&corpus=[^&]+&ui=sr-Cyrl&embed$/));
  });
});

test("the reader's browser chooses the interface's language when it speaks it", async () => {
  // (Firefox takes the locale as its preferences: see the harness.)
  await app.withApp({ wait: false, context: { locale: 'sq-XK' } }, async (page) => {
    await page.getByRole('searchbox', { name: 'Kërko' }).waitFor();
    assert.equal(await htmlLang(page), 'sq');
    assert.equal(await page.getByRole('combobox', { name: 'Gjuha e ndërfaqes' }).inputValue(), 'sq');
  });
});
