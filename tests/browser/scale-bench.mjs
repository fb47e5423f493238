// The explorer over archives, in Chromium (`cargo xtask bench scale`): for each
// build in SCALE_DISTS ("10000 articles=DIR|…"), from a fresh browser context:
// the bytes fetched before the search box is there (gzipped, as a static host
// serves them) and the time to it; then a word typed at a reader's pace: the
// bytes fetched while typing, the time from the last key to the first results
// drawn, and the longest main-thread task while typing; then the offline file
// opened from disk: the time to its search box.
import { readFile, readdir } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve, launch } from './harness.mjs';

const dists = (process.env.SCALE_DISTS ?? '').split('|').filter(Boolean).map((s) => s.split('='));
const WORD = process.env.SCALE_WORD ?? 'police';
// A reader's pace: about five keys a second.
const KEY_DELAY_MS = 200;

const gzipped = new Map();
/// The gzipped size of the file a request for `url` is served from.
async function servedBytes(dir, url) {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
  if (!gzipped.has(file)) {
    gzipped.set(file, readFile(file).then((b) => gzipSync(b, { level: 9 }).length, () => 0));
  }
  return gzipped.get(file);
}

// Installed before the page's scripts: when the search box enters the page,
// the last key typed, the first change to the app after it, long tasks.
const watch = () => {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // Results drawn: the result count or the list changed.
  const isResult = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return el?.closest?.('.search-status, .documents') != null;
  };
  new MutationObserver((changes) => {
    if (window.__interactive === undefined && document.querySelector('input#search[type="search"]')) {
      window.__interactive = performance.now();
    }
    if (window.__lastKey !== undefined && window.__results === undefined && changes.some((c) => isResult(c.target))) {
      window.__results = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  document.addEventListener(
    'input',
    () => {
      window.__lastKey = performance.now();
      window.__results = undefined;
    },
    true,
  );
};

async function measure(browser, origin, dir) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  // What the page is doing when each request is made: starting, after the
  // search box (until the load event), or typing.
  let phase = 'start';
  page.on('request', (r) => requests.push({ url: r.url(), phase }));
  await page.addInitScript(watch);
  const opened = Date.now();
  await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: 600_000 });
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.waitFor({ timeout: 600_000 });
  const interactive = await page.evaluate(() => window.__interactive);
  phase = 'after';
  await page.waitForLoadState('load', { timeout: 600_000 });
  phase = 'typing';
  const typedFrom = await page.evaluate(() => performance.now());
  await box.pressSequentially(WORD, { delay: KEY_DELAY_MS });
  await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 600_000 });
  const typed = await page.evaluate(
    ([from]) => ({
      results: window.__results - window.__lastKey,
      longest: Math.max(0, ...window.__longtasks.filter(([s]) => s >= from).map(([, d]) => d)),
    }),
    [typedFrom],
  );
  const bytes = async (phase) => {
    let sum = 0;
    for (const r of requests.filter((r) => r.phase === phase && r.url.startsWith(origin))) sum += await servedBytes(dir, r.url);
    return sum;
  };
  const result = { interactive, start: await bytes('start'), query: await bytes('typing'), ...typed, wall: Date.now() - opened };
  await context.close();
  return result;
}

/// The offline file of the build in `dir` opened from disk in a fresh
/// context: the time to its search box, or why it did not come.
async function offline(browser, dir) {
  const name = (await readdir(dir)).find((f) => f.endsWith('-offline.html'));
  if (!name) return 'none';
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watch);
    await page.goto(`file://${join(dir, name)}`, { waitUntil: 'commit', timeout: 600_000 });
    await page.getByRole('searchbox', { name: 'Search' }).waitFor({ timeout: 600_000 });
    return `${((await page.evaluate(() => window.__interactive)) / 1000).toFixed(2)} s`;
  } catch (e) {
    return `failed: ${String(e.message ?? e).split('\n')[0]}`;
  } finally {
    await context.close();
  }
}

const kb = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} KB`);
const browser = await launch();
console.log(`\nIn Chromium, a fresh context each; the word "${WORD}" typed a key every ${KEY_DELAY_MS} ms`);
console.log('| articles | fetched before the search box | search box at | fetched while typing | last key to first results | longest task while typing | offline file from disk: search box at |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, dir] of dists) {
  const server = await serve(dir);
  try {
    const r = await measure(browser, server.origin, dir);
    console.log(
      `| ${name} | ${kb(r.start)} | ${(r.interactive / 1000).toFixed(2)} s | ${kb(r.query)} | ${r.results.toFixed(0)} ms | ${r.longest.toFixed(0)} ms | ${await offline(browser, dir)} |`,
    );
  } catch (e) {
    console.log(`| ${name} | failed: ${String(e.message ?? e).split('\n')[0]} | | | | | |`);
  } finally {
    await server.close();
  }
}
await browser.close();
