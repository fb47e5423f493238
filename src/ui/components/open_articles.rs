use crate::own;
use crate::ui::context::use_texts;
use corpus_core::i18n::Msg;
use corpus_core::ingest::folder::ARTICLE_EXTENSIONS;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpenArticlesProps {
    /// Whether files are being read or saved (the buttons wait).
    pub busy: bool,
    /// Hears the files chosen: an array of `{ path, file }`.
    pub on_open: Callback<js_sys::Array>,
}

/// `.txt,.md,…`: what the file chooser offers.
fn accepted() -> String {
    ARTICLE_EXTENSIONS
        .iter()
        .map(|(e, _)| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// "Open your own articles" and "Open a folder": the browser's file chooser,
/// for files or for a whole folder (its sub-folders included).
#[function_component]
pub fn OpenArticles(props: &OpenArticlesProps) -> Html {
    let t = use_texts();
    let (files, folder) = (use_node_ref(), use_node_ref());
    let choose = |input: &NodeRef| {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
                i.click();
            }
        })
    };
    let onchange = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_open.emit(own::chosen(&input));
            // Choosing the same files again is a change again.
            input.set_value("");
        })
    };
    html! {
        <div class="open-articles">
            <button type="button" class="download" disabled={props.busy} onclick={choose(&files)}
                title={t.get(Msg::OpenYourArticlesTitle).to_string()}>
                { t.get(Msg::OpenYourArticles) }
            </button>
            <button type="button" class="link-button" disabled={props.busy} onclick={choose(&folder)}>
                { t.get(Msg::OpenFolder) }
            </button>
            <input ref={files} type="file" multiple=true accept={accepted()} hidden=true
                tabindex="-1" aria-hidden="true" onchange={onchange.clone()} />
            <input ref={folder} type="file" webkitdirectory=true hidden=true
                tabindex="-1" aria-hidden="true" {onchange} />
        </div>
    }
}
