// Serves the release build on loopback and drives it in Debian's Chromium.
// Every request the page makes is recorded, so tests can prove nothing leaves
// the page's own origin.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
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

export async function launch() {
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

/// Opens the app; returns the page, the list of off-origin requests and console errors.
/// `wait: false` opens a page that is not the app (the explainer); `init` runs in
/// the page before any of its own scripts.
export async function openApp(
  browser,
  origin,
  { viewport = { width: 1280, height: 900 }, path = '/', wait = true, context: contextOptions = {}, init } = {},
) {
  const context = await browser.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
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
    browser = await launch();
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
