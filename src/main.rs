//! The corpus explorer in the browser: waits for the corpus index the page
//! fetched beside the app (see [`load`]), decodes it and renders the app. All
//! ingestion happened at build time (`cargo xtask post-build`).

#[cfg(feature = "bench")]
mod bench;
mod load;
mod regex_module;
mod ui;

use corpus_core::Index;

fn main() {
    wasm_bindgen_futures::spawn_local(async move {
        let index = load::index().await.and_then(|bytes| {
            Index::decode(&bytes).map_err(|e| format!("its index cannot be read: {e}"))
        });
        // The app's code may run before the page is read to its end (it starts
        // as soon as it has arrived): the pre-rendered articles it replaces
        // must be there first.
        load::document_read().await;
        let document = gloo::utils::document();
        let Some(root) = document
            .get_element_by_id("app")
            .or_else(|| document.body().map(Into::into))
        else {
            return;
        };
        match index {
            Ok(index) => {
                // Whatever was pre-rendered for readers without WASM gives way to the app.
                root.set_text_content(None);
                let props = ui::app::AppProps {
                    corpus: ui::Corpus::new(index),
                };
                #[cfg(feature = "bench")]
                bench::keep(&props.corpus);
                yew::Renderer::<ui::app::App>::with_root_and_props(root, props).render();
            }
            Err(message) => show_load_error(&root, message),
        }
    });
}

/// The reason the app cannot start, above the pre-rendered articles, which
/// stay readable.
fn show_load_error(root: &web_sys::Element, message: String) {
    let Ok(holder) = gloo::utils::document().create_element("div") else {
        return;
    };
    let _ = root.insert_before(&holder, root.first_child().as_ref());
    let props = ui::components::load_error::LoadErrorProps {
        message: message.into(),
    };
    yew::Renderer::<ui::components::load_error::LoadError>::with_root_and_props(holder, props)
        .render();
}
