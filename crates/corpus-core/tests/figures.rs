//! Pictures to keep: the timeline, trends and matrix figures of the seed
//! articles, drawn from the same data as the app's views.

mod common;

use common::seed;
use corpus_core::figure::palette::{self, Rgb};
use corpus_core::figure::timeline::TimelineView;
use corpus_core::figure::trends::TrendTerm;
use corpus_core::figure::{self, caption, Caption, Figure, Item};
use corpus_core::i18n::Texts;
use corpus_core::search::cooccurrence::{counts, Cooccurrence, MATRIX_SIZE};
use corpus_core::search::query::{parse, Options};
use corpus_core::search::trends::{trends, Measure, Period};
use corpus_core::search::{run, EntityFilter, Results};
use corpus_core::time::calendar::days_from_civil;
use corpus_core::timeline::lanes::Extent;
use corpus_core::Index;
use std::sync::LazyLock;

const TODAY: (i64, u8, u8) = (2026, 11, 30);

/// The interface's English words.
static EN: LazyLock<Texts> = LazyLock::new(Texts::default);

fn today() -> i64 {
    days_from_civil(TODAY.0, TODAY.1, TODAY.2)
}

fn search(index: &Index, q: &str) -> Results {
    run(index, &parse(q, Options::default()).query, &[])
}

fn caption(index: &Index, what: &str, q: &str, shown: usize) -> Caption {
    Caption::new(
        what,
        index,
        &caption::view_parts(index, q, &[], None, &EN),
        shown,
        today(),
        &EN,
    )
}

/// The texts of a figure.
fn texts(f: &Figure) -> Vec<&str> {
    f.items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The dots and rectangles of a figure filled with `fill`.
fn filled(f: &Figure, colour: Rgb) -> usize {
    f.items
        .iter()
        .filter(
            |i| matches!(i, Item::Circle { fill, .. } | Item::Rect { fill, .. } if *fill == colour),
        )
        .count()
}

/// Every shape inside the figure, and the SVG balanced and escaped.
fn check_drawn(f: &Figure) {
    for item in &f.items {
        let inside = |(x, y): (i32, i32)| (0..=f.width).contains(&x) && (0..=f.height).contains(&y);
        let at = match item {
            Item::Rect { x, y, w, h, .. } => inside((*x, *y)) && inside((x + w, y + h)),
            Item::Circle { cx, cy, .. } => inside((*cx, *cy)),
            Item::Line { from, to, .. } => inside(*from) && inside(*to),
            Item::Polyline { points, .. } => points.iter().all(|p| inside(*p)),
            Item::Text { x, y, .. } => inside((*x, *y)),
        };
        assert!(at, "{item:?} outside {}×{}", f.width, f.height);
    }
    let svg = f.to_svg();
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    assert_eq!(svg.matches("<text").count(), texts(f).len());
    assert!(!svg.contains("& "), "unescaped ampersand");
}

#[test]
fn captions_say_the_corpus_the_view_and_the_day() {
    let index = seed();
    let nato = index
        .entities
        .iter()
        .position(|e| e.name == "NATO")
        .expect("NATO");
    let chips = [EntityFilter {
        entity: nato,
        exclude: true,
    }];
    let range = Some((days_from_civil(2023, 5, 1), days_from_civil(2023, 5, 31)));
    let parts = caption::view_parts(&index, "  kurti NEAR/5 troop* ", &chips, range, &EN);
    assert_eq!(
        parts,
        [
            "Search: kurti NEAR/5 troop*",
            "without NATO",
            "dates 1 May 2023 – 31 May 2023"
        ]
    );
    let c = Caption::new("Timeline", &index, &parts, 2, today(), &EN);
    assert_eq!(c.title, format!("Timeline · {}", index.info.title));
    assert_eq!(
        c.view,
        "Search: kurti NEAR/5 troop* · without NATO · dates 1 May 2023 – 31 May 2023"
    );
    assert_eq!(c.note, "2 of 5 articles shown · saved 30 November 2026");
    assert_eq!(
        Caption::new("Trends", &index, &[], 5, today(), &EN).view,
        "All articles, no search"
    );
}

#[test]
fn the_timeline_draws_each_publication_and_fades_those_outside_the_view() {
    let index = seed();
    let extent = Extent::of(&index);
    let check = |q: &str, shown: usize, faded: usize| {
        let results = search(&index, q);
        assert_eq!(results.docs.len(), shown, "{q}");
        let view = TimelineView {
            index: &index,
            results: &results,
            scale: extent.home,
            range: None,
        };
        let f = figure::timeline::timeline(&view, &caption(&index, "Timeline", q, shown), &EN);
        check_drawn(&f);
        let faded_colour = palette::mix(palette::ACCENT, 30, palette::WHITE);
        assert_eq!(
            filled(&f, palette::ACCENT) - 1,
            shown,
            "{q}: the legend's key and the shown"
        );
        assert_eq!(filled(&f, faded_colour) - 1, faded, "{q}");
        assert!(filled(&f, palette::EVENT) > 1, "{q}: dates mentioned");
        let t = texts(&f);
        assert!(
            t.contains(&"Published") && t.iter().any(|t| t.contains("2023")),
            "{t:?}"
        );
        assert!(t.contains(&format!("Search: {q}").as_str()) || q.is_empty());
    };
    check("", 5, 0);
    check("barricades", 3, 2);
}

#[test]
fn the_trends_chart_draws_a_line_per_term_in_its_colour() {
    let index = seed();
    let q = "kfor OR kurti";
    let results = search(&index, q);
    let data = trends(&index, &results, 2, Period::Document);
    let terms = [
        TrendTerm {
            raw: "kfor",
            colour: 0,
        },
        TrendTerm {
            raw: "kurti",
            colour: 1,
        },
    ];
    for measure in [Measure::Per10k, Measure::Matches] {
        let c = caption(&index, "Trends", q, results.docs.len());
        let f = figure::trends::trends(&data, &terms, (Period::Document, measure), &c, &EN);
        check_drawn(&f);
        let lines: Vec<&Item> = f
            .items
            .iter()
            .filter(|i| matches!(i, Item::Polyline { .. }))
            .collect();
        assert_eq!(lines.len(), 2);
        for (t, line) in lines.iter().enumerate() {
            let Item::Polyline { points, stroke, .. } = line else {
                unreachable!()
            };
            assert_eq!(*stroke, palette::term_line(t as u16));
            assert_eq!(points.len(), data.line(t, measure).len());
        }
        let t = texts(&f);
        let kfor: u32 = data.counts[0].iter().sum();
        assert!(
            t.contains(&format!("kfor — {kfor} matches").as_str()),
            "{t:?}"
        );
        assert!(t.contains(&EN.get(measure.unit())), "{t:?}");
    }
}

#[test]
fn the_matrix_draws_every_pair_with_the_sentences_it_shares() {
    let index = seed();
    let all = |_: u32| true;
    let names = counts(&index, all).matrix_names(&index, MATRIX_SIZE);
    let co = Cooccurrence::build(&index, all);
    let c = caption(&index, "Connections", "", 5);
    let f = figure::matrix::matrix(&index, &names, &co, &c, &EN);
    check_drawn(&f);
    let cells = f
        .items
        .iter()
        .filter(|i| matches!(i, Item::Rect { stroke: Some(s), .. } if *s == palette::LINE))
        .count();
    assert_eq!(cells, names.len() * names.len());
    let numbers: u32 = texts(&f).iter().filter_map(|t| t.parse::<u32>().ok()).sum();
    let expected: u32 = names
        .iter()
        .flat_map(|&a| names.iter().map(move |&b| (a, b)))
        .filter(|(a, b)| a != b)
        .map(|(a, b)| co.get(a, b))
        .sum();
    assert_eq!(numbers, expected);
    let t = texts(&f);
    assert_eq!(
        t.iter().filter(|t| **t == "NATO").count(),
        2,
        "a row and a column"
    );
}

#[test]
fn the_figures_colours_are_the_style_sheets() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/style.css"))
        .expect("the app's style sheet");
    // The light theme: the rules before the first `@media`, and the terms'.
    let light = &css[..css.find("@media").unwrap_or(css.len())];
    let check = |rule: &str, colour: Rgb| {
        let sheet = if rule.starts_with(".t") {
            &css[..]
        } else {
            light
        };
        assert!(
            sheet.contains(&format!("{rule}{colour}")),
            "{rule}{colour} in www/style.css"
        );
    };
    check("--ink: ", palette::INK);
    check("--muted: ", palette::MUTED);
    check("--line: ", palette::LINE);
    check("--accent: ", palette::ACCENT);
    check("--event: ", palette::EVENT);
    for (kind, name) in [
        (corpus_core::model::kinds::EntityKind::Person, "person"),
        (
            corpus_core::model::kinds::EntityKind::Organization,
            "organization",
        ),
        (corpus_core::model::kinds::EntityKind::Place, "place"),
        (corpus_core::model::kinds::EntityKind::Other, "other"),
    ] {
        check(&format!("--{name}: "), palette::kind(kind));
    }
    for (i, colour) in palette::TERMS.iter().enumerate() {
        check(&format!(".t{i} {{ --term: "), *colour);
    }
}

