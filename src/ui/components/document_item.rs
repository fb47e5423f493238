use crate::ui::context::use_texts;
use crate::ui::format::lang;
use crate::ui::Corpus;
use corpus_core::i18n::Msg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentItemProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The document.
    pub doc: u32,
    /// Matches in it, when the query has terms.
    pub hits: Option<usize>,
    /// Whether it is open in the reader.
    pub open: bool,
    /// Called with the document id to open it.
    pub on_open: Callback<u32>,
}

/// One entry of the document list. Re-renders only when its own count or state
/// changes.
#[function_component]
pub fn DocumentItem(props: &DocumentItemProps) -> Html {
    let t = use_texts();
    let doc = &props.corpus.documents[props.doc as usize];
    let d = props.doc;
    html! {
        <li>
            <button
                type="button"
                class={classes!("doc", props.open.then_some("open"))}
                aria-current={props.open.then_some("true")}
                onclick={props.on_open.reform(move |_| d)}
            >
                <span class="doc-title" dir="auto" lang={lang(doc)}>{ &doc.title }</span>
                <span class="doc-meta"><bdi>{ doc.outlet.as_deref().unwrap_or(t.get(Msg::OutletUnknown)) }</bdi>{ " · " }{ doc.published_label(&t) }</span>
                if let Some(hits) = props.hits {
                    <span class="hits">{ t.count(Msg::Matches, hits) }</span>
                }
            </button>
        </li>
    }
}
