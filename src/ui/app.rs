//! The app shell: holds the reducer, derives what the view shows from it (the
//! hooks in `hooks::search`), and lays out components.

use super::components::{
    active_chips::ActiveChips, appears_with::AppearsWith, concordance::Concordance,
    connections::Connections, copy_link::CopyLink, document_list::DocumentList,
    entity_chips::EntityChips, hit_navigator::HitNavigator, link_notice::LinkNotice,
    open_articles::OpenArticles, outlet_facets::OutletFacets, print_summary::PrintSummary,
    quotes_view::QuotesView, range_chip::RangeChip, reader::Reader, result_status::ResultStatus,
    search_box::SearchBox, sort_select::SortSelect, term_legend::TermLegend,
    term_trends::TermTrends, timeline::Timeline,
};
use super::figure::FigureView;
use super::format::count;
use super::history::{self, use_fragment_sync};
use super::hooks::search::{
    use_concordance, use_names, use_reading, use_search, Names, Reading, Search, Searched,
};
use super::hooks::{page_meta, use_focus_on_change};
use super::host::use_host;
use super::state::{Action, Inputs, View, ViewState};
use super::Corpus;
use corpus_core::figure::caption::view_parts;
use corpus_core::search::concordance::Line;
use corpus_core::search::EntityFilter;
use corpus_core::time::calendar::years_label;
use corpus_core::view::filter::Filter;
use corpus_core::view::link::{self, Mode};
use corpus_core::Span;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The decoded corpus.
    pub corpus: Corpus,
    /// The link (URL fragment) to open with; empty for the default view.
    #[prop_or_default]
    pub fragment: AttrValue,
    /// Where the data export is, when not beside the page or inside it
    /// (the reader's own articles: a `blob:` address).
    #[prop_or_default]
    pub data_href: Option<AttrValue>,
    /// Whether the reader's own articles are being read or saved.
    #[prop_or_default]
    pub own_busy: bool,
    /// Opens the reader's own articles (files as `{ path, file }`): "Open your
    /// own articles" in the header, not shown embedded.
    #[prop_or_default]
    pub on_open_files: Option<Callback<js_sys::Array>>,
}

/// A callback that dispatches the action `f` makes of its argument; the same
/// callback from render to render, so memoised children need not re-render.
#[hook]
fn use_action<T: 'static>(
    dispatch: &UseReducerDispatcher<Inputs>,
    f: fn(T) -> Action,
) -> Callback<T> {
    use_callback((dispatch.clone(), f), |x, (dispatch, f)| {
        dispatch.dispatch(f(x))
    })
}

/// What the reader's gestures dispatch.
struct Actions {
    on_query: Callback<String>,
    on_open: Callback<u32>,
    on_toggle: Callback<usize>,
    on_exclude: Callback<usize>,
    on_flip: Callback<usize>,
    on_remove: Callback<usize>,
    on_pair: Callback<(usize, usize)>,
    on_toggle_mentions: Callback<()>,
    on_range: Callback<Option<(i64, i64)>>,
    on_passage: Callback<(u32, Span)>,
    on_clear: Callback<()>,
    on_toggle_exact: Callback<()>,
    on_sort: Callback<corpus_core::search::Sort>,
    on_term: Callback<String>,
    on_filter: Callback<Filter>,
    on_concordance_sort: Callback<corpus_core::search::concordance::ConcordanceSort>,
    on_concordance_open: Callback<(usize, u32)>,
    on_view: Callback<View>,
    /// The next and previous hit, round the ends.
    on_next: Callback<()>,
    on_previous: Callback<()>,
}