#[test]
fn pictures_of_articles_without_dates_or_names_are_still_drawn() {
    // No date anywhere, one article with a long title-like line, markup in the text.
    let index = common::made_up(&[
        (
            "",
            "",
            "A <b>bold</b> & plain text, with no date and no name at all.",
        ),
        ("", "", "Another one."),
    ]);
    let results = search(&index, "");
    let extent = Extent::of(&index);
    let c = caption(&index, "Timeline", "", 2);
    let view = TimelineView {
        index: &index,
        results: &results,
        scale: extent.home,
        range: None,
    };
    let f = figure::timeline::timeline(&view, &c, &EN);
    check_drawn(&f);
    assert_eq!(filled(&f, palette::ACCENT), 1, "the legend's key only");
    let data = trends(&index, &search(&index, "text"), 1, Period::Month);
    let terms = [TrendTerm {
        raw: "text",
        colour: 0,
    }];
    let f = figure::trends::trends(&data, &terms, (Period::Month, Measure::Matches), &c, &EN);
    check_drawn(&f);
    assert!(texts(&f).contains(&"No dated article among those shown."));
    // A caption far wider than the picture wraps, and a huge query is cut.
    let long = "kosovo ".repeat(200);
    let c = caption(&index, "Trends", &long, 2);
    let f = figure::trends::trends(&data, &terms, (Period::Month, Measure::Matches), &c, &EN);
    check_drawn(&f);
    let lines: Vec<&str> = texts(&f)
        .into_iter()
        .filter(|t| t.starts_with("kosovo") || t.starts_with("Search: kosovo"))
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[2].ends_with('…'), "{lines:?}");
}
