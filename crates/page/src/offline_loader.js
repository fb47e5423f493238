// A block's bytes: inside this file (a block of base64), or, for a corpus
// too large for one file, in pieces set by the scripts beside it (see
// `pieces` in crates/page/src/lib.rs), each decoded alone.
const bytesOf = (id) => {
  const block = document.getElementById(id);
  const tags = [...document.querySelectorAll(`script[data-block="${id}"]`)];
  const set = self.explorerBlocks?.[id] ?? [];
  const missing = tags.find((_, n) => typeof set[n] !== "string");
  if (missing) {
    const path = missing.getAttribute("src");
    throw new Error(
      `This file reads its corpus from ${path}, which is not beside it: copy the folder ` +
        `${path.split("/")[0]} with it, and the corpus.json and articles beside it (the whole folder the build wrote).`,
    );
  }
  const pieces = block ? [block.textContent.trim()] : set.slice(0, tags.length);
  if (!pieces.length) throw new Error(`this file has no ${id}`);
  const texts = [];
  let length = 0;
  for (const piece of pieces) {
    texts.push(atob(piece));
    length += texts[texts.length - 1].length;
  }
  const bytes = new Uint8Array(length);
  let o = 0;
  for (const text of texts) for (let i = 0; i < text.length; i++) bytes[o++] = text.charCodeAt(i);
  return bytes;
};
// This very file, as it was before the app changed it: what "Save as one
// file" starts from (the app's own nodes and the articles shown are left out).
const thisFile = () => {
  const html = document.documentElement.cloneNode(true);
  html.querySelectorAll("#app > :not(noscript), .app-mount").forEach((n) => n.remove());
  return "<!DOCTYPE html>\n" + html.outerHTML;
};
window.explorerData = {
  index: Promise.resolve().then(() => bytesOf("corpus-index").buffer),
  regex: () => Promise.resolve().then(() => bytesOf("regex-module").buffer),
  // The interface's texts by language (English is in the app).
  texts: (tag) =>
    Promise.resolve().then(() => {
      if (!document.getElementById(`texts-${tag}`)) throw new Error(`this file has no interface texts in ${tag}`);
      return bytesOf(`texts-${tag}`).buffer;
    }),
  // The app's parts (views fetched when first opened).
  part: (name) => Promise.resolve().then(() => bytesOf(`part-${name}`).buffer),
  ...ingestHost(() => Promise.resolve().then(() => bytesOf("ingest-module").buffer), () => Promise.resolve().then(thisFile)),
};
