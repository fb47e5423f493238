function ingestWorker() {
  const encoder = new TextEncoder();
  let wasm;
  // Writes `parts` one after the other into the module's buffer.
  const write = (parts) => {
    const at = wasm.buffer(parts.reduce((n, p) => n + p.length, 0));
    const memory = new Uint8Array(wasm.memory.buffer);
    let o = at;
    for (const p of parts) {
      memory.set(p, o);
      o += p.length;
    }
  };
  const output = (which) => new Uint8Array(wasm.memory.buffer, wasm.output_ptr(which), wasm.output_len(which)).slice();
  // The files come in batches after the first message (see `ingestHost`).
  const queue = [];
  let wake = null;
  // The file being read, for an error.
  let reading = "";
  const nextFile = async () => {
    while (!queue.length) await new Promise((ok) => (wake = ok));
    return queue.shift();
  };
  // The title of files without a folder, then each path and size, NUL
  // between; none is read if they are too large for the page.
  const open = async (names, sizes, title) => {
    const paths = names.map((p) => encoder.encode(p));
    const head = [encoder.encode(title ?? ""), ...paths.flatMap((p, i) => [p, encoder.encode(String(sizes[i]))])];
    write(head.flatMap((p, i) => (i ? [new Uint8Array(1), p] : [p])));
    const fits = wasm.begin(head.reduce((n, p) => n + p.length + 1, -1));
    let said = 0;
    for (let i = 0; fits && i < paths.length; i++) {
      reading = names[i];
      const bytes = new Uint8Array(await (await nextFile()).file.arrayBuffer());
      write([paths[i], bytes]);
      // No more once the articles are past what a page opens.
      if (!wasm.add(paths[i].length, bytes.length)) break;
      // Progress at most every 50 ms: each message is work for the page.
      if (i + 1 === paths.length || performance.now() - said > 50) {
        said = performance.now();
        postMessage({ progress: i + 1, total: paths.length });
      }
    }
    reading = "";
    const found = wasm.finish();
    const [index, report, data] = [0, 1, 2].map((which) => (found || which === 1 ? output(which).buffer : null));
    postMessage({ index, report, data }, [index, report, data].filter(Boolean));
  };
  const save = ({ html, index, data, stories }) => {
    const parts = [encoder.encode(html), new Uint8Array(index), new Uint8Array(data), new Uint8Array(stories)];
    write(parts);
    const done = wasm.save(...parts.map((p) => p.length));
    const text = new TextDecoder().decode(output(done ? 3 : 4));
    postMessage(done ? { html: text } : { error: text });
  };
  onmessage = async ({ data }) => {
    if (data.batch) {
      queue.push(...data.batch);
      return wake?.();
    }
    try {
      wasm = (await WebAssembly.instantiate(data.module)).exports;
      await (data.paths ? open(data.paths, data.sizes, data.title) : save(data.save));
    } catch (e) {
      const where = reading ? `reading ${reading}, ` : "";
      postMessage({ error: `${where}the ingestion module stopped: ${e.message ?? e}` });
    }
  };
}
const ingestHost = (moduleBytes, template) => {
  let compiled;
  const module = () =>
    (compiled ??= moduleBytes()
      .then((b) => WebAssembly.compile(b))
      .catch((e) => {
        compiled = undefined;
        throw e;
      }));
  const work = (message, onProgress, files = []) =>
    module().then((module) => new Promise((ok, fail) => {
      const url = URL.createObjectURL(new Blob([`(${ingestWorker})()`], { type: "text/javascript" }));
      const worker = new Worker(url);
      const end = (f, v) => {
        worker.terminate();
        URL.revokeObjectURL(url);
        f(v);
      };
      worker.onmessage = ({ data }) => {
        if (data.progress) onProgress?.(data.progress, data.total);
        else if (data.error) end(fail, new Error(data.error));
        else end(ok, data);
      };
      worker.onerror = (e) => end(fail, new Error(e.message || "the ingestion worker could not start"));
      worker.postMessage({ module, ...message });
      // Files in batches, a task each: handing a worker a thousand files at
      // once holds the page for a fifth of a second.
      (async () => {
        for (let i = 0; i < files.length; i += 50) {
          worker.postMessage({ batch: files.slice(i, i + 50) });
          await new Promise((next) => setTimeout(next));
        }
      })();
    }));
  return {
    open: (files, onProgress, title) =>
      work({ paths: files.map((f) => f.path), sizes: files.map((f) => f.file.size), title }, onProgress, files),
    save: (index, data, stories) =>
      template().then((html) => work({ save: { html, index, data, stories } })).then((r) => r.html),
    droppedFiles,
  };
};
// The files of a drop, with their paths: a folder's files are read through
// its entries ("talks/2023/a.txt").
const droppedFiles = async (transfer) => {
  const entries = [...transfer.items].map((i) => i.webkitGetAsEntry?.()).filter(Boolean);
  if (!entries.length) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const out = [];
  const walk = async (entry) => {
    if (entry.isFile) {
      const file = await new Promise((ok, fail) => entry.file(ok, fail));
      out.push({ path: entry.fullPath.replace(/^\//, ""), file });
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
        if (!batch.length) break;
        for (const e of batch) await walk(e);
      }
    }
  };
  for (const e of entries) await walk(e);
  return out;
};
