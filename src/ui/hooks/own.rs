//! The reader's own articles: opening files (through the worker, see
//! [`crate::own`]), switching between them and the page's own corpus, saving
//! them as one file. The state is a reducer of what happened; the work (the
//! worker, decoding, downloads, `blob:` addresses) happens here, in the hook.

use super::{blob_url, download_value};
use crate::own;
use crate::ui::Corpus;
use corpus_core::i18n::Msg;
use corpus_core::ingest::opened::Opening;
use corpus_core::Index;
use std::rc::Rc;
use yew::prelude::*;

/// Articles the reader opened, ready to explore.
#[derive(Clone, PartialEq)]
pub struct Own {
    pub corpus: Corpus,
    /// The index as the worker wrote it (an `ArrayBuffer`, for saving).
    pub index: wasm_bindgen::JsValue,
    /// The data export (`corpus.json`, an `ArrayBuffer`) and its `blob:`
    /// address, for "Download data".
    pub data: wasm_bindgen::JsValue,
    pub data_href: AttrValue,
}

/// What is under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Work {
    #[default]
    Idle,
    /// Reading files: `done` of `total` read (all read: finding names).
    Reading {
        done: u32,
        total: u32,
    },
    Saving,
}

/// The state of the reader's own articles.
#[derive(Clone, PartialEq, Default)]
pub struct OwnState {
    /// The last articles opened, if any could be read.
    pub own: Option<Own>,
    /// Whether they are shown (else the page's own corpus is).
    pub showing: bool,
    /// Bumped at every switch of corpus: the app is drawn anew.
    pub generation: u32,
    pub work: Work,
    /// What the last opening did, until dismissed.
    pub report: Option<Rc<Opening>>,
    /// Why the last opening or saving failed as a whole: what failed (the
    /// interface's sentence, with a place for the reason) and the reason.
    pub failure: Option<(Msg, AttrValue)>,
}

/// What happens to the reader's own articles.
pub enum OwnAction {
    /// Reading `total` files began.
    StartReading(u32),
    ReadFile {
        done: u32,
        total: u32,
    },
    /// Reading ended: the articles (if any could be read) and the report.
    FinishReading(Option<Own>, Opening),
    StartSaving,
    FinishSaving,
    /// Opening ([`Msg::CouldNotOpen`]) or saving ([`Msg::SavingFailed`])
    /// failed as a whole, for the reason given.
    Fail(Msg, String),
    /// Show the reader's articles (true) or the page's own (false).
    ShowOwn(bool),
    DismissReport,
}

impl Reducible for OwnState {
    type Action = OwnAction;

    fn reduce(self: Rc<Self>, action: OwnAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            OwnAction::StartReading(total) => {
                s.work = Work::Reading { done: 0, total };
                (s.report, s.failure) = (None, None);
            }
            OwnAction::ReadFile { done, total } => s.work = Work::Reading { done, total },
            OwnAction::FinishReading(own, report) => {
                s.work = Work::Idle;
                s.report = Some(Rc::new(report));
                if own.is_some() {
                    (s.own, s.showing) = (own, true);
                    s.generation += 1;
                }
            }
            OwnAction::StartSaving => (s.work, s.failure) = (Work::Saving, None),
            OwnAction::FinishSaving => s.work = Work::Idle,
            OwnAction::Fail(what, why) => {
                (s.work, s.failure) = (Work::Idle, Some((what, why.into())))
            }
            OwnAction::ShowOwn(show) => {
                let show = show && s.own.is_some();
                if show != s.showing {
                    s.showing = show;
                    s.generation += 1;
                }
            }
            OwnAction::DismissReport => (s.report, s.failure) = (None, None),
        }
        Rc::new(s)
    }
}

/// The state and what the reader can do with their articles.
pub struct OwnArticles {
    pub state: UseReducerHandle<OwnState>,
    /// Opens files (an array of `{ path, file }`, see [`own::chosen`]).
    pub on_open: Callback<js_sys::Array>,
    /// Opens the files of a drop (its `dataTransfer`).
    pub on_drop: Callback<wasm_bindgen::JsValue>,
    pub on_save: Callback<()>,
    /// Shows the reader's articles (true) or the page's own (false).
    pub on_show: Callback<bool>,
    pub on_dismiss: Callback<()>,
}

