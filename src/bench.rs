//! Bench builds only (cargo feature `bench`; never in the shipped app): the
//! search engine alone, query → ranked documents, exported to the page so that
//! `tests/browser/bench.mjs` can time it against MiniSearch's `search` in the
//! same page, with no rendering on either side.

use crate::ui::Corpus;
use corpus_core::search::query::{self, Options};
use corpus_core::search::{self, Sort};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static CORPUS: RefCell<Option<Corpus>> = const { RefCell::new(None) };
}

/// Keeps the app's corpus for [`bench_search`].
pub fn keep(corpus: &Corpus) {
    CORPUS.with(|c| *c.borrow_mut() = Some(corpus.clone()));
}

/// What one keystroke asks of the engine: parse `q` as typed (the last word a
/// prefix), match, rank and order by relevance. Returns how many documents
/// were found.
#[wasm_bindgen]
pub fn bench_search(q: &str) -> u32 {
    CORPUS.with(|c| {
        let Some(corpus) = &*c.borrow() else {
            return 0;
        };
        let typing = !q.ends_with(char::is_whitespace);
        let parsed = query::parse_with(
            q,
            Options {
                exact: false,
                typing,
            },
            &crate::regex_module::ModuleEngine,
        );
        let results = search::run(corpus, &parsed.query, &[]);
        search::order(corpus, &results, Sort::Relevance).len() as u32
    })
}
