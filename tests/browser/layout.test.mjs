// Nothing moves under the reader's pointer while they type: the trends chart
// takes its room in the frame of the keystroke that gives the query a term,
// and is drawn in it once typing pauses. Measured by the page's own frames in
// both browsers, and as Cumulative Layout Shift where the browser reports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, eventually, FIREFOX } from './harness.mjs';

const app = useApp();
const withApp = (options, body) => app.withApp(options, body);
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const chart = (page) => page.getByRole('group', { name: 'Matches of each term over time' });

/// Starts watching, frame by frame, where the columns under the timeline and
/// the trends stand, and counts the keystrokes between frames; records the
/// layout shifts the browser reports, if it reports them.
function watch() {
  window.layout = { moves: [], shifts: [], keys: 0, stop: false };
  const l = window.layout;
  document.addEventListener('input', () => l.keys++, true);
  const top = () => Math.round(document.querySelector('.columns').getBoundingClientRect().top + window.scrollY);
  let last = top();
  let keys = l.keys;
  const frame = () => {
    const now = top();
    if (now !== last) l.moves.push({ from: last, to: now, withKeystroke: l.keys !== keys });
    [last, keys] = [now, l.keys];
    if (!l.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) l.shifts.push({ value: e.value, recentInput: e.hadRecentInput });
    }).observe({ type: 'layout-shift' });
  }
}

/// Resolves after `n` animation frames.
const frames = (page, n) =>
  page.evaluate((n) => new Promise((ok) => {
    const next = (k) => (k === 0 ? ok() : requestAnimationFrame(() => next(k - 1)));
    next(n);
  }), n);

test('typing moves the page only in the frame of a keystroke: the trends chart holds its room', async () => {
  await withApp({}, async (page) => {
    await page.evaluate(watch);
    await search(page).pressSequentially('kfor troops', { delay: 120 });
    // Typing pauses: the chart is drawn, then a few more frames go by.
    await eventually(page, async () => assert.equal(await chart(page).count(), 1));
    await frames(page, 20);
    const { moves, shifts } = await page.evaluate(() => {
      window.layout.stop = true;
      return window.layout;
    });
    assert.ok(moves.length >= 1, 'the chart took its room as the query got a term');
    assert.deepEqual(moves.filter((m) => !m.withKeystroke), [], 'nothing moved after the keys were pressed');
    if (!FIREFOX) {
      // Cumulative Layout Shift counts the shifts the reader did not cause.
      const cls = shifts.filter((s) => !s.recentInput).reduce((sum, s) => sum + s.value, 0);
      assert.equal(cls, 0, `Cumulative Layout Shift ${cls}`);
    }
  });
});
