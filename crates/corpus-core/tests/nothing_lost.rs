//! Real news nobody here wrote: the 216 CoNLL-2003 development articles (one
//! sentence per line, datelines, results tables) in `../shared/eval/`. Every
//! line holding an annotated name must survive ingestion. Measuring only: no
//! rule is keyed to their words. Skipped when the folder is absent.

use corpus_core::ingest::pipeline;
use std::collections::HashMap;
use std::path::Path;

#[test]
fn every_line_with_a_name_survives_cleaning() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/conll2003-dev");
    let Ok(gold) = std::fs::read_to_string(root.join("gold.jsonl")) else {
        eprintln!("skipped: {} is absent", root.display());
        return;
    };
    let (index, _) = pipeline::build_dir(&root.join("articles"), "conll").expect("builds");
    let texts: HashMap<&str, String> = index
        .documents
        .iter()
        .map(|d| {
            (
                d.id.as_str(),
                d.text.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    let mut lines: Vec<(String, usize)> = gold
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("gold is JSON lines");
            (
                v["doc"].as_str().unwrap().to_string(),
                v["line"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    lines.sort();
    lines.dedup();
    let mut lost = Vec::new();
    for (doc, line) in &lines {
        let file =
            std::fs::read_to_string(root.join("articles").join(format!("{doc}.txt"))).unwrap();
        let text = file.lines().nth(line - 1).unwrap().trim();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !texts[doc.as_str()].contains(&text) {
            lost.push(format!("{doc}:{line}: {text}"));
        }
    }
    assert!(
        lost.is_empty(),
        "{} of {} lines with names lost:\n{}",
        lost.len(),
        lines.len(),
        lost.join("\n")
    );
}
