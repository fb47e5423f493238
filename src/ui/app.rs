//! The app shell: holds the reducer, derives results from it, lays out components.

use super::components::{
    document_list::DocumentList, entity_chips::EntityChips, reader::Reader,
    result_status::ResultStatus, search_box::SearchBox, timeline::Timeline,
};
use super::hooks::use_focus_on_change;
use super::state::{Action, ViewState};
use super::Corpus;
use corpus_core::query::{self, QueryError};
use corpus_core::search::{self, Results};
use corpus_core::Span;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The decoded corpus.
    pub corpus: Corpus,
}

/// What the view shows, derived from the inputs.
struct Derived {
    errors: Rc<Vec<QueryError>>,
    results: Rc<Results>,
    searching: bool,
}

/// A callback that dispatches the action `f` makes of its argument.
fn dispatcher<T: 'static>(state: &UseReducerHandle<ViewState>, f: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |x| state.dispatch(f(x)))
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let corpus = props.corpus.clone();
    let state = use_reducer(ViewState::default);
    use_focus_on_change("reader", state.open_doc);

    let order = use_memo(corpus.clone(), |corpus| {
        let mut ids: Vec<u32> = (0..corpus.documents.len() as u32).collect();
        ids.sort_by_key(|&d| {
            let doc = &corpus.documents[d as usize];
            (
                doc.published.is_none(),
                doc.published.map(|p| p.first_day()),
                d,
            )
        });
        ids
    });
    let derived = {
        let corpus = corpus.clone();
        use_memo(
            (state.query.clone(), state.chips.clone()),
            move |(q, chips)| {
                let parsed = query::parse(q);
                let results = search::run(&corpus, &parsed.query, chips);
                Derived {
                    errors: Rc::new(parsed.errors),
                    results: Rc::new(results),
                    searching: !parsed.query.is_empty(),
                }
            },
        )
    };
    let open = state.open_doc.or_else(|| {
        order
            .iter()
            .copied()
            .find(|&d| derived.results.get(d).is_some())
            .or(order.first().copied())
    });
    let open_hits = Rc::new(
        open.and_then(|d| derived.results.get(d))
            .map(|r| r.hits.clone())
            .unwrap_or_default(),
    );
    let entity_marks: Rc<Vec<Span>> = Rc::new(match open {
        Some(d) => state
            .chips
            .iter()
            .flat_map(|&e| corpus.entities[e].mentions.iter())
            .filter(|m| m.doc == d)
            .map(|m| m.span)
            .collect(),
        None => Vec::new(),
    });
    let selected = Rc::new(state.chips.clone());
    let filtering = derived.searching || !state.chips.is_empty();

    let on_query = dispatcher(&state, Action::SetQuery);
    let on_open = dispatcher(&state, Action::OpenDocument);
    let on_toggle = dispatcher(&state, Action::ToggleChip);
    let on_clear = dispatcher(&state, |()| Action::ClearFilters);

    html! {
        <div class="app">
            <header class="top">
                <div class="brand">
                    <h1>{ "Kosovo–Serbia tensions: a news corpus" }</h1>
                    <p class="subtitle">{ format!("{} articles, 2022–23, explored in your browser", corpus.documents.len()) }</p>
                </div>
                <div class="search-area" role="search">
                    <SearchBox value={state.query.clone()} errors={derived.errors.clone()} on_change={on_query} />
                    <ResultStatus
                        shown={derived.results.docs.len()}
                        total={corpus.documents.len()}
                        hits={derived.results.total_hits()}
                        {filtering}
                    />
                </div>
                <a class="download" href="corpus.json" download="kosovo-corpus.json">{ "Download data" }</a>
            </header>
            <Timeline corpus={corpus.clone()} results={derived.results.clone()} {open} on_open={on_open.clone()} />
            <div class="columns">
                <nav class="side" aria-label="Documents and entities">
                    <h2 class="section-title">{ "Documents" }</h2>
                    <DocumentList
                        corpus={corpus.clone()}
                        order={order.clone()}
                        results={derived.results.clone()}
                        searching={derived.searching}
                        {open}
                        on_open={on_open.clone()}
                        on_clear={on_clear.clone()}
                    />
                    <h2 class="section-title">{ "Who and where" }</h2>
                    <p class="hint">{ "Select names to show only the documents that mention all of them." }</p>
                    <EntityChips corpus={corpus.clone()} {selected} {on_toggle} />
                </nav>
                <main class="main">
                    if let Some(d) = open {
                        <Reader
                            corpus={corpus.clone()}
                            doc={d}
                            hits={open_hits}
                            {entity_marks}
                            matches_filters={derived.results.get(d).is_some()}
                        />
                    }
                </main>
            </div>
        </div>
    }
}
