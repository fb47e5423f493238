use super::{
    document_list::DocumentList,
    facets::{facets, FacetsProps},
    sort_select::sort_select,
};
use crate::ui::context::{use_explorer, use_texts, Explorer};
use crate::ui::hooks::search::Search;
use corpus_core::i18n::Msg;
use corpus_core::search::Sort;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentsPanelProps {
    /// The documents found, in list order, and whether a query has terms.
    pub search: Search,
    /// The order of the list.
    pub sort: Sort,
    /// The document the reader shows.
    pub open: Option<u32>,
}

/// The documents found, with their order, their outlets and languages.
#[function_component]
pub fn DocumentsPanel(props: &DocumentsPanelProps) -> Html {
    let Explorer { corpus, act, .. } = use_explorer();
    let search = &props.search;
    let t = use_texts();
    html! {
        <nav class="side" aria-label={t.get(Msg::DocumentsTitle).to_string()}>
            <div class="list-head">
                <h2 class="section-title">{ t.get(Msg::DocumentsTitle) }</h2>
                { sort_select(&t, props.sort, &act.on_sort) }
            </div>
            { facets(&t, &FacetsProps { corpus: corpus.clone(), results: search.results.clone(), on_filter: act.on_filter.clone() }) }
            <DocumentList {corpus} order={search.order.clone()} results={search.results.clone()}
                searching={search.searching} open={props.open} on_open={act.on_open.clone()}
                on_clear={act.on_clear.clone()} />
        </nav>
    }
}
