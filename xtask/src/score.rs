//! `cargo xtask score`: the names and the quotations found, against gold
//! files read by hand (as in `../shared/eval/`). Measuring only: nothing the
//! gold says goes into the project.

use crate::corpus::{folder, load_index};
use crate::shell::Result;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// `score [names] GOLD [ERRORS.tsv]` or `score quotes GOLD [ERRORS.tsv]`.
pub fn command(args: &[String]) -> Result {
    let path = |i: usize| args.get(i).map(Path::new);
    match args.first().map(String::as_str) {
        Some("quotes") => match path(1) {
            Some(gold) => quotes(gold, path(2)),
            None => {
                Err("usage: cargo xtask score [--corpus DIR] quotes GOLD.jsonl [ERRORS.tsv]".into())
            }
        },
        Some("names") => match path(1) {
            Some(gold) => names(gold, path(2)),
            None => {
                Err("usage: cargo xtask score [--corpus DIR] names GOLD.jsonl [ERRORS.tsv]".into())
            }
        },
        Some(gold) => names(Path::new(gold), path(1)),
        None => Err(
            "usage: cargo xtask score [--corpus DIR] [names|quotes] GOLD.jsonl [ERRORS.tsv]".into(),
        ),
    }
}

/// JSON lines of `path`, each decoded; an error names the file and line.
fn json_lines<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))
        })
        .collect()
}

/// Scores the corpus's quotations against a gold file and prints the figures.
fn quotes(gold_path: &Path, errors_path: Option<&Path>) -> Result {
    use corpus_core::quotes::score::{self, GoldQuote, QuoteScore, SkippedQuote};
    let (index, _) = load_index()?;
    let gold: Vec<GoldQuote> = json_lines(gold_path)?;
    let skipped_path = gold_path.with_file_name("quotes_skipped.jsonl");
    let skipped: Vec<SkippedQuote> = if skipped_path.is_file() {
        json_lines(&skipped_path)?
    } else {
        Vec::new()
    };
    let (dir, _) = folder();
    let s = score::score(&index, &gold, &skipped, &mut |d| {
        std::fs::read_to_string(dir.join(&d.source)).ok()
    });
    let pc = QuoteScore::percent;
    let docs: HashSet<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    println!(
        "{} gold quotations in {} documents ({} items left out on purpose)",
        s.gold,
        docs.len(),
        skipped.len()
    );
    println!(
        "  found          {:>4} of {:<4} {:5.1}%",
        s.found,
        s.gold,
        pc(s.found, s.gold)
    );
    println!("  speaker named  {:>4}: right {} ({:.1}%), wrong {} ({:.1}%), none found {} ({:.1}%), quotation missed {}",
        s.named, s.right, pc(s.right, s.named), s.wrong, pc(s.wrong, s.named), s.no_speaker, pc(s.no_speaker, s.named),
        s.named - s.right - s.wrong - s.no_speaker);
    println!(
        "  not named      {:>4}: given a name {}",
        s.gold - s.named,
        s.unnamed_wrong
    );
    println!("  extra          {:>4} found that the gold lacks", s.extra);
    for (kind, gold, found, right) in &s.by_kind {
        println!(
            "  cue {kind:<10} {gold:>4}: found {found}, right {right} ({:.1}%)",
            pc(*right, *gold)
        );
    }
    if let Some(path) = errors_path {
        let mut out = String::from("doc\tline\twhat\tquote\tgold\tfound\n");
        for d in &s.differences {
            let name = |n: &Option<String>| n.clone().unwrap_or_else(|| "-".into());
            out += &format!(
                "{}\t{}\t{}\t{}\t{}\t{}\n",
                d.doc,
                d.line,
                d.what,
                d.quote,
                name(&d.gold),
                name(&d.found)
            );
        }
        std::fs::write(path, out).map_err(|e| format!("{}: {e}", path.display()))?;
        println!(
            "{} differences written to {}",
            s.differences.len(),
            path.display()
        );
    }
    Ok(())
}

/// Scores the corpus's names against a gold file and prints the figures.
fn names(gold_path: &Path, errors_path: Option<&Path>) -> Result {
    use corpus_core::model::kinds::EntityKind;
    use corpus_core::names::score;
    let (index, _) = load_index()?;
    let gold = read_gold(gold_path, &index)?;
    let docs: HashSet<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    let s = score::score(&index, &gold);
    let row = |name: &str, p: &score::Prf| {
        println!(
            "  {name:<13} P {:.3}  R {:.3}  F1 {:.3}   ({} right of {} found, {} gold)",
            p.precision(),
            p.recall(),
            p.f1(),
            p.true_positives,
            p.predicted,
            p.gold
        )
    };
    println!(
        "{} gold mentions in {} documents; {} on lines not in the built text",
        gold.len(),
        docs.len(),
        s.lost_lines
    );
    row("typed", &s.typed);
    row("untyped", &s.untyped);
    for (kind, p) in &s.per_kind {
        row(kind.as_str(), p);
    }
    let list = |title: &str, items: &[(String, EntityKind, usize)]| {
        let shown: Vec<String> = items
            .iter()
            .take(25)
            .map(|(t, k, n)| format!("{t} ({}, {n})", k.as_str()))
            .collect();
        println!("{title}: {}", shown.join(", "));
    };
    list("commonest false positives", &s.false_positives);
    list("commonest misses", &s.false_negatives);
    if let Some(path) = errors_path {
        let kind = |k: Option<EntityKind>| k.map_or("-", |k| k.as_str());
        let mut out = String::from("doc\ttext\tgold\tfound\tline\n");
        for e in &s.errors {
            out += &format!(
                "{}\t{}\t{}\t{}\t{}\n",
                e.doc,
                e.text,
                kind(e.gold),
                kind(e.found),
                e.line.replace('\t', " ")
            );
        }
        std::fs::write(path, out).map_err(|e| format!("{}: {e}", path.display()))?;
        println!(
            "{} differences written to {}",
            s.errors.len(),
            path.display()
        );
    }
    Ok(())
}

/// Gold mentions from JSON lines of `{doc, line, column, text, kind}`, each
/// with the text of its line in the document's source file.
fn read_gold(
    gold_path: &Path,
    index: &corpus_core::Index,
) -> Result<Vec<corpus_core::names::score::GoldMention>> {
    use corpus_core::names::score::GoldRecord;
    let (dir, _) = folder();
    let text =
        std::fs::read_to_string(gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut files: HashMap<String, Vec<String>> = Default::default();
    let mut line_of = |doc: &str, line: usize| -> Option<String> {
        let source = dir.join(&index.documents.iter().find(|d| d.id == doc)?.source);
        let lines = files.entry(doc.to_string()).or_insert_with(|| {
            std::fs::read_to_string(&source)
                .map(|t| t.lines().map(String::from).collect())
                .unwrap_or_default()
        });
        Some(lines.get(line.wrapping_sub(1)).cloned().unwrap_or_default())
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str::<GoldRecord>(l)
                .map_err(|e| e.to_string())
                .and_then(|r| r.mention(&mut line_of))
                .map_err(|e| format!("{}:{}: {e}", gold_path.display(), n + 1))
        })
        .collect()
}
