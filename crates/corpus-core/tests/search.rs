//! Query semantics, ranking and concordance over a small made-up corpus.

mod common;

use common::{made_up, made_up_with_list};
use corpus_core::model::index::Index;
use corpus_core::model::kinds::EntityKind;
use corpus_core::search::concordance::{self, ConcordanceSort};
use corpus_core::search::cooccurrence::{self, Cooccurrence};
use corpus_core::search::query::{self, Options};
use corpus_core::search::{self, EntityFilter, Sort};
use corpus_core::text::fold::fold_str;
use corpus_core::view::filter::Filter;

fn docs() -> Index {
    made_up(&[
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
    let mut lines = concordance::lines(&index, &results, &order, 20);
    assert_eq!(lines.len(), results.total_hits());
    let show = |lines: &[concordance::Line]| -> Vec<String> {
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
    concordance::sort(&index, &mut lines, ConcordanceSort::Left);
    let left = show(&lines);
    // Sorted by the word just before the hit: "", "and", "more", "NATO,", "patrol."…
    assert!(left[0].starts_with('['), "{left:?}");
    assert!(
        left.iter().position(|l| l.ends_with("more [KFOR]."))
            < left.iter().position(|l| l.contains("NATO, [NATO]"))
    );
    concordance::sort(&index, &mut lines, ConcordanceSort::Right);
    let right = show(&lines);
    assert!(right.last().unwrap().contains("[KFOR] troops"), "{right:?}");
    let csv = concordance::to_csv(&index, &lines);
    let mut rows = csv.split("\r\n");
    assert_eq!(rows.next(), Some("document,outlet,date,left,hit,right"));
    assert!(csv.contains(",DW,2022-08-17,"));
    assert!(csv.contains("\"KFOR, KFOR and more\",KFOR,."), "{csv}");
}

/// Three documents with a curated list: entity filters and who appears with whom.
fn with_entities() -> Index {
    made_up_with_list(
        &[
            "Kurti met Vučić in Brussels. NATO watched.",
            "Kurti asked NATO for troops. Kurti spoke again.",
            "Vucic thanked Russia. NATO and Russia argued.",
        ],
        "person: Albin Kurti | Kurti\nperson: Aleksandar Vučić | Vučić\norganization: NATO\nplace: Brussels\nplace: Russia\n",
    )
}

/// Kurti, Vučić, NATO, Brussels and Russia in [`with_entities`].
fn five_names(index: &Index) -> [usize; 5] {
    [
        "Albin Kurti",
        "Aleksandar Vučić",
        "NATO",
        "Brussels",
        "Russia",
    ]
    .map(|n| entity(index, n))
}

fn entity(index: &Index, name: &str) -> usize {
    index
        .entities
        .iter()
        .position(|e| e.name == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn entity_chips_require_or_exclude() {
    let index = with_entities();
    let check = |filters: &[(&str, bool)], expected: &[&str]| {
        let filters: Vec<EntityFilter> = filters
            .iter()
            .map(|&(name, exclude)| EntityFilter {
                entity: entity(&index, name),
                exclude,
            })
            .collect();
        let results = search::run(
            &index,
            &query::parse("", Options::default()).query,
            &filters,
        );
        let got: Vec<&str> = results
            .docs
            .iter()
            .map(|r| index.documents[r.doc as usize].id.as_str())
            .collect();
        assert_eq!(got, expected, "{filters:?}");
    };
    check(&[("Albin Kurti", false)], &["0", "1"]);
    check(
        &[("Albin Kurti", false), ("Aleksandar Vučić", false)],
        &["0"],
    );
    check(&[("Albin Kurti", true)], &["2"]);
    check(&[("NATO", false), ("Brussels", true)], &["1", "2"]);
    check(&[("Russia", false), ("Russia", true)], &[]);
    // An entity the index lacks (an old link): required matches nothing, excluded everything.
    let missing = |exclude| EntityFilter {
        entity: 99,
        exclude,
    };
    let q = query::parse("", Options::default()).query;
    assert_eq!(search::run(&index, &q, &[missing(false)]).docs.len(), 0);
    assert_eq!(search::run(&index, &q, &[missing(true)]).docs.len(), 3);
}

#[test]
fn counts_and_appearing_together_follow_the_documents_shown() {
    let index = with_entities();
    let [kurti, vucic, nato, brussels, russia] = five_names(&index);
    let all = cooccurrence::counts(&index, |_| true);
    assert_eq!((all.mentions[kurti], all.docs[kurti]), (3, 2));
    assert_eq!((all.mentions[nato], all.docs[nato]), (3, 3));
    let first_two = cooccurrence::counts(&index, |d| d < 2);
    assert_eq!((first_two.mentions[vucic], first_two.docs[vucic]), (1, 1));

    let co = Cooccurrence::build(&index, |_| true);
    // Same sentence only: "Kurti met Vučić in Brussels." and "Kurti asked NATO…".
    assert_eq!(co.get(kurti, vucic), 1);
    assert_eq!(co.get(vucic, kurti), 1);
    assert_eq!(
        co.get(kurti, nato),
        1,
        "not 'NATO watched.', a sentence of its own"
    );
    assert_eq!(co.get(kurti, kurti), 3, "sentences mentioning Kurti");
    assert_eq!(
        co.get(nato, russia),
        1,
        "Russia twice in the sentence counts once"
    );
    assert_eq!(co.appears_with(kurti), {
        let mut v = vec![(vucic, 1), (nato, 1), (brussels, 1)];
        v.sort();
        v
    });
    let mut with_russia = vec![(vucic, 1), (nato, 1)];
    with_russia.sort();
    assert_eq!(
        co.appears_with(russia),
        with_russia,
        "'Vucic thanked Russia.'"
    );
    let only_last = Cooccurrence::build(&index, |d| d == 2);
    assert_eq!(only_last.appears_with(kurti), vec![]);
    assert_eq!(only_last.get(nato, russia), 1);
    assert_eq!(co.get(99, kurti), 0);
}

#[test]
fn names_ranked_for_the_list_and_the_matrix() {
    let index = with_entities();
    let [kurti, vucic, nato, brussels, russia] = five_names(&index);
    let all = cooccurrence::counts(&index, |_| true);
    // In the most documents first (NATO: 3), then the most mentioned.
    assert_eq!(
        all.ranked(&index, EntityKind::Person, |_| false),
        [kurti, vucic]
    );
    assert_eq!(
        all.ranked(&index, EntityKind::Organization, |_| false),
        [nato]
    );
    assert_eq!(
        all.ranked(&index, EntityKind::Place, |_| false),
        [russia, brussels]
    );
    // Absent from the documents shown: out, unless its chip is in force.
    let last = cooccurrence::counts(&index, |d| d == 2);
    assert_eq!(last.ranked(&index, EntityKind::Person, |_| false), [vucic]);
    assert_eq!(
        last.ranked(&index, EntityKind::Person, |e| e == kurti),
        [vucic, kurti]
    );
    // The matrix: the most mentioned, grouped by kind.
    // Top three: Kurti and NATO (3 mentions), Vučić before Russia (2, index order).
    assert_eq!(all.matrix_names(&index, 3), [kurti, vucic, nato]);
    assert_eq!(
        all.matrix_names(&index, 30),
        [kurti, vucic, nato, russia, brussels]
    );
    let co = Cooccurrence::build(&index, |_| true);
    assert_eq!(co.most_shared(&[kurti, vucic, nato, russia, brussels]), 1);
    assert_eq!(co.most_shared(&[brussels]), 1, "never zero");
    let shades: Vec<u32> = (1..=8).map(|n| Cooccurrence::shade(n, 8)).collect();
    assert_eq!(shades, [1, 1, 2, 2, 3, 3, 4, 4]);
}

#[test]
fn hits_are_numbered_across_the_listed_documents() {
    let index = docs();
    let parsed = query::parse("kfor", Options::default());
    let results = search::run(&index, &parsed.query, &[]);
    // a has four KFOR, b one; listed b first.
    let order = [1, 0];
    let numbers = search::HitNumbers::new(&results, &order);
    assert_eq!(numbers.total(), 5);
    let located: Vec<_> = (0..6).map(|k| numbers.locate(&order, k)).collect();
    assert_eq!(
        located,
        [
            Some((1, 0)),
            Some((0, 0)),
            Some((0, 1)),
            Some((0, 2)),
            Some((0, 3)),
            None
        ]
    );
    assert_eq!(numbers.step(None, 1), Some(0));
    assert_eq!(numbers.step(None, -1), Some(4));
    assert_eq!(numbers.step(Some(4), 1), Some(0), "round the end");
    assert_eq!(numbers.step(Some(0), -1), Some(4));
    let none = search::HitNumbers::new(&search::Results::default(), &[]);
    assert_eq!(
        (none.total(), none.step(None, 1), none.locate(&[], 0)),
        (0, None, None)
    );
}

#[test]
fn outlets_of_the_documents_shown_become_filters() {
    let index = docs();
    let all = search::run(&index, &query::parse("", Options::default()).query, &[]);
    assert_eq!(
        search::outlet_counts(&index, &all),
        [("DW".to_string(), 2), ("Euronews".to_string(), 1)]
    );
    for (name, filter) in [("DW", "outlet:DW"), ("Die Welt", "outlet:\"Die Welt\"")] {
        assert_eq!(Filter::Outlet(name.into()).text(), filter);
        let parsed = query::parse(filter, Options::default());
        assert!(parsed.errors.is_empty());
        assert_eq!(parsed.query.outlets, [fold_str(name)]);
    }
}

/// The seed articles' hits of `q`: (document, the text each marks).
fn seed_marks(index: &Index, q: &str) -> Vec<(u32, String)> {
    let parsed = query::parse(q, Options::default());
    assert!(parsed.errors.is_empty(), "{q}: {:?}", parsed.errors);
    let results = search::run(index, &parsed.query, &[]);
    results
        .docs
        .iter()
        .flat_map(|d| {
            let text = &index.documents[d.doc as usize].text;
            d.hits
                .iter()
                .map(move |h| (d.doc, h.span.slice(text).to_string()))
        })
        .collect()
}

#[test]
fn a_name_finds_its_mentions_whatever_their_spelling() {
    let index = common::seed();
    let vucic = index
        .entity_named("Vučić")
        .expect("Vučić in the seed articles");
    let entity = &index.entities[vucic];
    let mut mentions: Vec<(u32, String)> = entity
        .mentions
        .iter()
        .map(|m| {
            (
                m.doc,
                m.span
                    .slice(&index.documents[m.doc as usize].text)
                    .to_string(),
            )
        })
        .collect();
    mentions.sort();
    // Typed any way: the name, a spelling, without accents, in quotes.
    for q in [
        "name:Vučić",
        "name:vucic",
        "name:\"Aleksandar Vučić\"",
        &format!("name:{}", entity.id),
    ] {
        let mut marks = seed_marks(&index, q);
        marks.sort();
        assert_eq!(marks, mentions, "{q}");
    }
    // The same documents as the name's chip keeps.
    let parsed = query::parse("name:Vučić", Options::default());
    let by_term: Vec<u32> = search::run(&index, &parsed.query, &[])
        .docs
        .iter()
        .map(|d| d.doc)
        .collect();
    let chip = search::run(
        &index,
        &query::parse("", Options::default()).query,
        &[EntityFilter::include(vucic)],
    );
    let mut by_chip: Vec<u32> = chip.docs.iter().map(|d| d.doc).collect();
    by_chip.sort();
    let mut by_term = by_term;
    by_term.sort();
    assert_eq!(by_term, by_chip);
    assert!(seed_marks(&index, "name:Nobody").is_empty());
    // Left out: the documents without the name.
    let without = query::parse("-name:Vučić", Options::default());
    let rest = search::run(&index, &without.query, &[]);
    assert_eq!(rest.docs.len(), index.documents.len() - by_chip.len());
}

#[test]
fn a_name_near_a_word_marks_the_stretch_between_them() {
    let index = common::seed();
    let marks = seed_marks(&index, "name:Vučić NEAR/5 kurti");
    assert!(!marks.is_empty());
    let spellings = &index.entities[index.entity_named("Vučić").unwrap()].variants;
    for (doc, text) in &marks {
        let folded = fold_str(text);
        assert!(folded.contains("kurti"), "{doc}: {text}");
        assert!(
            spellings.iter().any(|v| folded.contains(&fold_str(v))),
            "{doc}: {text} names Vučić"
        );
        assert!(
            text.split_whitespace().count() <= 5 + 2 + 3,
            "{doc}: {text}"
        );
    }
    // Either order, and a prefix on the other side.
    assert_eq!(seed_marks(&index, "kurti NEAR/5 name:Vučić"), marks);
    assert!(seed_marks(&index, "name:Vučić NEAR/5 kurt*").len() >= marks.len());
}

/// Serbian is written in two scripts: a word in one finds the word in the
/// other, with or without its accents, and marks the original letters;
/// Exact still means the letters typed.
#[test]
fn serbian_in_either_script_is_one_word() {
    let index = made_up(&[
        (
            "RTS",
            "2022-12-10",
            "Председник Србије Александар Вучић рекао је да Косово није на дневном реду.",
        ),
        (
            "N1",
            "2022-12-11",
            "Vučić je rekao da su barikade na Kosovu.",
        ),
        (
            "Reuters",
            "2022-12-12",
            "Serbian President Aleksandar Vucic said so.",
        ),
    ]);
    let marks = |q: &str| seed_marks(&index, q);
    let all = |s: &str| vec![(0, s.to_string()), (1, "Vučić".into()), (2, "Vucic".into())];
    assert_eq!(marks("Вучић"), all("Вучић"));
    assert_eq!(marks("vucic"), all("Вучић"));
    assert_eq!(marks("VUČIĆ"), all("Вучић"));
    assert_eq!(marks("kosovo"), vec![(0, "Косово".to_string())]);
    assert_eq!(marks("\"rekao je\""), vec![(0, "рекао је".to_string())]);
    let exact = query::parse(
        "Вучић",
        Options {
            exact: true,
            typing: false,
        },
    );
    let found: Vec<u32> = search::run(&index, &exact.query, &[])
        .docs
        .iter()
        .map(|d| d.doc)
        .collect();
    assert_eq!(found, [0]);
}

/// `đ` is written `dj` where the letter is missing and `d` by readers in a
/// hurry: all of them are one letter to search, in either script.
#[test]
fn serbian_dj_is_one_letter() {
    let index = made_up(&[
        ("RTS", "2022-12-10", "Ђорђе Балашевић је певао."),
        ("N1", "2022-12-11", "Pesme Đorđa Balaševića."),
        ("B92", "2022-12-12", "Djordje Balasevic, singer."),
        ("AP", "2022-12-13", "Dorde, also a singer; the DJ adjusted."),
    ]);
    let marks = |q: &str| seed_marks(&index, q);
    let names = |s: &str| {
        vec![
            (0, s.to_string()),
            (2, "Djordje".into()),
            (3, "Dorde".into()),
        ]
    };
    assert_eq!(marks("djordje"), names("Ђорђе"));
    assert_eq!(marks("Đorđe"), names("Ђорђе"));
    assert_eq!(marks("dorde"), names("Ђорђе"));
    assert_eq!(marks("Ђорђе"), names("Ђорђе"));
    assert_eq!(
        marks("djordj*"),
        vec![
            (0, "Ђорђе".to_string()),
            (1, "Đorđa".into()),
            (2, "Djordje".into()),
            (3, "Dorde".into()),
        ]
    );
    // English words with the two letters find themselves.
    assert_eq!(marks("adjusted"), vec![(3, "adjusted".to_string())]);
    assert_eq!(marks("dj"), vec![(3, "DJ".to_string())]);
}

/// Scripts written without spaces: a word is found inside a run of letters,
/// as a phrase of them, and marked alone; spaced scripts other than Latin
/// keep their words whole, marks and all.
#[test]
fn words_in_any_script() {
    let index = made_up(&[
        (
            "Xinhua",
            "2022-12-29",
            "塞尔维亚族人在科索沃北部设置路障。北约部队表示关注。",
        ),
        ("NHK", "2022-12-29", "コソボ北部でバリケードが撤去された。"),
        (
            "Al Jazeera",
            "2022-12-29",
            "أزال الصرب الحواجز في شمال كوسوفو.",
        ),
        ("BBC Hindi", "2022-12-29", "कोसोवो में नाटो के सैनिक तैनात हैं।"),
        ("Thai PBS", "2022-12-29", "ทหารนาโต้อยู่ที่โคโซโว"),
    ]);
    let marks = |q: &str| seed_marks(&index, q);
    assert_eq!(marks("路障"), vec![(0, "路障".to_string())]);
    assert_eq!(marks("科索沃"), vec![(0, "科索沃".to_string())]);
    assert_eq!(marks("北约"), vec![(0, "北约".to_string())]);
    // One letter is a word: "北" (north), in 北部 and 北约, and in Japanese 北部.
    assert_eq!(
        marks("北"),
        vec![(0, "北".to_string()), (0, "北".into()), (1, "北".into())]
    );
    assert_eq!(marks("バリケード"), vec![(1, "バリケード".to_string())]);
    assert_eq!(marks("كوسوفو"), vec![(2, "كوسوفو".to_string())]);
    // Not a part of a spaced word.
    assert!(marks("كوس").is_empty());
    assert_eq!(marks("कोसोवो"), vec![(3, "कोसोवो".to_string())]);
    assert!(marks("कोस").is_empty(), "a vowel sign is inside the word");
    assert_eq!(marks("โคโซโว"), vec![(4, "โคโซโว".to_string())]);
    assert_eq!(marks("นาโต้"), vec![(4, "นาโต้".to_string())]);
    // The word being typed is a prefix: in an unspaced run, of its letter.
    let typing = query::parse(
        "科索",
        Options {
            exact: false,
            typing: true,
        },
    );
    let hits: Vec<String> = search::run(&index, &typing.query, &[])
        .docs
        .iter()
        .flat_map(|d| {
            d.hits.iter().map(|h| {
                h.span
                    .slice(&index.documents[d.doc as usize].text)
                    .to_string()
            })
        })
        .collect();
    assert_eq!(hits, ["科索"]);
}
