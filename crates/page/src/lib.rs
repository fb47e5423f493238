//! Finishing the page Trunk builds: the articles pre-rendered into it (readable
//! and printable with JavaScript or WebAssembly unavailable; the app replaces
//! them when it starts), a Content-Security-Policy naming its inline script by
//! hash, and the single self-contained file for offline use.

use base64::{engine::general_purpose::STANDARD, Engine};
use corpus_core::i18n::{Locale, Msg, Texts};
use corpus_core::text::escape;
use corpus_core::time::calendar::years_label;
use corpus_core::Index;
use sha2::{Digest, Sha256};
use static_pages::{interface, ARTICLES};

mod static_pages;
pub use static_pages::{articles, served, StaticPage, PER_PAGE};

/// `'sha256-…'` of an inline script or style, as CSP names it.
fn hash(content: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(content.as_bytes()))
    )
}

/// The policy of the served page: its own files, the inline loader by hash,
/// WebAssembly compilation but no `eval`; style attributes (the timeline
/// positions its marks with them) but no inline style sheets.
pub fn served_policy(inline_scripts: &[&str]) -> String {
    let scripts: Vec<String> = inline_scripts.iter().map(|s| hash(s)).collect();
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; \
         style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
         worker-src blob:; base-uri 'none'; form-action 'none'",
        scripts.join(" ")
    )
}

/// The policy of the single file: nothing but its own inline script and
/// style; with its corpus `beside` it, the scripts of its own folder too
/// (`'self'`: Chromium matches no hash against a script file, and checks no
/// `integrity` of a file opened from disk; from disk `'self'` is the files,
/// served it is the page's origin, as for the served page).
fn single_file_policy(script: &str, style: &str, beside: bool) -> String {
    let beside = if beside { " 'self'" } else { "" };
    format!(
        "default-src 'none'; script-src 'wasm-unsafe-eval' {}{beside}; style-src {}; \
         style-src-attr 'unsafe-inline'; img-src data:; worker-src blob:; base-uri 'none'; \
         form-action 'none'",
        hash(script),
        hash(style)
    )
}

/// The contents of every `<script>` without a `src`, in order.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let tag_end = match rest[at..].find('>') {
            Some(e) => at + e + 1,
            None => break,
        };
        let tag = &rest[at..tag_end];
        let Some(close) = rest[tag_end..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            found.push(&rest[tag_end..tag_end + close]);
        }
        rest = &rest[tag_end + close..];
    }
    found
}

fn policy_meta(policy: &str) -> String {
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />")
}

/// The files the app loads beside its code, by their names in the build's folder.
pub struct DataFiles<'a> {
    /// The corpus index (postcard, see `corpus_core::model::index`).
    pub index: &'a str,
    /// The regex module (`crates/regex-module`), fetched on the first regex.
    pub regex: &'a str,
    /// The ingestion module (`crates/ingest-module`), fetched when the reader
    /// opens their own articles.
    pub ingest: &'a str,
    /// The single offline file's name, for a page opened from disk.
    pub offline: &'a str,
    /// Whether the corpus fits in that file ([`fits_one_file`]); else it
    /// reads it from the folders beside it.
    pub one_file: bool,
    /// The interface's texts in each language but English (compiled into
    /// the app), by tag: fetched when a reader's interface speaks it.
    pub texts: &'a [(&'a str, &'a str)],
    /// The app's parts (the views fetched when first opened), by the name
    /// its loader asks for them by (see `xtask/src/split.rs`).
    pub parts: &'a [(&'a str, &'a str)],
}

/// The app's files as the build cut them (see `xtask/src/split.rs`): each
/// file's name and bytes.
pub struct AppFiles<'a> {
    /// wasm-bindgen's script.
    pub js: (&'a str, &'a [u8]),
    /// The app's main module.
    pub wasm: (&'a str, &'a [u8]),
    /// The loader of the app's parts, which the script imports.
    pub loader: (&'a str, &'a [u8]),
}

/// The page Trunk wrote, after the build replaced the app's script and module
/// with the cut ones: Trunk's links to them given the new files' integrity,
/// and the parts' loader preloaded beside the script (it is imported by it,
/// so it would be fetched only after it otherwise).
pub fn with_app(html: &str, app: &AppFiles) -> Result<String, String> {
    let mut html = html.to_string();
    for (name, bytes) in [app.js, app.wasm] {
        let (start, end) = link_to(&html, name)?;
        let tag = &html[start..end];
        let Some(at) = tag.find(" integrity=\"") else {
            continue;
        };
        let from = start + at + " integrity=\"".len();
        let to = from + html[from..].find('"').unwrap_or(0);
        html.replace_range(from..to, &integrity(bytes));
    }
    let (_, end) = link_to(&html, app.js.0)?;
    let (name, bytes) = app.loader;
    let preload = format!(
        "\n  <link rel=\"modulepreload\" href=\"./{name}\" crossorigin=\"anonymous\" integrity=\"{}\">",
        integrity(bytes)
    );
    html.insert_str(end, &preload);
    Ok(html)
}

/// Where the `<link>` to `./{name}` stands in `html`.
fn link_to(html: &str, name: &str) -> Result<(usize, usize), String> {
    let href = format!(" href=\"./{name}\"");
    let at = html
        .find(&href)
        .ok_or_else(|| format!("the page has no link to {name}"))?;
    let start = html[..at]
        .rfind('<')
        .ok_or_else(|| format!("the page's link to {name} has no start"))?;
    let end = at + html[at..].find('>').map_or(0, |e| e + 1);
    Ok((start, end))
}

/// A file's Subresource Integrity value.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", STANDARD.encode(sha2::Sha384::digest(bytes)))
}

/// The id of the script that hands the app its files (see `src/load.rs`).
const LOADER_ID: &str = "explorer-data";

