//! The corpus explorer in the browser: waits for the corpus index the page
//! fetched beside the app (see [`load`]), decodes it and renders the app. The
//! page's own articles were ingested at build time (`cargo xtask post-build`);
//! articles the reader opens are ingested in the page, by the ingestion module
//! in a worker (see [`own`]).

#[cfg(feature = "bench")]
mod bench;
mod load;
mod own;
mod regex_module;
mod ui;

use corpus_core::i18n::Texts;
use corpus_core::Index;
use std::rc::Rc;
use ui::hooks::interface::{starting_locale, Start};

fn main() {
    wasm_bindgen_futures::spawn_local(async move {
        // The interface's language: the link's (`ui=`), else the corpus's,
        // else the browser's. Its texts are fetched while the index arrives.
        let asked = ui::history::interface_asked().map(|l| l.tag());
        load::prefetch_texts(starting_locale(asked.unwrap_or("")));
        let index = load::index().await.and_then(|bytes| {
            Index::decode(&bytes).map_err(|e| format!("its index cannot be read: {e}"))
        });
        let chosen = index.as_ref().map_or("", |i| i.info.interface.as_str());
        let interface = Start::fetch(asked.unwrap_or(chosen)).await;
        // The app may start before the page has been read as far as its
        // holder; then it waits for the whole page.
        let holder = match app_holder() {
            Some(h) => h,
            None => {
                load::document_read().await;
                let Some(h) = app_holder() else { return };
                h
            }
        };
        match index {
            Ok(index) => {
                let props = ui::root::RootProps {
                    corpus: ui::Corpus::new(index),
                    interface,
                };
                #[cfg(feature = "bench")]
                bench::keep(&props.corpus);
                let Some(root) = replace_prerendered(&holder) else {
                    return;
                };
                yew::Renderer::<ui::root::Root>::with_root_and_props(root, props).render();
            }
            Err(message) => {
                load::document_read().await;
                show_load_error(&holder, message, interface.texts)
            }
        }
    });
}

/// `<div id="app">`, or, once the page has been read without one, its body.
fn app_holder() -> Option<web_sys::Element> {
    let document = gloo::utils::document();
    document.get_element_by_id("app").or_else(|| {
        (document.ready_state() != "loading")
            .then(|| document.body().map(Into::into))
            .flatten()
    })
}

/// The element the app renders into: first in `holder`, before the articles
/// pre-rendered for readers without WebAssembly, which the style sheet hides
/// from then on (`.app-mount ~ *`) and which are removed once the page has
/// been read. The app may start while a large corpus's articles are still
/// arriving: it does not wait for them.
fn replace_prerendered(holder: &web_sys::Element) -> Option<web_sys::Element> {
    let mount = gloo::utils::document().create_element("div").ok()?;
    mount.set_class_name("app-mount");
    holder
        .insert_before(&mount, holder.first_child().as_ref())
        .ok()?;
    let (holder, kept) = (holder.clone(), mount.clone());
    wasm_bindgen_futures::spawn_local(async move {
        load::document_read().await;
        while let Some(next) = kept.next_sibling() {
            if holder.remove_child(&next).is_err() {
                break;
            }
        }
    });
    Some(mount)
}

/// The reason the app cannot start, above the pre-rendered articles, which
/// stay readable.
fn show_load_error(root: &web_sys::Element, message: String, texts: Rc<Texts>) {
    let Ok(holder) = gloo::utils::document().create_element("div") else {
        return;
    };
    let _ = root.insert_before(&holder, root.first_child().as_ref());
    let props = ui::components::load_error::LoadErrorProps {
        message: message.into(),
        texts,
    };
    yew::Renderer::<ui::components::load_error::LoadError>::with_root_and_props(holder, props)
        .render();
}
