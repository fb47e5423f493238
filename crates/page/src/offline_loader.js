const bytesOf = (id) => {
  const text = atob(document.getElementById(id).textContent.trim());
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
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
