// Serves the release build on loopback and drives it in Debian's Chromium, or in
// Debian's Firefox ESR when BROWSER=firefox (stock Firefox over WebDriver BiDi:
// Playwright's `moz-firefox` channel).
// Every request the page makes is recorded, so tests can prove nothing leaves
// the page's own origin.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, firefox } from 'playwright-core';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

export const DIST = resolve(process.env.DIST_DIR ?? new URL('../../dist', import.meta.url).pathname);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function serve(dir = DIST) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/// The browser the suite runs in: `chromium` (default) or `firefox`.
export const BROWSER = process.env.BROWSER ?? 'chromium';
export const FIREFOX = BROWSER === 'firefox';

/// Context options that stock Firefox over WebDriver BiDi does not emulate:
/// there they are the browser's preferences, set when it is launched.
const FIREFOX_PREFS = {
  javaScriptEnabled: (on) => ({ 'javascript.enabled': on }),
  colorScheme: (scheme) => ({ 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 }),
  reducedMotion: (motion) => ({ 'ui.prefersReducedMotion': motion === 'reduce' ? 1 : 0 }),
  locale: (tag) => ({ 'intl.accept_languages': tag, 'intl.locale.requested': tag }),
};

/// Launches the browser. `emulate` holds context options (`colorScheme`,
/// `reducedMotion`, `javaScriptEnabled`) that Firefox takes as preferences.
export async function launch(emulate = {}) {
  if (FIREFOX) {
    const firefoxUserPrefs = {};
    for (const [key, value] of Object.entries(emulate)) Object.assign(firefoxUserPrefs, FIREFOX_PREFS[key]?.(value));
    return firefox.launch({
      channel: 'moz-firefox',
      executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
      firefoxUserPrefs,
    });
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/// Browsers by what they emulate: one in Chromium (contexts emulate), one per
/// set of preferences in Firefox. `get(contextOptions)` launches on first use.
export function browsers() {
  const open = new Map();
  return {
    async get(contextOptions = {}) {
      const emulate = {};
      if (FIREFOX) for (const key of Object.keys(FIREFOX_PREFS)) if (key in contextOptions) emulate[key] = contextOptions[key];
      const key = JSON.stringify(emulate);
      if (!open.has(key)) open.set(key, launch(emulate));
      return open.get(key);
    },
    async close() {
      for (const b of open.values()) await (await b).close();
    },
  };
}

/// Shows `page` as printed (`on`) or on screen. Firefox over BiDi cannot
/// emulate print media: there the stylesheet's `@media print` rules are applied
/// as a constructed stylesheet (CSSOM, which the page's CSP allows).
export async function emulatePrint(page, on) {
  if (!FIREFOX) return page.emulateMedia({ media: on ? 'print' : 'screen' });
  await page.evaluate((on) => {
    const rules = [];
    if (on) {
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') rules.push(...[...rule.cssRules].map((r) => r.cssText));
        }
      }
    }
    const print = new CSSStyleSheet();
    print.replaceSync(rules.join('\n'));
    document.adoptedStyleSheets = on ? [print] : [];
  }, on);
}

/// The file that `click()` makes the page save: `{ name, text }`, or with
/// `binary` `{ name, bytes }` (a Buffer). Chromium
/// reports the download; Playwright sees no Blob download in Firefox over BiDi,
/// so there the Blob behind the link the app clicks is read.
export async function savedFile(page, click, { binary = false } = {}) {
  if (!FIREFOX) {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = await download.path();
    const name = download.suggestedFilename();
    return binary ? { name, bytes: await readFile(path) } : { name, text: await readFile(path, 'utf8') };
  }
  await page.evaluate((binary) => {
    // The page's CSP does not let it fetch blob: addresses: keep each Blob as it is made.
    const blobs = new Map();
    const make = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      const url = make(blob);
      blobs.set(url, blob);
      return url;
    };
    // Bytes cross to the test as base64.
    const base64 = (blob) => new Promise((ok, fail) => {
      const reader = new FileReader();
      reader.onload = () => ok(reader.result.slice(reader.result.indexOf(',') + 1));
      reader.onerror = fail;
      reader.readAsDataURL(blob);
    });
    const click = HTMLElement.prototype.click;
    window.__saved = new Promise((ok, fail) => {
      HTMLAnchorElement.prototype.click = function () {
        const blob = this.download && blobs.get(this.href);
        if (blob) {
          const read = binary ? base64(blob).then((b) => ({ name: this.download, base64: b })) : blob.text().then((text) => ({ name: this.download, text }));
          read.then(ok, fail);
        }
        return click.call(this);
      };
    });
  }, binary);
  await click();
  const saved = await page.evaluate(() => window.__saved);
  return binary ? { name: saved.name, bytes: Buffer.from(saved.base64, 'base64') } : saved;
}

