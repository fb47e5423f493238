use super::*;

/// Each language's texts, in the table's order.
fn table(all: &'static str) -> Vec<&'static str> {
    texts(all).collect()
}

/// The places (`{0}`, `{n}`) a text holds, sorted.
fn places(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_language_has_every_text_with_the_same_places() {
    let (en, sr, sq) = (
        table(messages::EN),
        table(messages::SR),
        table(messages::SQ),
    );
    assert_eq!([en.len(), sr.len(), sq.len()], [Msg::ALL.len(); 3]);
    assert!(Msg::ALL.iter().enumerate().all(|(k, m)| *m as usize == k));
    for (k, m) in Msg::ALL.iter().enumerate() {
        // A count's text holds `{n}`; in another, `|` is a bar as written.
        let count = en[k].contains("{n}");
        let forms = if count { en[k].split('|').count() } else { 1 };
        for (locale, text) in [(Locale::SrLatn, sr[k]), (Locale::Sq, sq[k])] {
            assert!(!text.trim().is_empty(), "{m:?} is empty in {locale:?}");
            // Every form of a count says its number, or none does ("once").
            let wanted: Vec<String> = places(en[k]).into_iter().filter(|p| p != "n").collect();
            let got: Vec<String> = places(text).into_iter().filter(|p| p != "n").collect();
            assert_eq!(got, wanted, "{m:?} in {locale:?}: {text}");
            if forms > 1 {
                assert_eq!(
                    text.split('|').count(),
                    locale.plural_forms(),
                    "{m:?} in {locale:?}"
                );
            } else {
                let bars = |s: &str| s.matches('|').count();
                assert_eq!(bars(text), bars(en[k]), "{m:?} in {locale:?}");
            }
            assert_eq!(
                text.matches('`').count() % 2,
                0,
                "{m:?}: an unclosed backquote"
            );
        }
        assert!(
            !sq[k].contains('`') && !en[k].contains('`'),
            "{m:?}: backquotes are Serbian's"
        );
    }
}

#[test]
fn plural_forms_follow_cldr() {
    let check = |locale: Locale, n: u64, expected: usize| {
        assert_eq!(locale.plural_form(n), expected, "{locale:?} {n}")
    };
    for (n, form) in [(0, 1), (1, 0), (2, 1), (21, 1)] {
        check(Locale::En, n, form);
        check(Locale::Sq, n, form);
    }
    // Serbian: 1, 21, 101 one; 2–4, 22–24 few; 5–20, 25–30, 111–114 other.
    for (n, form) in [
        (1, 0),
        (21, 0),
        (101, 0),
        (11, 2),
        (2, 1),
        (4, 1),
        (22, 1),
        (12, 2),
        (14, 2),
        (5, 2),
        (0, 2),
        (25, 2),
        (111, 2),
        (112, 2),
    ] {
        check(Locale::SrLatn, n, form);
    }
}

#[test]
fn counts_after_of_and_in_take_their_case() {
    let check = |locale: Locale, m: Msg, shown: usize, n: usize, expected: &str| {
        let t = Texts::new(locale);
        let within = match m {
            Msg::DocumentsIn => Msg::MentionsInDocuments,
            _ => Msg::ShownOf,
        };
        assert_eq!(
            t.fill(within, &[&t.number(shown), &t.count(m, n)]),
            expected
        )
    };
    check(Locale::SrLatn, Msg::DocumentsOf, 1, 1, "1 od 1 dokumenta");
    check(Locale::SrLatn, Msg::DocumentsOf, 1, 21, "1 od 21 dokumenta");
    check(Locale::SrLatn, Msg::DocumentsOf, 1, 3, "1 od 3 dokumenta");
    check(Locale::SrLatn, Msg::DocumentsOf, 4, 5, "4 od 5 dokumenata");
    check(Locale::SrLatn, Msg::DocumentsIn, 3, 1, "3 u 1 dokumentu");
    check(Locale::SrCyrl, Msg::DocumentsIn, 3, 21, "3 у 21 документу");
    check(Locale::SrLatn, Msg::DocumentsIn, 3, 2, "3 u 2 dokumenta");
    check(Locale::En, Msg::DocumentsOf, 1, 1, "1 of 1 document");
    check(Locale::Sq, Msg::DocumentsIn, 3, 1, "3 në 1 dokument");
}

#[test]
fn counts_in_each_language() {
    let check = |locale: Locale, n: usize, expected: &str| {
        assert_eq!(Texts::new(locale).count(Msg::Documents, n), expected)
    };
    check(Locale::En, 1, "1 document");
    check(Locale::En, 1234, "1,234 documents");
    check(Locale::SrLatn, 21, "21 dokument");
    check(Locale::SrLatn, 3, "3 dokumenta");
    check(Locale::SrLatn, 1234, "1.234 dokumenta");
    check(Locale::SrLatn, 1235, "1.235 dokumenata");
    check(Locale::SrCyrl, 3, "3 документа");
    check(Locale::Sq, 1, "1 dokument");
    check(Locale::Sq, 1234, "1234 dokumente");
    check(Locale::Sq, 12345, "12\u{a0}345 dokumente");
    assert_eq!(Texts::new(Locale::SrLatn).count(Msg::Times, 1), "jednom");
}

#[test]
fn numbers_and_decimals() {
    let check =
        |locale: Locale, v: u64, expected: &str| assert_eq!(Texts::new(locale).tenths(v), expected);
    check(Locale::En, 22, "2.2");
    check(Locale::En, 123450, "12,345");
    check(Locale::SrLatn, 25, "2,5");
    check(Locale::Sq, 12345, "1234,5");
    assert_eq!(Texts::new(Locale::En).number(999), "999");
    assert_eq!(Texts::new(Locale::En).number(1_000_000), "1,000,000");
}

#[test]
fn dates_in_each_language() {
    let day = PartialDate {
        year: 2022,
        month: Some(8),
        day: Some(17),
    };
    let month = PartialDate { day: None, ..day };
    let check = |locale: Locale, expected: [&str; 3]| {
        let t = Texts::new(locale);
        assert_eq!(
            [t.date_long(day), t.date_short(day), t.date_long(month)],
            expected.map(String::from),
            "{locale:?}"
        );
    };
    check(Locale::En, ["17 August 2022", "17 Aug 2022", "August 2022"]);
    check(
        Locale::SrLatn,
        ["17. avgust 2022.", "17. avg 2022.", "avgust 2022."],
    );
    check(
        Locale::SrCyrl,
        ["17. август 2022.", "17. авг 2022.", "август 2022."],
    );
    check(Locale::Sq, ["17 gusht 2022", "17 gush 2022", "gusht 2022"]);
    // The English forms are the core's own.
    assert_eq!(Texts::default().date_long(day), day.long());
    assert_eq!(Texts::default().date_short(day), day.short());
}

#[test]
fn serbian_latin_to_cyrillic() {
    let check = |latin: &str, expected: &str| assert_eq!(cyrillic(latin), expected, "{latin}");
    // Every letter of the Latin alphabet (Gaj's), in both cases.
    check(
        "a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž",
        "а б ц ч ћ д џ ђ е ф г х и ј к л љ м н њ о п р с ш т у в з ж",
    );
    check(
        "A B C Č Ć D Dž Đ E F G H I J K L Lj M N Nj O P R S Š T U V Z Ž",
        "А Б Ц Ч Ћ Д Џ Ђ Е Ф Г Х И Ј К Л Љ М Н Њ О П Р С Ш Т У В З Ж",
    );
    check("LJUDI NJIVA DŽEP", "ЉУДИ ЊИВА ЏЕП");
    check("Pređi na članak", "Пређи на чланак");
    check("Izvezi `CSV`", "Извези CSV");
    check("Pogodak {0} od {1}", "Погодак {0} од {1}");
    check("(`vucic` nalazi `Vučić`)", "(vucic налази Vučić)");
    assert_eq!(
        Texts::new(Locale::SrLatn).get(Msg::HelpKeys),
        "Enter, Shift+Enter"
    );
}

#[test]
fn the_readers_language_is_negotiated() {
    let check = |preferred: &[&str], expected: Locale| {
        assert_eq!(
            Locale::negotiate(preferred.iter().copied()),
            expected,
            "{preferred:?}"
        )
    };
    check(&["en-US", "en"], Locale::En);
    check(&["sr-Latn-RS", "en"], Locale::SrLatn);
    check(&["sr-RS"], Locale::SrCyrl);
    check(&["sr"], Locale::SrCyrl);
    check(&["sr-ME"], Locale::SrLatn);
    check(&["sq-XK", "sr"], Locale::Sq);
    check(&["de-DE", "sq"], Locale::Sq);
    check(&["de-DE", "fr"], Locale::En);
    check(&[], Locale::En);
    for locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
    }
}

#[test]
fn language_names_in_the_interfaces_words() {
    let check = |locale: Locale, tag: &str, expected: &str| {
        assert_eq!(
            Texts::new(locale).language_name(tag),
            expected,
            "{locale:?} {tag}"
        )
    };
    check(Locale::En, "sr-Cyrl", "Serbian (Cyrillic)");
    check(Locale::SrLatn, "sr-Cyrl", "srpski (ćirilica)");
    check(Locale::SrCyrl, "sq", "албански");
    check(Locale::Sq, "en", "anglisht");
    // Past the table, the English name.
    check(Locale::Sq, "pt", "Portuguese");
    // English names are the detector's.
    for tag in ["en", "sr-Latn", "sr-Cyrl", "sr", "sq", "hr", "de", "zh"] {
        assert_eq!(
            Texts::default().language_name(tag),
            crate::text::language::name(tag)
        );
    }
}

#[test]
fn reader_words_for_timex_values() {
    use crate::time::timex::Modifier;
    let check = |locale: Locale, value: &str, modifier: Option<Modifier>, expected: &str| {
        assert_eq!(
            Texts::new(locale).timex(value, modifier),
            expected,
            "{locale:?} {value}"
        );
    };
    for (value, modifier, expected) in [
        ("2022-08-17", None, "17 August 2022"),
        ("2022-07", Some(Modifier::End), "late July 2022"),
        ("2022-08", Some(Modifier::Start), "early August 2022"),
        ("1999", Some(Modifier::Mid), "mid-1999"),
        ("2022-W33", None, "the week of 15 August 2022"),
        (
            "2022-W30",
            Some(Modifier::Approx),
            "about the week of 25 July 2022",
        ),
        ("2022-SU", None, "summer 2022"),
        ("2008", None, "2008"),
    ] {
        check(Locale::En, value, modifier, expected);
    }
    check(
        Locale::SrLatn,
        "2022-07",
        Some(Modifier::End),
        "jul 2022. (kraj)",
    );
    check(Locale::SrCyrl, "2022-SU", None, "лето 2022.");
    check(Locale::Sq, "2022-W33", None, "java e 15 gusht 2022");
}

#[test]
fn places_fill_in_any_order() {
    assert_eq!(fill("{1} · {0}", None, &["a", "b"]), "b · a");
    assert_eq!(fill("{n} of {0}", Some("3"), &["x"]), "3 of x");
    // A place without a value, or a lone brace, stays as written.
    assert_eq!(fill("{2} {", None, &["a"]), "{2} {");
}

#[test]
fn a_language_fetched_is_the_language_compiled() {
    for locale in Locale::ALL {
        let table = Texts::table(locale);
        assert_eq!(Texts::from_table(locale, &table), Ok(Texts::new(locale)));
        // Shown as written: no backquote left, Cyrillic already made.
        assert!(!table.contains('`'), "{locale:?}");
    }
    assert!(Texts::table(Locale::SrCyrl).contains("Претрага"));
    let stale = Texts::from_table(Locale::Sq, "a\u{1}b\u{1}").unwrap_err();
    assert!(stale.contains("of another version (2 of "), "{stale}");
}
