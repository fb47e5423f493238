//! Reading the reader's own articles (through the worker, see
//! [`crate::own`]) and saving them as one file: a part of its own
//! ([`crate::ui::parts::OWN_WORK`]), fetched the first time a reader opens
//! articles; the ingestion module it hands them to is fetched then too.

use super::hooks::{blob_url, download_value};
use super::own_state::{Own, OwnAction, OwnState};
use super::Corpus;
use crate::own;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::ingest::opened::Opening;
use corpus_core::model::remark::Remark;
use corpus_core::model::story::{encode_stories, Story};
use corpus_core::Index;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use yew::UseReducerDispatcher;

/// A piece of work on the reader's articles, under way.
pub type Working = Pin<Box<dyn Future<Output = ()>>>;

/// What the part gives: reading files, saving articles.
#[derive(Clone, Copy)]
pub struct OwnWork {
    /// Reads files (an array of `{ path, file }`), titled by the second
    /// argument if they are not in one folder, reading having been said to
    /// start.
    pub read: fn(js_sys::Array, String, UseReducerDispatcher<OwnState>) -> Working,
    /// Saves the articles as one file, with the stories told.
    pub save: fn(Own, Rc<Vec<Story>>, UseReducerDispatcher<OwnState>) -> Working,
    /// Says a line of the report in the interface's words (here, not in
    /// the first download: only a reader who opened files sees it).
    pub say: fn(&Remark, &Texts) -> String,
}

/// The part's work.
pub const WORK: OwnWork = OwnWork {
    read: |files, untitled, dispatch| Box::pin(read(files, untitled, dispatch)),
    save: |own, stories, dispatch| Box::pin(save(own, stories, dispatch)),
    say: Remark::message,
};

/// Reads `files` in the worker and hands the outcome to `dispatch`.
async fn read(files: js_sys::Array, untitled: String, dispatch: UseReducerDispatcher<OwnState>) {
    let progress = {
        let dispatch = dispatch.clone();
        move |done, total| dispatch.dispatch(OwnAction::ReadFile { done, total })
    };
    let opened = match own::open(&files, &untitled, progress).await {
        Ok(o) => o,
        Err(why) => return dispatch.dispatch(OwnAction::Fail(Msg::CouldNotOpen, why)),
    };
    let report = match Opening::decode(&opened.report) {
        Ok(r) => r,
        Err(why) => return dispatch.dispatch(OwnAction::Fail(Msg::CouldNotOpen, why)),
    };
    // Decoding and drawing the articles are tasks of their own (a large
    // corpus takes tens of milliseconds for each), apart from the message.
    own::next_task().await;
    let own = match (opened.index, opened.data) {
        (Some(index), Some(data)) => match ready(index, data) {
            Ok(own) => Some(own),
            Err(why) => return dispatch.dispatch(OwnAction::Fail(Msg::CouldNotOpen, why)),
        },
        _ => None,
    };
    own::next_task().await;
    dispatch.dispatch(OwnAction::FinishReading(own, report));
}

/// The index decoded and its data export given an address.
fn ready(index: wasm_bindgen::JsValue, data: wasm_bindgen::JsValue) -> Result<Own, String> {
    let decoded =
        Index::decode(&own::bytes(&index)).map_err(|e| format!("the articles' index: {e}"))?;
    let data_href = blob_url("application/json", &data)
        .map_err(crate::load::describe)?
        .into();
    Ok(Own {
        corpus: Corpus::new(decoded),
        index,
        data,
        data_href,
    })
}

/// Saves `own` as one file named after its title, telling `stories` (those
/// written in the page among them).
async fn save(own: Own, stories: Rc<Vec<Story>>, dispatch: UseReducerDispatcher<OwnState>) {
    dispatch.dispatch(OwnAction::StartSaving);
    let stories = encode_stories(&stories);
    let saved = own::save(&own.index, &own.data, &stories)
        .await
        .and_then(|html| {
            let name = format!("{}-offline.html", own.corpus.info.file_name);
            download_value(&name, "text/html;charset=utf-8", &html).map_err(crate::load::describe)
        });
    dispatch.dispatch(match saved {
        Ok(()) => OwnAction::FinishSaving,
        Err(why) => OwnAction::Fail(Msg::SavingFailed, why),
    });
}
