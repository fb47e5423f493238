//! Temporal expressions in article text: absolute dates ("17 August 2022",
//! "mid-1999"), dates relative to the publication date ("on Friday", "late last
//! month"), and durations ("23 years", "since 1999"), normalised to TIMEX3.
//!
//! The text is cut into tokens ([`cursor`]); at each token the [`RULES`] are
//! tried in order ([`rules`]), the first match wins and the scan goes on after
//! it. Without a publication date precise enough, a relative expression keeps
//! an unresolved value ("XXXX-WXX-5") and no interval: never a guess.

mod cursor;
mod rules;

use crate::text::fold::decimal_digit;
use crate::time::calendar::PartialDate;
use crate::time::timex::{self, Timex, TimexKind};
use cursor::Cursor;
use rules::Match;

/// A rule: the match it makes at a token, if any.
type Rule = fn(&Cursor, usize) -> Option<Match>;

/// The rules in order of precedence: where two could start at the same token,
/// the earlier one wins. Dates written out come before the bare year and the
/// durations that share their numbers; expressions relative to the publication
/// date come after, and a weekday last, so "Friday, 19 August" is the date.
pub const RULES: &[(&str, Rule)] = &[
    ("ISO date: 2023-01-02", rules::iso_date),
    ("numeric date: 24.11.2022.", rules::numeric_date),
    ("CJK date: 2022年12月29日, 12月29日", rules::cjk_date),
    (
        "day first: 17 August 2022, 1st of September",
        rules::day_month,
    ),
    (
        "month first: August 17, 2022; end of June 2022; mid-August; in September",
        rules::month_first,
    ),
    (
        "other language's month and year: decembra 2022, dhjetor 2022",
        rules::other_month_year,
    ),
    ("modified year: mid-1999, early 2008", rules::modified_year),
    ("since: since 1999, since August 2022", rules::since),
    ("bare year: 2008", rules::bare_year),
    ("past span: the past 23 years", rules::past_span),
    ("duration: 23 years", rules::duration),
    ("ago: two weeks ago, a few weeks ago", rules::ago),
    (
        "relative unit: late last month, this summer, next week",
        rules::relative_unit,
    ),
    ("the past: in the past", rules::the_past),
    ("recent: in recent weeks", rules::recent),
    (
        "deictic day: today, tomorrow, yesterday",
        rules::deictic_day,
    ),
    ("weekday: on Friday", rules::weekday_name),
];

/// Finds the temporal expressions in `text` and normalises them to TIMEX3,
/// resolving relative ones against `reference`, the publication date.
pub fn extract(text: &str, reference: Option<PartialDate>) -> Vec<Timex> {
    extract_in(text, reference, "en")
}

/// [`extract`] in an article of `language` (a BCP 47 tag), whose words for
/// days and weekdays are read too ("juče", "të martën", "gestern").
pub fn extract_in(text: &str, reference: Option<PartialDate>, language: &str) -> Vec<Timex> {
    // Digits of other scripts ("٢٩ ديسمبر ٢٠٢٢", "２０２２年") read as ASCII
    // digits, the expressions found then placed back on the text as written.
    match ascii_digits(text) {
        None => extract_plain(text, reference, language),
        Some((plain, at)) => {
            let mut found = extract_plain(&plain, reference, language);
            for t in &mut found {
                (t.start, t.end) = (at[t.start], at[t.end]);
            }
            found
        }
    }
}

/// `text` with every digit of another script as its ASCII digit, and where
/// each byte of it (and its end) stands in `text`; `None` when `text` has
/// no such digit.
fn ascii_digits(text: &str) -> Option<(String, Vec<usize>)> {
    if text.is_ascii() || !text.chars().any(|c| decimal_digit(c).is_some()) {
        return None;
    }
    let mut plain = String::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        match decimal_digit(c) {
            Some(d) => plain.push(char::from(b'0' + d)),
            None => plain.push(c),
        }
        at.resize(plain.len(), i);
    }
    at.push(text.len());
    Some((plain, at))
}

