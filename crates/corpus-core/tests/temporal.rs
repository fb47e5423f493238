//! Temporal expressions: the normalisation table (`tests/gold/timex_cases.txt`,
//! every form the extractor handles, each a case that must hold) and accuracy on
//! the five articles against a hand-written gold file (`tests/gold/dates.txt`).

mod common;

use corpus_core::time::calendar::PartialDate;
use corpus_core::time::expressions;
use std::path::Path;

fn gold_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/gold")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Lines of `|`-separated fields, without comments and blank lines, with their
/// line numbers.
fn rows(text: &str) -> Vec<(usize, Vec<String>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('|').map(|f| f.trim().to_string()).collect()))
        .collect()
}

fn articles() -> corpus_core::Index {
    common::seed()
}

#[test]
fn normalisation_table() {
    let table = gold_file("timex_cases.txt");
    let mut failures = Vec::new();
    let cases = rows(&table);
    for (line, f) in &cases {
        assert_eq!(f.len(), 4, "timex_cases.txt:{line}: four fields");
        let reference = (f[0] != "-").then(|| {
            PartialDate::parse_iso(&f[0])
                .unwrap_or_else(|| panic!("timex_cases.txt:{line}: reference"))
        });
        let marked = &f[1];
        let text = marked.replace(['[', ']'], "");
        let expected = marked.find('[').map(|start| {
            let end = marked.find(']').expect("closing bracket") - 1;
            (
                start,
                end,
                f[2].clone(),
                (f[3] != "-").then(|| f[3].clone()),
            )
        });
        let got: Vec<(usize, usize, String, Option<String>)> =
            expressions::extract(&text, reference)
                .into_iter()
                .map(|t| {
                    (
                        t.start,
                        t.end,
                        t.value,
                        t.modifier.map(|m| m.as_str().to_string()),
                    )
                })
                .collect();
        let ok = match &expected {
            Some(e) => got.len() == 1 && got[0] == *e,
            None => got.is_empty(),
        };
        if !ok {
            let show: Vec<String> = got
                .iter()
                .map(|(s, e, v, m)| {
                    format!("[{}] {v} {}", &text[*s..*e], m.as_deref().unwrap_or(""))
                })
                .collect();
            failures.push(format!("  timex_cases.txt:{line}: {marked} → {show:?}"));
        }
    }
    let passed = cases.len() - failures.len();
    println!(
        "normalisation table: {passed} of {} cases ({:.3})",
        cases.len(),
        passed as f64 / cases.len() as f64
    );
    for f in &failures {
        println!("{f}");
    }
    assert!(cases.len() >= 60, "at least 60 cases");
    assert!(failures.is_empty(), "{} cases fail", failures.len());
}

/// (text, value, mod, matched to a gold line yet)
type FoundDate = (String, String, Option<String>, bool);

#[test]
fn accuracy_on_the_articles() {
    let index = articles();
    let gold = gold_file("dates.txt");
    let gold = rows(&gold);
    // Found expressions per document, in text order, each used once.
    let mut found: Vec<Vec<FoundDate>> = vec![Vec::new(); index.documents.len()];
    let mut dates = index.dates.clone();
    dates.sort_by_key(|d| (d.doc, d.span.start()));
    for d in &dates {
        let text = d
            .span
            .slice(&index.documents[d.doc as usize].text)
            .to_string();
        found[d.doc as usize].push((
            text,
            d.value.clone(),
            d.modifier.map(|m| m.as_str().to_string()),
            false,
        ));
    }
    let mut right = 0;
    let mut lines = Vec::new();
    for (line, f) in &gold {
        assert_eq!(f.len(), 4, "dates.txt:{line}: four fields");
        let doc = index
            .documents
            .iter()
            .position(|d| d.id.starts_with(&f[0]))
            .unwrap_or_else(|| panic!("dates.txt:{line}: no document {}", f[0]));
        let modifier = (f[3] != "-").then(|| f[3].clone());
        match found[doc]
            .iter_mut()
            .find(|(t, _, _, used)| !used && *t == f[1])
        {
            Some(hit) => {
                hit.3 = true;
                if hit.1 == f[2] && hit.2 == modifier {
                    right += 1;
                } else {
                    lines.push(format!(
                        "  dates.txt:{line}: {} {:?}: got {} {}, gold {} {}",
                        f[0],
                        f[1],
                        hit.1,
                        hit.2.as_deref().unwrap_or(""),
                        f[2],
                        f[3]
                    ));
                }
            }
            None => lines.push(format!("  dates.txt:{line}: {} {:?} not found", f[0], f[1])),
        }
    }
    let spurious: Vec<String> = found
        .iter()
        .enumerate()
        .flat_map(|(d, v)| {
            v.iter()
                .filter(|f| !f.3)
                .map(move |f| format!("  not in the gold file: {:03} {:?} {}", d, f.0, f.1))
        })
        .collect();
    let accuracy = right as f64 / gold.len() as f64;
    let total_found: usize = found.iter().map(Vec::len).sum();
    println!(
        "dates vs gold ({} expressions): accuracy {accuracy:.3} ({right} right), {} found, {} not in the gold file",
        gold.len(),
        total_found,
        spurious.len()
    );
    for l in lines.iter().chain(&spurious) {
        println!("{l}");
    }
    assert!(accuracy >= 0.90, "accuracy {accuracy:.3} under 0.90");
}

