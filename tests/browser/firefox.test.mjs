// The single offline file in Firefox (Debian's firefox-esr), from file://.
// Playwright's Firefox needs its own patched build, so this drives the stock
// browser over WebDriver BiDi, the W3C protocol Firefox speaks natively
// (Node's WebSocket: run with --experimental-websocket on Node 20).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/// Starts Firefox headless with a fresh profile; resolves to its BiDi session.
async function startFirefox() {
  const profile = await mkdtemp(join(tmpdir(), 'ff-profile-'));
  const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise((ok, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start its WebDriver BiDi server:\n${log}`)), 60000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const m = log.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${log}`)));
  });
  const socket = new WebSocket(`${url}/session`);
  await new Promise((ok, fail) => {
    socket.onopen = ok;
    socket.onerror = () => fail(new Error('cannot connect to Firefox'));
  });
  let next = 0;
  const waiting = new Map();
  socket.onmessage = (e) => {
    const m = JSON.parse(e.data);
    if (m.id === undefined || !waiting.has(m.id)) return;
    const { ok, fail } = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.type === 'error') fail(new Error(`${m.error}: ${m.message}`));
    else ok(m.result);
  };
  const send = (method, params = {}) =>
    new Promise((ok, fail) => {
      const id = ++next;
      waiting.set(id, { ok, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  const close = async () => {
    try {
      await send('session.end');
    } catch {}
    socket.close();
    child.kill();
    await new Promise((ok) => (child.exitCode !== null ? ok() : child.on('exit', ok)));
    await rm(profile, { recursive: true, force: true });
  };
  return { send, close };
}

/// Runs `fn` (an async function's source) in the page; returns its JSON result.
async function run(send, context, fn) {
  const r = await send('script.evaluate', {
    expression: `(${fn})().then((v) => JSON.stringify(v))`,
    target: { context },
    awaitPromise: true,
  });
  if (r.type === 'exception') throw new Error(`in Firefox: ${r.exceptionDetails.text}`);
  return JSON.parse(r.result.value);
}

/// Opens the offline file in Firefox's first tab: the tab's context.
async function openOfflineFile(send) {
  const { contexts } = await send('browsingContext.getTree');
  const context = contexts[0].context;
  await send('browsingContext.navigate', {
    context,
    url: 'file://' + join(DIST, 'kosovo-explorer-offline.html'),
    wait: 'complete',
  });
  return context;
}

/// In the page: waits for `check()` (or its promise) to give a value, every 50 ms.
const UNTIL = `const until = async (check, what) => {
          for (let i = 0; i < 600; i++) {
            const v = await check();
            if (v) return v;
            await new Promise((ok) => setTimeout(ok, 50));
          }
          throw new Error('timed out waiting for ' + what);
        };`;

test('the single file works from file:// in Firefox', async () => {
  const corpus = JSON.parse(await readFile(join(DIST, 'corpus.json'), 'utf8'));
  const stoltenberg = corpus.entities.find((e) => e.id === 'jens-stoltenberg');
  const withHim = new Set(stoltenberg.mentions.map((m) => m.doc)).size;
  const soldiers = corpus.documents.reduce((k, d) => k + (d.text.match(/sold(ier)?s/gi) ?? []).length, 0);
  const { send, close } = await startFirefox();
  try {
    const context = await openOfflineFile(send);
    const result = await run(
      send,
      context,
      `async () => {
        ${UNTIL}
        const box = await until(() => document.querySelector('input[type=search]'), 'the search field');
        const documents = () => document.querySelectorAll('nav[aria-label=Documents] li').length;
        const before = documents();
        box.value = 'troops';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        const marks = await until(() => {
          const m = [...document.querySelectorAll('article mark')];
          return m.length > 0 && m;
        }, 'highlights');
        const marked = [...new Set(marks.map((m) => m.textContent.toLowerCase()))];
        // A regex, with the engine inlined in the file.
        box.value = '/sold(ier)?s/ ';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        const status = () => document.querySelector('[role=status]').textContent;
        const regexStatus = await until(() => status().endsWith('· ${soldiers} matches') && status(), 'the regex matches');
        box.value = '';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await until(() => documents() === before, 'the full list again');
        const chip = await until(
          () => [...document.querySelectorAll('aside button')].find((b) => (b.getAttribute('aria-label') ?? '').startsWith('Jens Stoltenberg,')),
          'the Stoltenberg chip',
        );
        chip.click();
        await until(() => documents() === ${withHim}, 'the list to narrow');
        return { before, marked, regexStatus, after: documents(), hash: location.hash, wasm: typeof WebAssembly };
      }`,
    );
    assert.equal(result.before, corpus.documents.length);
    assert.deepEqual(result.marked, ['troops']);
    assert.match(result.regexStatus, new RegExp(`· ${soldiers} matches$`));
    assert.equal(result.after, withHim);
    assert.equal(result.hash, '#with=jens-stoltenberg&corpus=kosovo-explorer');
  } finally {
    await close();
  }
});

test('in Firefox, the offline file opens the reader\'s articles and saves them as one file that opens in turn', async () => {
  const { send, close } = await startFirefox();
  try {
    const context = await openOfflineFile(send);
    const saved = await run(
      send,
      context,
      `async () => {
        ${UNTIL}
        await until(() => document.querySelector('input[type=search]'), 'the search field');
        // The file "Save as one file" makes, caught as it is made.
        const blobs = [];
        const make = URL.createObjectURL;
        URL.createObjectURL = (b) => (blobs.push(b), make(b));
        const t = new DataTransfer();
        t.items.add(new File(['---\\ntitle: Bridge reopens\\noutlet: Wire\\ndate: 2023-06-01\\n---\\n\\nThe Ibar bridge in Mitrovica reopened to cars, Albin Kurti said.\\n'], 'bridge.txt'));
        t.items.add(new File(['---\\ntitle: Bad\\ndate: 2023-13-45\\n---\\n\\nText.\\n'], 'bad.txt'));
        document.querySelector('.root').dispatchEvent(new DragEvent('drop', { dataTransfer: t, bubbles: true, cancelable: true }));
        const save = await until(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save as one file'), 'the articles');
        const documents = document.querySelectorAll('nav[aria-label=Documents] .doc').length;
        const report = document.querySelector('.own-report').textContent;
        save.click();
        const html = await until(() => blobs.find((b) => b.type.startsWith('text/html'))?.text(), 'the saved file');
        return { documents, report, html };
      }`,
    );
    assert.equal(saved.documents, 1);
    assert.match(saved.report, /1 article read from 2 files/);
    assert.match(saved.report, /bad\.txt:3/);
    const dir = await mkdtemp(join(tmpdir(), 'ff-saved-'));
    const path = join(dir, 'your-articles-offline.html');
    await writeFile(path, saved.html);
    await send('browsingContext.navigate', { context, url: 'file://' + path, wait: 'complete' });
    const reopened = await run(
      send,
      context,
      `async () => {
        for (let i = 0; i < 600 && !document.querySelector('input[type=search]'); i++) await new Promise((ok) => setTimeout(ok, 50));
        return { title: document.title, documents: document.querySelectorAll('nav[aria-label=Documents] .doc').length };
      }`,
    );
    assert.deepEqual(reopened, { title: 'Your articles – explorer', documents: 1 });
    await rm(dir, { recursive: true, force: true });
  } finally {
    await close();
  }
});
