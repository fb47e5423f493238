
window.explorerData = (() => {
  if (location.protocol === "file:") {
    // Nothing can be fetched from disk: say what to open instead.
    document.addEventListener("DOMContentLoaded", () => {
      const note = document.createElement("p");
      note.className = "load-error";
      note.setAttribute("role", "alert");
      note.textContent = __FROM_FILE__;
      document.getElementById("app")?.prepend(note);
    });
  }
  const get = (url, as = "arrayBuffer") =>
    fetch(url).then((r) => (r.ok ? r[as]() : Promise.reject(new Error(`${url}: ${r.status} ${r.statusText}`))));
  // A server that does not say application/wasm: compiled from the bytes.
  const compile = (url, options) =>
    WebAssembly.compileStreaming(fetch(url, options)).catch(() =>
      fetch(url, options).then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)),
    );
  // The interface's texts by language (English is in the app), each
  // fetched once; the corpus's own interface language's right away.
  const textFiles = __TEXTS__;
  const asked = {};
  const texts = (tag) =>
    (asked[tag] ??= textFiles[tag]
      ? get(textFiles[tag])
      : Promise.reject(new Error(`this page has no interface texts in ${tag}`)));
  const early = __INTERFACE__;
  if (textFiles[early]) texts(early).catch(() => {});
  // The app's parts (views fetched when first opened), by the name the
  // app's loader asks for.
  const partFiles = __PARTS__;
  const part = (name) =>
    partFiles[name] ? get(partFiles[name]) : Promise.reject(new Error(`this page has no part ${name}`));
/*__INGEST_HOST__*/
  return {/*__APP__*/
    index: get(__INDEX__),
    regex: () => get(__REGEX__),
    texts,
    part,
    ...ingestHost(() => get(__INGEST__), () => get(__OFFLINE__, "text")),
  };
})();
