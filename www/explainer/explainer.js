// Drives the embedded explorer as the reader scrolls: each paragraph (`.step`)
// says in data attributes what the explorer should show, sent with the
// explorer's message API (version 1, see the README). No framework, no network.
'use strict';

const API = 'corpus-explorer:';
const VERSION = 1;

/** The `show` message a step asks for. */
function showMessage(step) {
  const d = step.dataset;
  const list = (s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
  const message = { type: API + 'show', version: VERSION, query: d.query ?? '', chips: list(d.chips) };
  if (d.range) {
    const [from, to] = d.range.split('/');
    message.range = { from, to: to ?? from };
  }
  if (d.doc) message.doc = d.doc;
  if (d.passage) message.passage = d.passage;
  if (d.view) message.view = d.view;
  return message;
}

function start() {
  const frame = document.getElementById('explorer');
  const caption = document.getElementById('caption');
  const steps = [...document.querySelectorAll('.step')];
  let ready = false;
  let current = null;
  let pending = null;

  const send = (message) => {
    if (ready) frame.contentWindow.postMessage(message, location.origin === 'null' ? '*' : location.origin);
    else pending = message;
  };

  const activate = (step) => {
    if (step === current) return;
    current?.classList.remove('active');
    current = step;
    step.classList.add('active');
    send(showMessage(step));
  };

  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow) return;
    const m = e.data;
    if (!m || typeof m.type !== 'string' || !m.type.startsWith(API)) return;
    switch (m.type.slice(API.length)) {
      case 'ready':
        ready = true;
        if (pending) send(pending);
        pending = null;
        break;
      case 'height':
        // Fit the frame to the explorer, up to the space beside the story.
        frame.style.height = `${Math.min(m.height, window.innerHeight - 96)}px`;
        frame.dataset.contentHeight = String(m.height);
        break;
      case 'view': {
        const parts = [];
        if (m.query) parts.push(`search “${m.query}”`);
        for (const c of m.chips) parts.push(`${c.exclude ? 'without' : 'with'} ${c.name}`);
        if (m.range) parts.push(`dates ${m.range.from}${m.range.to !== m.range.from ? ' to ' + m.range.to : ''}`);
        caption.textContent = parts.length ? `The explorer shows: ${parts.join(', ')}.` : 'The explorer shows all the articles.';
        break;
      }
      case 'error':
        console.warn('The explorer refused a message:', m.problems.join('; '));
        break;
    }
  });

  // The step whose top is nearest above the middle of the window is the one read.
  const pick = () => {
    const middle = window.innerHeight / 2;
    let best = steps[0];
    for (const s of steps) if (s.getBoundingClientRect().top < middle) best = s;
    activate(best);
  };
  const observer = new IntersectionObserver(pick, { rootMargin: '-50% 0px -50% 0px' });
  steps.forEach((s) => observer.observe(s));
  window.addEventListener('resize', pick);
  pick();
}

start();
