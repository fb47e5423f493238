//! The reader's own articles: what the page's hand-over offers for them
//! (`window.explorerData.open`, `.save`, `.droppedFiles`, written in
//! `crates/page`), called from Rust. The files are read, cleaned and indexed
//! by the ingestion module in a worker; nothing leaves the page, nothing is
//! stored.

use crate::load::{self, describe};
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What opening files gave. The index and the export stay JavaScript
/// `ArrayBuffer`s (megabytes at 1,000 articles): the index is copied into the
/// app once to decode, the export never.
pub struct Opened {
    /// The index (postcard), if any article could be read.
    pub index: Option<JsValue>,
    /// The report ([`corpus_core::ingest::opened::Opening`], postcard).
    pub report: Vec<u8>,
    /// The data export (`corpus.json`, UTF-8) of the index.
    pub data: Option<JsValue>,
}

/// The bytes of an `ArrayBuffer`.
pub fn bytes(buffer: &JsValue) -> Vec<u8> {
    Uint8Array::new(buffer).to_vec()
}

/// Resolves in a task of its own, after what is queued: long work split this
/// way leaves the page free to answer in between.
pub async fn next_task() {
    let later = Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(later).await;
}

/// `explorerData[name]` as a function.
fn function(name: &str) -> Result<Function, String> {
    load::field(name)?
        .dyn_into::<Function>()
        .map_err(|_| format!("this page cannot open articles (no explorerData.{name})"))
}

/// The files of a file chooser (`input.files`), each with its path: the
/// folder it is in when a folder was chosen (`talks/a.txt`), else its name.
pub fn chosen(input: &web_sys::HtmlInputElement) -> Array {
    let out = Array::new();
    let Some(list) = input.files() else {
        return out;
    };
    for i in 0..list.length() {
        let Some(file) = list.get(i) else { continue };
        // Not in web-sys: every browser has it on files of a chosen folder.
        let relative = Reflect::get(&file, &"webkitRelativePath".into())
            .ok()
            .and_then(|p| p.as_string())
            .filter(|p| !p.is_empty());
        let path = relative.unwrap_or_else(|| file.name());
        out.push(&entry(&path, &file));
    }
    out
}

/// `{ path, file }`, as the worker takes files.
fn entry(path: &str, file: &JsValue) -> Object {
    let o = Object::new();
    let _ = Reflect::set(&o, &"path".into(), &path.into());
    let _ = Reflect::set(&o, &"file".into(), file);
    o
}

/// The files of a drop (`event.dataTransfer`), folders read through.
pub async fn dropped(transfer: JsValue) -> Result<Array, String> {
    let read = function("droppedFiles")?;
    let files = load::settled(read.call1(&JsValue::NULL, &transfer).map_err(describe)?).await?;
    files
        .dyn_into::<Array>()
        .map_err(|_| "the dropped files could not be read".into())
}

/// Opens `files` (from [`chosen`] or [`dropped`]), titled `untitled` if
/// they are not in one folder; `progress(done, total)` hears each file read.
pub async fn open(
    files: &Array,
    untitled: &str,
    progress: impl FnMut(u32, u32) + 'static,
) -> Result<Opened, String> {
    let open = function("open")?;
    let progress = Closure::<dyn FnMut(u32, u32)>::new(progress);
    let title = JsValue::from_str(untitled);
    let result = load::settled(
        open.call3(&JsValue::NULL, files, progress.as_ref(), &title)
            .map_err(describe)?,
    )
    .await?;
    drop(progress);
    let field = |name: &str| {
        Reflect::get(&result, &name.into())
            .ok()
            .filter(|v| !v.is_null() && !v.is_undefined())
    };
    Ok(Opened {
        index: field("index"),
        report: field("report").map(|r| bytes(&r)).unwrap_or_default(),
        data: field("data"),
    })
}

/// The single offline file of an index and its data export (the
/// `ArrayBuffer`s [`open`] gave), telling `stories` (as
/// `corpus_core::model::story::encode_stories` writes them), as HTML text.
pub async fn save(index: &JsValue, data: &JsValue, stories: &[u8]) -> Result<JsValue, String> {
    let save = function("save")?;
    let stories = js_sys::Uint8Array::from(stories);
    let html = load::settled(
        save.call3(&JsValue::NULL, index, data, &stories)
            .map_err(describe)?,
    )
    .await?;
    if html.is_string() {
        Ok(html)
    } else {
        Err("saving gave no page".into())
    }
}