/// The app's WebAssembly as Trunk links it: its preload (removed) and the
/// file its start-up script instantiates.
struct AppWasm {
    href: String,
    integrity: Option<String>,
}

/// Takes Trunk's preload of the app's WebAssembly out of the page and has its
/// start-up script instantiate the module the hand-over compiles instead: the
/// compiling then starts as the head is read, in parallel with the rest of the
/// page, not after it. A page without the preload is left as it is.
fn compile_early(html: &str) -> (String, Option<AppWasm>) {
    let Some(at) = html.find("<link rel=\"preload\"").filter(|&at| {
        html[at..]
            .find('>')
            .is_some_and(|end| html[at..at + end].contains("_bg.wasm\""))
    }) else {
        return (html.to_string(), None);
    };
    let end = at + html[at..].find('>').map_or(0, |e| e + 1);
    let tag = &html[at..end];
    let attribute = |name: &str| {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..start + tag[start..].find('"')?].to_string())
    };
    let Some(href) = attribute("href") else {
        return (html.to_string(), None);
    };
    let init = format!("init({{ module_or_path: '{href}' }})");
    if !html.contains(&init) {
        return (html.to_string(), None);
    }
    // `async`: the start-up script runs as soon as the app's code is there,
    // without waiting for the page to be read and laid out (the app waits for
    // the page itself, see `src/load.rs`).
    let html = format!("{}{}", &html[..at], &html[end..])
        .replacen(
            &init,
            "init({ module_or_path: window.explorerData.app })",
            1,
        )
        .replacen(
            "<script type=\"module\">",
            "<script type=\"module\" async>",
            1,
        );
    let integrity = attribute("integrity");
    (html, Some(AppWasm { href, integrity }))
}

/// The served page's hand-over: the app's code starts compiling and the
/// index's fetch starts as the page is read, in parallel, with the texts of
/// the corpus's `interface` language if it is not English; the regex
/// module's fetch waits for the app to ask.
fn served_loader(files: &DataFiles, app: Option<&AppWasm>, interface: &str) -> String {
    let app = app.map_or(String::new(), |a| {
        let integrity = a
            .integrity
            .as_ref()
            .map_or(String::new(), |i| format!(", integrity: {}", js_string(i)));
        format!(
            "\n    app: compile({}, {{ credentials: \"same-origin\"{integrity} }}),",
            js_string(&a.href)
        )
    });
    let from_file = if files.one_file {
        format!(
            "Opened from a file, this page cannot load its search, names and timeline: open {} \
             instead, the explorer in one file. The articles follow.",
            files.offline
        )
    } else {
        format!(
            "Opened from a file, this page cannot load its search, names and timeline: open {} \
             in this folder instead, the explorer for reading offline (too large for one file, \
             it reads this archive from the folders beside it: keep them together). The \
             articles follow.",
            files.offline
        )
    };
    let texts = json_map(files.texts);
    let parts = json_map(files.parts);
    let interface = Locale::from_tag(interface).unwrap_or_default().tag();
    fill(
        SERVED_LOADER,
        &[
            ("/*__INGEST_HOST__*/", INGEST_HOST),
            ("/*__APP__*/", &app),
            ("__FROM_FILE__", &js_string(&from_file)),
            ("__INDEX__", &js_string(&format!("./{}", files.index))),
            ("__REGEX__", &js_string(&format!("./{}", files.regex))),
            ("__INGEST__", &js_string(&format!("./{}", files.ingest))),
            ("__OFFLINE__", &js_string(&format!("./{}", files.offline))),
            ("__TEXTS__", &texts),
            ("__PARTS__", &parts),
            ("__INTERFACE__", &js_string(interface)),
        ],
    )
}

/// Files by key, as a script's object literal: `{"key":"./file"}`.
fn json_map(files: &[(&str, &str)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = files
        .iter()
        .map(|(key, file)| (key.to_string(), format!("./{file}").into()))
        .collect();
    serde_json::Value::Object(map)
        .to_string()
        .replace("</", "<\\/")
}

/// The served page's hand-over, its values to fill in (see [`served_loader`]).
const SERVED_LOADER: &str = include_str!("served_loader.js");

/// `template` with each placeholder replaced by its value. Each stands in the
/// template once (a test checks them all).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |out, (placeholder, value)| {
            out.replacen(placeholder, value, 1)
        })
}

/// The reader's own articles, in both pages: `ingestHost(moduleBytes,
/// template)` gives the app `open(files, onProgress)` and `save(index, data)`
/// (see `src/own.rs`), which run the ingestion module in a worker made from
/// `ingestWorker`'s source; the module is compiled once, on the first use.
/// `template` is the single offline file to save from; `droppedFiles` reads
/// the files of a drop, folders included.
const INGEST_HOST: &str = include_str!("ingest_host.js");

/// `s` as a JavaScript string literal that cannot close its `<script>`.
fn js_string(s: &str) -> String {
    serde_json::to_string(s)
        .unwrap_or_else(|_| "\"\"".into())
        .replace("</", "<\\/")
}

/// Inserts `element` right after `<meta charset…>` (a policy must come before
/// the scripts).
fn insert_after_charset(html: &str, element: &str) -> Result<String, String> {
    let at = html
        .find("<meta charset")
        .and_then(|m| html[m..].find('>').map(|e| m + e + 1))
        .ok_or("the page has no <meta charset>")?;
    Ok(format!("{}\n    {element}{}", &html[..at], &html[at..]))
}

