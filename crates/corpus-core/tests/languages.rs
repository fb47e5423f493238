//! The story's own languages: a small corpus of our own making
//! (`tests/corpora/languages/`: the same news in Serbian Cyrillic, Serbian
//! Latin, Albanian, Chinese and Arabic) and what a reader searches in it.

use corpus_core::ingest::pipeline;
use corpus_core::model::index::Index;
use corpus_core::search::{self, query};
use std::path::Path;

fn corpus() -> Index {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora/languages");
    let (index, report) = pipeline::build_dir(&dir, "languages").expect("builds");
    assert_eq!(index.documents.len(), 5, "{report:?}");
    index
}

/// The files (without `.md`) whose text a query finds, and what it marks.
fn found(index: &Index, q: &str) -> Vec<(String, String)> {
    let parsed = query::parse(q, query::Options::default());
    assert!(parsed.errors.is_empty(), "{q}: {:?}", parsed.errors);
    let mut out: Vec<(String, String)> = search::run(index, &parsed.query, &[])
        .docs
        .iter()
        .flat_map(|d| {
            let doc = &index.documents[d.doc as usize];
            let file = doc.id.trim_end_matches(".md").to_string();
            d.hits
                .iter()
                .map(move |h| (file.clone(), h.span.slice(&doc.text).to_string()))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn check(index: &Index, q: &str, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(f, s)| (f.to_string(), s.to_string()))
        .collect();
    assert_eq!(found(index, q), expected, "{q}");
}

#[test]
fn readers_queries_in_the_stories_languages() {
    let index = corpus();
    let vucic = [("sr-cyrl", "Вучић"), ("sr-latn", "Vučić")];
    check(&index, "vucic", &vucic);
    check(&index, "Вучић", &vucic);
    check(&index, "Vučić", &vucic);
    check(
        &index,
        "kosovo",
        &[("sr-cyrl", "Косово"), ("sr-latn", "Kosovo")],
    );
    check(
        &index,
        "barikade",
        &[("sr-cyrl", "барикаде"), ("sr-latn", "barikade")],
    );
    check(&index, "djordj*", &[("sr-latn", "Đorđa")]);
    // Digits of any script are one number: "2022" finds "٢٠٢٢" and the reverse.
    let year = [("ar", "٢٠٢٢"), ("sq", "2022"), ("sr-latn", "2022")];
    check(&index, "2022", &year);
    check(&index, "٢٠٢٢", &year);
    check(&index, "prishtine", &[("sq", "Prishtinë")]);
    check(&index, "路障", &[("zh", "路障")]);
    check(&index, "武契奇", &[("zh", "武契奇")]);
    check(&index, "كوسوفو", &[("ar", "كوسوفو")]);
    check(&index, "\"рекао је\"", &[("sr-cyrl", "рекао је")]);
    check(&index, "\"rekao je\"", &[("sr-cyrl", "рекао је")]);
}

/// The dates each article's text names, in its own language's forms, with the
/// values the English forms would have.
#[test]
fn dates_in_the_stories_languages() {
    let index = corpus();
    let mut found: Vec<(String, String, String)> = index
        .dates
        .iter()
        .map(|d| {
            let doc = &index.documents[d.doc as usize];
            (
                doc.id.trim_end_matches(".md").to_string(),
                d.span.slice(&doc.text).to_string(),
                d.value.clone(),
            )
        })
        .collect();
    found.sort();
    let expected = [
        // Arabic-Indic digits and the Levant's two-word month ("كانون الأول").
        ("ar", "١٠ كانون الأول ٢٠٢٢", "2022-12-10"),
        ("sq", "15 dhjetor 2022", "2022-12-15"),
        // "tha të martën" (on Tuesday) in an article of Tuesday 27 December.
        ("sq", "martën", "2022-12-27"),
        // "у среду увече" (on Wednesday evening) in an article of Thursday the 29th.
        ("sr-cyrl", "среду", "2022-12-28"),
        ("sr-latn", "10. decembra 2022. godine", "2022-12-10"),
        ("sr-latn", "2008", "2008"),
        ("zh", "12月29日", "2022-12-29"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn each_article_has_its_language_and_a_filter_finds_it() {
    let index = corpus();
    let languages: Vec<(&str, &str)> = index
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.language.as_str()))
        .collect();
    assert_eq!(
        languages,
        [
            ("ar", "ar"),
            ("sq", "sq"),
            ("sr-cyrl", "sr-Cyrl"),
            ("sr-latn", "sr-Latn"),
            ("zh", "zh")
        ]
    );
    // No language stated for the corpus: the most common one (of equals, the first).
    assert_eq!(index.info.language, "ar");
    let files = |q: &str| -> Vec<String> {
        let parsed = query::parse(q, query::Options::default());
        assert!(parsed.errors.is_empty(), "{q}: {:?}", parsed.errors);
        search::run(&index, &parsed.query, &[])
            .docs
            .iter()
            .map(|d| index.documents[d.doc as usize].id.clone())
            .collect()
    };
    assert_eq!(files("lang:sr"), ["sr-cyrl", "sr-latn"]);
    assert_eq!(files("lang:sr-Latn"), ["sr-latn"]);
    assert_eq!(files("lang:albanian lang:zh"), ["sq", "zh"]);
    assert_eq!(files("barikade lang:sr-cyrl"), ["sr-cyrl"]);
    // The facets: each language once, most documents first, then by tag.
    let all = search::run(
        &index,
        &query::parse("", query::Options::default()).query,
        &[],
    );
    let counts = search::language_counts(&index, &all);
    let tags: Vec<(&str, usize)> = counts.iter().map(|(t, n)| (t.as_str(), *n)).collect();
    assert_eq!(
        tags,
        [
            ("ar", 1),
            ("sq", 1),
            ("sr-Cyrl", 1),
            ("sr-Latn", 1),
            ("zh", 1)
        ]
    );
}

#[test]
fn names_in_serbian_and_albanian() {
    let index = corpus();
    let entity = |name: &str| {
        index
            .entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| {
                let names: Vec<&str> = index.entities.iter().map(|e| e.name.as_str()).collect();
                panic!("no entity {name}: {names:?}")
            })
    };
    use corpus_core::model::kinds::EntityKind::*;
    // The title and the genitive after it are not the name; the title is a role.
    // A surname alone elsewhere, in either script, is the same person.
    let vucic = entity("Александар Вучић");
    assert_eq!(
        (vucic.kind, vucic.roles.as_slice()),
        (Person, &["predsednik".to_string()][..])
    );
    let mut spellings = vucic.variants.clone();
    spellings.sort();
    assert_eq!(spellings, ["Vučić", "Александар Вучић", "Вучић"]);
    let kurti = entity("Albin Kurti");
    assert_eq!(kurti.kind, Person);
    assert_eq!(kurti.roles, ["kryeministri", "premijer"]);
    // "Генерални секретар НАТО-а Јенс Столтенберг".
    let stoltenberg = entity("Јенс Столтенберг");
    assert_eq!(stoltenberg.roles, ["sekretar"]);
    // Case forms and scripts: Kosovo, Kosova, Kosovës, Косово.
    let kosovo = entity("Косово");
    assert_eq!(kosovo.kind, Place);
    let mut forms = kosovo.variants.clone();
    forms.sort();
    assert_eq!(forms, ["Kosova", "Kosovo", "Kosovës", "Косова", "Косово"]);
    // An adjective opens a town's name, not a person's.
    assert_eq!(entity("Kosovskoj Mitrovici").kind, Place);
    for wrong in [
        "Председник Србије Александар Вучић",
        "Kosovës Albin Kurti",
        "НАТО",
        "Вучић",
        "Kurti",
    ] {
        assert!(index.entities.iter().all(|e| e.name != wrong), "{wrong}");
    }
}
