// Where the main thread's time goes while a word is typed (PROFILE_DIST, the
// word PROFILE_WORD, a key every 200 ms): Chromium's sampling profiler, self
// time per function, heaviest first. Build with XTASK_WASM_NAMES=1 so the
// app's functions keep their names (docs/performance.md).
import { serve, launch } from './harness.mjs';

const dir = process.env.PROFILE_DIST;
const WORD = process.env.PROFILE_WORD ?? 'police';
const browser = await launch();
const server = await serve(dir);
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${server.origin}/`, { timeout: 600_000 });
const box = page.getByRole('searchbox', { name: 'Search' });
await box.waitFor({ timeout: 600_000 });
await page.waitForLoadState('load', { timeout: 600_000 });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await box.pressSequentially(WORD, { delay: 200 });
// Until the results are drawn: the index whole, the status a count.
await page.waitForFunction(() => /^[\d,]+ of/.test(document.querySelector('.search-status .status')?.textContent ?? ''), null, { timeout: 600_000 });
await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok())));
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
});
// Inclusive time per function (counted once per sample even when recursive).
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = byId.get(n).callFrame.functionName || '(anon)';
    if (seen.has(f)) continue;
    seen.add(f);
    incl.set(f, (incl.get(f) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
});
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
console.log('self ms');
for (const [k, v] of top(self, 40)) console.log(v.toFixed(0).padStart(7), k);
console.log('\ninclusive ms');
for (const [k, v] of top(incl, 60)) console.log(v.toFixed(0).padStart(7), k);
await browser.close();
await server.close();