#[hook]
fn use_actions(state: &UseReducerHandle<Inputs>, search: &Search) -> Actions {
    let dispatch = state.dispatcher();
    let step = |delta: isize| {
        let (state, numbers, order) = (state.clone(), search.numbers.clone(), search.order.clone());
        Callback::from(move |()| {
            let Some(index) = numbers.step(state.hit_cursor, delta) else {
                return;
            };
            if let Some((doc, _)) = numbers.locate(&order, index) {
                state.dispatch(Action::GoToHit { index, doc });
            }
        })
    };
    Actions {
        on_next: step(1),
        on_previous: step(-1),
        on_query: use_action(&dispatch, Action::SetQuery),
        on_open: use_action(&dispatch, Action::OpenDocument),
        on_toggle: use_action(&dispatch, Action::ToggleChip),
        on_exclude: use_action(&dispatch, Action::ExcludeChip),
        on_flip: use_action(&dispatch, Action::FlipChip),
        on_remove: use_action(&dispatch, Action::RemoveChip),
        on_pair: use_action(&dispatch, |(a, b)| Action::RequireChips(vec![a, b])),
        on_toggle_mentions: use_action(&dispatch, |()| Action::ToggleMentions),
        on_range: use_action(&dispatch, Action::SetTimelineRange),
        on_passage: use_action(&dispatch, |(doc, passage)| Action::OpenPassage {
            doc,
            passage,
        }),
        on_clear: use_action(&dispatch, |()| Action::ClearFilters),
        on_toggle_exact: use_action(&dispatch, |()| Action::ToggleExact),
        on_sort: use_action(&dispatch, Action::SetSort),
        on_term: use_action(&dispatch, Action::ToggleTerm),
        on_filter: use_action(&dispatch, Action::AddFilter),
        on_concordance_sort: use_action(&dispatch, Action::SetConcordanceSort),
        on_concordance_open: use_action(&dispatch, |(index, doc)| Action::GoToHit { index, doc }),
        on_view: use_action(&dispatch, Action::SetView),
    }
}

