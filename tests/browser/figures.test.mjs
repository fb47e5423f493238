// Pictures to keep: the timeline, the trends chart and the connections matrix
// saved as SVG and as PNG (drawn in the page), with a caption naming the corpus,
// the view and the day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, eventually, savedFile } from './harness.mjs';

const app = useApp();
const ACCENT = [0x1f, 0x5f, 0xbf];

const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const listed = (page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
const save = (page, what, format) => savedFile(page, () => page.getByRole('button', { name: `Save the ${what} as ${format}` }).click(), { binary: format === 'PNG' });

/// What the browser makes of an SVG file: parse errors, texts, shapes by kind
/// and fill.
async function readSvg(page, text) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: svg.localName,
      title: svg.querySelector('title')?.textContent,
      texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
      lines: svg.querySelectorAll('polyline').length,
      fills: [...svg.querySelectorAll('circle, rect')].map((s) => s.getAttribute('fill')),
      cells: svg.querySelectorAll('rect[stroke="#dcd9d2"]').length,
      width: Number(svg.getAttribute('width')),
    };
  }, text);
}

/// A PNG's size from its header, and how many of its pixels are near `rgb`
/// (decoded by the browser).
async function readPng(page, bytes, rgb) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const near = await page.evaluate(async ({ base64, rgb }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - rgb[0]) + Math.abs(pixels[i + 1] - rgb[1]) + Math.abs(pixels[i + 2] - rgb[2]) < 30) n++;
    }
    return n;
  }, { base64: bytes.toString('base64'), rgb });
  return { ...size, near };
}

test('the timeline saves as SVG and PNG: its marks, the caption with the search, the day', async () => {
  const corpus = app.corpus();
  await app.withApp({}, async (page) => {
    await search(page).fill('barricades');
    await eventually(page, async () => assert.ok((await listed(page).count()) < corpus.documents.length));
    const shown = await listed(page).count();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    // The marks drawn on screen, at the same zoom.
    await eventually(page, async () => assert.ok((await timeline.getByRole('button', { name: /^Published / }).count()) > 0));
    // The timeline follows the results once typing pauses: the others' publications fade.
    const faded = corpus.documents.length - shown;
    await eventually(page, async () => assert.equal(await page.locator('.tl-pub.faded').count(), faded));
    const onScreen = await page.locator('.tl-pub:not(.faded)').count();

    const svg = await save(page, 'timeline', 'SVG');
    assert.match(svg.name, /-timeline\.svg$/);
    const drawn = await readSvg(page, svg.text);
    assert.equal(drawn.error, null);
    assert.equal(drawn.root, 'svg');
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    assert.equal(drawn.title, `Timeline · ${title}`);
    assert.ok(drawn.texts.includes('Search: barricades'), drawn.texts.join(' | '));
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    assert.ok(drawn.texts.includes(`${shown} of ${corpus.documents.length} articles shown · saved ${today}`), drawn.texts.join(' | '));
    // Each publication shown in the accent, the others faded; one key each in the legend.
    assert.equal(drawn.fills.filter((f) => f === '#1f5fbf').length - 1, onScreen);
    assert.equal(drawn.fills.filter((f) => f === '#bccfec').length - 1, faded);

    const png = await save(page, 'timeline', 'PNG');
    assert.match(png.name, /-timeline\.png$/);
    const picture = await readPng(page, png.bytes, ACCENT);
    assert.equal(picture.width, 2 * drawn.width, 'drawn at twice the size');
    assert.ok(picture.near > 200, `the marks are drawn: ${picture.near} accent pixels`);
  });
});

test('the trends chart saves with a line per term and its legend; a search with markup stays text', async () => {
  await app.withApp({}, async (page) => {
    await search(page).fill('kfor OR nato OR <b>&amp; ');
    const trends = page.getByRole('region', { name: 'Trends' });
    await eventually(page, async () => assert.ok((await trends.getByRole('button', { name: /^kfor: / }).count()) > 0));
    const svg = await save(page, 'trends chart', 'SVG');
    assert.match(svg.name, /-trends\.svg$/);
    const drawn = await readSvg(page, svg.text);
    assert.equal(drawn.error, null);
    assert.ok(drawn.texts.includes('Search: kfor OR nato OR <b>&amp;'), drawn.texts.join(' | '));
    assert.ok(drawn.texts.some((t) => /^kfor — \d+ matches$/.test(t)), drawn.texts.join(' | '));
    assert.ok(drawn.texts.includes('matches per 10,000 words'));
    assert.ok(drawn.lines >= 2, 'a line per term');
    const png = await save(page, 'trends chart', 'PNG');
    const picture = await readPng(page, png.bytes, [0x77, 0x6c, 0x3e]);
    assert.equal(picture.width, 2 * drawn.width);
    assert.ok(picture.near > 100, `kfor's line is drawn: ${picture.near} pixels`);
  });
});

test('the connections matrix saves every pair of names shown', async () => {
  await app.withApp({}, async (page) => {
    await page.getByRole('tab', { name: 'Connections' }).click();
    const grid = page.getByRole('grid', { name: 'Sentences shared by two names' });
    await eventually(page, async () => assert.ok((await grid.getByRole('row').count()) > 2));
    const names = await grid.getByRole('rowheader').allInnerTexts();
    const svg = await save(page, 'connections matrix', 'SVG');
    assert.match(svg.name, /-connections\.svg$/);
    const drawn = await readSvg(page, svg.text);
    assert.equal(drawn.error, null);
    assert.equal(drawn.cells, names.length ** 2);
    for (const name of names) assert.equal(drawn.texts.filter((t) => t === name.trim()).length, 2, `${name}: its row and column`);
    const png = await save(page, 'connections matrix', 'PNG');
    const picture = await readPng(page, png.bytes, ACCENT);
    assert.ok(picture.near > 100, `the darkest cells are drawn: ${picture.near} pixels`);
  });
});

test('a picture the browser cannot make is said, not silently dropped', async () => {
  await app.withApp({}, async (page) => {
    // A browser whose canvas makes no PNG (as a privacy setting can).
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (done) {
        done(null);
      };
    });
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: 'Save the timeline as PNG' }).click();
    await eventually(page, async () => assert.match(await timeline.getByRole('alert').innerText(), /could not make the picture; try the other format/));
    // The SVG still saves, and the message goes.
    const svg = await save(page, 'timeline', 'SVG');
    assert.match(svg.name, /-timeline\.svg$/);
    assert.equal(await timeline.getByRole('alert').count(), 0);
  });
});
