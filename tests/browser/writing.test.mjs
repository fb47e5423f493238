// Stories written in the page: "Write a story", a new story's steps added
// from the views the reader makes, their texts written, reordered with the
// keyboard, deleted; the story downloaded as its `.toml` (which the build
// reads back: see the core's round-trip tests), played, linked to; the page's
// own story edited; a story written over the reader's own articles saved in
// their single file and played from disk; the offline file writing one too.
// Nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventually, launch, openOfflineFile, savedFile, useApp } from './harness.mjs';

const app = useApp();
const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const writer = (page) => page.getByRole('region', { name: 'Write a story' });
const step = (page, n) => writer(page).getByRole('group', { name: `Step ${n}` });
const shows = (page, n) => step(page, n).locator('.writer-shows');
const focused = (page) => page.evaluate(() => document.activeElement?.id);
const said = (page) => writer(page).getByRole('status');
/// Whether leaving the page would ask first (a `beforeunload` the page cancels).
const asksBeforeLeaving = (page) =>
  page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });

/// Opens the writer on a new story titled `title`.
async function startNew(page, title) {
  const write = page.getByRole('button', { name: 'Write a story' });
  await write.click();
  await writer(page).waitFor();
  assert.equal(await write.getAttribute('aria-expanded'), 'true');
  await eventually(page, async () => assert.equal(await focused(page), 'story-writer-heading'));
  await writer(page).getByRole('combobox', { name: 'Story' }).selectOption({ label: 'A new story' });
  await writer(page).getByRole('textbox', { name: 'Title' }).fill(title);
}

/// Searches `query`, then adds the view as a step: its number's group.
async function addView(page, query, n) {
  await search(page).fill(query);
  await writer(page).getByRole('button', { name: 'Add this view as a step' }).click();
  await step(page, n).waitFor();
  await eventually(page, async () => assert.equal(await said(page).textContent(), `Step ${n} added`));
  await eventually(page, async () => assert.equal(await focused(page), `writer-step-${n}-title`));
}

/// Writes `text` in step `n`'s field `name` and leaves it (Tab), which keeps it.
async function write(page, n, name, text) {
  const field = step(page, n).getByRole('textbox', { name });
  await field.fill(text);
  await field.press('Tab');
}

test('a story is written in the page: views added as steps, written, reordered with keys, deleted, downloaded, played', async () => {
  await app.withApp({}, async (page) => {
    assert.equal(await asksBeforeLeaving(page), false);
    await startNew(page, 'Plates and barricades');
    await addView(page, 'plates', 1);
    // Stories written in the page are stored nowhere: leaving it asks first.
    await eventually(page, async () => assert.equal(await asksBeforeLeaving(page), true));
    assert.equal(await shows(page, 1).innerText(), 'In the explorer: Search: plates');
    await write(page, 1, 'Title', 'Licence plates');
    await write(page, 1, 'Note', 'Read *how* it began.\n\nThen read on.');
    await write(page, 1, 'Question', 'Which plates?');
    await write(page, 1, 'Answer', 'Serbian-issued ones');
    await addView(page, 'kfor', 2);
    // Alt+↑ in step 2's title moves the step up; the focus stays in its title.
    await page.keyboard.press('Alt+ArrowUp');
    await eventually(page, async () => assert.equal(await shows(page, 1).innerText(), 'In the explorer: Search: kfor'));
    assert.equal(await said(page).textContent(), 'Step moved to place 1 of 2');
    assert.equal(await focused(page), 'writer-step-1-title');
    assert.equal(await step(page, 2).getByRole('textbox', { name: 'Title' }).inputValue(), 'Licence plates');
    // The Move buttons say what they do at the ends, and move as the keys do.
    assert.equal(await step(page, 1).getByRole('button', { name: 'Move up' }).getAttribute('aria-disabled'), 'true');
    await step(page, 1).getByRole('button', { name: 'Move down' }).click();
    await eventually(page, async () => assert.equal(await shows(page, 2).innerText(), 'In the explorer: Search: kfor'));
    await eventually(page, async () => assert.equal(await focused(page), 'writer-step-2-down'));
    // A third step, deleted: the focus goes to the step before it.
    await addView(page, 'troops', 3);
    await step(page, 3).getByRole('button', { name: 'Delete step' }).click();
    await eventually(page, async () => assert.equal(await step(page, 3).count(), 0));
    assert.equal(await said(page).textContent(), 'Step 3 deleted');
    await eventually(page, async () => assert.equal(await focused(page), 'writer-step-2-title'));

    // Downloaded, the story is its file.
    const file = await savedFile(page, () => writer(page).getByRole('button', { name: 'Download the story' }).click());
    assert.equal(file.name, 'plates-and-barricades.toml');
    assert.match(file.text, /^# A story for the corpus explorer/);
    assert.match(file.text, /\ntitle = "Plates and barricades"\n/);
    assert.match(file.text, /\[\[step\]\]\ntitle = "Licence plates"\nview = "#q=plates"\nnote = """\nRead \*how\* it began\.\n\nThen read on\."""\nquestion = "Which plates\?"\nanswer = "Serbian-issued ones"\n/);
    assert.match(file.text, /\[\[step\]\]\nview = "#q=kfor"\n/);

    // Played, it shows each step's view, note, question and answer; links name it.
    await writer(page).getByRole('button', { name: 'Play the story' }).click();
    const panel = page.getByRole('region', { name: 'Plates and barricades' });
    await eventually(page, async () => assert.equal(await panel.getByRole('status').textContent(), 'Step 1 of 2: Licence plates'));
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'plates'));
    assert.equal(await panel.locator('.story-note p').first().innerHTML(), 'Read <em>how</em> it began.');
    await panel.getByRole('button', { name: 'Show answer' }).click();
    await panel.getByText('Serbian-issued ones').waitFor();
    await panel.getByRole('button', { name: 'Next step' }).click();
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'kfor'));
    await eventually(page, async () =>
      assert.equal(decodeURIComponent(new URL(page.url()).hash), '#story=plates-and-barricades&step=2&corpus=kosovo-explorer'),
    );
    // Back in history walks the steps of the story written here too.
    await page.goBack();
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'plates'));
    // The page's tools list it beside the seeds' story.
    await panel.getByRole('button', { name: 'Leave the story' }).click();
    await page.getByText('Stories', { exact: true }).click();
    await page.locator('details.stories').getByRole('button', { name: 'Plates and barricades' }).waitFor();
    // Closing the writer gives the focus back to its button.
    await writer(page).getByRole('button', { name: 'Close' }).click();
    assert.equal(await writer(page).count(), 0);
    assert.equal(await focused(page), 'write-story');
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    assert.equal(stored, 0, 'nothing stored');
  });
});

