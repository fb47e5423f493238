//! Entity extraction measured against a hand-written gold list of the five
//! articles (`tests/gold/entities.txt`): prints precision and recall, and fails
//! under recall 0.95 or precision 0.90 with the curated list, and under the
//! figures the guide (docs/guide.md) quotes for automatic detection alone (precision 0.933,
//! recall 0.467), less a small margin.

mod common;

use corpus_core::ingest::pipeline::{self, SourceFile};
use corpus_core::model::index::Index;
use corpus_core::model::kinds::EntityKind;
use corpus_core::text::fold::fold_str;
use std::collections::BTreeSet;
use std::path::Path;

struct Gold {
    kind: EntityKind,
    name: String,
    spellings: Vec<String>,
    docs: BTreeSet<String>,
}

fn gold() -> Vec<Gold> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/entities.txt");
    let text = std::fs::read_to_string(&path).expect("gold list");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('|').map(str::trim).collect();
            assert_eq!(f.len(), 4, "gold line {}: {l}", i + 1);
            Gold {
                kind: EntityKind::parse(f[0])
                    .unwrap_or_else(|| panic!("gold line {}: kind", i + 1)),
                name: f[1].to_string(),
                spellings: f[2].split(';').map(|s| s.trim().to_string()).collect(),
                docs: f[3].split_whitespace().map(String::from).collect(),
            }
        })
        .collect()
}

/// Folded names an entity goes by.
fn names_of(e: &corpus_core::model::index::Entity) -> BTreeSet<String> {
    std::iter::once(&e.name)
        .chain(&e.variants)
        .map(|n| fold_str(n))
        .collect()
}

struct Score {
    precision: f64,
    recall: f64,
    lines: Vec<String>,
}

fn score(index: &Index, gold: &[Gold]) -> Score {
    let mut lines = Vec::new();
    let matches = |g: &Gold, e: &corpus_core::model::index::Entity| {
        let names = names_of(e);
        e.kind == g.kind
            && (names.contains(&fold_str(&g.name))
                || g.spellings.iter().any(|s| names.contains(&fold_str(s))))
    };
    let found_right = index
        .entities
        .iter()
        .filter(|e| {
            let ok = gold.iter().any(|g| matches(g, e));
            if !ok {
                lines.push(format!(
                    "  not in the gold list: {} ({})",
                    e.name,
                    e.kind.as_str()
                ));
            }
            ok
        })
        .count();
    let mut recalled = 0;
    for g in gold {
        match index.entities.iter().find(|e| matches(g, e)) {
            Some(e) => {
                recalled += 1;
                let docs: BTreeSet<String> = e
                    .mentions
                    .iter()
                    .map(|m| index.documents[m.doc as usize].id[..3].to_string())
                    .collect();
                if docs != g.docs {
                    lines.push(format!(
                        "  {}: documents {docs:?}, gold {:?}",
                        g.name, g.docs
                    ));
                }
                let missing: Vec<&String> = g
                    .spellings
                    .iter()
                    .filter(|s| !e.variants.iter().any(|v| fold_str(v) == fold_str(s)))
                    .collect();
                if !missing.is_empty() {
                    lines.push(format!("  {}: spellings not found {missing:?}", g.name));
                }
            }
            None => lines.push(format!("  missed: {} ({})", g.name, g.kind.as_str())),
        }
    }
    Score {
        precision: found_right as f64 / index.entities.len().max(1) as f64,
        recall: recalled as f64 / gold.len().max(1) as f64,
        lines,
    }
}

fn build(with_list: bool) -> Index {
    if with_list {
        common::seed()
    } else {
        common::seed_without_list()
    }
}

#[test]
fn entities_match_the_gold_list() {
    let gold = gold();
    let s = score(&build(true), &gold);
    println!(
        "entities vs gold ({} entities): precision {:.3}, recall {:.3}",
        gold.len(),
        s.precision,
        s.recall
    );
    for l in &s.lines {
        println!("{l}");
    }
    let auto = score(&build(false), &gold);
    println!(
        "automatic detection alone, no curated list: precision {:.3}, recall {:.3}",
        auto.precision, auto.recall
    );
    for l in &auto.lines {
        println!("{l}");
    }
    assert!(s.recall >= 0.95, "recall {:.3} under 0.95", s.recall);
    assert!(
        auto.precision >= 0.84 && auto.recall >= 0.75,
        "automatic alone: precision {:.3} (guide: 0.861), recall {:.3} (guide: 0.784)",
        auto.precision,
        auto.recall
    );
    assert!(
        s.precision >= 0.90,
        "precision {:.3} under 0.90",
        s.precision
    );
}

