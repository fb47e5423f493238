// Keystroke → paint in Chromium: the app (its real UI, release build) against
// MiniSearch rendering an equivalent result list, on the same documents and
// queries, in the same page. Run by `cargo xtask bench`; prints a table.
//
// Each keystroke is timed as the main thread's busy time until the next frame
// is painted: from the input event to the end of the app's render (a message
// posted after it), plus the frame's own work (from requestAnimationFrame to a
// message posted from it). Idle time waiting for the frame is not counted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from './harness.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dists = (process.env.BENCH_DISTS ?? `5 articles=${join(here, '../../dist')}`)
  .split('|')
  .map((s) => s.split('='));

// The same queries as the native bench (crates/corpus-core/benches/search.rs),
// and what MiniSearch is asked for each (it has no phrases or regexes).
const QUERIES = [
  ['police', { q: 'police' }],
  ['fire australia', { q: 'fire australia' }],
  ['"new south wales"', { q: 'new south wales' }],
  ['bush*', { q: 'bush', prefix: true }],
  ['police OR army', { q: 'police army', combineWith: 'OR' }],
  ['afghanistan -taliban', { q: { combineWith: 'AND_NOT', queries: ['afghanistan', 'taliban'] } }],
  ['/fire(s|fighters)?/', null],
  // Fuzzy: a misspelling (two edits allowed for nine letters, as ours decides).
  ['goverment~', { q: { queries: ['goverment'], fuzzy: 2 } }],
  // Proximity: MiniSearch has none.
  ['police NEAR/5 fire*', null],
];

// Hostile pastes: each is typed at once (one input event), as a paste or a
// link would bring it. The app bounds the work (duplicate terms counted once,
// at most 16 terms and 4 regexes), so none may block the page for long.
const common = 'the said and for with from that was were has have will police fire army government people'.split(' ');
const PASTES = [
  ['"the " × 2,500', 'the '.repeat(2500)],
  ['"t* " × 3,333', 't* '.repeat(3333)],
  ['40 different words', Array.from({ length: 40 }, (_, i) => common[i % common.length] + (i >= common.length ? `${i}` : '')).join(' ') + ' '],
  ['16 common words', common.join(' ') + ' '],
  ['4 regexes matching every word', '/[a-z]+/ /[a-z]+s/ /[a-z]+e/ /[a-z]+d/ '],
  ['10,000 chars of one word', 'x'.repeat(10000)],
];

// Typed a key every 120 ms, then left to settle.
const PACED = ['police', 'fire australia', 'goverment~', 'police NEAR/5 fire*'];

// Like with like: each query typed at once into an empty field (as a paste
// or a link brings it), the fuzzy and NEAR forms beside the plain words.
const AT_ONCE = [
  ['government', 'government '],
  ['goverment~ (fuzzy)', 'goverment~ '],
  ['police fire', 'police fire '],
  ['police NEAR/5 fire', 'police NEAR/5 fire '],
];

const miniSearchSource = await readFile(join(here, 'node_modules/minisearch/dist/umd/index.js'), 'utf8');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => (x === undefined ? '   —  ' : x.toFixed(2).padStart(6));

