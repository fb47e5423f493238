//! Temporal expressions in article text: absolute dates ("17 August 2022",
//! "mid-1999"), dates relative to the publication date ("on Friday", "late last
//! month"), and durations ("23 years", "since 1999"), normalised to TIMEX3.

use super::calendar::{
    civil_from_days, days_from_civil, days_in_month, weekday, PartialDate, MONTHS,
};
use super::tense::{tense, Tense};
use super::timex::{self, Modifier, Timex, TimexKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
    kind: Tok,
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let kind = if c.is_ascii_digit() {
            Tok::Num
        } else if c.is_alphabetic() {
            Tok::Word
        } else if c.is_whitespace() {
            continue;
        } else {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: Tok::Punct,
            });
            continue;
        };
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            let same = match kind {
                Tok::Num => d.is_ascii_digit(),
                _ => d.is_alphabetic(),
            };
            if !same {
                break;
            }
            end = j + d.len_utf8();
            it.next();
        }
        out.push(Token {
            start: i,
            end,
            kind,
        });
    }
    out
}

fn month_of(word: &str) -> Option<u8> {
    let full = MONTHS.iter().position(|m| *m == word);
    let abbr = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == word)
    .map(|i| if i >= 9 { i - 1 } else { i });
    full.or(abbr).map(|i| i as u8 + 1)
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// "one" … "twelve", "a", "an" as numbers.
fn number_word(w: &str) -> Option<u32> {
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    match w.to_ascii_lowercase().as_str() {
        "a" | "an" => Some(1),
        lower => words.iter().position(|n| *n == lower).map(|i| i as u32 + 1),
    }
}

/// What a match found: its last token, TIMEX3 value, kind, `mod`, and an
/// interval when the rule knows it better than the value does.
type Found = (
    usize,
    String,
    TimexKind,
    Option<Modifier>,
    Option<(i64, i64)>,
);

