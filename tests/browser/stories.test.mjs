// Stories: a corpus's `stories/NAME.toml` played in the page — started from
// the page's tools or a link, step by step with buttons and keys, each step
// its link's view, the reader free to explore and come back, back/forward,
// and the single offline file. Stories and their steps come from
// dist/corpus.json, which carries them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { emulatePrint, launch, openOfflineFile, useApp, eventually, historyGo } from './harness.mjs';

const app = useApp();
const withApp = (options, body) => app.withApp(options, body);
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const fragment = (page) => decodeURIComponent(new URL(page.url()).hash);

/// The seed corpus's story, and what its step `n` (from 1) asks for.
const story = () => app.corpus().stories[0];
const asked = (n) => new URLSearchParams(story().steps[n - 1].view);
const panel = (page) => page.getByRole('region', { name: story().title });
const status = (page) => panel(page).getByRole('status');
const stepSaid = (n) => `Step ${n} of ${story().steps.length}: ${story().steps[n - 1].title}`;

/// Waits until the panel shows step `n` with its view.
async function onStep(page, n) {
  await eventually(page, async () => assert.equal(await status(page).textContent(), stepSaid(n)));
  await eventually(page, async () => assert.equal(await search(page).inputValue(), asked(n).get('q') ?? ''));
  assert.equal(await panel(page).getByRole('heading', { level: 3 }).innerText(), story().steps[n - 1].title);
}

test('a story plays step by step, each step showing its link’s view', async () => {
  await withApp({}, async (page) => {
    const s = story();
    assert.ok(s.steps.length >= 3, 'the seeds tell a story of several steps');
    await page.getByRole('button', { name: `Story: ${s.title}` }).click();
    await onStep(page, 1);
    // Starting it puts the focus on the story, and the link says where it is.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), s.title);
    await eventually(page, async () => assert.equal(fragment(page), `#story=${s.name}&step=1&corpus=kosovo-explorer`));
    assert.equal(await panel(page).getByRole('button', { name: 'Previous step' }).getAttribute('aria-disabled'), 'true');
    // Next: the step's names, view and document follow.
    await panel(page).getByRole('button', { name: 'Next step' }).click();
    await onStep(page, 2);
    for (const id of asked(2).getAll('with')) {
      const name = app.corpus().entities.find((e) => e.id === id).name;
      await eventually(page, async () => assert.equal(await page.getByRole('button', { name: `Remove ${name}` }).count(), 1));
    }
    if (asked(2).get('view')) {
      const tab = page.getByRole('tab', { selected: true });
      await eventually(page, async () => assert.equal((await tab.innerText()).toLowerCase(), asked(2).get('view')));
    }
    // The answer stays hidden until asked for.
    const step = s.steps[1];
    const answer = panel(page).getByText(step.answer);
    assert.equal(await answer.isVisible(), false);
    const show = panel(page).getByRole('button', { name: 'Show answer' });
    assert.equal(await show.getAttribute('aria-expanded'), 'false');
    await show.click();
    await answer.waitFor();
    assert.equal(await show.getAttribute('aria-expanded'), 'true');
    // At the next step the answer is hidden again.
    await panel(page).getByRole('button', { name: 'Next step' }).click();
    await onStep(page, 3);
    assert.equal(await panel(page).getByRole('button', { name: 'Show answer' }).getAttribute('aria-expanded'), 'false');
  });
});

test('keys move through the steps; the reader explores and comes back; leaving keeps the view', async () => {
  const s = story();
  const last = s.steps.length;
  await withApp({ path: `/#story=${s.name}` }, async (page) => {
    await onStep(page, 1);
    const next = panel(page).getByRole('button', { name: 'Next step' });
    await next.focus();
    await page.keyboard.press('ArrowRight');
    await onStep(page, 2);
    await page.keyboard.press('End');
    await onStep(page, last);
    assert.equal(await next.getAttribute('aria-disabled'), 'true');
    await page.keyboard.press('ArrowLeft');
    await onStep(page, last - 1);
    await page.keyboard.press('Home');
    await onStep(page, 1);
    // Keys typed in the search box are the search's.
    await search(page).fill('kurti');
    await search(page).press('ArrowLeft');
    await eventually(page, async () => assert.equal(await status(page).textContent(), stepSaid(1)));
    // The reader's own view: the link keeps both, and the step is one click away.
    await eventually(page, async () => assert.ok(fragment(page).startsWith(`#story=${s.name}&step=1&q=kurti&`), fragment(page)));
    const back = panel(page).getByRole('button', { name: 'Back to step 1' });
    await back.click();
    await eventually(page, async () => assert.equal(await search(page).inputValue(), asked(1).get('q') ?? ''));
    assert.equal(await back.count(), 0);
    // Leaving: the story goes, the view stays, the stories are offered again.
    await panel(page).getByRole('button', { name: 'Leave the story' }).click();
    assert.equal(await panel(page).count(), 0);
    assert.equal(await search(page).inputValue(), asked(1).get('q') ?? '');
    await eventually(page, async () => assert.ok(!fragment(page).includes('story='), fragment(page)));
    await page.getByRole('button', { name: `Story: ${s.title}` }).waitFor();
  });
});