/// The pipeline's automatic rules on a corpus nobody curated.
#[test]
fn automatic_entities_merge_titles_acronyms_surnames_and_typos() {
    let files: Vec<SourceFile> = [
        "Prime Minister Albin Kurti spoke on Monday. Later, Kurti left. The Kosovo Force (KFOR) patrolled, and KFOR stayed.",
        "NATO Secretary General Jens Stoltenberg came. Secretary General Jens Stoltenberg spoke. Secretary General Jens Soltenberg left.",
        "Troops stayed in Belgrade. Later, envoys from Belgrade and Serbian officials came. Serbian police in Serbia watched. Then Serbia objected.",
    ]
    .iter()
    .enumerate()
    .map(|(i, body)| {
        SourceFile::new(
            &format!("{i}.txt"),
            format!("---\n---\nHeadline {i}\n\n{body}\n"),
        )
    })
    .collect();
    let (index, report) = pipeline::build(&files, None).expect("builds");
    let get = |name: &str| {
        index
            .entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| {
                panic!(
                    "no {name} in {:?}",
                    index.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
                )
            })
    };
    let kurti = get("Albin Kurti");
    assert_eq!(
        (kurti.kind, kurti.roles.clone()),
        (EntityKind::Person, vec!["prime minister".to_string()])
    );
    assert_eq!(
        kurti.variants,
        ["Albin Kurti", "Kurti"],
        "the surname is linked"
    );
    let kfor = get("Kosovo Force");
    assert_eq!(kfor.kind, EntityKind::Organization);
    assert_eq!(kfor.mentions.len(), 3, "KFOR twice and its definition");
    let jens = get("Jens Stoltenberg");
    assert_eq!(
        jens.variants,
        ["Jens Stoltenberg", "Jens Soltenberg"],
        "the misspelling joins"
    );
    assert!(!index
        .entities
        .iter()
        .any(|e| e.name == "Monday" || e.name == "The"));
    // One word, seen twice, after "in" or "from": a place; a nationality is a
    // name of kind other, never a place by its context.
    assert_eq!(get("Belgrade").kind, EntityKind::Place);
    assert_eq!(get("Serbia").kind, EntityKind::Place);
    assert_eq!(get("Serbian").kind, EntityKind::Other);
    let merges = report.entity_report.merges.join("\n");
    for expected in [
        "Kurti → Albin Kurti",
        "KFOR → Kosovo Force",
        "Jens Soltenberg → Jens Stoltenberg",
    ] {
        assert!(
            merges.contains(expected),
            "report lists {expected}: {merges}"
        );
    }
}

/// `not:` in the list keeps a name from becoming an entity, and the report says so;
/// descriptions from the list reach the entity.
#[test]
fn the_list_suppresses_names_and_describes_entities() {
    let files = vec![SourceFile::new(
        "0.txt",
        "---\n---\nHeadline\n\nWatch Live TV now. Live TV is on. Prime Minister Albin Kurti spoke.\n".into(),
    )];
    let without = pipeline::build(&files, None).expect("builds").0;
    assert!(without.entities.iter().any(|e| e.name == "Live TV"));
    let list = SourceFile::new(
        "entities.list",
        "not: Live TV\nperson: Albin Kurti | Kurti; Prime minister of Kosovo\n".into(),
    );
    let (index, report) = pipeline::build(&files, Some(&list)).expect("builds");
    let names: Vec<&str> = index.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Albin Kurti"]);
    assert_eq!(
        index.entities[0].description.as_deref(),
        Some("Prime minister of Kosovo")
    );
    assert_eq!(index.entities[0].roles, ["prime minister"]);
    assert!(report
        .to_string()
        .contains("left out by `not:` in entities.list: Live TV (2)"));
}

/// Names found without a list in one article, as (name, kind, mentions).
fn names_in(text: &str) -> Vec<(String, EntityKind, usize)> {
    let files = vec![SourceFile::new("0.txt", format!("---\n---\n{text}\n"))];
    let index = pipeline::build(&files, None).expect("builds").0;
    let mut out: Vec<(String, EntityKind, usize)> = index
        .entities
        .iter()
        .map(|e| (e.name.clone(), e.kind, e.mentions.len()))
        .collect();
    out.sort();
    out
}