const browser = await launch();
const rows = [];
const engineRows = [];
const pasteRows = [];
const pacedRows = [];
const atOnceRows = [];
try {
  for (const [name, dir] of dists) {
    const server = await serve(dir);
    // The page's CSP allows no inline script; the bench injects MiniSearch as one.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(server.origin + '/');
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.waitFor();
    // The regex module is fetched on the first `/` typed: fetch it before
    // anything is timed, so that regexes are timed, not their download.
    await box.fill('/warm-up/ ');
    await page.waitForFunction(() => {
      const status = document.querySelector('[role=status]')?.textContent ?? '';
      return / of /.test(status) && !status.startsWith('Loading');
    });
    await box.fill('');
    const corpus = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8'));
    await page.addScriptTag({ content: miniSearchSource });
    const indexing = await page.evaluate((docs) => {
      const t0 = performance.now();
      window.ms = new MiniSearch({ fields: ['title', 'text'], storeFields: ['title'] });
      window.ms.addAll(docs.map((d, i) => ({ id: i, title: d.title, text: d.text })));
      const list = document.createElement('ol');
      list.id = 'ms-results';
      document.body.append(list);
      return performance.now() - t0;
    }, corpus.documents);
    await page.evaluate(() => {
      const tick = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
      const frame = () => new Promise((r) => requestAnimationFrame(() => { const t = performance.now(); tick().then((end) => r(end - t)); }));
      // One keystroke in the app's search field.
      window.oursKey = async (text) => {
        const input = document.querySelector('#search');
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const t0 = performance.now();
        set.call(input, text);
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        const rendered = await tick();
        return rendered - t0 + (await frame());
      };
      // One keystroke for MiniSearch: search, then render the list the app shows
      // (the app renders the first 30 documents, PAGE in document_list.rs; so
      // does this).
      window.msKey = async (query, { combineWith = 'AND', prefixAll = false } = {}) => {
        // As the app does: the word being typed matches as a prefix.
        const prefix = prefixAll ? true : (term, i, terms) => i === terms.length - 1;
        const t0 = performance.now();
        const results = window.ms.search(query, { combineWith, prefix });
        const list = document.querySelector('#ms-results');
        list.replaceChildren(...results.slice(0, 30).map((r) => {
          const li = document.createElement('li');
          const b = document.createElement('button');
          b.textContent = `${r.title} (${r.score.toFixed(1)})`;
          li.append(b);
          return li;
        }));
        const rendered = await tick();
        return rendered - t0 + (await frame());
      };
    });
    for (const [ours, theirs] of QUERIES) {
      const oursTimes = [];
      let msTimes = [];
      // Each query typed ROUNDS times, alternating between the two, so that a
      // slow moment of the machine does not land on one side only.
      for (let round = 0; round < ROUNDS; round++) {
        const typed = [];
        for (let i = 1; i <= ours.length; i++) typed.push(await page.evaluate((t) => window.oursKey(t), ours.slice(0, i)));
        await page.evaluate(() => window.oursKey(''));
        if (theirs && typeof theirs.q === 'string') {
          for (let i = 1; i <= theirs.q.length; i++) {
            const prefix = theirs.q.slice(0, i);
            const options = { combineWith: theirs.combineWith ?? 'AND', prefixAll: !!theirs.prefix };
            msTimes.push(await page.evaluate(([q, o]) => window.msKey(q, o), [prefix, options]));
          }
        } else if (theirs) {
          msTimes.push(await page.evaluate((q) => window.msKey(q, {}), theirs.q));
          // Compare like with like: our last keystroke only.
          typed.splice(0, typed.length - 1);
        }
        oursTimes.push(...typed);
      }
      rows.push({ name, query: ours, ours: oursTimes, ms: msTimes });
    }
    // Typing at a reader's pace, with what follows once typing pauses (the
    // names, the timeline and the trends chart): the long tasks (over 50 ms)
    // the page runs, per query and per trends period.
    await page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const typeSettled = async (query) => {
      await box.fill('');
      await page.waitForTimeout(600);
      await page.evaluate(() => { window.longTasks = []; });
      await box.pressSequentially(query, { delay: 120 });
      // Typing pauses: the settled views follow after 300 ms.
      await page.waitForTimeout(1200);
      return page.evaluate(() => window.longTasks);
    };
    for (const period of ['Per month', 'Per document']) {
      if (period === 'Per document') {
        // The switch itself, with the first query's results shown.
        await typeSettled(PACED[0]);
        await page.evaluate(() => { window.longTasks = []; });
        await page.getByRole('region', { name: 'Trends' }).getByRole('button', { name: period, exact: true }).click();
        await page.waitForTimeout(1000);
        pacedRows.push({ name, period: 'switch to it', query: PACED[0], tasks: await page.evaluate(() => window.longTasks) });
      }
      for (const query of PACED) {
        const tasks = [];
        for (let round = 0; round < Math.min(ROUNDS, 3); round++) tasks.push(...(await typeSettled(query)));
        pacedRows.push({ name, period, query, tasks });
      }
    }
    await box.fill('');
    // Each text typed at once into the emptied field, ROUNDS times.
    const atOnce = async (list, into) => {
      for (const [label, text] of list) {
        const times = [];
        for (let round = 0; round < ROUNDS; round++) {
          times.push(await page.evaluate((t) => window.oursKey(t), text));
          await page.evaluate(() => window.oursKey(''));
        }
        into.push({ name, label, times });
      }
    };
    await atOnce(AT_ONCE, atOnceRows);
    await atOnce(PASTES, pasteRows);
    // The engines alone, no rendering: query → ranked documents. Needs a build
    // with the `bench` feature, which exports the app's search to the page.
    const hasEngine = await page.evaluate(() => typeof window.wasmBindings?.bench_search === 'function');
    if (hasEngine) {
      await page.evaluate(() => {
        // Microseconds per call: calls repeated for 20 ms, after a warm-up.
        window.perCall = (f) => {
          for (let i = 0; i < 3; i++) f();
          let n = 0;
          const t0 = performance.now();
          let t = t0;
          while (t - t0 < 20) { f(); n++; t = performance.now(); }
          return ((t - t0) / n) * 1000;
        };
        window.oursSearch = (q) => window.perCall(() => window.wasmBindings.bench_search(q));
        window.msSearch = (q, { combineWith = 'AND', prefixAll = false } = {}) => {
          const prefix = prefixAll ? true : (term, i, terms) => i === terms.length - 1;
          return window.perCall(() => window.ms.search(q, { combineWith, prefix }).length);
        };
      });
      for (const [ours, theirs] of QUERIES) {
        let oursTimes = [];
        const msTimes = [];
        for (let i = 1; i <= ours.length; i++) oursTimes.push(await page.evaluate((q) => window.oursSearch(q), ours.slice(0, i)));
        if (theirs && typeof theirs.q === 'string') {
          const options = { combineWith: theirs.combineWith ?? 'AND', prefixAll: !!theirs.prefix };
          for (let i = 1; i <= theirs.q.length; i++) msTimes.push(await page.evaluate(([q, o]) => window.msSearch(q, o), [theirs.q.slice(0, i), options]));
        } else if (theirs) {
          msTimes.push(await page.evaluate((q) => window.msSearch(q, {}), theirs.q));
          oursTimes = oursTimes.slice(-1);
        }
        engineRows.push({ name, query: ours, ours: oursTimes, ms: msTimes });
      }
    }
    console.log(`${name}: ${corpus.documents.length} documents; MiniSearch indexing took ${indexing.toFixed(0)} ms (the app's index is built at build time)`);
    await page.close();
    await server.close();
  }
} finally {
  await browser.close();
}