test('the page’s own story is edited in place; deleting a story asks first', async () => {
  await app.withApp({}, async (page) => {
    const s = app.corpus().stories[0];
    await page.getByRole('button', { name: 'Write a story' }).click();
    // The writer opens on the corpus's story, each step with its texts.
    assert.equal(await writer(page).getByRole('combobox', { name: 'Story' }).inputValue(), '0');
    assert.equal(await step(page, 1).getByRole('textbox', { name: 'Title' }).inputValue(), s.steps[0].title);
    assert.equal(await writer(page).getByRole('group').count(), s.steps.length);
    // A step's view replaced by the one shown now, and its title rewritten.
    await search(page).fill('mitrovica');
    await step(page, 1).getByRole('button', { name: 'Use the view shown now' }).click();
    await eventually(page, async () => assert.equal(await shows(page, 1).innerText(), 'In the explorer: Search: mitrovica'));
    assert.equal(await said(page).textContent(), 'Step 1 now shows this view');
    await write(page, 1, 'Title', 'The north');
    await writer(page).getByRole('textbox', { name: 'Title' }).first().fill('The barricades, rewritten');
    await writer(page).getByRole('textbox', { name: 'Description' }).press('Tab');
    await step(page, 1).getByRole('button', { name: 'Show this step' }).click();
    const panel = page.getByRole('region', { name: 'The barricades, rewritten' });
    await eventually(page, async () => assert.equal(await panel.getByRole('status').textContent(), `Step 1 of ${s.steps.length}: The north`));
    // A file's story keeps its file's name in links.
    await eventually(page, async () => assert.match(decodeURIComponent(page.url()), new RegExp(`#story=${s.name}&step=1&`)));
    // The step played, deleted: the story stops, the view stays.
    const last = s.steps.length;
    await step(page, last).getByRole('button', { name: 'Show this step' }).click();
    await eventually(page, async () => assert.match(await panel.getByRole('status').textContent(), new RegExp(`^Step ${last} of ${last}`)));
    const query = await search(page).inputValue();
    await step(page, last).getByRole('button', { name: 'Delete step' }).click();
    await eventually(page, async () => assert.equal(await panel.count(), 0));
    assert.equal(await search(page).inputValue(), query);
    await step(page, 1).getByRole('button', { name: 'Show this step' }).click();
    await panel.waitFor();
    // Deleting asks; "Cancel" keeps the story, "OK" deletes it and the story stops.
    const answers = [false, true];
    page.on('dialog', (d) => (answers.shift() ? d.accept() : d.dismiss()));
    await writer(page).getByRole('button', { name: 'Delete the story' }).click();
    assert.equal(await panel.count(), 1);
    await writer(page).getByRole('button', { name: 'Delete the story' }).click();
    await eventually(page, async () => assert.equal(await panel.count(), 0));
    assert.equal(await said(page).textContent(), 'Story deleted');
    assert.equal(await page.getByRole('button', { name: /^Story: / }).count(), 0);
    assert.equal(await writer(page).getByRole('combobox', { name: 'Story' }).inputValue(), 'new');
  });
});

