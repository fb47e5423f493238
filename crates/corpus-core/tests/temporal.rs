//! Temporal expressions: the normalisation table (`tests/gold/timex_cases.txt`,
//! every form the extractor handles, each a case that must hold) and accuracy on
//! the five articles against a hand-written gold file (`tests/gold/dates.txt`).

use corpus_core::dates::{self, PartialDate};
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
        let got: Vec<(usize, usize, String, Option<String>)> = dates::extract(&text, reference)
            .into_iter()
            .map(|t| (t.start, t.end, t.value, t.modifier.map(String::from)))
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
