use crate::ui::Corpus;
use corpus_core::search::Results;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutletFacetsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Documents passing the filters.
    pub results: Rc<Results>,
    /// Called with a filter to add to the query, like `outlet:DW`.
    pub on_filter: Callback<String>,
}

/// Outlets of the shown documents with counts; each adds an `outlet:` filter.
#[function_component]
pub fn OutletFacets(props: &OutletFacetsProps) -> Html {
    let mut outlets: Vec<(String, usize)> = Vec::new();
    for r in &props.results.docs {
        if let Some(o) = &props.corpus.documents[r.doc as usize].outlet {
            match outlets.iter_mut().find(|(n, _)| n == o) {
                Some((_, c)) => *c += 1,
                None => outlets.push((o.clone(), 1)),
            }
        }
    }
    if outlets.is_empty() {
        return html! {};
    }
    outlets.sort();
    html! {
        <div class="facets" role="group" aria-label="Filter by outlet">
            <span class="facet-label">{ "Outlet:" }</span>
            { for outlets.into_iter().map(|(name, count)| {
                let filter = if name.contains(' ') { format!("outlet:\"{name}\"") } else { format!("outlet:{name}") };
                html! {
                    <button type="button" class="facet" title={format!("Add {filter} to the search")}
                        onclick={props.on_filter.reform(move |_| filter.clone())}>
                        { &name }<span class="count">{ count }</span>
                    </button>
                }
            }) }
        </div>
    }
}