/// The page Trunk wrote, with the articles (`statics`, [`served`]'s first
/// page) inside `<div id="app">`, the hand-over of its data `files` first in
/// its head, and the policy.
pub fn finish(
    html: &str,
    index: &Index,
    statics: &str,
    files: &DataFiles,
) -> Result<String, String> {
    if html.contains("Content-Security-Policy") {
        return Err("the page already has a Content-Security-Policy (finished twice?)".into());
    }
    let html = with_articles(html, statics)?;
    let html = named(&html, index)?;
    let (html, app) = compile_early(&html);
    let html = insert_after_charset(
        &html,
        &format!(
            "<script id=\"{LOADER_ID}\">{}</script>",
            served_loader(files, app.as_ref(), &index.info.interface)
        ),
    )?;
    if html.contains(TRUNK_SERVE_PLACEHOLDER) {
        // `trunk serve` fills its live-reload script in as it serves the page, so
        // no hash computed now would match: the dev server's page goes without.
        return Ok(html);
    }
    let policy = served_policy(&inline_scripts(&html));
    insert_after_charset(&html, &policy_meta(&policy))
}

/// `html` with the pre-rendered `articles` inside `<div id="app">`, after the
/// note for readers without JavaScript, which introduces the text.
fn with_articles(html: &str, articles: &str) -> Result<String, String> {
    const APP: &str = "<div id=\"app\">";
    let mut at = html.find(APP).ok_or("the page has no <div id=\"app\">")? + APP.len();
    if let Some(n) = html[at..].find("</noscript>") {
        at += n + "</noscript>".len();
    }
    Ok(format!("{}\n{}{}", &html[..at], articles, &html[at..]))
}

/// `html` with every article of `index` whole in place of those it
/// pre-renders: the single offline file's (it has no pages beside it).
pub fn with_every_article(html: &str, index: &Index) -> Result<String, String> {
    with_articles(&without_articles(html), &articles(index))
}

/// `html` without its pre-rendered articles, if it has them ([`articles`]
/// writes no other `</div>`: the corpus's text is escaped).
fn without_articles(html: &str) -> String {
    let Some(at) = html.find(ARTICLES) else {
        return html.to_string();
    };
    let end = html[at..]
        .find("</div>")
        .map_or(html.len(), |e| at + e + "</div>".len());
    let end = end + usize::from(html[end..].starts_with('\n'));
    let start = at - usize::from(html[..at].ends_with('\n'));
    format!("{}{}", &html[..start], &html[end..])
}

/// The page with the corpus's title and description in its head.
fn named(html: &str, index: &Index) -> Result<String, String> {
    let info = &index.info;
    let t = interface(index);
    let description = match &info.description {
        Some(d) => d.clone(),
        None => {
            let years = index
                .publication_years()
                .map_or(String::new(), |(a, b)| format!(", {}", years_label(a, b)));
            let articles = t.count(Msg::NewsArticles, index.documents.len());
            t.fill(Msg::MetaDescription, &[&articles, &years])
        }
    };
    let html = replace_between(
        html,
        "<title>",
        "</title>",
        &escape(&t.fill(Msg::PageTitle, &[&info.title])),
    )?;
    let html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\"",
        &escape(&description),
    )?;
    // `<html lang>` is the interface's; each article carries its own.
    replace_between(&html, "<html lang=\"", "\"", t.locale().tag())
}

/// `html` with the text between the first `start` and the next `end` replaced.
fn replace_between(html: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let a = html.find(start).ok_or(format!("the page has no {start}"))? + start.len();
    let b = a + html[a..]
        .find(end)
        .ok_or(format!("{start} is not closed"))?;
    Ok(format!("{}{with}{}", &html[..a], &html[b..]))
}

/// What `trunk serve`'s live-reload script holds until the server fills it in.
const TRUNK_SERVE_PLACEHOLDER: &str = "{{__TRUNK_ADDRESS__}}";

/// The files of a release build, read from `dist/`.
pub struct Build<'a> {
    /// `index.html`, as [`finish`] left it.
    pub html: &'a str,
    pub css: &'a str,
    /// wasm-bindgen's JavaScript (an ES module).
    pub js: &'a str,
    pub wasm: &'a [u8],
    /// The corpus index.
    pub index: &'a [u8],
    /// The regex module.
    pub regex: &'a [u8],
    /// The ingestion module.
    pub ingest: &'a [u8],
    /// `corpus.json`, for "Download data".
    pub data: &'a str,
    /// The loader of the app's parts (an ES module that wasm-bindgen's
    /// script imports and that imports it: see `xtask/src/split.rs`); empty
    /// for an app in one part.
    pub loader: &'a str,
    /// The app's parts: the name its loader asks for, the module.
    pub parts: &'a [(&'a str, &'a [u8])],
    /// Where the file keeps its corpus (see [`fits_one_file`]).
    pub corpus: CorpusIn<'a>,
}

/// Where the offline file keeps its corpus.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CorpusIn<'a> {
    /// Inside it: the index and the data export as base64, every article
    /// whole (the page Trunk wrote made so by [`with_every_article`]).
    File,
    /// Beside it, for a corpus too large for one file: the index in classic
    /// scripts in this folder (`{folder}/corpus-index-N.js`, which a page
    /// opened from disk can load where it can fetch nothing), the data export
    /// `corpus.json` and the articles' pages `articles/` of the build's folder;
    /// the page lists the articles as the served page does.
    Folder(&'a str),
}

/// The most bytes of corpus the single offline file holds: its index and
/// data export as base64, its articles whole. About 1,800 news articles of
/// 5 KB (1,000 make 35 MB, and open from disk in 0.8 s here: `cargo xtask
/// bench scale`); past it the build writes the corpus beside the file
/// ([`CorpusIn::Folder`]).
pub const ONE_FILE_LIMIT: usize = 64 << 20;

/// Whether a corpus of an index of `index` bytes, a data export of `data`
/// bytes and articles of `text` bytes fits one offline file holding at most
/// `limit` bytes of corpus ([`ONE_FILE_LIMIT`] but in tests).
pub fn fits_one_file(index: usize, data: usize, text: usize, limit: usize) -> bool {
    index.div_ceil(3) * 4 + data.div_ceil(3) * 4 + text <= limit
}

