//! The reader's own articles: opening files, switching between them and the
//! page's own corpus, saving them as one file. The state is a reducer of what
//! happened ([`crate::ui::own_state`]); the work (the worker, decoding,
//! downloads, `blob:` addresses) is started here, in the hook, and done by a
//! part fetched with the first opening ([`crate::ui::own_work`]).

use crate::own;
pub use crate::ui::own_state::{OwnAction, OwnState, Work};
use crate::ui::own_work::OwnWork;
use crate::ui::parts;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::story::Story;
use std::rc::Rc;
use yew::prelude::*;

/// The state and what the reader can do with their articles.
pub struct OwnArticles {
    pub state: UseReducerHandle<OwnState>,
    /// Opens files (an array of `{ path, file }`, see [`own::chosen`]).
    pub on_open: Callback<js_sys::Array>,
    /// Opens the files of a drop (its `dataTransfer`).
    pub on_drop: Callback<wasm_bindgen::JsValue>,
    /// Saves the articles as one file, with the stories told (those written
    /// in the page among them).
    pub on_save: Callback<Rc<Vec<Story>>>,
    /// Shows the reader's articles (true) or the page's own (false).
    pub on_show: Callback<bool>,
    pub on_dismiss: Callback<()>,
}

/// Does `work` with the part that does it, fetched if it is not there; if it
/// cannot be, says that `what` failed.
async fn with_work(
    dispatch: UseReducerDispatcher<OwnState>,
    what: Msg,
    work: impl FnOnce(OwnWork, UseReducerDispatcher<OwnState>) -> crate::ui::own_work::Working,
) {
    match parts::OWN_WORK.fetch().await {
        Ok(part) => work(part, dispatch).await,
        Err(_) => dispatch.dispatch(OwnAction::Fail(
            what,
            "this explorer could not fetch what reads and saves articles".into(),
        )),
    }
}

/// Reads `files` (titled `untitled` if not in one folder), saying at once
/// that reading has begun.
async fn read(files: js_sys::Array, untitled: AttrValue, dispatch: UseReducerDispatcher<OwnState>) {
    dispatch.dispatch(OwnAction::StartReading(files.length()));
    let untitled = untitled.to_string();
    with_work(dispatch, Msg::CouldNotOpen, |part, d| {
        (part.read)(files, untitled, d)
    })
    .await
}

/// The reader's articles; files opened without a folder are titled in the
/// words of `texts` ("Your articles", "Vaši članci").
#[hook]
pub fn use_own_articles(texts: &Texts) -> OwnArticles {
    let state = use_reducer(OwnState::default);
    let dispatch = state.dispatcher();
    let untitled = AttrValue::from(texts.get(Msg::YourArticles).to_string());
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
        (dispatch.clone(), busy, untitled.clone()),
        |files: js_sys::Array, (d, busy, untitled)| {
            if !*busy && files.length() > 0 {
                wasm_bindgen_futures::spawn_local(read(files, untitled.clone(), d.clone()));
            }
        },
    );
    let on_drop = use_callback(
        (dispatch.clone(), busy, untitled),
        |transfer, (d, busy, untitled)| {
            if *busy {
                return;
            }
            let (d, untitled) = (d.clone(), untitled.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match own::dropped(transfer).await {
                    Ok(files) if files.length() > 0 => read(files, untitled, d).await,
                    Ok(_) => {}
                    Err(why) => d.dispatch(OwnAction::Fail(Msg::CouldNotOpen, why)),
                }
            });
        },
    );
    let on_save = use_callback(
        (dispatch.clone(), state.own.clone(), busy),
        |stories: Rc<Vec<Story>>, (d, own, busy)| {
            if let (Some(own), false) = (own.clone(), *busy) {
                let d = d.clone();
                wasm_bindgen_futures::spawn_local(with_work(d, Msg::SavingFailed, |part, d| {
                    (part.save)(own, stories, d)
                }));
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