/// The corpus-level rules for names without a list, one article each.
#[test]
fn names_without_a_list() {
    use EntityKind::*;
    let check = |text: &str, expected: &[(&str, EntityKind, usize)]| {
        let expected: Vec<(String, EntityKind, usize)> = expected
            .iter()
            .map(|(n, k, m)| (n.to_string(), *k, *m))
            .collect();
        assert_eq!(names_in(text), expected, "in {text:?}");
    };
    // A headline in capitals holds the names the body spells in mixed case;
    // "IN" is an ordinary word there.
    check(
        "ENGLAND BEAT MOLDOVA IN QUALIFIER\n\nThe match was played in Moldova and England won it.",
        &[("England", Place, 2), ("Moldova", Place, 2)],
    );
    // A name of two words seen once is a person's; the surname alone joins it.
    check(
        "Headline\n\nThe talks were led by Goran Markovic. Markovic said little.",
        &[("Goran Markovic", Person, 2)],
    );
    // A city is a place, and a team where scores follow it.
    check(
        "Headline\n\nThey met in Chicago last week.",
        &[("Chicago", Place, 1)],
    );
    check(
        "Results\n\nChicago 5 Atlanta 3\n\nDetroit 2 Boston 1",
        &[
            ("Atlanta", Organization, 1),
            ("Boston", Organization, 1),
            ("Chicago", Organization, 1),
            ("Detroit", Organization, 1),
        ],
    );
    // A name no list knows whose mentions mostly read as a team's is a team.
    check(
        "Results\n\nHove: Zorbia 363, Quellshire 197-8\n\nBristol: Zorbia 183, Quellshire 190.\n\nQuellshire beat Zorbia.",
        &[
            ("Bristol", Place, 1),
            ("Quellshire", Organization, 3),
            ("Zorbia", Organization, 3),
        ],
    );
    // Read as a team's once and as nothing else, a name no list knows and
    // the corpus never writes in lower case is a team; not a month.
    check(
        "Results\n\nHove: Quellshire 197-8, Zorbia 363\n\nQuellshire captain Tom Harker made 80 as Quellshire closed on Sept 5.",
        &[
            ("Quellshire", Organization, 3),
            ("Tom Harker", Person, 1),
            ("Zorbia", Organization, 1),
        ],
    );
    // A name of two words whose mentions mostly read as a team's is a team's,
    // not a person's.
    check(
        "Results\n\nQuarnley Orient 2 Vexhill 1\n\nQuarnley Orient beat Torbridge.",
        &[
            ("Quarnley Orient", Organization, 2),
            ("Torbridge", Organization, 1),
            ("Vexhill", Organization, 1),
        ],
    );
    // Names listed one a line open their sentences and keep their first word.
    check(
        "Results\n\n1. Sadia Torvenko (Kenya) 12.71\n\n2. Quenby Arlott (Canada) 12.74",
        &[
            ("Canada", Place, 1),
            ("Kenya", Place, 1),
            ("Quenby Arlott", Person, 1),
            ("Sadia Torvenko", Person, 1),
        ],
    );
    // A name read as a cricketer's in scorecards is a person's, not a team's.
    check(
        "Results\n\nBowling: Trevithick 9-1-36-2, Polgrane 7-0-41-1\n\nAdams c Polgrane b Trevithick 44",
        &[("Polgrane", Person, 2), ("Trevithick", Person, 2)],
    );
    // What the writer says a name is beats the verbs around it.
    check(
        "Headline\n\nThe Telvana news agency said the talks failed. Later Telvana said more, and then Telvana said so.",
        &[("Telvana", Organization, 3)],
    );
    // A company's short name is the company, where it is named whole.
    check(
        "Headline\n\nShares in Quorvex rose after Quorvex SpA reported a profit.",
        &[("Quorvex SpA", Organization, 2)],
    );
    // Written with dots, an acronym is a body's name, a country's aside.
    check(
        "Headline\n\nThe U.N. sanctions stay, U.S. officials said.",
        &[("U.N.", Organization, 1), ("U.S.", Place, 1)],
    );
    // Ordinary words of the corpus make a name no person's.
    check(
        "Headline\n\nThe night was long. Fans of Night Wolves gathered.",
        &[("Night Wolves", Organization, 1)],
    );
}

/// A name that is an article's outlet is that organisation, whatever its
/// context says ("told Reuters" tells nothing; "Reuters said" would say a
/// person).
#[test]
fn an_outlet_named_in_the_text_is_an_organisation() {
    let files = vec![SourceFile::new(
        "0.txt",
        "---\noutlet: Wirecast\n---\nHeadline\n\n\"We are ready,\" the mayor told Wirecast. Wirecast said more.\n".to_string(),
    )];
    let index = pipeline::build(&files, None).expect("builds").0;
    let found: Vec<(&str, EntityKind, usize)> = index
        .entities
        .iter()
        .map(|e| (e.name.as_str(), e.kind, e.mentions.len()))
        .collect();
    assert_eq!(found, [("Wirecast", EntityKind::Organization, 2)]);
}

/// A lone surname joins the one person of that name in its own article;
/// where two share it, or none is named, it joins nobody.
#[test]
fn a_surname_joins_its_person_article_by_article() {
    let article =
        |name: &str, text: &str| SourceFile::new(name, format!("---\n---\nHeadline\n\n{text}\n"));
    let files = vec![
        article("a.txt", "The senator Bob Marlow spoke. Later Marlow left."),
        article("b.txt", "Voters liked what Marlow said."),
        article(
            "c.txt",
            "Both Ann Tesker and Joe Tesker ran; in the end Tesker won.",
        ),
    ];
    let index = pipeline::build(&files, None).expect("builds").0;
    let mentions = |name: &str| {
        index
            .entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.mentions.iter().map(|m| m.doc).collect::<Vec<_>>())
    };
    assert_eq!(mentions("Bob Marlow"), Some(vec![0, 0]));
    assert_eq!(mentions("Ann Tesker"), Some(vec![2]));
    assert_eq!(mentions("Joe Tesker"), Some(vec![2]));
}