/// The largest piece of a block beside the offline file, in bytes before
/// base64 (a multiple of 3, so that each piece decodes alone): one
/// JavaScript string is at most 2^29 characters in some engines.
const PIECE: usize = 3 << 24;

/// The offline file's hand-over: the index and the regex module decoded from
/// the data blocks [`data_block`] wrote.
const OFFLINE_LOADER: &str = include_str!("offline_loader.js");

/// Bytes as an inert block of base64 the scripts read (never run: its type is
/// not a script's).
fn data_block(id: &str, bytes: &[u8]) -> String {
    format!(
        "<script type=\"application/octet-stream\" id=\"{id}\">{}</script>\n",
        STANDARD.encode(bytes)
    )
}

/// The interface's texts in each language but English, as data blocks
/// `texts-{tag}` (see `offline_loader.js`).
fn texts_blocks() -> String {
    Locale::fetched()
        .map(|l| data_block(&format!("texts-{}", l.tag()), Texts::table(l).as_bytes()))
        .collect()
}

/// One HTML file holding everything: opens from `file://` (no module imports,
/// no fetches: the app, the index and the regex module are inlined as base64
/// and read from bytes); for a corpus too large for one file, the index is
/// in scripts beside it ([`CorpusIn::Folder`], [`index_scripts`]).
pub fn single_file(b: &Build) -> Result<String, String> {
    // Everything but the stylesheet, preload and script tags and the policy.
    const DROP: [(&str, &str); 6] = [
        ("<script id=\"explorer-data\"", "</script>"),
        ("<link rel=\"stylesheet\"", ">"),
        ("<link rel=\"modulepreload\"", ">"),
        ("<link rel=\"preload\"", ">"),
        ("<script type=\"module\"", "</script>"),
        ("<meta http-equiv=\"Content-Security-Policy\"", ">"),
    ];
    let mut html = String::new();
    let mut rest = b.html;
    while let Some((at, len)) = DROP
        .iter()
        .filter_map(|(start, end)| {
            let at = rest.find(start)?;
            Some((at, rest[at..].find(end)? + end.len()))
        })
        .min()
    {
        html.push_str(&rest[..at]);
        rest = &rest[at + len..];
    }
    html.push_str(rest);

    let export = "export { initSync, __wbg_init as default };";
    if !b.js.contains(export) {
        return Err(format!(
            "wasm-bindgen's JavaScript no longer ends with `{export}`: update crates/page/src/lib.rs"
        ));
    }
    let script = format!(
        "\n{}\n{INGEST_HOST}\n{OFFLINE_LOADER}\nawait __wbg_init({{ module_or_path: bytesOf(\"app-module\") }});\n",
        one_script(&b.js.replace(export, ""), b.loader)?,
    );
    let (corpus, data) = match b.corpus {
        CorpusIn::File => (data_block(INDEX_BLOCK, b.index), data_url(b.data)),
        CorpusIn::Folder(folder) => {
            let tags = (0..b.index.len().div_ceil(PIECE))
                .map(|n| piece_tag(&piece_path(folder, INDEX_BLOCK, n), INDEX_BLOCK))
                .collect();
            (tags, "corpus.json".to_string())
        }
    };
    let blocks = [
        data_block("app-module", b.wasm),
        corpus,
        data_block("regex-module", b.regex),
        data_block("ingest-module", b.ingest),
        texts_blocks(),
    ]
    .into_iter()
    .chain(
        b.parts
            .iter()
            .map(|(name, bytes)| data_block(&format!("part-{name}"), bytes)),
    )
    .collect::<String>();
    let style = format!("\n{}\n", b.css);
    let head = format!(
        "<style>{style}</style>\n<meta name=\"corpus-data\" content=\"{}\" />\n\
         {blocks}<script type=\"module\">{script}</script>\n</head>",
        escape(&data)
    );
    let html = html.replacen("</head>", &head, 1);
    if !html.contains(&head) {
        return Err("the page has no </head>".into());
    }
    let beside = matches!(b.corpus, CorpusIn::Folder(_));
    insert_after_charset(
        &html,
        &policy_meta(&single_file_policy(&script, &style, beside)),
    )
}

/// The id of the corpus index's block.
const INDEX_BLOCK: &str = "corpus-index";

/// The scripts that hold `index` (encoded) beside an offline file whose
/// corpus is in `folder` ([`CorpusIn::Folder`]): each script's path from the
/// file and its JavaScript, made one at a time (an archive's are hundreds of
/// MB).
pub fn index_scripts<'a>(
    folder: &'a str,
    index: &'a [u8],
) -> impl Iterator<Item = (String, String)> + 'a {
    pieces(folder, INDEX_BLOCK, index, PIECE)
}

/// `bytes` as the classic scripts of a block beside the offline file, in
/// `folder`: each sets its piece of base64 (`offline_loader.js` joins them),
/// of `size` bytes (a multiple of 3) but the last.
fn pieces<'a>(
    folder: &'a str,
    id: &'a str,
    bytes: &'a [u8],
    size: usize,
) -> impl Iterator<Item = (String, String)> + 'a {
    debug_assert!(size.is_multiple_of(3));
    bytes.chunks(size).enumerate().map(move |(n, piece)| {
        (
            piece_path(folder, id, n),
            format!(
                "((self.explorerBlocks ??= {{}})[{}] ??= [])[{n}] = \"{}\";\n",
                js_string(id),
                STANDARD.encode(piece)
            ),
        )
    })
}

/// Where piece `n` of block `id` is, from the offline file.
fn piece_path(folder: &str, id: &str, n: usize) -> String {
    format!("{folder}/{id}-{n}.js")
}

