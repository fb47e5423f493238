//! The app shell: holds the reducer, derives results from it, lays out components.

use super::components::paragraph::CHOSEN;
use super::components::{
    active_chips::ActiveChips,
    appears_with::AppearsWith,
    concordance::Concordance,
    connections::Connections,
    copy_link::CopyLink,
    document_list::DocumentList,
    entity_chips::EntityChips,
    hit_navigator::HitNavigator,
    link_notice::LinkNotice,
    outlet_facets::OutletFacets,
    print_summary::PrintSummary,
    range_chip::RangeChip,
    reader::Reader,
    result_status::ResultStatus,
    search_box::SearchBox,
    sort_select::SortSelect,
    term_legend::{LegendTerm, TermLegend},
    timeline::Timeline,
};
use super::history::{self, use_fragment_sync};
use super::hooks::{page_meta, use_focus_on_change, use_settled};
use super::host::use_host;
use super::link::{self, Mode};
use super::state::{Action, View, ViewState};
use super::Corpus;
use corpus_core::search::concordance::{self, Line};
use corpus_core::search::cooccurrence::{self, Cooccurrence};
use corpus_core::search::query::{self, Options, QueryError};
use corpus_core::search::{self, EntityFilter, Results, Sort};
use corpus_core::Span;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The decoded corpus.
    pub corpus: Corpus,
}

/// Results of the last query that parsed without errors.
#[derive(Clone)]
struct Found {
    results: Rc<Results>,
    /// Result documents in list order.
    order: Rc<Vec<u32>>,
    /// Hits before each listed document (and the total at the end), so a hit's
    /// number among all hits maps to its document without listing every hit.
    hit_starts: Rc<Vec<usize>>,
    terms: Rc<Vec<LegendTerm>>,
    searching: bool,
}

impl Found {
    fn total_hits(&self) -> usize {
        self.hit_starts.last().copied().unwrap_or(0)
    }

    /// Hit number `index` among all hits, as (document, index among its hits).
    fn locate(&self, index: usize) -> Option<(u32, usize)> {
        if index >= self.total_hits() {
            return None;
        }
        let k = self.hit_starts.partition_point(|&s| s <= index) - 1;
        Some((self.order[k], index - self.hit_starts[k]))
    }
}

/// What the view shows, derived from the inputs.
struct Derived {
    errors: Rc<Vec<QueryError>>,
    found: Found,
}

/// A callback that dispatches the action `f` makes of its argument; the same
/// callback from render to render, so memoised children need not re-render.
#[hook]
fn use_action<T: 'static>(
    dispatch: &UseReducerDispatcher<ViewState>,
    f: fn(T) -> Action,
) -> Callback<T> {
    use_callback((dispatch.clone(), f), |x, (dispatch, f)| {
        dispatch.dispatch(f(x))
    })
}

/// Everything besides the query text that decides the results.
#[derive(Clone, PartialEq)]
struct Filters {
    exact: bool,
    chips: Vec<EntityFilter>,
    sort: Sort,
    timeline: Option<(i64, i64)>,
}

fn find(corpus: &Corpus, q: &str, f: &Filters) -> (Vec<QueryError>, Option<Found>) {
    let typing = !q.ends_with(char::is_whitespace);
    let mut parsed = query::parse(
        q,
        Options {
            exact: f.exact,
            typing,
        },
    );
    if !parsed.errors.is_empty() {
        return (parsed.errors, None);
    }
    parsed.query.timeline = f.timeline;
    let results = search::run(corpus, &parsed.query, &f.chips);
    let order = search::order(corpus, &results, f.sort);
    let mut hit_starts = Vec::with_capacity(order.len() + 1);
    let mut n = 0;
    hit_starts.push(0);
    for &d in &order {
        n += results.get(d).map_or(0, |r| r.hits.len());
        hit_starts.push(n);
    }
    let terms = parsed
        .query
        .terms
        .iter()
        .enumerate()
        .map(|(i, t)| LegendTerm {
            raw: t.raw.clone(),
            hits: results.term_hits[i],
            colour: (i % 8) as u16,
        })
        .collect();
    let found = Found {
        searching: parsed.query.has_terms(),
        results: Rc::new(results),
        order: Rc::new(order),
        hit_starts: Rc::new(hit_starts),
        terms: Rc::new(terms),
    };
    (Vec::new(), Some(found))
}

