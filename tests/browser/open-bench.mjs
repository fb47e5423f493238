// Opening one's own articles in Chromium: from the files handed to "Open a
// folder" (or a folder dropped on the page) to the explorer of them ready
// ("Save as one file" shown), and the longest task the page's main thread ran
// meanwhile (the worker does the reading; the page must stay responsive). Run by `cargo xtask bench open`;
// OPEN_DIST is the build, OPEN_FOLDERS "name=folder|…".
import { launch, serve } from './harness.mjs';

const RUNS = Number(process.env.OPEN_RUNS ?? 3);
const folders = process.env.OPEN_FOLDERS.split('|').map((s) => s.split('='));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Every task of the main thread over 50 ms, as the browser reports them.
const watchLongTasks = () => {
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/// Hands `folder` to the page: through "Open a folder", or dropped on it (a
/// drag from the file manager, as Chromium receives it).
async function handOver(page, folder, how) {
  if (how === 'drop') {
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: [folder], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, x: 600, y: 500, data });
    return;
  }
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a folder' }).click();
  await (await chooser).setFiles(folder);
}

async function openOnce(browser, origin, folder, how) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(origin + '/');
  await page.getByRole('searchbox', { name: 'Search' }).waitFor();
  // The module fetched and compiled beforehand would flatter the figure: it is
  // part of what the reader waits for, so it is not warmed.
  const start = await page.evaluate(() => performance.now());
  await handOver(page, folder, how);
  await page.getByRole('button', { name: 'Save as one file' }).waitFor({ timeout: 120000 });
  const { end, tasks, shown } = await page.evaluate(() => ({
    end: performance.now(),
    tasks: window.__tasks,
    shown: document.querySelectorAll('nav[aria-label=Documents] .doc').length,
  }));
  const during = tasks.filter((t) => t.start >= start);
  await context.close();
  return { ms: end - start, longest: Math.max(0, ...during.map((t) => t.duration)), over100: during.filter((t) => t.duration > 100).length, shown };
}

const server = await serve(process.env.OPEN_DIST);
const browser = await launch();
try {
  for (const [name, folder] of folders) for (const how of ['chosen', 'dropped']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await openOnce(browser, server.origin, folder, how));
    const longest = Math.max(...runs.map((r) => r.longest));
    console.log(
      `${name} ${how}: ready in ${median(runs.map((r) => r.ms)).toFixed(0)} ms (median of ${RUNS}; ${runs.map((r) => r.ms.toFixed(0)).join(', ')}), ` +
        `${runs[0].shown} documents listed; longest main-thread task ${longest.toFixed(0)} ms, ` +
        `${Math.max(...runs.map((r) => r.over100))} over 100 ms (longest per run: ${runs.map((r) => r.longest.toFixed(0)).join(", ")})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
