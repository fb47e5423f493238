//! Keeps the URL fragment and the view in step: the page opens on the view its
//! link describes, every change is written into the fragment, and back/forward
//! walk through the changes.

use super::hooks::use_latest;
use super::state::{Action, Inputs, ViewState};
use super::Corpus;
use corpus_core::i18n::Locale;
use corpus_core::model::story::Story;
use corpus_core::view::link::{self, Decoded, Mode};
use corpus_core::view::request::LinkProblem;
use std::rc::Rc;
use yew::prelude::*;

/// The current fragment, without its `#`.
pub fn fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The page's query string (`?…`), where a host that cannot set a fragment
/// asks for the embedded layout.
fn search() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// The interface's language the page was opened with: `ui=` in its link,
/// or in its query string (for hosts that cannot set a fragment).
pub fn interface_asked() -> Option<Locale> {
    let search = search();
    link::interface_of(&fragment())
        .or_else(|| link::interface_of(search.strip_prefix('?').unwrap_or(&search)))
}

/// The view and mode of the link `fragment`, in the page as it was opened
/// (`stories`: those told): `?embed` in the query string works like `#embed`.
pub fn opened_with(corpus: &Corpus, stories: &[Story], fragment: &str) -> Decoded {
    let mut decoded = link::decode(corpus, stories, fragment);
    decoded.mode.embed = link::embed_asked(fragment, &search());
    decoded
}

/// Whether the page shows the embedded layout (`fragment`: the one it was
/// opened with).
pub fn embedded(fragment: &str) -> bool {
    link::embed_asked(fragment, &search())
}

/// The page's address as it was opened.
pub fn page_address() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// Writes the view into the fragment as it changes: a history entry per change,
/// one for a whole burst of typing. Embedded, the fragment is replaced instead,
/// so the host page's back button stays the host's. Back, forward and edits of
/// the fragment restore the view they point to; `on_problems` hears what such a
/// fragment said that could not be used. `stories`: those told, as they
/// stand at each render.
#[hook]
pub fn use_fragment_sync(
    corpus: &Corpus,
    stories: &Rc<Vec<Story>>,
    state: &UseReducerHandle<Inputs>,
    mode: Rc<Mode>,
    on_problems: Callback<Vec<LinkProblem>>,
) {
    // (the view last written, whether that write was typing)
    let written = use_mut_ref(|| None::<(ViewState, bool)>);
    let encoded = link::encode(corpus, stories, state, &mode);
    let told = use_latest(stories.clone());
    {
        let state = state.0.clone();
        let embed = mode.embed;
        use_effect_with(encoded, move |encoded| {
            let mut written = written.borrow_mut();
            let typing = written
                .as_ref()
                .is_some_and(|(before, _)| state.only_query_changed(before));
            if fragment() != *encoded {
                let window = gloo::utils::window();
                let url = if encoded.is_empty() {
                    // No bare `#` left behind.
                    let l = window.location();
                    l.pathname().unwrap_or_default() + &l.search().unwrap_or_default()
                } else {
                    format!("#{encoded}")
                };
                let push = !embed
                    && match &*written {
                        None => false,
                        Some((_, was_typing)) => !(typing && *was_typing),
                    };
                if let Ok(history) = window.history() {
                    let none = wasm_bindgen::JsValue::NULL;
                    let _ = if push {
                        history.push_state_with_url(&none, "", Some(&url))
                    } else {
                        history.replace_state_with_url(&none, "", Some(&url))
                    };
                }
            }
            *written = Some((state, typing));
        });
    }
    let dispatch = state.dispatcher();
    let corpus = corpus.clone();
    use_effect_with((), move |_| {
        let restore = move |_: &web_sys::Event| {
            let decoded = link::decode(&corpus, &told.borrow(), &fragment());
            dispatch.dispatch(Action::Restore(Box::new(decoded.state)));
            on_problems.emit(decoded.problems);
        };
        let window = gloo::utils::window();
        let listeners = [
            gloo::events::EventListener::new(&window, "popstate", restore.clone()),
            gloo::events::EventListener::new(&window, "hashchange", restore),
        ];
        move || drop(listeners)
    });
}
