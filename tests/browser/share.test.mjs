// Links that reproduce a view, back/forward, "Copy link", embed mode and the
// host-page message API, driven in headless Chromium. Ids come from
// dist/corpus.json, the data the page embeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, eventually, historyGo } from './harness.mjs';

const app = useApp();
const withApp = (options, body) => app.withApp(options, body);

const search = (page) => page.getByRole('searchbox', { name: 'Search' });
const listed = (page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
const readerHeading = (page) => page.getByRole('article').getByRole('heading', { level: 2 });
const activeChip = (page, name) => page.getByRole('button', { name: `Remove ${name}` });
const fragment = (page) => decodeURIComponent(new URL(page.url()).hash);

/// The document and the sentence the test links to: Kurti asking for more troops.
function kurtiPassage() {
  const { corpus } = { corpus: app.corpus() };
  const doc = corpus.documents.find((d) => d.text.includes('should be enlarged to boost regional security'));
  const sentence = 'The NATO-led KFOR peacekeeping force in Kosovo should be enlarged to boost regional security';
  const start = Buffer.byteLength(doc.text.slice(0, doc.text.indexOf(sentence)));
  return { doc, start, end: start + Buffer.byteLength(sentence) };
}

test('a link restores the whole view', async () => {
  const { doc, start, end } = kurtiPassage();
  const kurti = app.corpus().entities.find((e) => e.id === 'albin-kurti');
  const path = `/#q=troops&with=albin-kurti&without=jens-stoltenberg&from=2022-12-01&to=2023-01-31&doc=${doc.id}&at=${start}-${end}`;
  await withApp({ path }, async (page) => {
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'troops'));
    assert.equal(await activeChip(page, kurti.name).count(), 1, 'Kurti required');
    assert.match(await page.getByText(/^without$/).first().innerText(), /without/);
    assert.match(await page.locator('.range-chip').innerText(), /1 December 2022 – 31 January 2023/);
    await eventually(page, async () => assert.equal(await readerHeading(page).innerText(), doc.title));
    const passage = page.getByRole('article').locator('.passage');
    await eventually(page, async () => assert.match(await passage.innerText(), /should be enlarged to boost regional security/));
    // The list shows only what the link's filters leave.
    const texts = await listed(page).allInnerTexts();
    assert.ok(texts.length >= 1 && texts.length < 5, `filtered: ${texts.length}`);
    assert.equal(await page.getByRole('note', { name: 'About this link' }).count(), 0, 'nothing was left out');
  });
});