/// ", 2022–23": the years the articles were published in, if known.
fn years(corpus: &Corpus) -> String {
    let mut years = corpus
        .documents
        .iter()
        .filter_map(|d| d.published.map(|p| p.year));
    let Some(first) = years.next() else {
        return String::new();
    };
    let (lo, hi) = years.fold((first, first), |(lo, hi), y| (lo.min(y), hi.max(y)));
    match (lo, hi) {
        (lo, hi) if lo == hi => format!(", {lo}"),
        (lo, hi) if lo / 100 == hi / 100 => format!(", {lo}–{:02}", hi % 100),
        (lo, hi) => format!(", {lo}–{hi}"),
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let corpus = props.corpus.clone();
    // The view and mode the link asked for, read once.
    let opened = {
        let corpus = corpus.clone();
        use_memo((), move |_| history::opened_with(&corpus))
    };
    let mode = {
        let opened = opened.clone();
        use_memo((), move |_| opened.mode.clone())
    };
    let state = {
        let opened = opened.clone();
        use_reducer(move || opened.state.clone())
    };
    let problems = {
        let opened = opened.clone();
        use_state(move || Rc::new(opened.problems.clone()))
    };
    let on_problems = {
        let problems = problems.clone();
        use_callback((), move |p: Vec<String>, _| problems.set(Rc::new(p)))
    };
    use_fragment_sync(&corpus, &state, mode.clone(), on_problems.clone());
    use_host(&corpus, &state, mode.clone());
    use_focus_on_change("reader", (state.opened > 0).then_some(state.opened));

    // A malformed query keeps the last good query's results on screen, still
    // following the chips, sort and exactness.
    let last_good: Rc<RefCell<String>> = use_mut_ref(String::new);
    let derived = {
        let corpus = corpus.clone();
        let filters = Filters {
            exact: state.exact,
            chips: state.chips.clone(),
            sort: state.sort,
            timeline: state.timeline_range,
        };
        use_memo((state.query.clone(), filters), move |(q, f)| {
            let (errors, found) = find(&corpus, q, f);
            let found = match found {
                Some(f) => {
                    *last_good.borrow_mut() = q.clone();
                    f
                }
                None => {
                    let good = last_good.borrow();
                    find(&corpus, &good, f)
                        .1
                        .or_else(|| find(&corpus, "", f).1)
                        .expect("the empty query parses")
                }
            };
            Derived {
                errors: Rc::new(errors),
                found,
            }
        })
    };
    let found = &derived.found;
    let concordance = {
        let corpus = corpus.clone();
        let deps = (
            Rc::clone(&found.results),
            Rc::clone(&found.order),
            state.concordance_sort,
            state.view,
        );
        use_memo(deps, move |(results, order, by, view)| {
            if *view != View::Concordance {
                return Vec::<Line>::new();
            }
            let mut lines = concordance::lines(&corpus, results, order, 60);
            concordance::sort(&corpus, &mut lines, *by);
            lines
        })
    };

    // The reader shows the top result, once typing pauses.
    let top = found.order.first().copied();
    let settled_top = use_settled(top, state.query.clone(), 300);
    let following = state.open_doc.is_none() && settled_top != top;
    let open = state.open_doc.or(settled_top).or_else(|| {
        // Nothing matches: keep showing the first document by date.
        (0..corpus.documents.len() as u32).min_by_key(|&d| {
            corpus.documents[d as usize]
                .published
                .map(|p| p.first_day())
        })
    });
    let current = state.hit_cursor.and_then(|c| found.locate(c));
    let open_hits = Rc::new(
        open.and_then(|d| found.results.get(d))
            .map(|r| r.hits.clone())
            .unwrap_or_default(),
    );
    let hidden_terms: Rc<Vec<u16>> = Rc::new(
        found
            .terms
            .iter()
            .enumerate()
            .filter(|(_, t)| state.hidden_terms.contains(&t.raw))
            .map(|(i, _)| i as u16)
            .collect(),
    );
    // The names follow the results once typing pauses, like the reader: re-counting
    // and re-ordering hundreds of chips on every keystroke costs more than the search.
    let settled_results = use_settled(Rc::clone(&found.results), state.query.clone(), 300);
    let counts = {
        let corpus = corpus.clone();
        use_memo(Rc::clone(&settled_results), move |results| {
            cooccurrence::counts(&corpus, |d| results.get(d).is_some())
        })
    };
    // Shared sentences: needed by the matrix and by "Appears with".
    let focus = state.focus_entity();
    let cooccurrence = {
        let corpus = corpus.clone();
        let needed = state.view == View::Connections || focus.is_some();
        use_memo(
            (Rc::clone(&settled_results), needed),
            move |(results, needed)| {
                if *needed {
                    Cooccurrence::build(&corpus, |d| results.get(d).is_some())
                } else {
                    Cooccurrence::default()
                }
            },
        )
    };
    let mentions = {
        let corpus = corpus.clone();
        let deps = (open, state.chips.clone(), state.hide_mentions);
        use_memo(deps, move |(open, chips, hide)| {
            let (Some(d), false) = (*open, *hide) else {
                return Vec::new();
            };
            let mut marks: Vec<(Span, u16)> = Vec::new();
            for (e, entity) in corpus.entities.iter().enumerate() {
                let chosen = chips.iter().any(|c| c.entity == e && !c.exclude);
                let flag = if chosen { CHOSEN } else { 0 };
                let from = entity.mentions.partition_point(|m| m.doc < d);
                marks.extend(
                    entity.mentions[from..]
                        .iter()
                        .take_while(|m| m.doc == d)
                        .map(|m| (m.span, e as u16 | flag)),
                );
            }
            marks
        })
    };
    let chips = Rc::new(state.chips.clone());
    let filtering =
        !state.query.trim().is_empty() || !state.chips.is_empty() || state.timeline_range.is_some();

    let step = |delta: isize| {
        let state = state.clone();
        let found = found.clone();
        Callback::from(move |()| {
            let total = found.total_hits() as isize;
            if total == 0 {
                return;
            }
            let index = match state.hit_cursor {
                Some(c) => (c as isize + delta).rem_euclid(total),
                None if delta > 0 => 0,
                None => total - 1,
            } as usize;
            if let Some((doc, _)) = found.locate(index) {
                state.dispatch(Action::GoToHit { index, doc });
            }
        })
    };
    let on_next = step(1);
    let on_previous = step(-1);
    let dispatch = state.dispatcher();
    let on_query = use_action(&dispatch, Action::SetQuery);
    let on_open = use_action(&dispatch, Action::OpenDocument);
    let on_toggle = use_action(&dispatch, Action::ToggleChip);
    let on_exclude = use_action(&dispatch, Action::ExcludeChip);
    let on_flip = use_action(&dispatch, Action::FlipChip);
    let on_remove = use_action(&dispatch, Action::RemoveChip);
    let on_pair = use_action(&dispatch, |(a, b)| Action::RequireChips(vec![a, b]));
    let on_toggle_mentions = use_action(&dispatch, |()| Action::ToggleMentions);
    let on_range = use_action(&dispatch, Action::SetTimelineRange);
    let on_passage = use_action(&dispatch, |(doc, passage)| Action::OpenPassage {
        doc,
        passage,
    });
    let on_clear = use_action(&dispatch, |()| Action::ClearFilters);
    let on_toggle_exact = use_action(&dispatch, |()| Action::ToggleExact);
    let on_sort = use_action(&dispatch, Action::SetSort);
    let on_term = use_action(&dispatch, Action::ToggleTerm);
    let on_filter = use_action(&dispatch, Action::AddFilter);
    let on_concordance_sort = use_action(&dispatch, Action::SetConcordanceSort);
    let on_concordance_open = use_action(&dispatch, |(index, doc)| Action::GoToHit { index, doc });
    let on_view = use_action(&dispatch, Action::SetView);
    let tab = |view: View, label: &str| {
        let selected = state.view == view;
        html! {
            <button type="button" role="tab" aria-selected={if selected { "true" } else { "false" }}
                aria-controls="main-panel" class="tab"
                onclick={on_view.reform(move |_| view)}>{ label }</button>
        }
    };

    // The address of this view in the full explorer (no embed mode).
    let address = use_memo((), |_| history::page_address());
    let full_link = link::full_link(&address, &link::encode(&corpus, &state, &Mode::default()));
    // The data export: next to the page, or inside it (the single offline file).
    let data_href = use_memo((), |_| {
        page_meta("corpus-data").unwrap_or_else(|| "corpus.json".to_string())
    });
    let embed = mode.embed;

    html! {
        <div class={classes!("app", embed.then_some("embed"))}>
            <a class="skip-link" href="#reader">{ "Skip to the article" }</a>
            <header class="top">
                <div class="brand">
                    <h1>{ "Kosovo–Serbia tensions: a news corpus" }</h1>
                    if embed {
                        <a class="open-full" href={full_link.clone()} target="_blank" rel="noopener">
                            { "Open full explorer" }<span aria-hidden="true">{ " ↗" }</span>
                        </a>
                    } else {
                        <p class="subtitle">{ format!("{} articles{}, explored in your browser", corpus.documents.len(), years(&corpus)) }</p>
                    }
                </div>
                <div class="search-area" role="search">
                    <SearchBox
                        value={state.query.clone()}
                        errors={derived.errors.clone()}
                        exact={state.exact}
                        on_change={on_query}
                        on_next={on_next.clone()}
                        on_previous={on_previous.clone()}
                        {on_toggle_exact}
                    />
                    <div class="search-status">
                        <ResultStatus
                            shown={found.results.docs.len()}
                            total={corpus.documents.len()}
                            hits={found.results.total_hits()}
                            {filtering}
                        />
                        <HitNavigator current={state.hit_cursor} total={found.total_hits()} {on_previous} {on_next} />
                    </div>
                    <ActiveChips corpus={corpus.clone()} chips={chips.clone()} {on_flip} {on_remove} />
                    <RangeChip range={state.timeline_range} on_clear={on_range.reform(|()| None)} />
                    <TermLegend terms={found.terms.clone()} hidden={Rc::new(state.hidden_terms.clone())} on_toggle={on_term} />
                    <LinkNotice problems={(*problems).clone()} on_dismiss={on_problems.reform(|()| Vec::new())} />
                </div>
                <PrintSummary corpus={corpus.clone()} query={AttrValue::from(state.query.clone())}
                    chips={chips.clone()} range={state.timeline_range} link={AttrValue::from(full_link.clone())} />
                <div class="page-tools">
                    <CopyLink link={AttrValue::from(full_link)} />
                    if !embed {
                        <a class="download" href={(*data_href).clone()} download="kosovo-corpus.json">{ "Download data" }</a>
                    }
                </div>
            </header>
            <Timeline
                corpus={corpus.clone()}
                results={settled_results.clone()}
                {open}
                passage={state.passage}
                range={state.timeline_range}
                on_open={on_open.clone()}
                {on_passage}
                on_range={on_range.clone()}
            />
            <div class={classes!("columns", (state.view == View::Connections).then_some("matrix-view"))}>
                <nav class="side" aria-label="Documents">
                    <div class="list-head">
                        <h2 class="section-title">{ "Documents" }</h2>
                        <SortSelect value={state.sort} on_change={on_sort} />
                    </div>
                    <OutletFacets corpus={corpus.clone()} results={found.results.clone()} {on_filter} />
                    <DocumentList
                        corpus={corpus.clone()}
                        order={found.order.clone()}
                        results={found.results.clone()}
                        searching={found.searching}
                        {open}
                        on_open={on_open.clone()}
                        on_clear={on_clear.clone()}
                    />
                </nav>
                <main class="main">
                    <div class="tabs" role="tablist" aria-label="View">
                        { tab(View::Reader, "Reader") }
                        { tab(View::Concordance, "Concordance") }
                        { tab(View::Connections, "Connections") }
                    </div>
                    <div id="main-panel" role="tabpanel">
                        if state.view == View::Connections {
                            <Connections
                                corpus={corpus.clone()}
                                counts={counts.clone()}
                                cooccurrence={cooccurrence.clone()}
                                chips={chips.clone()}
                                on_toggle={on_toggle.clone()}
                                {on_pair}
                            />
                        } else if state.view == View::Concordance {
                            <Concordance
                                corpus={corpus.clone()}
                                lines={concordance.clone()}
                                sort={state.concordance_sort}
                                on_sort={on_concordance_sort}
                                on_open={on_concordance_open}
                            />
                        } else if let Some(d) = open {
                            <Reader
                                corpus={corpus.clone()}
                                doc={d}
                                hits={open_hits}
                                current={current.filter(|(cd, _)| *cd == d).map(|(_, i)| i)}
                                {hidden_terms}
                                mentions={mentions.clone()}
                                passage={state.passage.filter(|_| state.open_doc == Some(d))}
                                hide_mentions={state.hide_mentions}
                                {on_toggle_mentions}
                                matches_filters={following || found.results.get(d).is_some()}
                            />
                        }
                    </div>
                </main>
                if !embed {
                <aside class="names" aria-labelledby="names-title">
                    <h2 id="names-title" class="section-title">{ "Who and where" }</h2>
                    <p class="hint">
                        { "Select names to see the documents mentioning all of them; Shift+click (or −) leaves one out. " }
                        { "“20 in 5”: 20 mentions in 5 documents." }
                    </p>
                    if let Some(e) = focus {
                        <AppearsWith
                            corpus={corpus.clone()}
                            entity={e}
                            cooccurrence={cooccurrence.clone()}
                            chips={chips.clone()}
                            on_toggle={on_toggle.clone()}
                            on_exclude={on_exclude.clone()}
                        />
                    }
                    <EntityChips corpus={corpus.clone()} {counts} chips={chips.clone()} {on_toggle} {on_exclude} />
                </aside>
                }
            </div>
        </div>
    }
}
