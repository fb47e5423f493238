//! Fuzzing that stays: the query parser and the matcher on any input, each
//! case checked for what it found (errors at character boundaries, hits
//! inside the text). `cargo test` runs a few hundred cases; `cargo xtask
//! fuzz` runs them by the hundred thousand (`PROPTEST_CASES`). How long the
//! hardest queries take is measured by the benchmarks (`cargo xtask bench`),
//! not asserted here: on a busy machine a time limit would fail at random.

mod common;

use common::seed;
use corpus_core::search::query::{self, Options};
use corpus_core::search::{self, highlight, EntityFilter};
use proptest::prelude::*;

/// Pieces queries are made of: words of the corpus, operators, quotes,
/// slashes, filters, regex syntax, odd Unicode.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("kurti".to_string()),
        Just("Vučić".to_string()),
        Just("troop*".to_string()),
        Just("the".to_string()),
        Just("OR".to_string()),
        Just("-".to_string()),
        Just("\"".to_string()),
        Just("/".to_string()),
        Just("*".to_string()),
        Just("outlet:".to_string()),
        Just("date:".to_string()),
        Just("2022-08..".to_string()),
        Just("(a|b)+".to_string()),
        Just("\\p{Greek}".to_string()),
        Just("[".to_string()),
        Just("\u{202E}".to_string()),
        Just("\u{0301}".to_string()),
        Just("ß".to_string()),
        Just("İ".to_string()),
        "[ -~]{0,6}",
        "\\PC{0,4}",
    ]
}

fn query_text() -> impl Strategy<Value = String> {
    proptest::collection::vec((piece(), prop_oneof![Just(""), Just(" ")]), 0..24)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| p + s).collect())
}

proptest! {

    #[test]
    fn any_query_parses_runs_and_highlights(q in query_text(), exact: bool, typing: bool) {
        let index = seed();
        let parsed = query::parse(&q, Options { exact, typing });
        for e in parsed.errors.iter().chain(&parsed.notes) {
            prop_assert!(q.is_char_boundary(e.at), "{e:?} in {q:?}");
        }
        prop_assert!(parsed.query.terms.len() <= query::MAX_TERMS);
        let filters = if typing { vec![EntityFilter::include(0)] } else { vec![] };
        let results = search::run(&index, &parsed.query, &filters);
        for r in &results.docs {
            let doc = &index.documents[r.doc as usize];
            for h in &r.hits {
                prop_assert!(doc.text.get(h.span.range()).is_some());
            }
            let marks = highlight::hit_marks(&r.hits, &[], Some(0));
            let whole = corpus_core::Span::new(&doc.text, 0, doc.text.len());
            let segments = highlight::segments(&doc.text, whole, &marks);
            prop_assert!(!segments.is_empty() || doc.text.is_empty());
        }
    }
}
