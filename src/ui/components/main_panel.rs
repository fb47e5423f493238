use super::{
    concordance::ConcordanceProps, connections::ConnectionsProps, deferred::Deferred,
    quotes_view::QuotesViewProps, reader::Reader,
};
use crate::ui::context::{use_explorer, use_texts, Actions, Explorer};
use crate::ui::figure::FigureView;
use crate::ui::grid::tab_step;
use crate::ui::hooks::focus_id;
use crate::ui::hooks::search::{Names, Reading, Search};
use crate::ui::parts::{self, view_props};
use crate::ui::state::{Inputs, View};
use crate::ui::Corpus;
use corpus_core::i18n::Msg;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MainPanelProps {
    /// The reader's inputs: the view, the open document and passage, the
    /// highlights switched off, the concordance's order, the names chosen.
    pub inputs: UseReducerHandle<Inputs>,
    /// The documents found and their matches.
    pub search: Search,
    /// The document the reader shows and how.
    pub reading: Reading,
    /// The names counted over the documents shown (for the matrix).
    pub names: Names,
    /// What saved pictures say about the view.
    pub figure_view: Rc<FigureView>,
}

/// The main panel: a tab per view (the WAI-ARIA tabs pattern) over what the
/// selected one shows: the reader on the open document, the concordance, the
/// matrix of connections or the quotations.
#[function_component]
pub fn MainPanel(props: &MainPanelProps) -> Html {
    let Explorer { corpus, act, .. } = use_explorer();
    let view = props.inputs.view;
    let t = use_texts();
    let tab = |k: usize, v: View| {
        let selected = view == v;
        html! {
            <button type="button" role="tab" id={format!("tab-{k}")}
                aria-selected={if selected { "true" } else { "false" }}
                tabindex={if selected { "0" } else { "-1" }}
                aria-controls="main-panel" class="tab"
                onpointerenter={move |_| prefetch(v)} onfocus={move |_| prefetch(v)}
                onclick={act.on_view.reform(move |_| v)}>{ t.get(v.label()) }</button>
        }
    };
    html! {
        <main class="main">
            <div class="tabs" role="tablist" aria-label={t.get(Msg::View).to_string()} onkeydown={tab_keys(view, act.on_view.clone())}>
                { for View::ALL.iter().enumerate().map(|(k, &v)| tab(k, v)) }
            </div>
            <div id="main-panel" role="tabpanel">{ panel(props, corpus, &act) }</div>
        </main>
    }
}

/// Starts fetching the part of the view a tab shows, as the pointer comes
/// over it or the keyboard to it: the view is there sooner when it is chosen.
fn prefetch(view: View) {
    match view {
        View::Quotes => parts::QUOTES.prefetch(),
        View::Concordance => parts::CONCORDANCE.prefetch(),
        View::Connections => parts::CONNECTIONS.prefetch(),
        View::Reader => {}
    }
}

/// The tabs' keys ([`tab_step`]): select a tab and move the focus to it.
fn tab_keys(view: View, on_view: Callback<View>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let at = View::ALL.iter().position(|v| *v == view).unwrap_or(0);
        if let Some(to) = tab_step(at, View::ALL.len(), &e.key()) {
            e.prevent_default();
            on_view.emit(View::ALL[to]);
            focus_id(&format!("tab-{to}"));
        }
    })
}

/// What the selected tab shows.
fn panel(props: &MainPanelProps, corpus: Corpus, act: &Actions) -> Html {
    let state = &props.inputs;
    let chips = Rc::new(state.chips.clone());
    match state.view {
        View::Connections => html! {
            <Deferred part={&parts::CONNECTIONS} class="tab-place"
                props={view_props(ConnectionsProps { corpus, counts: props.names.counts.clone(),
                    cooccurrence: props.names.cooccurrence.clone(), chips,
                    view: props.figure_view.clone(), on_toggle: act.on_toggle.clone(),
                    on_pair: act.on_pair.clone() })} />
        },
        View::Quotes => html! {
            <Deferred part={&parts::QUOTES} class="tab-place"
                props={view_props(QuotesViewProps { corpus, results: props.search.results.clone(), chips,
                    on_passage: act.on_passage.clone() })} />
        },
        View::Concordance => html! {
            <Deferred part={&parts::CONCORDANCE} class="tab-place"
                props={view_props(ConcordanceProps { corpus, results: props.search.results.clone(),
                    order: props.search.order.clone(), sort: state.concordance_sort,
                    on_sort: act.on_concordance_sort.clone(), on_open: act.on_hit.clone() })} />
        },
        View::Reader => reader(props, corpus, act.on_toggle_mentions.clone()),
    }
}

/// The reader, on the document open (none while nothing can be).
fn reader(props: &MainPanelProps, corpus: Corpus, on_toggle_mentions: Callback<()>) -> Html {
    let (state, reading, search) = (&props.inputs, &props.reading, &props.search);
    let Some(doc) = reading.open else {
        return Html::default();
    };
    let hits = search
        .results
        .get(doc)
        .map(|r| r.hits.clone())
        .unwrap_or_default();
    html! {
        <Reader {corpus} {doc} hits={Rc::new(hits)}
            current={reading.current.filter(|(d, _)| *d == doc).map(|(_, i)| i)}
            hidden_terms={Rc::new(search.hidden(&state.hidden_terms))}
            mentions={reading.mentions.clone()}
            passage={state.passage.filter(|_| state.open_doc == Some(doc))}
            hide_mentions={state.hide_mentions} {on_toggle_mentions}
            matches_filters={reading.following || search.results.get(doc).is_some()} />
    }
}
