use crate::ui::Corpus;
use corpus_core::search::{outlet_counts, Results};
use corpus_core::view::filter::Filter;
use std::rc::Rc;
use yew::prelude::*;

/// What it is drawn from.
pub struct OutletFacetsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Documents passing the filters.
    pub results: Rc<Results>,
    /// Called with a filter to add to the query, like `outlet:DW`.
    pub on_filter: Callback<Filter>,
}

/// Outlets of the shown documents with counts; each adds an `outlet:` filter.
/// A view function: it keeps no state and is drawn with its parent.
pub fn outlet_facets(props: &OutletFacetsProps) -> Html {
    let outlets = outlet_counts(&props.corpus, &props.results);
    if outlets.is_empty() {
        return html! {};
    }
    html! {
        <div class="facets" role="group" aria-label="Filter by outlet">
            <span class="facet-label">{ "Outlet:" }</span>
            { for outlets.into_iter().map(|(name, count)| {
                let filter = Filter::Outlet(name.clone());
                html! {
                    <button type="button" class="facet" title={format!("Add {} to the search", filter.text())}
                        onclick={props.on_filter.reform(move |_| filter.clone())}>
                        { &name }<span class="count">{ count }</span>
                    </button>
                }
            }) }
        </div>
    }
}