console.log(`\nKeystroke → paint, busy ms per keystroke (median / worst over the keystrokes typing the query, ${ROUNDS} times)`);
console.log('corpus         query                    ours med / max    MiniSearch med / max   ours ÷ MiniSearch (med)');
for (const r of rows) {
  const ms = r.ms.length ? [median(r.ms), Math.max(...r.ms)] : [undefined, undefined];
  const ratio = r.ms.length ? (median(r.ours) / median(r.ms)).toFixed(2) : 'n/a (MiniSearch has none)';
  console.log(
    `${r.name.padEnd(14)} ${r.query.padEnd(24)} ${fmt(median(r.ours))} / ${fmt(Math.max(...r.ours))}    ${fmt(ms[0])} / ${fmt(ms[1])}       ${ratio}`,
  );
}

console.log(`\nWhole query at once into an empty field, busy ms from the input to the painted frame (median / worst of ${ROUNDS})`);
for (const r of atOnceRows) {
  console.log(`${r.name.padEnd(14)} ${r.label.padEnd(32)} ${fmt(median(r.times))} / ${fmt(Math.max(...r.times))}`);
}

console.log(`\nHostile pastes, busy ms from the input to the painted frame (median / worst of ${ROUNDS})`);
for (const r of pasteRows) {
  console.log(`${r.name.padEnd(14)} ${r.label.padEnd(32)} ${fmt(median(r.times))} / ${fmt(Math.max(...r.times))}`);
}

console.log('\nTyping at a reader\'s pace (a key every 120 ms, then the pause that settles the names, timeline and trends): tasks over 50 ms');
console.log('corpus         trends         query                    long tasks   longest ms');
for (const r of pacedRows) {
  const longest = r.tasks.length ? Math.max(...r.tasks).toFixed(0) : '—';
  console.log(`${r.name.padEnd(14)} ${r.period.padEnd(14)} ${r.query.padEnd(24)} ${String(r.tasks.length).padStart(10)}   ${longest.padStart(10)}`);
}

if (engineRows.length) {
  console.log('\nSearch alone, no rendering: query → ranked documents, µs per keystroke (median / worst over the keystrokes typing the query)');
  console.log('corpus         query                    ours med / max      MiniSearch med / max     ours ÷ MiniSearch (med)');
  const us = (x) => (x === undefined ? '     —  ' : x.toFixed(1).padStart(8));
  for (const r of engineRows) {
    const ms = r.ms.length ? [median(r.ms), Math.max(...r.ms)] : [undefined, undefined];
    const ratio = r.ms.length ? (median(r.ours) / median(r.ms)).toFixed(2) : 'n/a (MiniSearch has none)';
    console.log(`${r.name.padEnd(14)} ${r.query.padEnd(24)} ${us(median(r.ours))} / ${us(Math.max(...r.ours))}  ${us(ms[0])} / ${us(ms[1])}     ${ratio}`);
  }
} else {
  console.log('\n(Search-alone table skipped: these builds lack the `bench` feature.)');
}
