//! What the view shows, derived from the reducer's inputs: the query parsed
//! and run, the documents in list order, the hits numbered, the names counted.
//! Each is memoised on exactly the inputs it follows.

use super::use_settled;
use crate::regex_module::{self, ModuleEngine};
use crate::ui::components::term_legend::LegendTerm;
use crate::ui::state::{View, ViewState};
use crate::ui::Corpus;
use corpus_core::search::cooccurrence::{self, Cooccurrence, Counts};
use corpus_core::search::highlight::{mention_marks, term_colour, MentionMark};
use corpus_core::search::query::{self, Options, QueryError};
use corpus_core::search::{self, EntityFilter, HitNumbers, Results, Sort};
use corpus_core::Span;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Results of the last query that parsed without errors.
#[derive(Clone, PartialEq)]
pub struct Search {
    pub results: Rc<Results>,
    /// Result documents in list order.
    pub order: Rc<Vec<u32>>,
    /// The hits numbered through the list.
    pub numbers: Rc<HitNumbers>,
    /// The query's terms, for the legend.
    pub terms: Rc<Vec<LegendTerm>>,
    /// Whether the query has terms (not only filters).
    pub searching: bool,
    /// What the query left out (terms given twice, past the limits).
    pub notes: Rc<Vec<QueryError>>,
    /// A regular expression waits for its engine, still being fetched: left
    /// out of the results until then.
    pub regex_loading: bool,
    /// The query's words wait for the word index, still being built: the
    /// terms are left out of the results until then.
    pub words_pending: bool,
}

/// The query's problems, and the search to show.
#[derive(PartialEq)]
pub struct Searched {
    pub errors: Rc<Vec<QueryError>>,
    pub search: Search,
}

impl Search {
    /// The numbers of the terms whose highlight is switched off (`hidden`:
    /// terms as typed).
    pub fn hidden(&self, hidden: &[String]) -> Vec<u16> {
        let terms = self.terms.iter().enumerate();
        terms
            .filter(|(_, t)| hidden.contains(&t.raw))
            .map(|(i, _)| i as u16)
            .collect()
    }
}

/// Everything besides the query text that decides the results.
#[derive(Clone, PartialEq)]
struct Filters {
    exact: bool,
    chips: Vec<EntityFilter>,
    sort: Sort,
    timeline: Option<(i64, i64)>,
    /// How many loads of the regex module have ended: regexes parse again.
    regex_loads: u32,
    /// Whether the word index is whole.
    words_ready: bool,
}

/// Parses and runs `q`: its errors, or the search.
fn run(corpus: &Corpus, q: &str, f: &Filters) -> Result<Search, Vec<QueryError>> {
    let typing = !q.ends_with(char::is_whitespace);
    let mut parsed = query::parse_with(
        q,
        Options {
            exact: f.exact,
            typing,
        },
        &ModuleEngine,
    );
    if !parsed.errors.is_empty() {
        return Err(parsed.errors);
    }
    let unknown = search::mentions::unknown_names(corpus, &parsed.query, q, typing);
    parsed.notes.extend(unknown);
    parsed.query.timeline = f.timeline;
    let words_pending = !f.words_ready && search::reads_word_index(&parsed.query);
    if words_pending {
        parsed.query.drop_terms();
    }
    let results = search::run(corpus, &parsed.query, &f.chips);
    let order = search::order(corpus, &results, f.sort);
    let terms = parsed
        .query
        .terms
        .iter()
        .enumerate()
        .map(|(i, t)| LegendTerm {
            raw: t.raw.clone(),
            hits: results.term_hits[i],
            colour: term_colour(i as u16),
        })
        .collect();
    Ok(Search {
        searching: parsed.query.has_terms(),
        notes: Rc::new(parsed.notes),
        regex_loading: parsed.regex_loading,
        words_pending,
        numbers: Rc::new(HitNumbers::new(&results, &order)),
        results: Rc::new(results),
        order: Rc::new(order),
        terms: Rc::new(terms),
    })
}

/// The view's search. A malformed query keeps the last good query's results on
/// screen, still following the chips, sort and exactness.
#[hook]
pub fn use_search(corpus: &Corpus, state: &ViewState) -> Rc<Searched> {
    let last_good: Rc<RefCell<String>> = use_mut_ref(String::new);
    let corpus = corpus.clone();
    let filters = Filters {
        exact: state.exact,
        chips: state.chips.clone(),
        sort: state.sort,
        timeline: state.timeline_range,
        regex_loads: use_regex_module(&state.query),
        words_ready: use_word_index(&corpus),
    };
    use_memo((state.query.clone(), filters), move |(q, f)| {
        match run(&corpus, q, f) {
            Ok(search) => {
                *last_good.borrow_mut() = q.clone();
                Searched {
                    errors: Rc::default(),
                    search,
                }
            }
            Err(errors) => {
                let good = last_good.borrow();
                let search = run(&corpus, &good, f)
                    .or_else(|_| run(&corpus, "", f))
                    .unwrap_or_else(|_| unreachable!("the empty query parses"));
                Searched {
                    errors: Rc::new(errors),
                    search,
                }
            }
        }
    })
}