/// The tag that loads a piece of block `id` beside the offline file (at
/// `path` from it), run in order before the app's script. Its `data-block`
/// tells the loader which block it holds and where a missing one was to be;
/// [`with_index_inside`] finds these tags by the same shape.
fn piece_tag(path: &str, id: &str) -> String {
    format!(
        "{PIECE_OPEN}{}{}{PIECE_CLOSE}",
        escape(path),
        piece_block(&escape(id))
    )
}

/// A piece's tag: [`PIECE_OPEN`], its path, [`piece_block`], [`PIECE_CLOSE`].
const PIECE_OPEN: &str = "<script src=\"";
const PIECE_CLOSE: &str = "></script>\n";

/// The part of a piece's tag between its path and [`PIECE_CLOSE`].
fn piece_block(id: &str) -> String {
    format!("\" data-block=\"{id}\"")
}

/// wasm-bindgen's script (`js`) and the loader of the app's parts (`loader`),
/// which import each other, as one script: the loader first, without its
/// import and exports, then `js` with each `import * as NAME from "…"` of the
/// loader (one per function the app imports from it) made an object of what
/// the loader exported.
fn one_script(js: &str, loader: &str) -> Result<String, String> {
    if loader.is_empty() {
        return Ok(js.to_string());
    }
    let changed = |what: &str| format!("{what}: update crates/page/src/lib.rs");
    let mut exported = Vec::new();
    let mut inlined = String::new();
    for line in loader.lines() {
        if line.starts_with("import ") {
            continue;
        }
        match line.strip_prefix("export const ") {
            Some(rest) => {
                let name = rest.split([' ', '=']).next().unwrap_or_default();
                exported.push(name.to_string());
                inlined.push_str(&line["export ".len()..]);
            }
            None => inlined.push_str(line),
        }
        inlined.push('\n');
    }
    if exported.is_empty() {
        return Err(changed("the parts' loader exports nothing"));
    }
    let object = format!("{{ {} }}", exported.join(", "));
    let mut script = String::new();
    let mut imports = 0;
    for line in js.split_inclusive('\n') {
        match line.strip_prefix("import * as ") {
            Some(rest) => {
                let name = rest.split(' ').next().unwrap_or_default();
                script.push_str(&format!("const {name} = {object};\n"));
                imports += 1;
            }
            None => script.push_str(line),
        }
    }
    if imports == 0 {
        return Err(changed(
            "wasm-bindgen's script no longer imports the parts' loader",
        ));
    }
    Ok(format!("{inlined}{script}"))
}

/// The data export as a `data:` address, for "Download data" in the single file.
fn data_url(data: &str) -> String {
    format!(
        "data:application/json;base64,{}",
        STANDARD.encode(data.as_bytes())
    )
}