test('changes are written into the link and back/forward walk through them', async () => {
  await withApp({}, async (page) => {
    assert.equal(new URL(page.url()).hash, '', 'the untouched view has no fragment');
    await search(page).pressSequentially('kfor');
    await eventually(page, async () => assert.equal(fragment(page), '#q=kfor&corpus=kosovo-explorer'));
    const names = page.getByRole('complementary', { name: 'Who and where' });
    await names.getByRole('button', { name: /^Albin Kurti ?,/ }).first().click();
    await eventually(page, async () => assert.equal(fragment(page), '#q=kfor&with=albin-kurti&corpus=kosovo-explorer'));
    await page.getByRole('tab', { name: 'Concordance' }).click();
    await eventually(page, async () => assert.equal(fragment(page), '#q=kfor&with=albin-kurti&view=concordance&corpus=kosovo-explorer'));

    await historyGo(page, -1);
    await eventually(page, async () => assert.equal(await page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected'), 'true'));
    assert.equal(await activeChip(page, 'Albin Kurti').count(), 1);
    await historyGo(page, -1);
    await eventually(page, async () => assert.equal(await activeChip(page, 'Albin Kurti').count(), 0));
    assert.equal(await search(page).inputValue(), 'kfor', 'typing was one step');
    await historyGo(page, -1);
    await eventually(page, async () => assert.equal(await search(page).inputValue(), ''));
    assert.equal(await listed(page).count(), 5);
    await historyGo(page, 1);
    await eventually(page, async () => assert.equal(await search(page).inputValue(), 'kfor'));
    await historyGo(page, 1);
    await eventually(page, async () => assert.equal(await activeChip(page, 'Albin Kurti').count(), 1));
  });
});

test('what a link gets wrong is left out with a quiet notice', async () => {
  await withApp({ path: '/#q=kfor&with=nobody&doc=no-such-doc&from=2022-02-30&colour=red' }, async (page) => {
    const note = page.getByRole('note', { name: 'About this link' });
    await eventually(page, async () => {
      const text = await note.innerText();
      for (const part of ['no name “nobody”', 'no document “no-such-doc”', '“2022-02-30” is not a date', '“colour” is unknown']) {
        assert.ok(text.includes(part), `${part} in ${text}`);
      }
    });
    assert.equal(await search(page).inputValue(), 'kfor', 'the rest of the link is used');
    await eventually(page, async () => assert.equal(fragment(page), '#q=kfor&corpus=kosovo-explorer'), 'the address is cleaned');
    await note.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await note.count(), 0);
  });
  // Garbage: still the app, no error.
  await withApp({ path: '/#%E0%A4%A&&=&q=%FF&at=5-2' }, async (page) => {
    await eventually(page, async () => assert.equal(await page.getByRole('note', { name: 'About this link' }).count(), 1));
    assert.equal(await listed(page).count(), 5);
  });
});

test('"Copy link" copies a link that opens the same view', async () => {
  await withApp({ context: { permissions: ['clipboard-read', 'clipboard-write'] } }, async (page) => {
    await search(page).fill('peacekeeping');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Date' });
    await eventually(page, async () => assert.match(fragment(page), /sort=date/));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await eventually(page, async () => assert.equal(await page.getByText('Link copied').count(), 1));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
    const other = await page.context().newPage();
    await other.goto(copied);
    await eventually(other, async () => assert.equal(await search(other).inputValue(), 'peacekeeping'));
    assert.equal(await other.getByRole('combobox', { name: 'Sort by' }).inputValue(), await page.getByRole('combobox', { name: 'Sort by' }).inputValue());
  });
});

test('embed mode fits a 320-pixel column and links to the full explorer', async () => {
  await withApp({ path: '/#embed&q=kfor', viewport: { width: 320, height: 640 } }, async (page) => {
    const full = page.getByRole('link', { name: 'Open full explorer' });
    await eventually(page, async () => assert.match(await full.getAttribute('href'), /#q=kfor&corpus=kosovo-explorer$/));
    assert.equal(await full.getAttribute('target'), '_blank');
    assert.equal(await page.getByRole('complementary', { name: 'Who and where' }).count(), 0, 'no names panel');
    assert.equal(await page.getByRole('link', { name: 'Download data' }).count(), 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'nothing sticks out sideways');
    // The text comes before the list and the timeline.
    const [readerTop, listTop, timelineTop] = await Promise.all([
      page.getByRole('article').boundingBox(),
      page.getByRole('list', { name: 'Documents' }).boundingBox(),
      page.getByRole('region', { name: /Timeline/ }).boundingBox(),
    ]).then((boxes) => boxes.map((b) => b.y));
    assert.ok(readerTop < listTop && listTop < timelineTop, `${readerTop} < ${listTop} < ${timelineTop}`);
    // Typing keeps embed mode in the address, without adding history entries.
    const before = await page.evaluate(() => history.length);
    await search(page).fill('kfor troops');
    await eventually(page, async () => assert.equal(fragment(page), '#q=kfor troops&corpus=kosovo-explorer&embed'));
    await page.getByRole('tab', { name: 'Concordance' }).click();
    await eventually(page, async () => assert.match(fragment(page), /view=concordance&corpus=kosovo-explorer&embed$/));
    assert.equal(await page.evaluate(() => history.length), before, 'the host page keeps its history');
  });
});

test('embed mode is asked alike in the query string and the fragment', async () => {
  for (const path of ['/?embed=true#q=kfor', '/?v=2&embed#q=kfor', '/#q=kfor&embed=true']) {
    await withApp({ path, viewport: { width: 320, height: 640 } }, async (page) => {
      const full = page.getByRole('link', { name: 'Open full explorer' });
      await eventually(page, async () => assert.match(await full.getAttribute('href'), /#q=kfor&corpus=kosovo-explorer$/, path));
      assert.doesNotMatch(await full.getAttribute('href'), /embed/, `${path}: the full explorer is not embedded`);
      assert.equal(await page.getByRole('complementary', { name: 'Who and where' }).count(), 0, `${path}: no names panel`);
    });
  }
});

/// The explainer page with its embedded explorer, and the messages the explorer sent.
async function withExplainer(options, body) {
  const init = () => {
    if (window.top !== window) return;
    window.received = [];
    // Only what the frame's present document says: a document being replaced
    // (see `load` below) may still post while the next one loads.
    window.addEventListener('message', (e) => {
      if (e.source === document.getElementById('explorer')?.contentWindow) window.received.push(e.data);
    });
  };
  await withApp({ path: '/explainer/', wait: false, init, ...options }, async (page) => {
    const frame = page.frameLocator('#explorer');
    await frame.getByRole('searchbox', { name: 'Search' }).waitFor();
    await body(page, frame);
  });
}

test('the explainer drives the embedded explorer as the reader scrolls', async () => {
  const { doc } = kurtiPassage();
  await withExplainer({}, async (page, frame) => {
    // The first paragraph searches for licence plates.
    await eventually(page, async () => assert.equal(await frame.getByRole('searchbox', { name: 'Search' }).inputValue(), 'license plate*'));
    // Scrolling to "Kurti asked for more troops" opens that passage.
    await page.getByRole('heading', { name: 'Kurti asked for more troops' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, window.innerHeight / 3));
    await eventually(page, async () => assert.equal(await frame.getByRole('article').getByRole('heading', { level: 2 }).innerText(), doc.title));
    const passage = frame.getByRole('article').locator('.passage');
    await eventually(page, async () => assert.match(await passage.innerText(), /should be enlarged to boost regional security/));
    await eventually(page, async () => assert.ok(await passage.isVisible() && (await passage.boundingBox()).y >= 0, 'the passage is in view'));
    assert.equal(await frame.getByRole('button', { name: 'Remove Albin Kurti' }).count(), 1);
    // The reader of the story keeps the keyboard focus: the frame never takes it.
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'explorer');
    // The explorer said so, and how tall it is.
    const received = await page.evaluate(() => window.received);
    const views = received.filter((m) => m.type === 'corpus-explorer:view');
    const last = views.at(-1);
    assert.equal(last.version, 1);
    assert.equal(last.doc, doc.id);
    assert.deepEqual(last.chips.map((c) => c.id), ['albin-kurti', 'kfor']);
    assert.match(last.passage, /should be enlarged/);
    assert.ok(received.some((m) => m.type === 'corpus-explorer:ready'));
    assert.ok(received.some((m) => m.type === 'corpus-explorer:height' && m.height > 300));
    assert.match(await page.locator('#caption').innerText(), /with Albin Kurti, with KFOR/);
    // The reader's own changes are reported too.
    await frame.getByRole('searchbox', { name: 'Search' }).fill('soldiers');
    await eventually(page, async () => {
      const r = await page.evaluate(() => window.received.filter((m) => m.type === 'corpus-explorer:view').at(-1));
      assert.equal(r.query, 'soldiers');
    });
  });
});

test('the message API validates what the host sends', async () => {
  await withExplainer({}, async (page, frame) => {
    const ask = (message) =>
      page.evaluate(async (message) => {
        window.received = [];
        document.getElementById('explorer').contentWindow.postMessage(message, '*');
        for (let i = 0; i < 100 && !window.received.some((m) => m.type === 'corpus-explorer:error' || m.type === 'corpus-explorer:view'); i++) {
          await new Promise((ok) => setTimeout(ok, 20));
        }
        return window.received.find((m) => m.type === 'corpus-explorer:error' || m.type === 'corpus-explorer:view');
      }, message);
    const refused = await ask({ type: 'corpus-explorer:show', version: 1, chips: ['Nobody'], range: { from: 'soon' }, doc: 'x' });
    assert.equal(refused.type, 'corpus-explorer:error');
    assert.deepEqual(refused.problems, [
      'chips: no name “Nobody” in this corpus',
      'range: “soon” is not a date (YYYY-MM-DD)',
      'doc: no document “x” in this corpus',
    ]);
    assert.match((await ask({ type: 'corpus-explorer:show', version: 2 })).problems[0], /version 2 is not supported/);
    // Each wrong field is named; null is as if absent; versions must be the number 1.
    assert.deepEqual((await ask({ type: 'corpus-explorer:show', version: 1, query: 7, chips: null })).problems,
      ['query: expected text, found a number']);
    for (const [version, problem] of [['1', 'version must be the number 1, not the text “1”'],
      [1.5, 'version 1.5 is not supported; this explorer speaks version 1'],
      [-1, 'version -1 is not supported; this explorer speaks version 1']]) {
      assert.deepEqual((await ask({ type: 'corpus-explorer:get', version })).problems, [problem]);
    }
    assert.match((await ask({ type: 'corpus-explorer:jump', version: 1 })).problems[0], /not a message this explorer knows/);
    const shown = await ask({ type: 'corpus-explorer:show', version: 1, query: 'Belgrade', chips: [{ name: 'Vučić', exclude: true }] });
    assert.equal(shown.type, 'corpus-explorer:view');
    assert.deepEqual(shown.chips, [{ id: 'aleksandar-vucic', name: 'Aleksandar Vučić', exclude: true }]);
    await eventually(page, async () => assert.equal(await frame.getByRole('searchbox', { name: 'Search' }).inputValue(), 'Belgrade'));
    const got = await ask({ type: 'corpus-explorer:get', version: 1 });
    assert.equal(got.query, 'Belgrade');
    assert.equal(got.fragment, 'q=Belgrade&without=aleksandar-vucic&corpus=kosovo-explorer');
  });
});

test('messages sent at once, before what answers them is fetched, are answered in order', async () => {
  let release;
  const held = new Promise((ok) => (release = ok));
  const holdAnswers = async (page) =>
    page.route(/\/split_host_messages-[0-9a-f]+\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
  await withExplainer({ prepare: holdAnswers }, async (page, frame) => {
    const replies = page.evaluate(async () => {
      window.received = [];
      const explorer = document.getElementById('explorer').contentWindow;
      explorer.postMessage({ type: 'corpus-explorer:show', version: 1, query: 'first' }, '*');
      explorer.postMessage({ type: 'corpus-explorer:show', version: 1, query: 'second' }, '*');
      explorer.postMessage({ type: 'corpus-explorer:get', version: 1 }, '*');
      // The views told: after each `show`, and the answer to `get` (the
      // explainer's own first `show`, held with them, may come first).
      const told = () => window.received.filter((m) => m.type === 'corpus-explorer:view').map((m) => m.query);
      for (let i = 0; i < 250 && told().filter((q) => q === 'second').length < 2; i++) {
        await new Promise((ok) => setTimeout(ok, 20));
      }
      return told();
    });
    release();
    assert.deepEqual((await replies).slice(-3), ['first', 'second', 'second']);
    await eventually(page, async () => assert.equal(await frame.getByRole('searchbox', { name: 'Search' }).inputValue(), 'second'));
  });
});

test('with allowed origins, only those origins can drive the explorer', async () => {
  await withExplainer({}, async (page, frame) => {
    const box = frame.getByRole('searchbox', { name: 'Search' });
    const load = async (src) => {
      // A new frame, so that what the last document posts on its way out is not
      // taken for what this one says.
      await page.evaluate((src) => {
        const old = document.getElementById('explorer');
        const fresh = old.cloneNode(false);
        fresh.src = src;
        old.replaceWith(fresh);
        window.received = [];
      }, src);
      await eventually(page, async () => assert.equal(await page.evaluate(() => document.getElementById('explorer').contentWindow.location.search), '?' + src.split('?')[1].split('#')[0]));
      await box.waitFor();
    };
    const send = (query) =>
      page.evaluate((query) => {
        document.getElementById('explorer').contentWindow.postMessage({ type: 'corpus-explorer:show', version: 1, query }, '*');
      }, query);
    // Another origin only: this page is not heard, and hears nothing.
    await load('../index.html?1#embed&origin=https://news.example');
    await send('ignored');
    await frame.locator('body').evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    assert.equal(await box.inputValue(), '');
    assert.deepEqual(await page.evaluate(() => window.received), [], 'messages go to the allowed origin only');
    // This page's origin among those allowed: heard. The src's fragment sets the first view.
    await load(`../index.html?2#q=framed&with=kfor&embed&origin=https://news.example&origin=${app.origin()}`);
    await eventually(page, async () => assert.equal(await box.inputValue(), 'framed'));
    assert.equal(await frame.getByRole('button', { name: 'Remove KFOR' }).count(), 1);
    await eventually(page, async () => assert.ok(await page.evaluate(() => window.received.some((m) => m.type === 'corpus-explorer:ready'))));
    await send('heard');
    await eventually(page, async () => assert.equal(await box.inputValue(), 'heard'));
  });
});

test('embedded, a story is played by the host and the reader, and each move is told', async () => {
  const story = app.corpus().stories[0];
  await withExplainer({}, async (page, frame) => {
    const steps = () => page.evaluate(() => window.received.filter((m) => m.type === 'corpus-explorer:step'));
    const panel = frame.getByRole('region', { name: story.title });
    const show = (message) =>
      page.evaluate((message) => {
        document.getElementById('explorer').contentWindow.postMessage({ type: 'corpus-explorer:show', version: 1, ...message }, '*');
      }, message);
    // The host plays step 2: its view, and the step told back.
    await show({ story: story.name, step: 2 });
    await eventually(page, async () => assert.equal(await panel.getByRole('status').textContent(), `Step 2 of ${story.steps.length}: ${story.steps[1].title}`));
    await eventually(page, async () =>
      assert.deepEqual((await steps()).at(-1), { type: 'corpus-explorer:step', version: 1, story: story.name, step: 2, steps: story.steps.length, title: story.steps[1].title }),
    );
    // The reader moves on in the frame: the host hears it.
    await panel.getByRole('button', { name: 'Next step' }).click();
    await eventually(page, async () => assert.equal((await steps()).at(-1).step, 3));
    // The reader leaves: the host hears that too.
    await panel.getByRole('button', { name: 'Leave the story' }).click();
    await eventually(page, async () => assert.equal((await steps()).at(-1).story, null));
    // A step the story does not have is refused, naming the field.
    await page.evaluate(() => (window.received = []));
    await show({ story: story.name, step: 99 });
    await eventually(page, async () => {
      const error = await page.evaluate(() => window.received.find((m) => m.type === 'corpus-explorer:error'));
      assert.match(error.problems[0], /^story: the story “.*” has no step “99”/);
    });
  });
});