/// The names over the documents shown, once typing pauses: re-counting and
/// re-ordering hundreds of chips on every keystroke costs more than the search.
#[derive(Clone, PartialEq)]
pub struct Names {
    /// The results the names follow.
    pub results: Rc<Results>,
    pub counts: Rc<Counts>,
    /// Shared sentences: computed for the matrix and for "Appears with".
    pub cooccurrence: Rc<Cooccurrence>,
}

#[hook]
pub fn use_names(corpus: &Corpus, search: &Search, state: &ViewState) -> Names {
    let results = use_settled(Rc::clone(&search.results), state.query.clone(), 300);
    let counts = {
        let corpus = corpus.clone();
        use_memo(Rc::clone(&results), move |results| {
            cooccurrence::counts(&corpus, |d| results.get(d).is_some())
        })
    };
    let cooccurrence = {
        let corpus = corpus.clone();
        let needed = state.view == View::Connections || state.focus_entity().is_some();
        use_memo((Rc::clone(&results), needed), move |(results, needed)| {
            if *needed {
                Cooccurrence::build(&corpus, |d| results.get(d).is_some())
            } else {
                Cooccurrence::default()
            }
        })
    };
    Names {
        results,
        counts,
        cooccurrence,
    }
}

/// The document the reader shows and how.
#[derive(Clone, PartialEq)]
pub struct Reading {
    /// The open document: the one chosen, else the top result once typing
    /// pauses, else the first by date.
    pub open: Option<u32>,
    /// Whether the reader is still on the last top result while typing.
    pub following: bool,
    /// The selected hit, as (document, number among its hits).
    pub current: Option<(u32, usize)>,
    /// The open document's mentions to underline (none when switched off).
    pub mentions: Rc<Vec<(Span, MentionMark)>>,
}

#[hook]
pub fn use_reading(corpus: &Corpus, search: &Search, state: &ViewState) -> Reading {
    let top = search.order.first().copied();
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
    let mentions = {
        let corpus = corpus.clone();
        let deps = (open, state.chips.clone(), state.hide_mentions);
        use_memo(deps, move |(open, chips, hide)| match (*open, *hide) {
            (Some(d), false) => mention_marks(&corpus, d, chips),
            _ => Vec::new(),
        })
    };
    Reading {
        open,
        following,
        current: state
            .hit_cursor
            .and_then(|c| search.numbers.locate(&search.order, c)),
        mentions,
    }
}

/// Text indexed per slice of the word index (a segment of it): about 10 ms of
/// a laptop's time in the page.
const WORD_INDEX_SLICE: usize = 512 * 1024;

/// How long a task of the word index goes on with slices: under the 50 ms a
/// browser counts as long. Several slices a task, because a browser waits at
/// least 4 ms before each of a chain of timers past the fifth.
const WORD_INDEX_TASK_MS: f64 = 35.0;

/// Builds the word index a slice at a time, in tasks of a few slices, so
/// that the page answers throughout: whether it is whole. The first slice is
/// built at once, so a small corpus (up to a slice of text) searches from its
/// first frame.
#[hook]
fn use_word_index(corpus: &Corpus) -> bool {
    use_memo(corpus.clone(), |corpus| {
        corpus.prepare_word_index(WORD_INDEX_SLICE)
    });
    // The view is drawn again when the index becomes whole.
    let redraw = use_force_update();
    use_effect_with(corpus.clone(), move |corpus| {
        let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
        next_slice(corpus.clone(), redraw, Rc::clone(&pending));
        move || drop(pending.take())
    });
    corpus.word_index_ready()
}

/// Builds the next slices of `corpus`'s word index in a task of its own, and
/// so on until it is whole; then draws the view again.
fn next_slice(corpus: Corpus, redraw: UseForceUpdateHandle, pending: Rc<RefCell<Option<Timeout>>>) {
    if corpus.word_index_ready() {
        return;
    }
    let later = Rc::clone(&pending);
    *pending.borrow_mut() = Some(Timeout::new(0, move || {
        let start = js_sys::Date::now();
        loop {
            if corpus.prepare_word_index(WORD_INDEX_SLICE) {
                redraw.force_update();
                return;
            }
            if js_sys::Date::now() - start >= WORD_INDEX_TASK_MS {
                break;
            }
        }
        next_slice(corpus, redraw, later);
    }));
}

/// Fetches the regex module when the query comes to hold a regex (an item
/// starting with `/`) and the module is not there (never asked for, or its
/// last load failed); how many loads have ended, so that the search runs again
/// when one does.
#[hook]
fn use_regex_module(query: &str) -> u32 {
    let ended = use_state_eq(|| 0u32);
    let wanted = query::may_hold_regex(query);
    {
        let ended = ended.clone();
        use_effect_with(wanted, move |&wanted| {
            if wanted && regex_module::may_load() {
                regex_module::load(move |n| ended.set(n));
            }
        });
    }
    *ended
}