/// Everything the parts of the page are drawn from.
struct Page<'a> {
    corpus: &'a Corpus,
    state: &'a ViewState,
    searched: &'a Searched,
    reading: &'a Reading,
    names: &'a Names,
    concordance: Rc<Vec<Line>>,
    actions: &'a Actions,
    chips: Rc<Vec<EntityFilter>>,
    /// The search, names and days in force, in words.
    view_parts: Rc<Vec<String>>,
    /// What saved pictures say about the view.
    figure_view: Rc<FigureView>,
    /// The link to this view in the full explorer.
    full_link: AttrValue,
    /// Where the data export is.
    data_href: String,
    problems: Rc<Vec<String>>,
    on_problems: Callback<Vec<String>>,
    embed: bool,
    tools: Html,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let corpus = props.corpus.clone();
    // The view and mode the link asked for, read once.
    let opened = {
        let (corpus, fragment) = (corpus.clone(), props.fragment.clone());
        use_memo((), move |_| history::opened_with(&corpus, &fragment))
    };
    let mode = {
        let opened = opened.clone();
        use_memo((), move |_| opened.mode.clone())
    };
    let state = {
        let opened = opened.clone();
        use_reducer(move || Inputs(opened.state.clone()))
    };
    let problems = use_state(move || Rc::new(opened.problems.clone()));
    let on_problems = {
        let problems = problems.clone();
        use_callback((), move |p: Vec<String>, _| problems.set(Rc::new(p)))
    };
    use_fragment_sync(&corpus, &state, mode.clone(), on_problems.clone());
    use_host(&corpus, &state, mode.clone());
    use_focus_on_change("reader", (state.opened > 0).then_some(state.opened));

    let searched = use_search(&corpus, &state);
    let concordance = use_concordance(&corpus, &searched.search, &state);
    let reading = use_reading(&corpus, &searched.search, &state);
    let names = use_names(&corpus, &searched.search, &state);
    // The trends follow the same settled results as the names, with their terms.
    let trend_terms =
        super::hooks::use_settled(searched.search.terms.clone(), state.query.clone(), 300);
    let actions = use_actions(&state, &searched.search);
    // The address of this view in the full explorer (no embed mode).
    let address = use_memo((), |_| history::page_address());
    let full_link = link::full_link(&address, &link::encode(&corpus, &state, &Mode::default()));
    // The data export: next to the page, or inside it (the single offline file).
    let data_href = use_memo(props.data_href.clone(), |href| match href {
        Some(h) => h.to_string(),
        None => page_meta("corpus-data").unwrap_or_else(|| "corpus.json".to_string()),
    });
    let view_parts = {
        let corpus = corpus.clone();
        let key = (
            state.query.clone(),
            state.chips.clone(),
            state.timeline_range,
        );
        use_memo(key, move |(query, chips, range)| {
            view_parts(&corpus, query, chips, *range)
        })
    };
    let figure_view = use_memo(
        (view_parts.clone(), names.results.docs.len()),
        |(parts, shown)| FigureView {
            parts: parts.clone(),
            shown: *shown,
        },
    );
    let page = Page {
        corpus: &corpus,
        view_parts,
        figure_view: figure_view.clone(),
        state: &state,
        searched: &searched,
        reading: &reading,
        names: &names,
        concordance,
        actions: &actions,
        chips: Rc::new(state.chips.clone()),
        full_link: AttrValue::from(full_link),
        data_href: (*data_href).clone(),
        problems: (*problems).clone(),
        on_problems,
        embed: mode.embed,
        tools: props
            .on_open_files
            .as_ref()
            .map_or_else(Html::default, |on_open| {
                html! { <OpenArticles busy={props.own_busy} on_open={on_open.clone()} /> }
            }),
    };
    html! {
        <div class={classes!("app", page.embed.then_some("embed"))}>
            <a class="skip-link" href="#reader">{ "Skip to the article" }</a>
            { header(&page) }
            <Timeline
                corpus={corpus.clone()}
                results={names.results.clone()}
                open={reading.open}
                passage={state.passage}
                range={state.timeline_range}
                view={figure_view.clone()}
                on_open={actions.on_open.clone()}
                on_passage={actions.on_passage.clone()}
                on_range={actions.on_range.clone()}
            />
            <TermTrends
                corpus={corpus.clone()}
                results={names.results.clone()}
                terms={trend_terms}
                view={figure_view.clone()}
                on_filter={actions.on_filter.clone()}
                on_open={actions.on_open.clone()}
            />
            <div class={classes!("columns", (state.view == View::Connections).then_some("matrix-view"))}>
                { documents(&page) }
                { main_panel(&page) }
                if !page.embed { { names_panel(&page) } }
            </div>
        </div>
    }
}

/// ", 2022–23": the years the articles were published in, if known.
/// The corpus's description, or "5 articles, 2022–23, explored in your browser".
fn subtitle(corpus: &Corpus) -> String {
    if let Some(d) = &corpus.info.description {
        return d.clone();
    }
    let years = corpus
        .publication_years()
        .map_or(String::new(), |(first, last)| {
            format!(", {}", years_label(first, last))
        });
    format!(
        "{}{years}, explored in your browser",
        count(corpus.documents.len(), "article", "articles")
    )
}