/// Finds the temporal expressions in `text` and normalises them to TIMEX3:
/// absolute dates ("17 August 2022", "mid-1999"), dates relative to
/// `reference`, the publication date ("on Friday", "late last month", "this
/// summer", "a few weeks ago"), and durations ("23 years", "since 1999").
/// Without a reference precise enough, a relative expression keeps an
/// unresolved value ("XXXX-WXX-5") and no interval: never a guess.
pub fn extract(text: &str, reference: Option<PartialDate>) -> Vec<Timex> {
    let toks = tokenize(text);
    let s = |t: &Token| &text[t.start..t.end];
    let num = |i: usize| -> Option<u32> {
        toks.get(i)
            .filter(|t| t.kind == Tok::Num && t.end - t.start <= 4)
            .and_then(|t| s(t).parse().ok())
    };
    let word = |i: usize| toks.get(i).filter(|t| t.kind == Tok::Word).map(s);
    let lower = |i: usize| word(i).map(str::to_ascii_lowercase);
    let is = |i: usize, options: &[&str]| lower(i).is_some_and(|w| options.contains(&w.as_str()));
    let punct = |i: usize, p: &str| {
        toks.get(i)
            .is_some_and(|t| t.kind == Tok::Punct && s(t) == p)
    };
    let adjacent = |a: usize, b: usize| toks[a].end == toks[b].start;
    let month = |i: usize| word(i).and_then(month_of);
    let ordinal = |i: usize| {
        word(i).is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th")) && adjacent(i - 1, i)
    };
    // A four-digit year, not glued to a thousands separator or decimal point.
    let year = |i: usize| -> Option<u16> {
        let t = toks
            .get(i)
            .filter(|t| t.kind == Tok::Num && t.end - t.start == 4)?;
        let before = text[..t.start].chars().next_back();
        let after = text[t.end..].chars().next();
        let mut after2 = text[t.end..].chars().skip(1);
        let glued_before = matches!(before, Some(',' | '.'))
            && text[..t.start].len() >= 2
            && text[..t.start - 1].ends_with(|c: char| c.is_ascii_digit());
        let glued_after =
            matches!(after, Some(',' | '.')) && after2.next().is_some_and(|c| c.is_ascii_digit());
        let y: u16 = s(t).parse().ok()?;
        ((1900..=2099).contains(&y) && !glued_before && !glued_after).then_some(y)
    };
    let day = |i: usize| num(i).filter(|d| (1..=31).contains(d) && s(&toks[i]).len() <= 2);
    let ref_day = reference.filter(|r| r.day.is_some()).map(|r| r.first_day());
    let ref_month = reference.and_then(|r| r.month.map(|m| (r.year, m)));
    let tense_at = |i: usize, last: usize| tense(text, toks[i].start, toks[last].end);
    // The year of a month named without one: the publication year, moved by
    // tense (a later month in a past clause was last year's; an earlier month in
    // a future clause is next year's).
    let year_for = |m: u8, tense: Option<Tense>| -> Option<u16> {
        let r = reference?;
        Some(match (r.month, tense) {
            (Some(rm), Some(Tense::Past)) if m > rm => r.year - 1,
            (Some(rm), Some(Tense::Future)) if m < rm => r.year + 1,
            _ => r.year,
        })
    };
    let resolve = |m: u8, d: Option<u8>, y: Option<u16>, tense: Option<Tense>| -> Option<String> {
        match y.or_else(|| year_for(m, tense)) {
            Some(y) => PartialDate::new(y, Some(m), d).map(|p| p.to_string()),
            None => Some(match d {
                Some(d) => format!("XXXX-{m:02}-{d:02}"),
                None => format!("XXXX-{m:02}"),
            }),
        }
    };
    let modifier_of = |i: usize| -> Option<Modifier> {
        match lower(i)?.as_str() {
            "early" | "earlier" | "beginning" | "start" => Some(Modifier::Start),
            "mid" | "middle" => Some(Modifier::Mid),
            "late" | "later" | "end" => Some(Modifier::End),
            _ => None,
        }
    };
    // An absolute date starting at token `i` (so a weekday before it gives way).
    let absolute_at = |i: usize| {
        (day(i).is_some() && (month(i + 1).is_some() || month(i + 2).is_some()))
            || (month(i).is_some() && (day(i + 1).is_some() || year(i + 1).is_some()))
    };
    let unit_of = |i: usize| -> Option<char> {
        match lower(i)?.as_str() {
            "years" | "year" => Some('Y'),
            "months" | "month" => Some('M'),
            "weeks" | "week" => Some('W'),
            "days" | "day" => Some('D'),
            _ => None,
        }
    };
    // The day `n` units before (negative: after) the reference day.
    let units_back = |n: i64, unit: char| -> Option<i64> {
        let r = ref_day?;
        let p = civil_from_days(r);
        Some(match unit {
            'D' => r - n,
            'W' => r - 7 * n,
            'M' => {
                let v = timex::month_value(p.year, p.month?, -(n as i32));
                let (y, m) = v.split_once('-')?;
                let (y, m): (u16, u8) = (y.parse().ok()?, m.parse().ok()?);
                days_from_civil(y as i64, m, p.day?.min(days_in_month(y, m)))
            }
            _ => days_from_civil(p.year as i64 - n, p.month?, p.day?.min(28)),
        })
    };

    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut found: Option<Found> = None;
        // ISO: 2023-01-02
        if let (Some(_), true, true, true) = (
            year(i),
            punct(i + 1, "-"),
            punct(i + 3, "-"),
            toks.len() > i + 4,
        ) {
            let iso = &text[toks[i].start..toks[i + 4].end];
            if toks[i + 2].kind == Tok::Num && toks[i + 4].kind == Tok::Num && iso.len() == 10 {
                if let Some(p) = PartialDate::parse_iso(iso) {
                    found = Some((i + 4, p.to_string(), TimexKind::Date, None, None));
                }
            }
        }
        // 17 August 2022 / 1 September / 1st of September
        if found.is_none() {
            if let Some(d) = day(i) {
                let mut j = i + 1;
                if toks.get(j).is_some() && ordinal(j) {
                    j += 1;
                }
                if word(j) == Some("of") {
                    j += 1;
                }
                if let Some(m) = month(j) {
                    let (y, last) = match year(j + 1) {
                        Some(y) => (Some(y), j + 1),
                        None => (None, j),
                    };
                    if let Some(v) = resolve(m, Some(d as u8), y, tense_at(i, last)) {
                        found = Some((last, v, TimexKind::Date, None, None));
                    }
                }
            }
        }
        // August 17, 2022 / September 1st / August 2022 / end of June 2022 /
        // mid-August / in September
        if found.is_none() {
            let (mi, modifier) = match (modifier_of(i), word(i + 1)) {
                (Some(m), Some("of")) if is(i, &["end", "beginning", "start", "middle"]) => {
                    (i + 2, Some(m))
                }
                (Some(m), _) if is(i, &["early", "mid", "late"]) => {
                    (if punct(i + 1, "-") { i + 2 } else { i + 1 }, Some(m))
                }
                _ => (i, None),
            };
            if let Some(m) = month(mi) {
                if let Some(d) = day(mi + 1).filter(|_| modifier.is_none()) {
                    let mut j = mi + 1;
                    if toks.get(j + 1).is_some() && ordinal(j + 1) {
                        j += 1;
                    }
                    let (y, last) = if punct(j + 1, ",") && year(j + 2).is_some() {
                        (year(j + 2), j + 2)
                    } else if year(j + 1).is_some() {
                        (year(j + 1), j + 1)
                    } else {
                        (None, j)
                    };
                    if let Some(v) = resolve(m, Some(d as u8), y, tense_at(i, last)) {
                        found = Some((last, v, TimexKind::Date, None, None));
                    }
                } else if let Some(y) = year(mi + 1) {
                    found = Some((
                        mi + 1,
                        format!("{y:04}-{m:02}"),
                        TimexKind::Date,
                        modifier,
                        None,
                    ));
                } else if modifier.is_some()
                    || (i > 0
                        && is(
                            i - 1,
                            &[
                                "in", "since", "until", "by", "from", "during", "before", "after",
                                "through", "of", "last", "next", "this",
                            ],
                        ))
                {
                    // A month alone only after a preposition or with a modifier:
                    // "may" and "March on" stay words.
                    if let Some(v) = resolve(m, None, None, tense_at(i, mi)) {
                        found = Some((mi, v, TimexKind::Date, modifier, None));
                    }
                }
            }
        }
        // mid-1999 / early 2008 / late 2022
        if found.is_none() && is(i, &["mid", "early", "late"]) {
            let j = if punct(i + 1, "-") { i + 2 } else { i + 1 };
            if let Some(y) = year(j) {
                found = Some((j, y.to_string(), TimexKind::Date, modifier_of(i), None));
            }
        }
        // since 1999 / since mid-1999 / since August 2022: a duration up to the reference.
        if found.is_none() && is(i, &["since"]) {
            let (j, modifier) = match modifier_of(i + 1) {
                Some(m) if is(i + 1, &["mid", "early", "late"]) => {
                    (if punct(i + 2, "-") { i + 3 } else { i + 2 }, Some(m))
                }
                _ => (i + 1, None),
            };
            let from = match (month(j), year(j), year(j + 1)) {
                (Some(m), _, Some(y)) => Some((j + 1, format!("{y:04}-{m:02}"))),
                (_, Some(y), _) => Some((j, y.to_string())),
                _ => None,
            };
            if let Some((last, from)) = from {
                let start = timex::interval_of(&from, modifier).map(|(f, _)| f);
                let end = reference.map(|r| r.last_day());
                // Whole years elapsed from the start of what "since" names.
                let value = match start.zip(end).filter(|(a, b)| a <= b) {
                    Some((a, b)) => format!("P{}Y", ((b - a) as f64 / 365.2425) as i64),
                    None => "PXY".to_string(),
                };
                let interval = start.zip(end).filter(|(a, b)| a <= b);
                found = Some((last, value, TimexKind::Duration, None, interval));
            }
        }
        // a bare year
        if found.is_none() {
            if let Some(y) = year(i) {
                found = Some((i, y.to_string(), TimexKind::Date, None, None));
            }
        }
        // the past 23 years / the last two weeks: a duration ending at the reference
        if found.is_none() && is(i, &["past", "last"]) {
            let n = num(i + 1).or_else(|| word(i + 1).and_then(number_word).filter(|&n| n > 1));
            if let (Some(n), Some(unit)) = (n, unit_of(i + 2)) {
                let interval = units_back(n as i64, unit).zip(ref_day);
                found = Some((
                    i + 2,
                    format!("P{n}{unit}"),
                    TimexKind::Duration,
                    None,
                    interval,
                ));
            }
        }
        // 23 years
        if found.is_none() {
            if let (Some(n), Some(code)) = (num(i), unit_of(i + 1)) {
                let preceded_by_separator = text[..toks[i].start].ends_with([',', '.']);
                let ago = is(i + 2, &["ago"]);
                if !preceded_by_separator && !ago {
                    found = Some((
                        i + 1,
                        format!("P{n}{code}"),
                        TimexKind::Duration,
                        None,
                        None,
                    ));
                }
            }
        }
        // two weeks ago / a few weeks ago / several months ago
        if found.is_none() {
            let (n, approx, j) = match (lower(i).as_deref(), lower(i + 1).as_deref()) {
                (Some("a"), Some("few")) => (Some(3), true, i + 2),
                (Some("few" | "several"), _) => (Some(3), true, i + 1),
                _ => (
                    num(i).or_else(|| word(i).and_then(number_word)),
                    false,
                    i + 1,
                ),
            };
            if let (Some(n), Some(unit), true) = (n, unit_of(j), is(j + 1, &["ago"])) {
                let modifier = approx.then_some(Modifier::Approx);
                let value = match (unit, units_back(n as i64, unit)) {
                    ('D', Some(d)) => timex::day_value(d),
                    ('W', Some(d)) => timex::week_value(d),
                    ('M', Some(d)) => civil_from_days(d).to_string()[..7].to_string(),
                    ('Y', Some(d)) => civil_from_days(d).year.to_string(),
                    ('D', None) => "XXXX-XX-XX".to_string(),
                    ('W', None) => "XXXX-WXX".to_string(),
                    ('M', None) => "XXXX-XX".to_string(),
                    _ => "XXXX".to_string(),
                };
                found = Some((j + 1, value, TimexKind::Date, modifier, None));
            }
        }
        // (early / late / earlier / later) this, last or next week, month, year or season
        if found.is_none() {
            let (k, modifier) = match modifier_of(i) {
                Some(m) if is(i, &["early", "mid", "late", "earlier", "later"]) => (i + 1, Some(m)),
                _ => (i, None),
            };
            let delta = match lower(k).as_deref() {
                Some("this" | "coming") => Some(0),
                Some("last" | "past" | "previous") => Some(-1),
                Some("next") => Some(1),
                _ => None,
            };
            let unit = lower(k + 1);
            if let (Some(delta), Some(unit)) = (delta, unit.as_deref()) {
                let season = match unit {
                    "spring" => Some("SP"),
                    "summer" => Some("SU"),
                    "autumn" | "fall" => Some("FA"),
                    "winter" => Some("WI"),
                    _ => None,
                };
                let value = match unit {
                    "week" => Some(ref_day.map_or("XXXX-WXX".to_string(), |d| {
                        timex::week_value(d + 7 * delta as i64)
                    })),
                    "month" => Some(ref_month.map_or("XXXX-XX".to_string(), |(y, m)| {
                        timex::month_value(y, m, delta)
                    })),
                    "year" => Some(
                        reference
                            .map_or("XXXX".to_string(), |r| (r.year as i32 + delta).to_string()),
                    ),
                    _ => season.map(|s| {
                        reference.map_or(format!("XXXX-{s}"), |r| {
                            format!("{}-{s}", r.year as i32 + delta)
                        })
                    }),
                };
                if let Some(value) = value {
                    // "earlier this month": from its start to the day before the
                    // reference; "later this week": from the day after to its end.
                    let mut interval = None;
                    if delta == 0 && is(i, &["earlier", "later"]) {
                        if let (Some(r), Some((first, last))) =
                            (ref_day, timex::interval_of(&value, None))
                        {
                            interval = Some(if is(i, &["earlier"]) {
                                (first, r - 1)
                            } else {
                                (r + 1, last)
                            })
                            .filter(|(a, b)| a <= b);
                        }
                    }
                    found = Some((k + 1, value, TimexKind::Date, modifier, interval));
                }
            }
        }
        // in the past (no number after it): the past, not a date
        if found.is_none()
            && i > 0
            && is(i - 1, &["in"])
            && is(i, &["the"])
            && is(i + 1, &["past"])
            && num(i + 2).is_none()
            && unit_of(i + 2).is_none()
            && word(i + 2).is_none_or(|w| number_word(w).is_none())
        {
            found = Some((i + 1, "PAST_REF".to_string(), TimexKind::Date, None, None));
        }
        // (in) recent weeks / recent years: the recent past, not a date
        if found.is_none() && is(i, &["recent"]) && unit_of(i + 1).is_some() {
            found = Some((i + 1, "PAST_REF".to_string(), TimexKind::Date, None, None));
        }
        // today, tomorrow, yesterday, tonight
        if found.is_none() {
            let delta = match lower(i).as_deref() {
                Some("today" | "tonight") => Some(0),
                Some("tomorrow") => Some(1),
                Some("yesterday") => Some(-1),
                _ => None,
            };
            if let Some(delta) = delta {
                let value =
                    ref_day.map_or("XXXX-XX-XX".to_string(), |r| timex::day_value(r + delta));
                found = Some((i, value, TimexKind::Date, None, None));
            }
        }
        // on Friday: the latest such day up to the reference, or in a future
        // clause the next one from it.
        if found.is_none() {
            if let Some(w) = word(i).and_then(|w| WEEKDAYS.iter().position(|d| *d == w)) {
                let next = if punct(i + 1, ",") { i + 2 } else { i + 1 };
                if !absolute_at(next) {
                    let value = match ref_day {
                        Some(r) => {
                            let diff = (w as i64 - weekday(r)).rem_euclid(7);
                            let day = match tense_at(i, i) {
                                Some(Tense::Future) => r + diff,
                                _ => r + diff - if diff == 0 { 0 } else { 7 },
                            };
                            timex::day_value(day)
                        }
                        None => format!("XXXX-WXX-{}", w + 1),
                    };
                    found = Some((i, value, TimexKind::Date, None, None));
                }
            }
        }
        match found {
            Some((last, value, kind, modifier, interval)) => {
                let interval = interval.or_else(|| match kind {
                    TimexKind::Date => timex::interval_of(&value, modifier),
                    TimexKind::Duration => None,
                });
                out.push(Timex {
                    start: toks[i].start,
                    end: toks[last].end,
                    value,
                    kind,
                    modifier,
                    interval,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, reference: Option<&str>, expected: &[(&str, &str)]) {
        let r = reference.map(|r| PartialDate::parse_iso(r).unwrap());
        let got: Vec<(String, String)> = extract(text, r)
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.value))
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "in {text:?}");
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
