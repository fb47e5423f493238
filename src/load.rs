//! What the page hands the app: the corpus index and, on demand, the regex
//! module and the interface's texts in a language other than English. None
//! is compiled into the app, so one build serves any corpus and a reader
//! downloads only the language they read.
//!
//! The page defines `window.explorerData` (written by `cargo xtask post-build`
//! from `crates/page/src/served_loader.js`, or, in the single offline file,
//! `offline_loader.js`) before the app's code loads:
//!
//! ```js
//! window.explorerData = {
//!   app: Promise<WebAssembly.Module>,  // compiling as the page is read (served)
//!   index: Promise<ArrayBuffer>,       // fetch started as the page is read
//!   regex: () => Promise<ArrayBuffer>, // called on the first `/` typed
//!   texts: (tag) => Promise<ArrayBuffer>, // an interface language's texts, once each
//!   open, save, droppedFiles,          // the reader's own articles (`crates/page/src/ingest_host.js`)
//! };
//! ```
//!
//! The served page fetches both files next to it; the offline file decodes
//! them from data blocks inside it.

use corpus_core::i18n::{Locale, Texts};
use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The name of the page's hand-over object.
const DATA: &str = "explorerData";

/// The page's `explorerData[field]`.
pub fn field(name: &str) -> Result<JsValue, String> {
    let data = Reflect::get(&js_sys::global(), &DATA.into())
        .ok()
        .filter(JsValue::is_object)
        .ok_or("this page does not say where its corpus is (no window.explorerData)")?;
    Reflect::get(&data, &name.into()).map_err(describe)
}

/// A JavaScript error as text.
pub fn describe(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// What a promise of the page settles to (an `ArrayBuffer`, files, a page).
pub async fn settled(promise: JsValue) -> Result<JsValue, String> {
    let promise = promise
        .dyn_into::<Promise>()
        .map_err(|_| "the page's explorerData is malformed".to_string())?;
    JsFuture::from(promise).await.map_err(describe)
}

/// The corpus index's bytes (its fetch started before the app's code).
pub async fn index() -> Result<Vec<u8>, String> {
    let buffer = settled(field("index")?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The regex module's bytes, fetched now.
pub async fn regex_module() -> Result<JsValue, String> {
    let fetch = field("regex")?
        .dyn_into::<Function>()
        .map_err(|_| "the page's explorerData has no regex loader".to_string())?;
    settled(fetch.call0(&JsValue::NULL).map_err(describe)?).await
}

/// The page's `explorerData.texts(tag)`: the promise of a language's texts
/// (the page asks each file once).
fn texts_file(locale: Locale) -> Result<JsValue, String> {
    field("texts")?
        .dyn_into::<Function>()
        .map_err(|_| "the page's explorerData has no interface texts".to_string())?
        .call1(&JsValue::NULL, &locale.tag().into())
        .map_err(describe)
}

/// Starts fetching the interface's texts in `locale`, for later.
pub fn prefetch_texts(locale: Locale) {
    if locale != Locale::En {
        let _ = texts_file(locale);
    }
}

/// The interface's texts in `locale`: English is compiled in, the others
/// come from the file the build wrote beside the app (`Texts::table`).
pub async fn interface_texts(locale: Locale) -> Result<Texts, String> {
    if locale == Locale::En {
        return Ok(Texts::english());
    }
    let buffer = settled(texts_file(locale)?).await?;
    let table = String::from_utf8(Uint8Array::new(&buffer).to_vec())
        .map_err(|_| format!("the interface's texts in {} are not UTF-8", locale.tag()))?;
    Texts::from_table(locale, &table)
}

/// Resolves once the page has been read to its end (`DOMContentLoaded`).
pub async fn document_read() {
    let document = gloo::utils::document();
    if document.ready_state() != "loading" {
        return;
    }
    let read = Promise::new(&mut |resolve, _| {
        gloo::events::EventListener::once(&document, "DOMContentLoaded", move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        })
        .forget();
    });
    let _ = JsFuture::from(read).await;
}