/// `html` (an offline file) with its index's block inside it, where an
/// offline file whose corpus was beside it loads the pieces (its tags give
/// way to one empty block).
fn with_index_inside(html: &str) -> String {
    let tag = PIECE_OPEN;
    let piece = format!("{}{PIECE_CLOSE}", piece_block(INDEX_BLOCK));
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut placed = false;
    while let Some(at) = rest.find(tag) {
        let Some(len) = rest[at..].find('\n').map(|e| e + 1) else {
            break;
        };
        out.push_str(&rest[..at]);
        let element = &rest[at..at + len];
        if element.ends_with(&piece) {
            if !placed {
                out.push_str(&data_block(INDEX_BLOCK, b""));
                placed = true;
            }
        } else {
            out.push_str(element);
        }
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    out
}

/// The single offline file `template` ([`single_file`]'s, or one a page
/// wrote of itself) made over for another corpus: its articles, title,
/// description and language, its index (`index_bytes`, `index` encoded) and
/// its data export. The code, the style and their policy stay as they are.
pub fn resave(
    template: &str,
    index: &Index,
    index_bytes: &[u8],
    data: &str,
) -> Result<String, String> {
    let html = with_every_article(template, index)?;
    let html = named(&html, index)?;
    let html = with_index_inside(&html);
    let block = format!("<script type=\"application/octet-stream\" id=\"{INDEX_BLOCK}\">");
    let html = replace_between(&html, &block, "</script>", &STANDARD.encode(index_bytes))?;
    replace_between(
        &html,
        "<meta name=\"corpus-data\" content=\"",
        "\"",
        &data_url(data),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus_core::model::index::Document;

    #[test]
    fn corpus_text_is_escaped() {
        let mut doc = Document::from_text("x", "A <script>alert(1)</script> & \"quotes\" 'too'");
        doc.title = "<img src=x onerror=alert(1)>".into();
        let html = articles(&Index::new(vec![doc], vec![], vec![]));
        assert!(
            !html.contains("<script>") && !html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains(
            "A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;too&apos;"
        ));
    }

    const TRUNK: &str = "<!doctype html>\n<html lang=\"en\"><head>\n<meta charset=\"utf-8\" />\n\
        <title>News corpus explorer</title><meta name=\"description\" content=\"News.\" />\n\
        <link rel=\"stylesheet\" href=\"./style-1.css\" integrity=\"sha384-x\"/>\n\
        <script type=\"module\">\nimport init from './app-1.js';\nawait init({ module_or_path: './app-1_bg.wasm' });\n</script>\n\
        <link rel=\"modulepreload\" href=\"./app-1.js\"><link rel=\"preload\" href=\"./app-1_bg.wasm\" integrity=\"sha384-w\" as=\"fetch\"></head>\n\
        <body><div id=\"app\"><noscript>needs JS</noscript></div></body></html>";

    const FILES: DataFiles = DataFiles {
        index: "corpus-1.bin",
        regex: "regex-1.wasm",
        ingest: "ingest-1.wasm",
        offline: "talks-</script>-offline.html",
        one_file: true,
        texts: &[
            ("sr-Latn", "texts-sr-Latn-1.txt"),
            ("sq", "texts-sq-</script>.txt"),
        ],
        parts: &[("split_quotes", "split_quotes-1.wasm")],
    };

    fn one_article() -> Index {
        let mut index = Index::new(
            vec![Document::from_text("a", "Kurti spoke.")],
            vec![],
            vec![],
        );
        index.info.title = "Talks & <troops>".into();
        index.info.language = "sr-Latn".into();
        index
    }

    #[test]
    fn the_served_page_gets_its_articles_and_a_policy() {
        let index = one_article();
        let page = finish(TRUNK, &index, &articles(&index), &FILES).unwrap();
        let policy = page.find("Content-Security-Policy").unwrap();
        assert!(
            policy < page.find("<script").unwrap(),
            "the policy comes first"
        );
        assert!(page.contains(&hash(
            "\nimport init from './app-1.js';\nawait init({ module_or_path: window.explorerData.app });\n"
        )));
        assert!(page.contains("'wasm-unsafe-eval'") && !page.contains("'unsafe-eval'"));
        assert!(!page.contains("script-src 'self' 'unsafe-inline'"));
        assert!(page.contains(
            "<div id=\"app\"><noscript>needs JS</noscript>\n<div class=\"static-corpus\">"
        ));
        assert!(page.contains("<p lang=\"en\" dir=\"auto\">Kurti spoke.</p>"));
        // The hand-over of the data files comes before the app's code, its
        // fetch of the index starting at once.
        let loader = page.find("<script id=\"explorer-data\">").unwrap();
        assert!(loader < page.find("<script type=\"module\"").unwrap());
        assert!(page.contains(
            "index: get(\"./corpus-1.bin\"),\n    regex: () => get(\"./regex-1.wasm\"),"
        ));
        // The app's code compiles from the head on: its preload is gone and the
        // start-up script takes the compiled module.
        let app = AppWasm {
            href: "./app-1_bg.wasm".into(),
            integrity: Some("sha384-w".into()),
        };
        assert!(page.contains(&hash(&served_loader(&FILES, Some(&app), ""))));
        assert!(page.contains(
            "app: compile(\"./app-1_bg.wasm\", { credentials: \"same-origin\", integrity: \"sha384-w\" }),"
        ));
        // Opened from disk it names the offline file, which cannot end the script.
        assert!(page.contains("open talks-<\\/script>-offline.html instead"));
        assert_eq!(page.matches("</script>").count(), 2, "{page}");
        assert!(page.contains("await init({ module_or_path: window.explorerData.app });"));
        assert!(!page.contains("rel=\"preload\""), "{page}");
        // The corpus's title, description and language, escaped.
        assert!(page.contains("<title>Talks &amp; &lt;troops&gt; – explorer</title>"));
        assert!(page.contains("<h1>Talks &amp; &lt;troops&gt;</h1>"));
        assert!(
            page.contains("<html lang=\"en\">"),
            "the interface's language"
        );
        assert!(page.contains("<p lang=\"en\" dir=\"auto\">Kurti spoke.</p>"));
        assert!(page.contains(
            "content=\"1 news article: search, names and a timeline, all in your browser.\""
        ));
        assert_eq!(
            finish(&page, &index, &articles(&index), &FILES).unwrap_err(),
            "the page already has a Content-Security-Policy (finished twice?)"
        );
        assert!(finish("<html></html>", &index, &articles(&index), &FILES).is_err());
        // The dev server's page: articles, but no policy its live reload would break.
        let served = TRUNK.replace(
            "</script>",
            "const address = '{{__TRUNK_ADDRESS__}}';\n</script>",
        );
        let page = finish(&served, &index, &articles(&index), &FILES).unwrap();
        assert!(
            page.contains("<p lang=\"en\" dir=\"auto\">Kurti spoke.</p>")
                && !page.contains("Content-Security-Policy")
        );
    }

    #[test]
    fn the_single_file_inlines_everything() {
        let index = one_article();
        let page = finish(TRUNK, &index, &articles(&index), &FILES).unwrap();
        let js =
            "import * as import1 from \"./wasm-split-1.js\"\nimport * as import2 from \"./wasm-split-1.js\"\n\
                  let wasm;\nfunction initSync() {}\n\
                  function __wbg_init(m) { return { \"./__wasm_split.js\": import1, \"./__wasm_split.js\": import2 }; }\n\
                  export { initSync, __wbg_init as default };\n";
        let single = single_file(&Build {
            html: &page,
            css: "body { color: red }",
            js,
            wasm: b"\0asm",
            index: b"index",
            regex: b"regex",
            ingest: b"ingest",
            data: "{\"format\":1}",
            loader: LOADER,
            parts: &[("split_quotes", b"quotes")],
            corpus: CorpusIn::File,
        })
        .unwrap();
        for gone in [
            "style-1.css",
            "app-1.js",
            "app-1_bg.wasm",
            "export {",
            "modulepreload",
            "corpus-1.bin",
            "regex-1.wasm",
        ] {
            assert!(!single.contains(gone), "{gone} left in {single}");
        }
        assert!(single.contains("<style>\nbody { color: red }\n</style>"));
        for (id, bytes) in [
            ("app-module", &b"\0asm"[..]),
            ("corpus-index", b"index"),
            ("regex-module", b"regex"),
            ("ingest-module", b"ingest"),
            ("part-split_quotes", b"quotes"),
        ] {
            assert!(single.contains(&format!(
                "<script type=\"application/octet-stream\" id=\"{id}\">{}</script>",
                STANDARD.encode(bytes)
            )));
        }
        assert!(
            single.contains("<p lang=\"en\" dir=\"auto\">Kurti spoke.</p>"),
            "the articles stay"
        );
        assert_eq!(single.matches("Content-Security-Policy").count(), 1);
        let scripts = inline_scripts(&single);
        // The data blocks are inert; the one script that runs is named by hash.
        let running: Vec<&&str> = scripts
            .iter()
            .filter(|s| s.contains("__wbg_init"))
            .collect();
        // The script, four modules' blocks, three languages' texts, a part.
        assert_eq!(scripts.len(), 9);
        assert_eq!(running.len(), 1);
        // The parts' loader and wasm-bindgen's script, which import each
        // other, are one script: no imports, no exports.
        let script = running[0];
        assert!(!script.contains("import ") && !script.contains("export "));
        assert!(script.contains("const import1 = { __wasm_split_load_quotes };"));
        assert!(script.contains("const import2 = { __wasm_split_load_quotes };"));
        assert!(
            script.find("const __wasm_split_load_quotes").unwrap()
                < script.find("const import1").unwrap()
        );
        node_parses("offline.mjs", script).unwrap();
        for tag in ["sr-Latn", "sr-Cyrl", "sq"] {
            let locale = Locale::from_tag(tag).unwrap();
            assert!(single.contains(&format!(
                "<script type=\"application/octet-stream\" id=\"texts-{tag}\">{}</script>",
                STANDARD.encode(Texts::table(locale))
            )));
        }
        assert!(single.contains(&hash(running[0])));
        assert!(single.contains(&hash("\nbody { color: red }\n")));
        assert!(single.contains(&format!(
            "data:application/json;base64,{}",
            STANDARD.encode("{\"format\":1}")
        )));
        let bad = Build {
            js: "export default x;",
            ..Build {
                html: &page,
                css: "",
                js,
                wasm: b"",
                index: b"",
                regex: b"",
                ingest: b"",
                data: "",
                loader: "",
                parts: &[],
                corpus: CorpusIn::File,
            }
        };
        assert!(single_file(&bad)
            .unwrap_err()
            .contains("update crates/page/src/lib.rs"));
    }

    #[test]
    fn a_corpus_too_large_for_one_file_is_beside_it() {
        // Base64 makes 3 bytes 4.
        assert!(fits_one_file(30, 0, 60, 100));
        assert!(!fits_one_file(30, 0, 61, 100));
        assert!(!fits_one_file(30, 30, 0, 79));
        assert!(fits_one_file(30, 30, 0, 80));
        let index = one_article();
        let list = format!("{ARTICLES}\n<p>the list</p>\n</div>\n");
        let files = DataFiles {
            one_file: false,
            ..FILES
        };
        let page = finish(TRUNK, &index, &list, &files).unwrap();
        // Opened from disk, the served page sends the reader to the offline
        // file, which needs the folders beside it.
        assert!(page.contains("open talks-<\\/script>-offline.html in this folder instead"));
        assert!(page.contains("keep them together"));
        let build = Build {
            html: &page,
            css: "body { color: red }",
            js: "let wasm;\nexport { initSync, __wbg_init as default };\n",
            wasm: b"\0asm",
            index: b"the index",
            regex: b"regex",
            ingest: b"ingest",
            data: "{\"format\":1}",
            loader: "",
            parts: &[],
            corpus: CorpusIn::Folder("talks-offline"),
        };
        let html = &single_file(&build).unwrap();
        assert!(!html.contains("id=\"corpus-index\"") && !html.contains(&data_url(build.data)));
        assert!(html.contains("<meta name=\"corpus-data\" content=\"corpus.json\" />"));
        assert!(html.contains("<p>the list</p>") && !html.contains("Kurti spoke."));
        let beside: Vec<(String, String)> = index_scripts("talks-offline", build.index).collect();
        assert_eq!(beside.len(), 1);
        let (path, js) = &beside[0];
        assert_eq!(path, "talks-offline/corpus-index-0.js");
        assert_eq!(
            js,
            &format!(
                "((self.explorerBlocks ??= {{}})[\"corpus-index\"] ??= [])[0] = \"{}\";\n",
                STANDARD.encode(b"the index")
            )
        );
        node_parses("piece.js", js).unwrap();
        // Loaded before the app's script, and allowed by the policy.
        let tag =
            "<script src=\"talks-offline/corpus-index-0.js\" data-block=\"corpus-index\"></script>";
        assert!(html.find(tag).unwrap() < html.find("<script type=\"module\">").unwrap());
        assert!(
            html.contains("script-src 'wasm-unsafe-eval' 'sha256-")
                && html.contains("'self'; style-src")
        );
        // Saved as one file again (the reader's own articles), it holds its index.
        let other = Index::new(
            vec![Document::from_text("b", "Vučić replied.")],
            vec![],
            vec![],
        );
        let resaved = resave(html, &other, b"other", "{}").unwrap();
        assert!(!resaved.contains("<script src=") && !resaved.contains("talks-offline/"));
        assert!(resaved.contains(&format!(
            "<script type=\"application/octet-stream\" id=\"corpus-index\">{}</script>",
            STANDARD.encode(b"other")
        )));
        assert!(resaved.contains("Vučić replied.") && !resaved.contains("<p>the list</p>"));
    }

    #[test]
    fn pieces_decode_alone_and_join() {
        let bytes: Vec<u8> = (0..=255).collect();
        let pieces: Vec<(String, String)> = pieces("f", "corpus-index", &bytes, 30).collect();
        assert_eq!(pieces.len(), 9);
        assert_eq!(pieces[8].0, "f/corpus-index-8.js");
        let joined: Vec<u8> = pieces
            .iter()
            .flat_map(|(_, js)| STANDARD.decode(js.split('"').nth(3).unwrap()).unwrap())
            .collect();
        assert_eq!(joined, bytes);
    }

    /// The shape of the parts' loader (see `xtask/src/split.rs`), shortened.
    const LOADER: &str = "import { initSync } from \"./app-1.js\";\n\
        function makeLoad(f) { return f; }\n\
        export const __wasm_split_load_quotes = makeLoad(() => window.explorerData.part(\"split_quotes\"));\n";

    #[test]
    fn the_app_cut_into_parts_keeps_its_integrity_and_preloads_the_loader() {
        let app = AppFiles {
            js: ("app-1.js", b"script"),
            wasm: ("app-1_bg.wasm", b"module"),
            loader: ("wasm-split-2.js", b"loader"),
        };
        let html = with_app(TRUNK, &app).unwrap();
        assert!(html.contains(&format!(
            "<link rel=\"preload\" href=\"./app-1_bg.wasm\" integrity=\"{}\" as=\"fetch\">",
            integrity(b"module")
        )));
        assert!(html.contains(&format!(
            "<link rel=\"modulepreload\" href=\"./app-1.js\">\n  <link rel=\"modulepreload\" \
             href=\"./wasm-split-2.js\" crossorigin=\"anonymous\" integrity=\"{}\">",
            integrity(b"loader")
        )));
        assert!(!html.contains("sha384-w"));
        let elsewhere = AppFiles {
            js: ("other.js", b""),
            ..app
        };
        assert_eq!(
            with_app(TRUNK, &elsewhere).unwrap_err(),
            "the page has no link to other.js"
        );
    }

    #[test]
    fn a_single_file_is_made_over_for_other_articles() {
        let page = finish(TRUNK, &one_article(), &articles(&one_article()), &FILES).unwrap();
        let build = Build {
            html: &page,
            css: "body { color: red }",
            js: "let wasm;\nexport { initSync, __wbg_init as default };\n",
            wasm: b"\0asm",
            index: b"index",
            regex: b"regex",
            ingest: b"ingest",
            data: "{\"format\":1}",
            loader: "",
            parts: &[],
            corpus: CorpusIn::File,
        };
        let single = single_file(&build).unwrap();
        let mut other = Index::new(
            vec![Document::from_text("b", "Vučić <replied>.")],
            vec![],
            vec![],
        );
        other.info.title = "Replies".into();
        let resaved = resave(&single, &other, b"other", "{\"other\":1}").unwrap();
        assert!(
            resaved.contains("<p lang=\"en\" dir=\"auto\">Vučić &lt;replied&gt;.</p>")
                && !resaved.contains("Kurti spoke.")
        );
        assert_eq!(resaved.matches(ARTICLES).count(), 1);
        assert!(resaved.contains("<title>Replies – explorer</title>"));
        assert!(resaved.contains(&format!(">{}</script>", STANDARD.encode(b"other"))));
        assert!(
            resaved.contains(&data_url("{\"other\":1}"))
                && !resaved.contains(&data_url(build.data))
        );
        // The code, the style and their policy are the same file's.
        let policy = |html: &str| {
            html[html.find("Content-Security-Policy").unwrap()..]
                .split('>')
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(policy(&resaved), policy(&single));
        for block in ["app-module", "regex-module", "ingest-module"] {
            let at = |html: &str| {
                html[html.find(&format!("id=\"{block}\"")).unwrap()..]
                    .split("</script>")
                    .next()
                    .unwrap()
                    .to_string()
            };
            assert_eq!(at(&resaved), at(&single), "{block}");
        }
        // A page that wrote itself without its articles gets them back.
        let bare = without_articles(&single);
        assert!(!bare.contains(ARTICLES));
        assert_eq!(
            resave(&bare, &other, b"other", "{}")
                .unwrap()
                .matches(ARTICLES)
                .count(),
            1
        );
        assert!(resave("<html></html>", &other, b"", "").is_err());
    }

    /// Whether node parses `script` (a classic script) without error.
    fn node_parses(name: &str, script: &str) -> Result<(), String> {
        let dir = std::env::temp_dir().join(format!("page-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let path = dir.join(name);
        std::fs::write(&path, script).map_err(|e| e.to_string())?;
        let out = std::process::Command::new("node")
            .arg("--check")
            .arg(&path)
            .output()
            .map_err(|e| {
                format!(
                    "node --check {name}: {e} (the tests need Node.js, as the browser tests do)"
                )
            })?;
        let _ = std::fs::remove_file(&path);
        if out.status.success() {
            Ok(())
        } else {
            Err(format!("{name}: {}", String::from_utf8_lossy(&out.stderr)))
        }
    }

    #[test]
    fn the_scripts_parse_alone_and_filled_in() {
        for (name, script) in [
            ("ingest_host.js", INGEST_HOST),
            ("offline_loader.js", OFFLINE_LOADER),
            ("served_loader.js", SERVED_LOADER),
        ] {
            node_parses(name, script).unwrap();
        }
        let app = AppWasm {
            href: "./app-1_bg.wasm".into(),
            integrity: Some("sha384-w".into()),
        };
        for app in [None, Some(&app)] {
            let loader = served_loader(&FILES, app, "sq");
            // Each language's file, escaped; the corpus's own fetched at once.
            assert!(loader.contains(
                r#"{"sq":"./texts-sq-<\/script>.txt","sr-Latn":"./texts-sr-Latn-1.txt"}"#
            ));
            assert!(loader.contains("const early = \"sq\";"));
            assert!(
                !loader.contains("__"),
                "every placeholder is filled in: {loader}"
            );
            node_parses("served.js", &loader).unwrap();
        }
        let offline = format!("{INGEST_HOST}\n{OFFLINE_LOADER}");
        node_parses("offline.js", &offline).unwrap();
    }

    #[test]
    fn each_placeholder_stands_once_in_the_served_loader() {
        for placeholder in [
            "/*__INGEST_HOST__*/",
            "/*__APP__*/",
            "__FROM_FILE__",
            "__INDEX__",
            "__REGEX__",
            "__INGEST__",
            "__OFFLINE__",
            "__TEXTS__",
            "__INTERFACE__",
            "__PARTS__",
        ] {
            assert_eq!(
                SERVED_LOADER.matches(placeholder).count(),
                1,
                "{placeholder}"
            );
        }
    }
}
