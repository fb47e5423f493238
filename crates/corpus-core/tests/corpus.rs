//! Ingestion of the real corpus in `corpus/`, end to end.

use corpus_core::ingest::clean::Reason;
use corpus_core::ingest::pipeline;
use corpus_core::model::index::{DateBasis, Index, IndexError, FORMAT_VERSION};
use corpus_core::model::remark::Remark;
use corpus_core::search::{self, query};

mod common;

use common::{doc, file};

fn build() -> Index {
    common::seed()
}

#[test]
fn every_article_is_ingested_with_its_front_matter() {
    let index = build();
    assert_eq!(index.documents.len(), 5);
    // (file prefix, outlet, published, basis, title derived)
    let cases = [
        ("000", None, Some("2022-08"), DateBasis::Inferred, false),
        (
            "001",
            Some("DW"),
            Some("2023-01-01"),
            DateBasis::Inferred,
            false,
        ),
        (
            "002",
            Some("DW"),
            Some("2022-08-17"),
            DateBasis::Stated,
            false,
        ),
        ("003", None, Some("2022-08-17"), DateBasis::Inferred, false),
        ("004", None, Some("2023-01-02"), DateBasis::Stated, true),
    ];
    for (id, outlet, published, basis, derived) in cases {
        let d = doc(&index, id);
        assert_eq!(d.outlet.as_deref(), outlet, "{id}");
        assert_eq!(
            d.published.map(|p| p.to_string()).as_deref(),
            published,
            "{id}"
        );
        assert_eq!(d.published_basis, basis, "{id}");
        assert_eq!(d.title_derived, derived, "{id}");
        assert!(
            basis != DateBasis::Inferred || d.date_note.is_some(),
            "{id}: inferred dates say why"
        );
        // The source path is the file's inside the corpus folder.
        assert_eq!(d.source, format!("{}.txt", d.id), "{id}");
    }
}

#[test]
fn cleaning_removes_page_furniture() {
    let index = build();
    let junk = [
        "Skip to",
        "Live TV",
        "Latest audio",
        "In focus",
        "Pope Benedict",
        "Coronavirus",
        "PoliticsKosovo",
        "subscribe now",
        "Image:",
        "minutes ago",
        "https://p.dw.com",
        "tj/dj",
        "sdi/dj",
        "Related topics",
        "More stories",
        "Ghana warns",
        "Good Riddance",
        "Go to homepage",
        "date 2023-01-02",
        "How dangerous is the situation",
        "Vehicle with 'KFOR'",
        "Jens Soltenberg and Serbian President",
    ];
    for d in &index.documents {
        for j in junk {
            assert!(!d.text.contains(j), "{}: {j:?} survived cleaning", d.id);
        }
    }
    // The repeated headline of 003 stays once; its teaser lede is gone.
    let d = doc(&index, "003");
    assert_eq!(
        d.text
            .matches("struggles between Serbia and Kosovo - NATO is ready")
            .count(),
        1
    );
    assert_eq!(d.text.matches("With active mediation by the EU").count(), 1);
}

#[test]
fn the_last_paragraph_and_the_captions_survive() {
    let index = build();
    let last = [
        ("000", "“I am ready to shake hands with Vučić."),
        (
            "001",
            "On Wednesday, the man's custody was downgraded to house arrest by a Pristina court.",
        ),
        (
            "002",
            "Earlier this month, Kosovo authorities closed two border crossings into Serbia.",
        ),
        (
            "003",
            "Stoltenberg called on all sides to exercise restraint.",
        ),
        (
            "004",
            "the occupying force in the region that is politically supported by Kosovo.",
        ),
    ];
    for (id, closing) in last {
        let d = doc(&index, id);
        let p = d.paragraphs.last().unwrap().span.slice(&d.text);
        assert!(p.contains(closing), "{id}: last paragraph is {p:?}");
    }
    let captions = [
        ("001", "The KFOR mission has been in Kosovo since 1999"),
        (
            "002",
            "Stoltenberg spoke at a press conference alongside Serbian President Aleksandar Vucic",
        ),
        (
            "002",
            "Vucic will meet with Kosovo Prime Minister Albin Kurti",
        ),
    ];
    for (id, caption) in captions {
        let d = doc(&index, id);
        let found = d.paragraphs.iter().any(|p| {
            p.kind == corpus_core::model::kinds::ParaKind::Caption
                && p.span.slice(&d.text) == caption
        });
        assert!(found, "{id}: caption {caption:?}");
    }
}

#[test]
fn curated_entities_merge_spellings() {
    let index = build();
    let vucic = index
        .entities
        .iter()
        .find(|e| e.id == "aleksandar-vucic")
        .unwrap();
    assert!(vucic.variants.iter().any(|v| v == "Vučić"));
    assert!(vucic.variants.iter().any(|v| v == "Vucic"));
    assert_eq!(vucic.doc_count(), 5);
    let us = index
        .entities
        .iter()
        .find(|e| e.id == "united-states")
        .unwrap();
    assert!(
        us.variants.iter().all(|v| v == "US"),
        "not the pronoun 'us': {:?}",
        us.variants
    );
    for e in &index.entities {
        for m in &e.mentions {
            assert!(m.span.is_valid_for(&index.documents[m.doc as usize].text));
        }
    }
}