/// Presses Tab until the element with id `id` has the focus (at most `max` times).
async function tabTo(page, id, max = 60) {
  for (let i = 0; i < max && (await focused(page)) !== id; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(page), id);
}

test('keyboard only: the seeds’ story rewritten, a step moved and one added, then played', async () => {
  await app.withApp({}, async (page) => {
    const s = app.corpus().stories[0];
    await page.getByRole('button', { name: 'Write a story' }).focus();
    await page.keyboard.press('Enter');
    await eventually(page, async () => assert.equal(await focused(page), 'story-writer-heading'));
    // The first step's title, rewritten, then moved down with Alt+↓: the focus stays in it.
    await tabTo(page, 'writer-step-1-title');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Plates first');
    await page.keyboard.press('Alt+ArrowDown');
    await eventually(page, async () => assert.equal(await focused(page), 'writer-step-2-title'));
    assert.equal(await step(page, 2).getByRole('textbox', { name: 'Title' }).inputValue(), 'Plates first');
    assert.equal(await step(page, 1).getByRole('textbox', { name: 'Title' }).inputValue(), s.steps[1].title);
    assert.equal(await said(page).textContent(), `Step moved to place 2 of ${s.steps.length}`);
    // A view made with the keyboard, added as a step.
    await search(page).focus();
    await page.keyboard.type('barricades');
    await writer(page).getByRole('button', { name: 'Add this view as a step' }).focus();
    await page.keyboard.press('Enter');
    const n = s.steps.length + 1;
    await eventually(page, async () => assert.equal(await focused(page), `writer-step-${n}-title`));
    assert.equal(await shows(page, n).innerText(), 'In the explorer: Search: barricades');
    // Played from the writer: the panel takes the focus; → moves through the steps.
    await writer(page).getByRole('button', { name: 'Play the story' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: s.title });
    await eventually(page, async () => assert.equal(await focused(page), 'story-heading'));
    await page.keyboard.press('ArrowRight');
    await eventually(page, async () => assert.equal(await panel.getByRole('status').textContent(), `Step 2 of ${n}: Plates first`));
  });
});

/// Two of the seed articles as files of one's own.
async function ownFiles() {
  const seeds = (await readdir(CORPUS)).filter((f) => f.endsWith('.txt')).sort();
  return [join(CORPUS, seeds[0]), join(CORPUS, seeds[4])];
}

test('a story written over one’s own articles is saved in their single file and plays from disk', async () => {
  await app.withApp({}, async (page) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open your own articles' }).click();
    await (await chooser).setFiles(await ownFiles());
    const banner = page.getByRole('region', { name: 'Your articles' });
    await banner.getByText('Exploring “Your articles”').waitFor();
    await startNew(page, 'A lesson');
    await addView(page, 'troops', 1);
    await write(page, 1, 'Note', 'Who asks for *troops*?');
    assert.equal(await asksBeforeLeaving(page), true);
    const file = await savedFile(page, () => banner.getByRole('button', { name: 'Save as one file' }).click());
    const path = join(await mkdtemp(join(tmpdir(), 'saved-')), file.name);
    await writeFile(path, file.text);
    const context = await page.context().browser().newContext();
    try {
      const saved = await context.newPage();
      const errors = [];
      saved.on('pageerror', (e) => errors.push(String(e)));
      await saved.goto(pathToFileURL(path).href);
      await saved.getByRole('button', { name: 'Story: A lesson' }).click();
      const panel = saved.getByRole('region', { name: 'A lesson' });
      await eventually(saved, async () => assert.equal(await panel.getByRole('status').textContent(), 'Step 1 of 1'));
      await eventually(saved, async () => assert.equal(await search(saved).inputValue(), 'troops'));
      assert.equal(await panel.locator('.story-note').innerText(), 'Who asks for troops?');
      // The data export inside the file carries it too.
      const data = await saved.evaluate(() => {
        const url = document.querySelector('meta[name="corpus-data"]').content;
        const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
        return JSON.parse(new TextDecoder().decode(bytes));
      });
      assert.deepEqual(data.stories.map((s) => s.name), ['a-lesson']);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the single offline file writes and plays a story from disk', async () => {
  const { page, context, file, requests, errors } = await openOfflineFile(browser);
  try {
    await search(page).waitFor();
    await startNew(page, 'Offline lesson');
    await addView(page, 'kurti', 1);
    await writer(page).getByRole('button', { name: 'Play the story' }).click();
    const panel = page.getByRole('region', { name: 'Offline lesson' });
    await eventually(page, async () => assert.equal(await panel.getByRole('status').textContent(), 'Step 1 of 1'));
    const outside = requests.filter((u) => !u.startsWith(file.split('#')[0]) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, [], 'nothing but the file itself');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
