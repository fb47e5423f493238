//! The corpus explorer in the browser: decodes the embedded index once and
//! renders the app. All ingestion happened at build time (see build.rs).

#[cfg(feature = "bench")]
mod bench;
mod ui;

use corpus_core::Index;

/// The index build.rs wrote from `corpus/`.
static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

fn main() {
    let document = gloo::utils::document();
    let Some(root) = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    // Whatever was pre-rendered for readers without WASM gives way to the app.
    root.set_text_content(None);
    match Index::decode(INDEX) {
        Ok(index) => {
            // Built now rather than on the first keystroke.
            index.word_index();
            let props = ui::app::AppProps {
                corpus: ui::Corpus::new(index),
            };
            #[cfg(feature = "bench")]
            bench::keep(&props.corpus);
            yew::Renderer::<ui::app::App>::with_root_and_props(root, props).render();
        }
        Err(e) => {
            let props = ui::components::load_error::LoadErrorProps {
                message: e.to_string().into(),
            };
            yew::Renderer::<ui::components::load_error::LoadError>::with_root_and_props(
                root, props,
            )
            .render();
        }
    }
}