/// Drops `files` (`{ name, text }`) on the page, as a drag of files from the
/// file manager would.
export async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((files) => {
    const t = new DataTransfer();
    for (const f of files) t.items.add(new File([f.text], f.name));
    return t;
  }, files);
  await page.locator('.root').dispatchEvent('drop', { dataTransfer: transfer });
}

/// Walks the page's history back (-1) or forward (1) and waits for nothing:
/// the app's own state is what tests wait on (Firefox over BiDi never reports a
/// same-document history step as loaded).
export const historyGo = (page, delta) => page.evaluate((delta) => history.go(delta), delta);

/// Opens the app in `browser` (launched, or [`browsers`]); returns the page, the list of off-origin requests and console errors.
/// `wait: false` opens a page that is not the app (the explainer); `init` runs in
/// the page before any of its own scripts; `prepare(page)` before the page is
/// opened (to route its requests).
export async function openApp(
  browser,
  origin,
  { viewport = { width: 1280, height: 900 }, path = '/', wait = true, context: contextOptions = {}, init, prepare } = {},
) {
  const launched = browser.get ? await browser.get(contextOptions) : browser;
  const context = await launched.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  if (prepare) await prepare(page);
  const offOrigin = [];
  const errors = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + path);
  if (wait) await page.getByRole('searchbox', { name: 'Search' }).waitFor();
  return { page, context, offOrigin, errors };
}

/// Opens the single offline file `name` of the build in `dir` from disk in a
/// new context of `browser` (running `init` first in the page), recording
/// what the page asks for and what it logs as errors. Returns the page, its
/// context, its `file://` address, `requests` and `errors`.
export async function openOfflineFile(browser, name = 'kosovo-explorer-offline.html', { dir = DIST, init } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const file = 'file://' + join(dir, name);
  await page.goto(file);
  return { page, context, file, requests, errors };
}

/// Retries `check` once per animation frame until it passes (at most `timeout` ms).
export async function eventually(page, check, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok())));
    }
  }
}

/// Waits until the reader shows the top listed document: while typing, the
/// reader stays on the last top result and moves to the new one once typing
/// pauses (300 ms), which moves what is in it. A test clicks in the reader
/// only after that, as a reader does.
export async function readerOnTop(page) {
  const top = page.getByRole('list', { name: 'Documents' }).getByRole('listitem').first().locator('.doc-title');
  const shown = page.getByRole('article').getByRole('heading', { level: 2 });
  await eventually(page, async () => assert.equal((await shown.innerText()).trim(), (await top.innerText()).trim()));
}

/// Registers a server and browser for the calling test file. `withApp(options,
/// body)` opens the app, runs `body(page)`, then checks that nothing left the
/// origin and nothing was logged as an error. `corpus()` is dist/corpus.json.
export function useApp() {
  let server;
  let browser;
  let corpus;
  before(async () => {
    corpus = JSON.parse(await readFile(join(DIST, 'corpus.json'), 'utf8'));
    server = await serve();
    browser = browsers();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    corpus: () => corpus,
    origin: () => server.origin,
    async withApp(options, body) {
      const app = await openApp(browser, server.origin, options);
      try {
        await body(app.page);
        assert.deepEqual(app.offOrigin, [], 'no request may leave the page origin');
        assert.deepEqual(app.errors, [], 'no console errors');
      } finally {
        await app.context.close();
      }
    },
  };
}

/// Every whole-word, case- and accent-insensitive occurrence of `word` (ASCII) in `text`.
export function countWord(text, word) {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu');
  return (folded.match(re) ?? []).length;
}

/// Minimal RFC 4180 parser for the export.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