/// Reads `files` in the worker and hands the outcome to `dispatch`.
async fn read(files: js_sys::Array, dispatch: UseReducerDispatcher<OwnState>) {
    dispatch.dispatch(OwnAction::StartReading(files.length()));
    let progress = {
        let dispatch = dispatch.clone();
        move |done, total| dispatch.dispatch(OwnAction::ReadFile { done, total })
    };
    let opened = match own::open(&files, progress).await {
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

/// Saves `own` as one file named after its title.
async fn save(own: Own, dispatch: UseReducerDispatcher<OwnState>) {
    dispatch.dispatch(OwnAction::StartSaving);
    let saved = own::save(&own.index, &own.data).await.and_then(|html| {
        let name = format!("{}-offline.html", own.corpus.info.file_name);
        download_value(&name, "text/html;charset=utf-8", &html).map_err(crate::load::describe)
    });
    dispatch.dispatch(match saved {
        Ok(()) => OwnAction::FinishSaving,
        Err(why) => OwnAction::Fail(Msg::SavingFailed, why),
    });
}

#[hook]
pub fn use_own_articles() -> OwnArticles {
    let state = use_reducer(OwnState::default);
    let dispatch = state.dispatcher();
    // The data export's address lives as long as its articles.
    let href = state.own.as_ref().map(|o| o.data_href.clone());
    use_effect_with(href, |href| {
        let href = href.clone();
        move || {
            if let Some(h) = href {
                let _ = web_sys::Url::revoke_object_url(&h);
            }
        }
    });
    let busy = state.work != Work::Idle;
    let on_open = use_callback(
        (dispatch.clone(), busy),
        |files: js_sys::Array, (d, busy)| {
            if !*busy && files.length() > 0 {
                wasm_bindgen_futures::spawn_local(read(files, d.clone()));
            }
        },
    );
    let on_drop = use_callback((dispatch.clone(), busy), |transfer, (d, busy)| {
        if *busy {
            return;
        }
        let d = d.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match own::dropped(transfer).await {
                Ok(files) if files.length() > 0 => read(files, d).await,
                Ok(_) => {}
                Err(why) => d.dispatch(OwnAction::Fail(Msg::CouldNotOpen, why)),
            }
        });
    });
    let on_save = use_callback(
        (dispatch.clone(), state.own.clone(), busy),
        |(), (d, own, busy)| {
            if let (Some(own), false) = (own.clone(), *busy) {
                wasm_bindgen_futures::spawn_local(save(own, d.clone()));
            }
        },
    );
    let on_show = use_callback(dispatch.clone(), |show, d| {
        d.dispatch(OwnAction::ShowOwn(show))
    });
    let on_dismiss = use_callback(dispatch, |(), d| d.dispatch(OwnAction::DismissReport));
    OwnArticles {
        state,
        on_open,
        on_drop,
        on_save,
        on_show,
        on_dismiss,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus_core::model::index::Document;

    fn own() -> Own {
        let index = Index::new(
            vec![Document::from_text("a", "Kurti spoke.")],
            vec![],
            vec![],
        );
        Own {
            corpus: Corpus::new(index),
            index: wasm_bindgen::JsValue::NULL,
            data: wasm_bindgen::JsValue::NULL,
            data_href: "blob:x".into(),
        }
    }

    fn run(actions: Vec<OwnAction>) -> OwnState {
        let mut s = Rc::new(OwnState::default());
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    #[test]
    fn opening_switches_to_the_articles_read_and_back() {
        let s = run(vec![
            OwnAction::StartReading(3),
            OwnAction::ReadFile { done: 2, total: 3 },
        ]);
        assert_eq!(s.work, Work::Reading { done: 2, total: 3 });
        let s = run(vec![
            OwnAction::StartReading(3),
            OwnAction::FinishReading(Some(own()), Opening::default()),
        ]);
        assert!(s.showing && s.own.is_some() && s.report.is_some());
        assert_eq!((s.work, s.generation), (Work::Idle, 1));
        let back = run(vec![
            OwnAction::FinishReading(Some(own()), Opening::default()),
            OwnAction::ShowOwn(false),
            OwnAction::ShowOwn(false),
        ]);
        assert_eq!(
            (back.showing, back.generation),
            (false, 2),
            "one switch, one redraw"
        );
    }

    #[test]
    fn nothing_read_keeps_the_corpus_shown() {
        let s = run(vec![
            OwnAction::StartReading(1),
            OwnAction::FinishReading(None, Opening::default()),
        ]);
        assert!(!s.showing && s.own.is_none() && s.report.is_some());
        assert_eq!(s.generation, 0);
        let s = run(vec![OwnAction::ShowOwn(true)]);
        assert!(!s.showing, "nothing to show");
        let s = run(vec![
            OwnAction::StartSaving,
            OwnAction::Fail(Msg::SavingFailed, "no".into()),
        ]);
        let failure = s.failure.as_ref().map(|(m, why)| (*m, why.as_str()));
        assert_eq!(
            (s.work, failure),
            (Work::Idle, Some((Msg::SavingFailed, "no")))
        );
        assert!(run(vec![
            OwnAction::Fail(Msg::CouldNotOpen, "no".into()),
            OwnAction::DismissReport
        ])
        .failure
        .is_none());
    }
}
