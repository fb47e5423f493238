//! The page's root: the corpus shown (the page's own, or articles the reader
//! opened: [`use_own_articles`]), drawn anew by [`App`] at every switch, with
//! the banner of the reader's articles above it and files dropped anywhere on
//! the page opened; the stories told with each corpus as the reader writes
//! them ([`super::written`]), kept here so that they outlive a switch.

use super::app::App;
use super::components::own_banner::{own_banner, OwnBannerProps};
use super::context::Interface;
use super::history;
use super::hooks::interface::{use_interface_language, Start};
use super::hooks::own::{use_own_articles, Work};
use super::own_state::Own;
use super::written::{Change, Edit, Shown, Written};
use super::Corpus;
use corpus_core::i18n::Msg;
use corpus_core::model::story::Story;
use corpus_core::view::link;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The page's own corpus.
    pub corpus: Corpus,
    /// The interface's language at the start, its texts fetched.
    pub interface: Start,
}

/// Whether a drag carries files (not text or a link from the page).
fn carries_files(e: &DragEvent) -> bool {
    e.data_transfer().is_some_and(|t| {
        t.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// Whether files are dragged over the page, and its drag-over, drag-leave and
/// drop listeners: files dropped anywhere go to `on_drop` (not in an
/// embedded explorer, whose host page owns the drops).
#[hook]
fn use_file_drop(
    embed: bool,
    on_drop: &Callback<wasm_bindgen::JsValue>,
) -> (bool, [Callback<DragEvent>; 3]) {
    let dragging = use_state_eq(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if !embed && carries_files(&e) {
                e.prevent_default();
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving the page, not moving between its elements.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (dragging, on_drop) = (dragging.clone(), on_drop.clone());
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            if let Some(t) = e.data_transfer().filter(|_| carries_files(&e)) {
                e.prevent_default();
                on_drop.emit(t.into());
            }
        })
    };
    (*dragging, [ondragover, ondragleave, ondrop])
}

/// The stories told with `corpus` (shown as `which`) as the reader has
/// written them, the callback that edits them, and those told with the
/// reader's own articles (saved with them).
#[hook]
fn use_stories(
    which: Shown,
    corpus: &Corpus,
    own: Option<&Own>,
) -> (Rc<Vec<Story>>, Callback<Change>, Rc<Vec<Story>>) {
    let written = use_reducer(Written::default);
    let on_edit = {
        let (d, corpus) = (written.dispatcher(), corpus.clone());
        use_callback((which, corpus), move |change, (shown, corpus)| {
            d.dispatch(Edit {
                shown: *shown,
                corpus: corpus.clone(),
                change,
            })
        })
    };
    let own_stories = own.map_or_else(Rc::default, |o| written.told(Shown::Own, &o.corpus));
    (written.told(which, corpus), on_edit, own_stories)
}

#[function_component]
pub fn Root(props: &RootProps) -> Html {
    let interface = use_interface_language(&props.interface);
    let texts = interface.texts.clone();
    let own = use_own_articles(&texts);
    // The link the page was opened with, and the corpus it names.
    let opened = use_memo((), |_| AttrValue::from(history::fragment()));
    let embed = use_memo((), |_| history::embedded(&opened));
    let linked = link::corpus_of(&opened);
    let s = &*own.state;
    let shown = s.own.as_ref().filter(|_| s.showing);
    let (corpus, data_href, which) = match shown {
        Some(o) => (o.corpus.clone(), Some(o.data_href.clone()), Shown::Own),
        None => (props.corpus.clone(), None, Shown::Page),
    };
    let (stories, on_edit_story, own_stories) = use_stories(which, &corpus, s.own.as_ref());
    // The link's view, for the corpus it names; a corpus shown later starts afresh
    // unless the link was made for it.
    let fragment = match (&linked, s.generation) {
        (_, 0) => (*opened).clone(),
        (Some(name), _) if *name == corpus.info.file_name => (*opened).clone(),
        _ => AttrValue::default(),
    };
    let (dragging, [ondragover, ondragleave, ondrop]) = use_file_drop(*embed, &own.on_drop);
    let busy = s.work != Work::Idle;
    html! {
        <ContextProvider<Interface> context={interface}>
        <div class="root" {ondragover} {ondragleave} {ondrop}>
            if !*embed {
                { own_banner(&texts, &OwnBannerProps {
                    work: s.work,
                    own_title: s.own.as_ref().map(|o| AttrValue::from(o.corpus.info.title.clone())),
                    showing: s.showing,
                    bundled_title: AttrValue::from(props.corpus.info.title.clone()),
                    report: s.report.clone(),
                    failure: s.failure.clone(),
                    on_save: own.on_save.reform(move |()| own_stories.clone()),
                    on_show: own.on_show.clone(),
                    on_dismiss: own.on_dismiss.clone(),
                }) }
            }
            <App key={s.generation} {corpus} {stories} {on_edit_story} {fragment} {data_href}
                own_busy={busy} on_open_files={Some(own.on_open.clone())} />
            if dragging {
                <div class="drop-overlay" aria-hidden="true">
                    <p>{ texts.get(Msg::DropHere) }</p>
                </div>
            }
        </div>
        </ContextProvider<Interface>>
    }
}
