// Start-up in Chromium: how long the explorer takes to become interactive
// (its search box is in the page), against the same page with its scripts
// taken out (its load event), loaded alternately from a fresh browser context
// each time (nothing cached). Run by `cargo xtask bench startup`; prints the
// medians and their ratio for each build in STARTUP_DISTS.
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from './harness.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dists = (process.env.STARTUP_DISTS ?? `5 articles=${join(here, '../../dist')}`)
  .split('|')
  .map((s) => s.split('='));
const RUNS = Number(process.env.STARTUP_RUNS ?? 9);
const NO_SCRIPTS = 'startup-no-scripts.html';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/// The page without what runs or preloads code: what the browser shows when
/// scripts are off (the pre-rendered articles).
function withoutScripts(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
}

// Records when the search box enters the page, before any of the page's own
// scripts run.
const watchForSearchBox = () => {
  const seen = () => document.querySelector('input#search[type="search"]');
  const mark = () => {
    if (window.__interactive === undefined && seen()) window.__interactive = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
};

async function loadOnce(browser, url, app) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchForSearchBox);
  await page.goto(url, { waitUntil: 'load' });
  let ms;
  if (app) {
    await page.waitForFunction(() => window.__interactive !== undefined);
    ms = await page.evaluate(() => window.__interactive);
  } else {
    ms = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  }
  await context.close();
  return ms;
}

const browser = await launch();
console.log(`Start-up, ms from navigation (median of ${RUNS} alternating loads, fresh context each)`);
console.log('build          interactive (app)   load without scripts   ratio');
for (const [name, dir] of dists) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, NO_SCRIPTS), withoutScripts(html));
  const server = await serve(dir);
  const app = [];
  const plain = [];
  try {
    // One load of each first, untimed: the browser's own first start.
    await loadOnce(browser, `${server.origin}/`, true);
    await loadOnce(browser, `${server.origin}/${NO_SCRIPTS}`, false);
    for (let i = 0; i < RUNS; i++) {
      app.push(await loadOnce(browser, `${server.origin}/`, true));
      plain.push(await loadOnce(browser, `${server.origin}/${NO_SCRIPTS}`, false));
    }
  } finally {
    await server.close();
    await rm(join(dir, NO_SCRIPTS), { force: true });
  }
  const [a, p] = [median(app), median(plain)];
  console.log(
    `${name.padEnd(14)} ${a.toFixed(0).padStart(10)} ms   ${p.toFixed(0).padStart(14)} ms      ${(a / p).toFixed(2)}`,
  );
}

/// Where start-up's time goes (the first build): ms from navigation to the
/// hand-over script running, the page read, the app's module compiled, the
/// index fetched and the search box in the page.
async function startupSteps(origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__steps = {};
    const mark = (k) => {
      if (window.__steps[k] === undefined) window.__steps[k] = performance.now();
    };
    let hooked = false;
    new MutationObserver(() => {
      if (!hooked && window.explorerData) {
        hooked = true;
        mark('hand-over');
        window.explorerData.app?.then(() => mark('compiled'));
        window.explorerData.index?.then(() => mark('index'));
      }
      if (document.querySelector('input#search[type="search"]')) mark('interactive');
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => mark('page read'));
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__steps.interactive !== undefined);
  const steps = await page.evaluate(() => window.__steps);
  await context.close();
  return steps;
}

/// The views fetched when first opened (src/ui/parts.rs): ms from the click on
/// the tab (or the first term typed) to the view in the page, its part fetched
/// from the local server, on a fresh context each time (nothing cached).
const VIEWS = [
  ['Quotes', '', (page) => page.getByRole('tab', { name: 'Quotes' }), 'section.quotes'],
  ['Connections', '', (page) => page.getByRole('tab', { name: 'Connections' }), 'table.matrix'],
  ['Concordance', '#q=kfor', (page) => page.getByRole('tab', { name: 'Concordance' }), 'section.concordance'],
  ['Trends', '', null, 'section.trends:not([aria-busy])'],
];

async function viewReady(origin, [, fragment, control, selector]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/${fragment}`);
  await page.getByRole('searchbox', { name: 'Search' }).waitFor();
  // The clock starts in the page as the control is used, and stops when the
  // view's element enters the page.
  const target = control ? await control(page).elementHandle() : await page.getByRole('searchbox').elementHandle();
  const ms = await page.evaluate(
    ([el, selector, typed]) =>
      new Promise((ok) => {
        const start = performance.now();
        const check = () => {
          if (document.querySelector(selector)) {
            observer.disconnect();
            ok(performance.now() - start);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        if (typed) {
          el.value = 'troops ';
          el.dispatchEvent(new InputEvent('input', { bubbles: true }));
        } else el.click();
        check();
      }),
    [target, selector, !control],
  );
  await context.close();
  return ms;
}

const [, firstDir] = dists[0];
const server = await serve(firstDir);
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await startupSteps(server.origin));
  const names = ['hand-over', 'page read', 'compiled', 'index', 'interactive'];
  console.log(`\nWhere start-up goes (${dists[0][0]}), ms from navigation, median of ${RUNS}`);
  console.log(names.map((k) => `${k} ${median(runs.map((r) => r[k]).filter((x) => x !== undefined)).toFixed(0)}`).join(' · '));
  console.log(`\nViews fetched when first opened (${dists[0][0]}), ms from the click (or the first term) to the view, median of ${RUNS}`);
  for (const view of VIEWS) {
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await viewReady(server.origin, view));
    console.log(`${view[0].padEnd(14)} ${median(times).toFixed(0).padStart(6)} ms`);
  }
} finally {
  await server.close();
}
await browser.close();