#[test]
fn the_index_round_trips_and_rejects_damage() {
    let index = build();
    let bytes = index.encode();
    // Written into memory of its length, not more (an archive's is 0.6 GB).
    assert_eq!(bytes.capacity(), bytes.len());
    assert_eq!(Index::decode(&bytes).unwrap(), index);
    assert!(matches!(
        Index::decode(&bytes[..bytes.len() / 2]),
        Err(IndexError::Decode(_))
    ));
    assert!(matches!(Index::decode(&[]), Err(IndexError::Decode(_))));
    let mut other = postcard::to_allocvec(&(FORMAT_VERSION + 1)).unwrap();
    other.extend_from_slice(&bytes[1..]);
    assert_eq!(
        Index::decode(&other),
        Err(IndexError::Version {
            found: FORMAT_VERSION + 1
        })
    );
}

#[test]
fn search_hits_land_on_the_original_non_ascii_characters() {
    let index = build();
    let cases = [
        ("vucic", "vucic"),
        ("lajcak", "lajcak"),
        ("kosovo’s", "kosovo's"),
        ("\"prime minister\"", "prime minister"),
    ];
    for (q, folded) in cases {
        let parsed = query::parse(q, query::Options::default());
        let results = search::run(&index, &parsed.query, &[]);
        assert!(results.total_hits() > 0, "{q} finds something");
        for r in &results.docs {
            let text = &index.documents[r.doc as usize].text;
            for h in &r.hits {
                assert!(h.span.is_valid_for(text));
                assert_eq!(
                    corpus_core::text::fold::fold_str(h.span.slice(text)),
                    folded,
                    "{q}"
                );
            }
        }
    }
}

#[test]
fn the_export_has_the_documented_shape() {
    let index = build();
    let json = serde_json::to_value(corpus_core::ingest::export::export(&index)).unwrap();
    assert_eq!(json["format"], 1);
    let d = &json["documents"][0];
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    let mut want = vec![
        "id",
        "title",
        "outlet",
        "url",
        "published",
        "published_basis",
        "language",
        "text",
        "source",
    ];
    want.sort();
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, want);
    // Known only to the month: no day-precise date is claimed.
    assert_eq!(d["published"], serde_json::Value::Null);
    assert_eq!(d["published_basis"], "inferred");
}

#[test]
fn bad_articles_get_errors_naming_file_and_line() {
    let cases: &[(&str, &str)] = &[
        (
            "---\ntitle: A\ndate: 2022-13-01\ndate_basis: stated\n---\nBody.\n",
            "a.txt:3: “date” must be",
        ),
        (
            "---\ndate_basis: stated\n---\nBody.\n",
            "a.txt:2: “date_basis” without a “date”",
        ),
        (
            "---\ndate: 2022-08\ndate_basis: inferred\n---\nBody.\n",
            "a.txt:3: an inferred date needs a “date_note”",
        ),
        (
            "---\n---\nSkip to content\nLive TV\n",
            "a.txt:3: nothing is left of the article",
        ),
        (
            "---\nlanguage: Serbian\n---\nBody.\n",
            "a.txt:2: “language” must be a language tag",
        ),
        (
            "---\ndrop: Not in the text\n---\nBody.\n",
            "a.txt:2: “Not in the text” matches no line",
        ),
        (
            "---\ndate: 2022-08-18\ndate_basis: stated\n---\nH\nAugust 17, 2022\nBody.\n",
            "a.txt:2: “date: 2022-08-18” contradicts",
        ),
    ];
    for (content, want) in cases {
        let errs = pipeline::build(&[file("a.txt", content)], None).unwrap_err();
        let all: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert!(
            all.iter().any(|e| e.starts_with(want)),
            "{want:?} not in {all:?}"
        );
    }
    // Every file's problems are reported, not only the first file's.
    let errs = pipeline::build(
        &[
            file("a.txt", "---\ndate: soon\n---\nBody.\n"),
            file("b.txt", "---\nfoo: 1\n---\n"),
        ],
        Some(&file("entities.list", "planet: Mars\n")),
    )
    .unwrap_err();
    let files: Vec<&str> = errs.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(files, vec!["a.txt", "b.txt", "entities.list"]);
}

