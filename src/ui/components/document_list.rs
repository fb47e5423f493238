use crate::ui::components::document_item::DocumentItem;
use crate::ui::context::use_texts;
use crate::ui::Corpus;
use corpus_core::i18n::Msg;
use corpus_core::search::Results;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentListProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Documents in list order (the sort chosen).
    pub order: Rc<Vec<u32>>,
    /// Documents passing the filters, with their hits.
    pub results: Rc<Results>,
    /// Whether the query has terms (so hit counts mean something).
    pub searching: bool,
    /// The document open in the reader.
    pub open: Option<u32>,
    /// Called with a document id to open it.
    pub on_open: Callback<u32>,
    /// Called to clear the query and chips.
    pub on_clear: Callback<()>,
}

/// Documents rendered at first, and added per "Show more".
const PAGE: usize = 30;

/// The documents passing the filters: title, outlet, date and hit count.
#[function_component]
pub fn DocumentList(props: &DocumentListProps) -> Html {
    let t = use_texts();
    let limit = use_state_eq(|| PAGE);
    let total = props.order.len();
    let shown: Vec<(u32, usize)> = props
        .order
        .iter()
        .take(*limit)
        .filter_map(|&d| props.results.get(d).map(|r| (d, r.hits.len())))
        .collect();
    if shown.is_empty() {
        return html! {
            <div class="empty">
                <p>{ t.get(Msg::NoDocumentMatches) }</p>
                <button type="button" onclick={props.on_clear.reform(|_| ())}>{ t.get(Msg::ClearSearch) }</button>
            </div>
        };
    }
    let more = total.saturating_sub(*limit).min(PAGE);
    let show_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + PAGE))
    };
    html! {
        <>
        <ul class="documents" aria-label={t.get(Msg::DocumentsTitle).to_string()}>
            { for shown.into_iter().map(|(d, hits)| html! {
                <DocumentItem
                    key={d}
                    corpus={props.corpus.clone()}
                    doc={d}
                    hits={props.searching.then_some(hits)}
                    open={props.open == Some(d)}
                    on_open={props.on_open.clone()}
                />
            }) }
        </ul>
        if more > 0 {
            <button type="button" class="more" onclick={show_more}>
                { t.fill(Msg::ShowMore, &[&t.number(more), &t.number(total)]) }
            </button>
        }
        </>
    }
}