/// The title, the search field with what is in force, and the page's tools.
fn header(p: &Page) -> Html {
    let (corpus, state, a) = (p.corpus, p.state, p.actions);
    let search = &p.searched.search;
    let filtering =
        !state.query.trim().is_empty() || !state.chips.is_empty() || state.timeline_range.is_some();
    html! {
        <header class="top">
            <div class="brand">
                <h1>{ &corpus.info.title }</h1>
                if p.embed {
                    <a class="open-full" href={p.full_link.clone()} target="_blank" rel="noopener">
                        { "Open full explorer" }<span aria-hidden="true">{ " ↗" }</span>
                    </a>
                } else {
                    <p class="subtitle">{ subtitle(corpus) }</p>
                }
            </div>
            <div class="search-area" role="search">
                <SearchBox
                    value={state.query.clone()}
                    example={corpus.entities.first().map_or(AttrValue::from("a name"), |e| AttrValue::from(e.name.clone()))}
                    errors={p.searched.errors.clone()}
                    notes={search.notes.clone()}
                    exact={state.exact}
                    on_change={a.on_query.clone()}
                    on_next={a.on_next.clone()}
                    on_previous={a.on_previous.clone()}
                    on_toggle_exact={a.on_toggle_exact.clone()}
                />
                <div class="search-status">
                    <ResultStatus
                        shown={search.results.docs.len()}
                        total={corpus.documents.len()}
                        hits={search.results.total_hits()}
                        capped={search.results.capped}
                        regex_loading={search.regex_loading}
                        problem={p.searched.errors.first().map(|e| AttrValue::from(e.message.clone()))}
                        {filtering}
                    />
                    <HitNavigator current={state.hit_cursor} total={search.numbers.total()}
                        on_previous={a.on_previous.clone()} on_next={a.on_next.clone()} />
                </div>
                <ActiveChips corpus={corpus.clone()} chips={p.chips.clone()} on_flip={a.on_flip.clone()} on_remove={a.on_remove.clone()} />
                <RangeChip range={state.timeline_range} on_clear={a.on_range.reform(|()| None)} />
                <TermLegend terms={search.terms.clone()} hidden={Rc::new(state.hidden_terms.clone())} on_toggle={a.on_term.clone()} />
                <LinkNotice problems={p.problems.clone()} on_dismiss={p.on_problems.reform(|()| Vec::new())} />
            </div>
            <PrintSummary parts={p.view_parts.clone()} link={p.full_link.clone()} />
            <div class="page-tools">
                <CopyLink link={p.full_link.clone()} />
                if !p.embed {
                    { p.tools.clone() }
                    <a class="download" href={p.data_href.clone()} download={format!("{}-corpus.json", corpus.info.file_name)}>{ "Download data" }</a>
                }
            </div>
        </header>
    }
}

/// The documents found, with their order and outlets.
fn documents(p: &Page) -> Html {
    let (search, a) = (&p.searched.search, p.actions);
    html! {
        <nav class="side" aria-label="Documents">
            <div class="list-head">
                <h2 class="section-title">{ "Documents" }</h2>
                <SortSelect value={p.state.sort} on_change={a.on_sort.clone()} />
            </div>
            <OutletFacets corpus={p.corpus.clone()} results={search.results.clone()} on_filter={a.on_filter.clone()} />
            <DocumentList
                corpus={p.corpus.clone()}
                order={search.order.clone()}
                results={search.results.clone()}
                searching={search.searching}
                open={p.reading.open}
                on_open={a.on_open.clone()}
                on_clear={a.on_clear.clone()}
            />
        </nav>
    }
}