#[test]
fn events_group_anchored_dates_and_follow_the_documents_shown() {
    use corpus_core::timeline::lanes;
    let index = articles();
    let all = lanes::events(&index, &|_| true);
    let values: Vec<&str> = all.iter().map(|e| e.value.as_str()).collect();
    // Time order; unanchored values stay off the axis; a duration sits where it starts.
    assert!(all.windows(2).all(|w| w[0].first_day <= w[1].first_day));
    assert!(
        values.iter().all(|v| !v.contains('X') && *v != "PAST_REF"),
        "{values:?}"
    );
    let y1999 = PartialDate::parse_iso("1999").unwrap().first_day();
    let first = &all[0];
    assert_eq!(
        (first.value.as_str(), first.first_day, first.last_day),
        ("P24Y", y1999, y1999),
        "the story starts in 1999, KFOR's deployment"
    );
    assert_eq!(first.mentions.len(), 2, "\"since 1999\" in two articles");
    let y2008 = all.iter().find(|e| e.value == "2008").expect("2008");
    assert_eq!(
        y2008.mentions.len(),
        4,
        "one mark for the four mentions of 2008"
    );
    assert_eq!(values.iter().filter(|v| **v == "2008").count(), 1);
    // Only the events of the documents shown.
    let last = index
        .documents
        .iter()
        .position(|d| d.id.starts_with("004"))
        .unwrap() as u32;
    let some = lanes::events(&index, &|d| d == last);
    assert!(!some.is_empty() && some.len() < all.len());
    assert!(some
        .iter()
        .flat_map(|e| &e.mentions)
        .all(|&m| index.dates[m].doc == last));
}

#[test]
fn a_timeline_range_keeps_documents_published_or_mentioning_a_date_in_it() {
    use corpus_core::search;
    use corpus_core::search::query::{self, Options};
    let index = articles();
    let ids = |range: (&str, &str)| -> Vec<String> {
        let mut q = query::parse("", Options::default()).query;
        let day = |s: &str| PartialDate::parse_iso(s).unwrap().first_day();
        q.timeline = Some((day(range.0), day(range.1)));
        search::run(&index, &q, &[])
            .docs
            .iter()
            .map(|r| index.documents[r.doc as usize].id[..3].to_string())
            .collect()
    };
    // 2008 is mentioned in four articles (not 000, the one without a year).
    assert_eq!(
        ids(("2008-03-01", "2008-03-31")),
        ["001", "002", "003", "004"]
    );
    // Late June 2022: only 003's "end of June 2022".
    assert_eq!(ids(("2022-06-25", "2022-06-26")), ["003"]);
    // Published on 1 or 2 January 2023, or mentioning those days.
    assert_eq!(ids(("2023-01-01", "2023-01-02")), ["001", "004"]);
    // 000 is dated August 2022: the whole month meets a day in it.
    assert!(ids(("2022-08-05", "2022-08-05")).contains(&"000".to_string()));
    assert!(ids(("2010-01-01", "2010-12-31")).is_empty());
    // 1999: where "since 1999" and "the past 23 years" start.
    assert_eq!(ids(("1999-01-01", "1999-12-31")), ["001", "002", "004"]);
}

#[test]
fn the_lanes_span_the_story_and_open_on_the_publications() {
    use corpus_core::timeline::lanes::{Extent, Lanes, Mark};
    let index = articles();
    let extent = Extent::of(&index);
    assert_eq!(extent.years, (1999, 2023), "since 1999 … January 2023");
    let day = |s: &str| PartialDate::parse_iso(s).unwrap().first_day() as f64;
    assert!(extent.home.lo > day("2022-01-01") && extent.home.hi < day("2023-03-01"));
    assert!(extent.bounds.lo < day("1999-01-01"));

    let lanes = Lanes::lay_out(&index, &|_| true, extent.bounds, 800.0, 10.0, 5);
    let published = lanes.marks.iter().filter(|(m, _)| m.is_published()).count();
    assert_eq!(published, index.documents.len());
    assert!(lanes
        .marks
        .windows(2)
        .all(|w| w[0].0.days().0 <= w[1].0.days().0));
    assert!(lanes.marks.iter().all(|&(_, row)| row < 5));
    assert!((1..=5).contains(&lanes.published_rows) && (1..=5).contains(&lanes.mentioned_rows));
    assert_eq!(lanes.in_view(true, extent.bounds), index.documents.len());
    // Only the documents shown have their dates drawn; publications always are.
    let none = Lanes::lay_out(&index, &|_| false, extent.bounds, 800.0, 10.0, 5);
    assert!(none.marks.iter().all(|(m, _)| m.is_published()));

    // The first mark recalls 1999 in the articles' own words; its places cycle.
    let Some((Mark::Mentioned(first), _)) = lanes.marks.first() else {
        panic!("the story starts with a date mentioned");
    };
    assert_eq!(
        first.describe(&index, &corpus_core::i18n::Texts::default()),
        "since 1999 (starting 1999)"
    );
    let a = first.next_place(&index, None);
    let b = first.next_place(&index, Some(a));
    assert_ne!(a, b, "two articles say since 1999");
    assert_eq!(first.next_place(&index, Some(b)), a);
    let (doc, sentence) = a;
    let text = sentence.slice(&index.documents[doc as usize].text);
    assert!(text.contains("since 1999"), "{text}");
}
