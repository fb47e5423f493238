//! Parse + match + highlight, natively, on the five articles and on a scaled
//! corpus of 1,000 articles (~5 MB) made at bench time from real news text.
//!
//! `cargo bench -p corpus-core` (or `cargo xtask bench`). The scaled corpus needs
//! `../shared/bench/lee-news-300.txt` beside the repository, or BENCH_TEXT.

use corpus_core::ingest::pipeline;
use corpus_core::model::index::Index;
use corpus_core::search::highlight::segments;
use corpus_core::search::query::{self, Options};
use corpus_core::search::{self, Sort};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;

mod source;
use source::repo;

/// The queries of the browser bench too (see tests/browser/bench.mjs).
pub const QUERIES: &[&str] = &[
    "police",
    "fire australia",
    "\"new south wales\"",
    "bush*",
    "police OR army",
    "afghanistan -taliban",
    "/fire(s|fighters)?/",
    "goverment~",
    "police NEAR/5 fire*",
];

/// The hardest queries the fuzzing test makes of the same pieces, timed here
/// (the test checks only what they find): every term the limit allows, a
/// regex that backtracks in other engines, fuzzy words and wide proximity.
pub const HARD_QUERIES: &[&str] = &[
    "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q*",
    "/(a|b)+(a|b)+(a|b)+c/ /\\p{L}+/",
    "goverment~2 polise~2 australai~2 minster~2",
    "police NEAR/100 fire* OR \"new south wales\"~100",
];

fn real() -> Index {
    pipeline::build_dir(&repo().join("corpus"), "corpus")
        .unwrap()
        .0
}

fn scaled() -> Option<Index> {
    let text = source::text()?;
    let files = corpus_core::ingest::bench_corpus::generate(&text, 1000, 5000);
    let (index, _) = pipeline::build(&files, None).unwrap();
    let bytes: usize = index.documents.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "scaled corpus: {} articles, {:.1} MB of text",
        index.documents.len(),
        bytes as f64 / 1e6
    );
    Some(index)
}

/// What one keystroke costs the core: parse, match, rank, and highlight segments
/// of the first result (the open document).
fn query_to_segments(index: &Index, q: &str) -> usize {
    let parsed = query::parse(
        q,
        Options {
            exact: false,
            typing: true,
        },
    );
    let results = search::run(index, &parsed.query, &[]);
    let order = search::order(index, &results, Sort::Relevance);
    let Some(&first) = order.first() else {
        return 0;
    };
    let doc = &index.documents[first as usize];
    let marks: Vec<_> = results
        .get(first)
        .unwrap()
        .hits
        .iter()
        .map(|h| (h.span, h.term))
        .collect();
    doc.paragraphs
        .iter()
        .map(|p| segments(&doc.text, p.span, &marks).len())
        .sum()
}

fn bench(c: &mut Criterion) {
    let corpora: Vec<(&str, Index)> = std::iter::once(("5 articles", real()))
        .chain(scaled().map(|i| ("1000 articles", i)))
        .collect();
    for (name, index) in &corpora {
        // Paid once, when the app starts.
        c.bench_function(&format!("word index build/{name}"), |b| {
            b.iter(|| {
                corpus_core::text::word_index::WordIndex::build(
                    black_box(&index.documents)
                        .iter()
                        .map(|d| d.folded.as_str()),
                )
            })
        });
        index.word_index();
        let mut group = c.benchmark_group(format!("query→segments/{name}"));
        for q in QUERIES.iter().chain(HARD_QUERIES) {
            group.bench_with_input(BenchmarkId::from_parameter(q), q, |b, q| {
                b.iter(|| query_to_segments(index, black_box(q)))
            });
        }
        group.finish();
    }
    sliced(c, &corpora);
}

/// The page builds the word index a slice at a time (512 KB of text each):
/// 10,000 articles make about 100 segments, which every lookup asks. The
/// 1,000 articles in slices of 64 KB make as many.
fn sliced(c: &mut Criterion, corpora: &[(&str, Index)]) {
    let Some((_, index)) = corpora.iter().find(|(name, _)| *name == "1000 articles") else {
        return;
    };
    let mut sliced = index.clone();
    sliced.word_index = Default::default();
    while !sliced.prepare_word_index(64 * 1024) {}
    let segments = sliced.word_index().segments();
    let mut group = c.benchmark_group(format!("query→segments/1000 articles, {segments} segments"));
    for q in QUERIES.iter().chain(HARD_QUERIES) {
        group.bench_with_input(BenchmarkId::from_parameter(q), q, |b, q| {
            b.iter(|| query_to_segments(&sliced, black_box(q)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