/// The tabs and the view they show: the reader, the concordance or the matrix.
fn main_panel(p: &Page) -> Html {
    let (corpus, state, a, reading) = (p.corpus, p.state, p.actions, p.reading);
    let search = &p.searched.search;
    let panel = match (state.view, reading.open) {
        (View::Connections, _) => html! {
            <Connections
                corpus={corpus.clone()}
                counts={p.names.counts.clone()}
                cooccurrence={p.names.cooccurrence.clone()}
                chips={p.chips.clone()}
                view={p.figure_view.clone()}
                on_toggle={a.on_toggle.clone()}
                on_pair={a.on_pair.clone()}
            />
        },
        (View::Quotes, _) => html! {
            <QuotesView
                corpus={corpus.clone()}
                results={search.results.clone()}
                chips={p.chips.clone()}
                on_passage={a.on_passage.clone()}
            />
        },
        (View::Concordance, _) => html! {
            <Concordance
                corpus={corpus.clone()}
                lines={p.concordance.clone()}
                sort={state.concordance_sort}
                on_sort={a.on_concordance_sort.clone()}
                on_open={a.on_concordance_open.clone()}
            />
        },
        (View::Reader, Some(d)) => {
            let hits = Rc::new(
                search
                    .results
                    .get(d)
                    .map(|r| r.hits.clone())
                    .unwrap_or_default(),
            );
            let hidden_terms: Vec<u16> = search
                .terms
                .iter()
                .enumerate()
                .filter(|(_, t)| state.hidden_terms.contains(&t.raw))
                .map(|(i, _)| i as u16)
                .collect();
            html! {
                <Reader
                    corpus={corpus.clone()}
                    doc={d}
                    {hits}
                    current={reading.current.filter(|(cd, _)| *cd == d).map(|(_, i)| i)}
                    hidden_terms={Rc::new(hidden_terms)}
                    mentions={reading.mentions.clone()}
                    passage={state.passage.filter(|_| state.open_doc == Some(d))}
                    hide_mentions={state.hide_mentions}
                    on_toggle_mentions={a.on_toggle_mentions.clone()}
                    matches_filters={reading.following || search.results.get(d).is_some()}
                />
            }
        }
        (View::Reader, None) => Html::default(),
    };
    let tab = |k: usize, (view, label): (View, &str)| {
        let selected = state.view == view;
        html! {
            <button type="button" role="tab" id={format!("tab-{k}")}
                aria-selected={if selected { "true" } else { "false" }}
                tabindex={if selected { "0" } else { "-1" }}
                aria-controls="main-panel" class="tab"
                onclick={a.on_view.reform(move |_| view)}>{ label }</button>
        }
    };
    html! {
        <main class="main">
            <div class="tabs" role="tablist" aria-label="View" onkeydown={tab_keys(state.view, a.on_view.clone())}>
                { for TABS.iter().enumerate().map(|(k, &t)| tab(k, t)) }
            </div>
            <div id="main-panel" role="tabpanel">{ panel }</div>
        </main>
    }
}

/// The views, in the order of their tabs.
const TABS: [(View, &str); 4] = [
    (View::Reader, "Reader"),
    (View::Concordance, "Concordance"),
    (View::Connections, "Connections"),
    (View::Quotes, "Quotes"),
];

/// The tabs' keys (the WAI-ARIA tabs pattern): Left and Right arrows, Home and
/// End select a tab and move the focus to it.
fn tab_keys(view: View, on_view: Callback<View>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let k = TABS.iter().position(|(v, _)| *v == view).unwrap_or(0);
        let last = TABS.len() - 1;
        let to = match e.key().as_str() {
            "ArrowRight" => (k + 1) % TABS.len(),
            "ArrowLeft" => (k + last) % TABS.len(),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        e.prevent_default();
        on_view.emit(TABS[to].0);
        crate::ui::hooks::focus_id(&format!("tab-{to}"));
    })
}

/// Who and where: the names of the documents shown, and who appears with the
/// last one required.
fn names_panel(p: &Page) -> Html {
    let (corpus, a) = (p.corpus, p.actions);
    html! {
        <aside class="names" aria-labelledby="names-title">
            <h2 id="names-title" class="section-title">{ "Who and where" }</h2>
            <p class="hint">
                { "Select names to see the documents mentioning all of them; Shift+click (or −) leaves one out. " }
                { "“20 in 5”: 20 mentions in 5 documents." }
            </p>
            if let Some(e) = p.state.focus_entity() {
                <AppearsWith
                    corpus={corpus.clone()}
                    entity={e}
                    cooccurrence={p.names.cooccurrence.clone()}
                    chips={p.chips.clone()}
                    on_toggle={a.on_toggle.clone()}
                    on_exclude={a.on_exclude.clone()}
                />
            }
            <EntityChips corpus={corpus.clone()} counts={p.names.counts.clone()} chips={p.chips.clone()}
                on_toggle={a.on_toggle.clone()} on_exclude={a.on_exclude.clone()} />
        </aside>
    }
}