fn extract_plain(text: &str, reference: Option<PartialDate>, language: &str) -> Vec<Timex> {
    let mut cursor = Cursor::new(text, reference);
    cursor.language = language;
    let mut out = Vec::new();
    let mut i = 0;
    while i < cursor.len() {
        let Some(m) = RULES.iter().find_map(|(_, rule)| rule(&cursor, i)) else {
            i += 1;
            continue;
        };
        let interval = m.interval.or_else(|| match m.kind {
            TimexKind::Date => timex::interval_of(&m.value, m.modifier),
            TimexKind::Duration => None,
        });
        let (start, end) = cursor.bytes(i, m.last);
        out.push(Timex {
            start,
            end,
            value: m.value,
            kind: m.kind,
            modifier: m.modifier,
            interval,
        });
        i = m.last + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, reference: Option<&str>, expected: &[(&str, &str)]) {
        check_language("en", text, reference, expected);
    }

    /// The expressions `extract_in` finds in an article of `language`.
    fn check_language(
        language: &str,
        text: &str,
        reference: Option<&str>,
        expected: &[(&str, &str)],
    ) {
        let r = reference.map(|r| PartialDate::parse_iso(r).unwrap());
        let got: Vec<(String, String)> = extract_in(text, r, language)
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.value))
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "{language}: {text:?}");
    }

    #[test]
    fn days_and_weekdays_in_the_articles_language() {
        // Published on a Thursday.
        let check_in = |language: &str, text: &str, expected: &[(&str, &str)]| {
            check_language(language, text, Some("2022-12-29"), expected)
        };
        check_in("sr-Latn", "Juče je rekao", &[("Juče", "2022-12-28")]);
        check_in(
            "sr-Cyrl",
            "рекао је у среду увече",
            &[("среду", "2022-12-28")],
        );
        check_in(
            "sr-Latn",
            "sutra u petak",
            &[("sutra", "2022-12-30"), ("petak", "2022-12-23")],
        );
        check_in(
            "hr",
            "jučer u srijedu",
            &[("jučer", "2022-12-28"), ("srijedu", "2022-12-28")],
        );
        check_in(
            "sq",
            "tha dje të martën",
            &[("dje", "2022-12-28"), ("martën", "2022-12-27")],
        );
        check_in(
            "de",
            "sagte gestern am Montag",
            &[("gestern", "2022-12-28"), ("Montag", "2022-12-26")],
        );
        check_in("fr", "a dit hier", &[("hier", "2022-12-28")]);
        // Only in their own language: German "hier" is "here", "sutra" English.
        check_in("de", "hier und heute", &[("heute", "2022-12-29")]);
        check_in("en", "the sutra says hier", &[]);
        // Nor without the word that says "on": "nedelja" is also a week.
        check_in("sr-Latn", "prošle nedelje", &[]);
    }

    #[test]
    fn absolute_dates() {
        check(
            "on 17 August 2022 it",
            None,
            &[("17 August 2022", "2022-08-17")],
        );
        check(
            "August 17, 2022",
            None,
            &[("August 17, 2022", "2022-08-17")],
        );
        check(
            "on Nov. 24, 2022 (AP) and Sept. 3",
            None,
            &[("Nov. 24, 2022", "2022-11-24"), ("Sept. 3", "XXXX-09-03")],
        );
        check(
            "starting 1 September while",
            Some("2022-08"),
            &[("1 September", "2022-09-01")],
        );
        check(
            "until September 1st.",
            Some("2022-08-17"),
            &[("September 1st", "2022-09-01")],
        );
        check("on January 1.", None, &[("January 1", "XXXX-01-01")]);
        check(
            "At the end of June 2022, the",
            None,
            &[("end of June 2022", "2022-06")],
        );
        check("in mid-1999.", None, &[("mid-1999", "1999")]);
        check("Kosovo's 2008 declaration", None, &[("2008", "2008")]);
        check("date 2023-01-02 As", None, &[("2023-01-02", "2023-01-02")]);
        check("over 23 years,", None, &[("23 years", "P23Y")]);
    }

    #[test]
    fn no_false_dates() {
        check("It may rain. Troops march. March on.", None, &[]);
        check(
            "some 3,800 soldiers and 1.8 million people, 100,000 Serbs",
            None,
            &[],
        );
        check("close to 4,000 troops", None, &[]);
        // An impossible day is not read as a day; the month still is.
        check("31 February 2022", None, &[("February 2022", "2022-02")]);
    }
}