test('a link opens a step without taking the focus; back and forward walk the steps; a wrong one is said', async () => {
  const s = story();
  await withApp({ path: `/#story=${s.name}&step=3` }, async (page) => {
    await onStep(page, 3);
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'story-heading');
    await panel(page).getByRole('button', { name: 'Next step' }).click();
    await onStep(page, 4);
    await historyGo(page, -1);
    await onStep(page, 3);
    await historyGo(page, 1);
    await onStep(page, 4);
  });
  await withApp({ path: `/#story=${s.name}&step=99` }, async (page) => {
    await page.getByText(`the story “${s.name}” has no step “99” (its steps are 1 to ${s.steps.length})`).waitFor();
    assert.equal(await panel(page).count(), 0);
  });
});

test('a story prints as a worksheet: every step, the answers only when asked for', async () => {
  const s = story();
  await withApp({ path: `/#story=${s.name}&step=2` }, async (page) => {
    await onStep(page, 2);
    // The browser's print dialog is not opened in a test: printing is what the style sheet shows.
    await page.evaluate(() => (window.print = () => {}));
    await panel(page).getByRole('button', { name: 'Print the worksheet' }).click();
    await emulatePrint(page, true);
    const sheet = page.locator('.story-worksheet');
    await eventually(page, async () => assert.ok(await sheet.isVisible()));
    const printed = await sheet.innerText();
    for (const step of s.steps) {
      assert.ok(printed.includes(step.title), step.title);
      if (step.question) assert.ok(printed.includes(step.question), step.question);
      if (step.answer) assert.ok(!printed.includes(step.answer), `no answer: ${step.answer}`);
    }
    // What a step shows is said: its search, its document.
    assert.ok(printed.includes(`In the explorer: Search: ${asked(1).get('q')}`), printed.slice(0, 400));
    const doc = app.corpus().documents.find((d) => d.id === asked(3).get('doc'));
    if (doc) assert.ok(printed.includes(doc.title), doc.title);
    // The explorer itself is not printed.
    for (const hidden of [page.getByRole('article'), page.getByRole('list', { name: 'Documents' }), search(page)]) {
      assert.equal(await hidden.isVisible(), false);
    }
    // With the answers.
    await emulatePrint(page, false);
    await panel(page).getByRole('checkbox', { name: 'with the answers' }).check();
    await emulatePrint(page, true);
    await eventually(page, async () => assert.ok((await sheet.innerText()).includes(s.steps[0].answer)));
    // After printing, printing again prints the view.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await eventually(page, async () => assert.equal(await sheet.isVisible(), false));
  });
});

test('embedded, a link opens the story in the compact layout', async () => {
  const s = story();
  await withApp({ path: `/#embed&story=${s.name}&step=2`, viewport: { width: 390, height: 700 } }, async (page) => {
    await onStep(page, 2);
    await page.getByRole('link', { name: /Open full explorer/ }).waitFor();
    // The full explorer opens at the same step.
    const href = await page.getByRole('link', { name: /Open full explorer/ }).getAttribute('href');
    assert.match(decodeURIComponent(href), new RegExp(`#story=${s.name}&step=2&corpus=`));
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  });
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the single file plays the story from disk', async () => {
  const s = story();
  const { page, context, file, requests, errors } = await openOfflineFile(browser);
  try {
    await search(page).waitFor();
    await page.getByRole('button', { name: `Story: ${s.title}` }).click();
    await onStep(page, 1);
    await panel(page).getByRole('button', { name: 'Next step' }).click();
    await onStep(page, 2);
    const outside = requests.filter((u) => !u.startsWith(file.split('#')[0]) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, [], 'nothing but the file itself');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