#[test]
fn front_matter_as_other_tools_write_it() {
    // `date:` alone is the date the page states; keys the explorer does not use
    // are reported and left alone, never a reason to refuse the article.
    let (index, report) = pipeline::build(
        &[file(
            "a.txt",
            "---\ntitle: Talks resume\ndate: 2022-08-17\nauthor: A. Writer\ntags: kosovo\n---\nTalks resumed on Friday.\n",
        )],
        None,
    )
    .expect("builds");
    let d = &index.documents[0];
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2022-08-17")
    );
    assert_eq!(d.published_basis, DateBasis::Stated);
    assert_eq!(d.byline.as_deref(), Some("A. Writer"));
    // A URL's scheme ignores case; a path is not a web address (a note).
    let (urls, url_report) = pipeline::build(
        &[
            file("a.txt", "---\nurl: HTTPS://EXAMPLE.COM/A\n---\nBody.\n"),
            file("b.txt", "---\nurl: /news/b/\n---\nOther.\n"),
        ],
        None,
    )
    .expect("builds");
    assert_eq!(
        urls.documents[0].url.as_deref(),
        Some("HTTPS://EXAMPLE.COM/A")
    );
    assert_eq!(urls.documents[1].url, None);
    assert!(matches!(
        url_report.files[1].notes[0],
        Remark::NotAWebAddress(..)
    ));
    let notes = &report.files[0].notes;
    assert!(
        notes.contains(&Remark::NotUsed(5, "tags".into())),
        "{notes:?}"
    );
}

#[test]
fn a_plain_text_file_needs_no_front_matter() {
    // The first line is the title; a date line in the text gives the date.
    let (index, _) = pipeline::build(
        &[file(
            "plain.txt",
            "Kosovo and Serbia agree on licence plates\n\n24 November 2022\n\nBoth sides agreed.\n\nThe deal ends weeks of tension.\n",
        )],
        None,
    )
    .expect("builds");
    let d = &index.documents[0];
    assert_eq!(d.title, "Kosovo and Serbia agree on licence plates");
    assert!(!d.title_derived);
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2022-11-24")
    );
    assert!(d.text.contains("Both sides agreed."), "{}", d.text);
    assert!(
        d.text.contains("The deal ends weeks of tension."),
        "{}",
        d.text
    );
}

#[test]
fn a_rule_removing_much_by_shape_alone_is_warned_about() {
    let para = "The long paragraph of the article says many things about the talks.";
    let (_, report) = pipeline::build(
        &[
            file("a.txt", &format!("Talks\n\n{para}\n\n{para}\n")),
            file("b.txt", &format!("Other talks\n\n{para} And more.\n")),
        ],
        None,
    )
    .expect("builds");
    assert_eq!(
        report.files[0].warnings,
        [Remark::RemovedByShape(48, Reason::Duplicate, 12, 25)]
    );
    assert!(report.files[1].warnings.is_empty());
    let last = report.to_string().lines().last().unwrap().to_string();
    assert_eq!(Some(last), report.cleaning_warning());
    assert!(report.cleaning_warning().unwrap().ends_with(": a.txt"));
}

#[test]
fn bidirectional_controls_are_removed_and_noted() {
    let (index, report) = pipeline::build(
        &[file(
            "a.txt",
            "---\ntitle: Talks \u{202E}resume\noutlet: Out\u{202E}let\n---\nTalks \u{202E}resume\n\nThe \u{2067}talks\u{2069} resumed, \u{200F}said one.\n",
        )],
        None,
    )
    .expect("builds");
    let d = &index.documents[0];
    assert_eq!(d.title, "Talks resume");
    assert_eq!(d.outlet.as_deref(), Some("Outlet"));
    // The right-to-left mark stays: it reverses nothing.
    assert!(d.text.ends_with("The talks resumed, \u{200F}said one."));
    assert_eq!(report.files[0].notes[0], Remark::BidiRemoved(5));
}

#[test]
fn the_seeds_are_in_english_and_offer_no_language_facet() {
    let index = build();
    assert!(index.documents.iter().all(|d| d.language == "en"));
    let all = search::run(
        &index,
        &query::parse("", query::Options::default()).query,
        &[],
    );
    assert!(search::language_counts(&index, &all).is_empty());
}

#[test]
fn an_article_states_its_language_else_the_corpus_does_else_its_text_tells() {
    let files = [
        file("a.md", "---\nlang: sq\n---\nNATO said the barricades in the north of the country were removed on Thursday and that the roads are open.\n"),
        file("b.md", "NATO said the barricades in the north of the country were removed on Thursday and that the roads are open.\n"),
        file("c.md", "Predsednik Vučić je rekao da će se barikade na severu Kosova ukloniti tokom nedelje i da su putevi otvoreni.\n"),
    ];
    let (built, report) = pipeline::build(&files, None).unwrap();
    let languages = |index: &Index| -> Vec<String> {
        index.documents.iter().map(|d| d.language.clone()).collect()
    };
    assert_eq!(languages(&built), ["sq", "en", "sr-Latn"]);
    // The corpus states none: its language is its articles' most common.
    let mut index = built.clone();
    index.info.language = String::new();
    pipeline::settle_languages(&mut index, &report.files);
    assert_eq!(index.info.language, "sq");
    // corpus.toml's language is every article's that states none.
    let mut index = built;
    index.info.language = "en".into();
    pipeline::settle_languages(&mut index, &report.files);
    assert_eq!(languages(&index), ["sq", "en", "en"]);
}
