//! Articles as people have them (`tests/corpora/`): hard-wrapped wire copy, one
//! sentence per line, another encoding. For each, every sentence of the article
//! is in the built text, and only furniture is gone.

use corpus_core::ingest::pipeline::{self, Report};
use corpus_core::model::index::Document;
use corpus_core::model::kinds::ParaKind;
use corpus_core::model::remark::Remark;
use corpus_core::Index;
use std::path::Path;
use std::sync::OnceLock;

fn corpora() -> &'static (Index, Report) {
    static BUILT: OnceLock<(Index, Report)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora");
        pipeline::build_dir(&dir, "corpora").unwrap_or_else(|e| panic!("{e:?}"))
    })
}

fn doc(id: &str) -> &'static Document {
    corpora()
        .0
        .documents
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no document {id}"))
}

fn paragraph_texts(d: &Document) -> Vec<(ParaKind, &str)> {
    d.paragraphs
        .iter()
        .map(|p| (p.kind, p.span.slice(&d.text)))
        .collect()
}

/// `text` with every run of white space made one space.
fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn hard_wrapped_lines_are_joined_and_nothing_is_lost() {
    let d = doc("wrapped");
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora/wrapped.txt"),
    )
    .unwrap();
    // Every word of the file, in order, is in the text.
    assert_eq!(collapsed(&d.text), collapsed(&source));
    let paragraphs = paragraph_texts(d);
    assert_eq!(
        paragraphs[1],
        (
            ParaKind::Lede,
            "ROTTERDAM, March 4 - Dock workers at the port of Rotterdam ended a nine-day strike on Tuesday after the port operators' association raised its pay offer to 4.5 percent over two years, union officials said."
        )
    );
    assert!(paragraphs.contains(&(ParaKind::Body, "\"This is not everything we asked for, but it is a fair result,\" said Jan de Vries, a spokesman for the FNV union. He said members had voted 62 percent in favour of the offer in a ballot that closed on Monday night.")));
    // The table keeps a row per paragraph.
    assert!(paragraphs
        .iter()
        .any(|(_, t)| *t == "Containers handled 41,200"));
    assert_eq!(
        d.title,
        "HARBOUR STRIKE ENDS AFTER PORT OPERATORS RAISE PAY OFFER"
    );
}

#[test]
fn one_sentence_per_line_keeps_every_line_and_its_dateline_and_byline() {
    let d = doc("one-per-line");
    assert_eq!(d.byline.as_deref(), Some("Anna Keller"));
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("1996-08-23")
    );
    let paragraphs = paragraph_texts(d);
    assert_eq!(paragraphs[1], (ParaKind::Dateline, "BRUSSELS 1996-08-23"));
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora/one-per-line.txt"),
    )
    .unwrap();
    let body = source.split("---\n").nth(2).unwrap();
    for line in body.lines().filter(|l| *l != "By Anna Keller") {
        assert!(
            paragraphs.iter().any(|(_, t)| *t == line),
            "{line:?} is missing"
        );
    }
    // The table's label repeated at the end is text, not a repeated block.
    assert_eq!(paragraphs.last().unwrap().1, "Men's 5,000 metres");
}

#[test]
fn a_windows_1252_file_is_read_with_a_warning() {
    let d = doc("windows-1252");
    assert!(d
        .text
        .contains("“We will meet again,” said François Lefèvre, the French mediator, who had offered €20 million in aid."));
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2022-05-12")
    );
    let report = corpora()
        .1
        .files
        .iter()
        .find(|f| f.path.ends_with("windows-1252.txt"))
        .unwrap();
    assert!(
        report.notes.iter().any(|n| matches!(n, Remark::NotUtf8(_))),
        "{:?}",
        report.notes
    );
}

#[test]
fn markdown_with_hugo_front_matter_keeps_the_text_and_leaves_the_markup() {
    let d = doc("hugo-post");
    assert_eq!(d.title, "Port strike ends after nine days");
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2023-03-04")
    );
    assert_eq!(d.byline.as_deref(), Some("Jan de Vries, Anna Keller"));
    assert_eq!(
        d.url.as_deref(),
        Some("https://example.org/news/port-strike-ends")
    );
    let paragraphs = paragraph_texts(d);
    assert_eq!(
        paragraphs,
        [
            (ParaKind::Headline, "Port strike ends after nine days"),
            (ParaKind::Lede, "Dock workers at the port of Rotterdam ended a nine-day strike on Saturday after the operators raised their pay offer to 4.5 percent, union officials said."),
            (ParaKind::Subheading, "What the deal says"),
            (ParaKind::Body, "• a raise of 4.5 percent over two years"),
            (ParaKind::Body, "• a one-off payment for the strike days"),
            (ParaKind::Body, "\"This is a fair result,\" said a spokesman for the FNV union."),
            (ParaKind::Body, "Shipping agents said it would take at least a week to clear the backlog."),
        ]
    );
    let report = corpora()
        .1
        .files
        .iter()
        .find(|f| f.path.ends_with("hugo-post.md"))
        .unwrap();
    let removed: Vec<(usize, &str)> = report
        .removed
        .iter()
        .map(|r| (r.line, r.text.split(':').next().unwrap()))
        .collect();
    assert_eq!(removed, [(17, "image"), (19, "shortcode"), (28, "HTML")]);
    assert!(
        report
            .notes
            .iter()
            .any(|n| *n == Remark::NotUsed(4, "draft".into())),
        "{:?}",
        report.notes
    );
}

#[test]
fn markdown_with_toml_front_matter() {
    let d = doc("toml-front");
    assert_eq!(d.title, "Rain delays the harvest");
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2023-09-12")
    );
    assert_eq!(d.byline.as_deref(), Some("Maria Lind"));
    assert_eq!(paragraph_texts(d).len(), 2);
}

#[test]
fn a_saved_page_keeps_its_article_and_loses_navigation_and_comments() {
    let d = doc("saved-page");
    assert_eq!(d.title, "Bridge reopens after two years of repairs");
    assert_eq!(d.outlet.as_deref(), Some("The Valley Herald"));
    assert_eq!(d.byline.as_deref(), Some("Tomas Novak"));
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2023-06-02")
    );
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora/saved-page.html"),
    )
    .unwrap();
    // Every paragraph of the article, whole.
    let article = &source[source.find("<article").unwrap()..source.find("</article>").unwrap()];
    for p in article.split("<p>").skip(1) {
        let text = p.split("</p>").next().unwrap();
        assert!(
            d.text.contains(text),
            "{text:?} is missing from {:?}",
            d.text
        );
    }
    assert!(d.text.contains("Traffic limits stay"));
    for furniture in [
        "Subscribe now",
        "Related stories",
        "Council approves",
        "Finally!",
        "waste of money",
        "All rights reserved",
        "Sport",
    ] {
        assert!(
            !d.text.contains(furniture),
            "{furniture:?} is still in {:?}",
            d.text
        );
    }
}
