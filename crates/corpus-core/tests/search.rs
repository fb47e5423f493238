//! Query semantics, ranking and concordance over a small made-up corpus.

use corpus_core::index::Index;
use corpus_core::kwic::{self, KwicSort};
use corpus_core::pipeline::{self, SourceFile};
use corpus_core::query::{self, Options};
use corpus_core::search::{self, Sort};

/// (outlet, date, body) per document; ids are a, b, c…
fn corpus(docs: &[(&str, &str, &str)]) -> Index {
    let files: Vec<SourceFile> = docs
        .iter()
        .enumerate()
        .map(|(i, (outlet, date, body))| {
            let mut head = String::from("---\n");
            if !outlet.is_empty() {
                head += &format!("outlet: {outlet}\n");
            }
            if !date.is_empty() {
                head += &format!("date: {date}\ndate_basis: stated\n");
            }
            SourceFile {
                path: format!("{}.txt", (b'a' + i as u8) as char),
                content: format!("{head}---\n{body}\n"),
            }
        })
        .collect();
    pipeline::build(&files, None).expect("test corpus builds").0
}

fn docs() -> Index {
    corpus(&[
        (
            "DW",
            "2022-08-17",
            "KFOR troops patrol. KFOR, KFOR and more KFOR. The troopship sailed.",
        ),
        (
            "Euronews",
            "2022-08",
            "NATO said KFOR may grow. Vučić met Stoltenberg.",
        ),
        (
            "",
            "2023-01-02",
            "Vucic spoke of Russia. Soldiers and a soldier. NATO, NATO, NATO.",
        ),
        (
            "DW",
            "",
            "Nothing about the mission here, only Prime Minister talk.",
        ),
    ])
}

/// Ids of matching documents in the given order, for `q`.
fn check(q: &str, sort: Sort, expected: &[&str]) {
    check_with(q, Options::default(), sort, expected)
}

fn check_with(q: &str, options: Options, sort: Sort, expected: &[&str]) {
    let index = docs();
    let parsed = query::parse(q, options);
    assert!(parsed.errors.is_empty(), "{q}: {:?}", parsed.errors);
    let results = search::run(&index, &parsed.query, &[]);
    let got: Vec<&str> = search::order(&index, &results, sort)
        .into_iter()
        .map(|d| index.documents[d as usize].id.as_str())
        .collect();
    assert_eq!(got, expected, "query {q:?}, {sort:?}");
}

#[test]
fn terms_are_whole_words_unless_a_prefix() {
    check("troop", Sort::Date, &[]);
    check("troop*", Sort::Date, &["a"]);
    check("troops", Sort::Date, &["a"]);
    check_with(
        "tro",
        Options {
            typing: true,
            exact: false,
        },
        Sort::Date,
        &["a"],
    );
}

#[test]
fn a_prefix_marks_the_whole_word() {
    let index = docs();
    let parsed = query::parse("troop* OR vuc*", Options::default());
    let results = search::run(&index, &parsed.query, &[]);
    let mut words: Vec<&str> = results
        .docs
        .iter()
        .flat_map(|r| {
            let text = &index.documents[r.doc as usize].text;
            r.hits.iter().map(move |h| h.span.slice(text))
        })
        .collect();
    words.sort();
    assert_eq!(words, vec!["Vucic", "Vučić", "troops", "troopship"]);
}

#[test]
fn boolean_structure_and_filters() {
    check("kfor nato", Sort::Date, &["b"]);
    // A date known to the month sorts at the month's start.
    check("kfor OR russia", Sort::Date, &["b", "a", "c"]);
    check("nato -russia", Sort::Date, &["b"]);
    check("\"prime minister\"", Sort::Date, &["d"]);
    check("\"minister prime\"", Sort::Date, &[]);
    check("/soldiers?/", Sort::Date, &["c"]);
    check("outlet:dw", Sort::Date, &["a", "d"]);
    check("outlet:DW outlet:euronews", Sort::Date, &["b", "a", "d"]);
    check("date:2022-08", Sort::Date, &["b", "a"]);
    check("date:2022-08-17", Sort::Date, &["b", "a"]);
    check("date:2023..", Sort::Date, &["c"]);
    check("kfor date:..2022-08-10", Sort::Date, &["b"]);
    check("", Sort::Date, &["b", "a", "c", "d"]);
}

#[test]
fn folding_and_exact_matching() {
    check("vucic", Sort::Date, &["b", "c"]);
    check("VUČIĆ", Sort::Date, &["b", "c"]);
    check_with(
        "Vučić",
        Options {
            exact: true,
            typing: false,
        },
        Sort::Date,
        &["b"],
    );
    check_with(
        "kfor",
        Options {
            exact: true,
            typing: false,
        },
        Sort::Date,
        &[],
    );
    check_with(
        "/nato/",
        Options {
            exact: true,
            typing: false,
        },
        Sort::Date,
        &[],
    );
}

#[test]
fn ranking() {
    // a mentions KFOR four times in a short text: most relevant.
    check("kfor", Sort::Relevance, &["a", "b"]);
    check("nato", Sort::Relevance, &["c", "b"]);
    // b matches both alternatives once each; BM25 puts it first.
    check("kfor OR nato", Sort::Relevance, &["b", "a", "c"]);
    check("kfor OR nato", Sort::Outlet, &["a", "b", "c"]);
    // Without terms, relevance falls back to date.
    check("outlet:dw", Sort::Relevance, &["a", "d"]);
}

#[test]
fn concordance_lines_sort_and_export() {
    let index = docs();
    let parsed = query::parse("nato OR kfor", Options::default());
    let results = search::run(&index, &parsed.query, &[]);
    let order = search::order(&index, &results, Sort::Date);
    let mut lines = kwic::lines(&index, &results, &order, 20);
    assert_eq!(lines.len(), results.total_hits());
    let show = |lines: &[kwic::Line]| -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                let t = &index.documents[l.doc as usize].text;
                format!(
                    "{}[{}]{}",
                    l.left.slice(t),
                    l.hit.slice(t),
                    l.right.slice(t)
                )
            })
            .collect()
    };
    assert_eq!(show(&lines)[0], "[NATO] said KFOR may grow.");
    kwic::sort(&index, &mut lines, KwicSort::Left);
    let left = show(&lines);
    // Sorted by the word just before the hit: "", "and", "more", "NATO,", "patrol."…
    assert!(left[0].starts_with('['), "{left:?}");
    assert!(
        left.iter().position(|l| l.ends_with("more [KFOR]."))
            < left.iter().position(|l| l.contains("NATO, [NATO]"))
    );
    kwic::sort(&index, &mut lines, KwicSort::Right);
    let right = show(&lines);
    assert!(right.last().unwrap().contains("[KFOR] troops"), "{right:?}");
    let csv = kwic::to_csv(&index, &lines);
    let mut rows = csv.split("\r\n");
    assert_eq!(rows.next(), Some("document,outlet,date,left,hit,right"));
    assert!(csv.contains(",DW,2022-08-17,"));
    assert!(csv.contains("\"KFOR, KFOR and more\",KFOR,."), "{csv}");
}
