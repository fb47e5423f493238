//! The rules, one function each: given the cursor and the token an expression
//! may start at, the [`Match`] it makes or `None`. Their order of precedence is
//! the table `RULES` of the parent module.

use super::cursor::{number_word, Cursor, Unit};
use crate::time::calendar::{civil_from_days, day_in_language, weekday, PartialDate};
use crate::time::tense::Tense;
use crate::time::timex::{self, Modifier, TimexKind};

/// 2023-01-02
pub fn iso_date(c: &Cursor, i: usize) -> Option<Match> {
    c.year(i)?;
    if !(c.punct(i + 1, "-") && c.punct(i + 3, "-") && c.is_num(i + 2) && c.is_num(i + 4)) {
        return None;
    }
    let iso = c.slice(i, i + 4);
    let date = PartialDate::parse_iso(iso).filter(|_| iso.len() == 10)?;
    Some(Match::date(i + 4, date.to_string()))
}

/// 17 August 2022 / 1 September / 1st of September, and as other languages
/// write the day first: 24. novembra 2022. godine / 15 dhjetor 2022 /
/// 3. Dezember / 3 décembre / 29 ديسمبر
pub fn day_month(c: &Cursor, i: usize) -> Option<Match> {
    let d = c.day(i)?;
    let mut j = i + 1;
    if c.ordinal(j) {
        j += 1;
    }
    if c.word(j) == Some("of") {
        j += 1;
    }
    // The full stop of an ordinal day ("24. novembra", "3. Dezember").
    if c.punct(j, ".") && c.glued(i) {
        j += 1;
    }
    let (m, j) = c.month_words(j)?;
    let (y, last) = match c.year(j + 1) {
        Some(y) => (Some(y), c.year_ending(j + 1)),
        None => (None, j),
    };
    let value = c.resolve(m, Some(d as u8), y, c.tense(i, last))?;
    Some(Match::date(last, value))
}

/// Words after which a month named alone is a date: "in September", not "may".
const MONTH_PREPOSITIONS: &[&str] = &[
    "in", "since", "until", "by", "from", "during", "before", "after", "through", "of", "last",
    "next", "this",
];

/// August 17, 2022 / September 1st / August 2022 / end of June 2022 /
/// mid-August / in September
pub fn month_first(c: &Cursor, i: usize) -> Option<Match> {
    let (mi, modifier) = match (c.modifier(i), c.word(i + 1)) {
        (Some(m), Some("of")) if c.is(i, &["end", "beginning", "start", "middle"]) => {
            (i + 2, Some(m))
        }
        (Some(m), _) if c.is(i, &["early", "mid", "late"]) => (c.after_hyphen(i), Some(m)),
        _ => (i, None),
    };
    let m = c.month(mi)?;
    if let Some(d) = c.day(mi + 1).filter(|_| modifier.is_none()) {
        let mut j = mi + 1;
        if c.ordinal(j + 1) {
            j += 1;
        }
        let (y, last) = if c.punct(j + 1, ",") && c.year(j + 2).is_some() {
            (c.year(j + 2), j + 2)
        } else if c.year(j + 1).is_some() {
            (c.year(j + 1), j + 1)
        } else {
            (None, j)
        };
        let value = c.resolve(m, Some(d as u8), y, c.tense(i, last))?;
        return Some(Match::date(last, value));
    }
    if let Some(y) = c.year(mi + 1) {
        return Some(Match::date(mi + 1, format!("{y:04}-{m:02}")).with_modifier(modifier));
    }
    // A month alone only after a preposition or with a modifier: "may" and
    // "March on" stay words.
    let after_preposition = i > 0 && c.is(i - 1, MONTH_PREPOSITIONS);
    if modifier.is_none() && !after_preposition {
        return None;
    }
    let value = c.resolve(m, None, None, c.tense(i, mi))?;
    Some(Match::date(mi, value).with_modifier(modifier))
}

/// mid-1999 / early 2008 / late 2022
pub fn modified_year(c: &Cursor, i: usize) -> Option<Match> {
    if !c.is(i, &["mid", "early", "late"]) {
        return None;
    }
    let j = c.after_hyphen(i);
    let y = c.year(j)?;
    Some(Match::date(j, y.to_string()).with_modifier(c.modifier(i)))
}

/// since 1999 / since mid-1999 / since August 2022: a duration up to the
/// publication date, in whole years.
pub fn since(c: &Cursor, i: usize) -> Option<Match> {
    if !c.is(i, &["since"]) {
        return None;
    }
    let (j, modifier) = match c.modifier(i + 1) {
        Some(m) if c.is(i + 1, &["mid", "early", "late"]) => (c.after_hyphen(i + 1), Some(m)),
        _ => (i + 1, None),
    };
    let (last, from) = match (c.month(j), c.year(j), c.year(j + 1)) {
        (Some(m), _, Some(y)) => (j + 1, format!("{y:04}-{m:02}")),
        (_, Some(y), _) => (j, y.to_string()),
        _ => return None,
    };
    let start = timex::interval_of(&from, modifier).map(|(f, _)| f);
    let end = c.reference.map(|r| r.last_day());
    let interval = start.zip(end).filter(|(a, b)| a <= b);
    // Whole years elapsed from the start of what "since" names.
    let value = match interval {
        Some((a, b)) => format!("P{}Y", ((b - a) as f64 / 365.2425) as i64),
        None => "PXY".to_string(),
    };
    Some(Match::duration(last, value).with_interval(interval))
}

/// 2008
pub fn bare_year(c: &Cursor, i: usize) -> Option<Match> {
    let y = c.year(i)?;
    Some(Match::date(i, y.to_string()))
}

/// the past 23 years / the last two weeks: a duration ending at the publication day
pub fn past_span(c: &Cursor, i: usize) -> Option<Match> {
    if !c.is(i, &["past", "last"]) {
        return None;
    }
    let n = c
        .num(i + 1)
        .or_else(|| c.word(i + 1).and_then(number_word).filter(|&n| n > 1))?;
    let unit = c.unit(i + 2)?;
    let interval = c.units_back(n as i64, unit).zip(c.ref_day);
    Some(Match::duration(i + 2, format!("P{n}{}", unit.letter())).with_interval(interval))
}

/// 23 years (not "1,5 years", not "two years ago")
pub fn duration(c: &Cursor, i: usize) -> Option<Match> {
    let n = c.num(i)?;
    let unit = c.unit(i + 1)?;
    if c.preceded_by(i, &[',', '.']) || c.is(i + 2, &["ago"]) {
        return None;
    }
    Some(Match::duration(i + 1, format!("P{n}{}", unit.letter())))
}

/// two weeks ago / a few weeks ago / several months ago: the week, month … that
/// far back (approximate for "a few" and "several")
pub fn ago(c: &Cursor, i: usize) -> Option<Match> {
    // "ago" ends it, two or three words on.
    if !(c.is(i + 2, &["ago"]) || c.is(i + 3, &["ago"])) {
        return None;
    }
    let (n, approx, j) = match (c.lower(i), c.lower(i + 1)) {
        (Some("a"), Some("few")) => (Some(3), true, i + 2),
        (Some("few" | "several"), _) => (Some(3), true, i + 1),
        _ => (
            c.num(i).or_else(|| c.word(i).and_then(number_word)),
            false,
            i + 1,
        ),
    };
    let (n, unit) = (n?, c.unit(j)?);
    if !c.is(j + 1, &["ago"]) {
        return None;
    }
    let value = match (unit, c.units_back(n as i64, unit)) {
        (Unit::Day, Some(d)) => timex::day_value(d),
        (Unit::Week, Some(d)) => timex::week_value(d),
        (Unit::Month, Some(d)) => civil_from_days(d).to_string()[..7].to_string(),
        (Unit::Year, Some(d)) => civil_from_days(d).year.to_string(),
        (Unit::Day, None) => "XXXX-XX-XX".to_string(),
        (Unit::Week, None) => "XXXX-WXX".to_string(),
        (Unit::Month, None) => "XXXX-XX".to_string(),
        (Unit::Year, None) => "XXXX".to_string(),
    };
    Some(Match::date(j + 1, value).with_modifier(approx.then_some(Modifier::Approx)))
}

/// (early / late / earlier / later) this, last or next week, month, year or season
pub fn relative_unit(c: &Cursor, i: usize) -> Option<Match> {
    let (k, modifier) = match c.modifier(i) {
        Some(m) if c.is(i, &["early", "mid", "late", "earlier", "later"]) => (i + 1, Some(m)),
        _ => (i, None),
    };
    let delta = match c.lower(k) {
        Some("this" | "coming") => 0,
        Some("last" | "past" | "previous") => -1,
        Some("next") => 1,
        _ => return None,
    };
    let value = relative_value(c, c.lower(k + 1)?, delta)?;
    // "earlier this month": from its start to the day before the publication
    // day; "later this week": from the day after to its end.
    let mut interval = None;
    if delta == 0 && c.is(i, &["earlier", "later"]) {
        if let (Some(r), Some((first, last))) = (c.ref_day, timex::interval_of(&value, None)) {
            interval = Some(if c.is(i, &["earlier"]) {
                (first, r - 1)
            } else {
                (r + 1, last)
            })
            .filter(|(a, b)| a <= b);
        }
    }
    Some(
        Match::date(k + 1, value)
            .with_modifier(modifier)
            .with_interval(interval),
    )
}

/// The value of the week, month, year or season `delta` from the publication date's.
fn relative_value(c: &Cursor, unit: &str, delta: i32) -> Option<String> {
    let season = match unit {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "autumn" | "fall" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    };
    Some(match unit {
        "week" => c.ref_day.map_or("XXXX-WXX".to_string(), |d| {
            timex::week_value(d + 7 * delta as i64)
        }),
        "month" => c.ref_month.map_or("XXXX-XX".to_string(), |(y, m)| {
            timex::month_value(y, m, delta)
        }),
        "year" => c
            .reference
            .map_or("XXXX".to_string(), |r| (r.year as i32 + delta).to_string()),
        _ => {
            let s = season?;
            c.reference.map_or(format!("XXXX-{s}"), |r| {
                format!("{}-{s}", r.year as i32 + delta)
            })
        }
    })
}

/// in the past (no number after it): the past, not a date
pub fn the_past(c: &Cursor, i: usize) -> Option<Match> {
    if !(c.is(i, &["the"]) && c.is(i + 1, &["past"])) {
        return None;
    }
    let counted = c.num(i + 2).is_some()
        || c.unit(i + 2).is_some()
        || c.word(i + 2).is_some_and(|w| number_word(w).is_some());
    (i > 0 && c.is(i - 1, &["in"]) && c.is(i, &["the"]) && c.is(i + 1, &["past"]) && !counted)
        .then(|| Match::date(i + 1, "PAST_REF".to_string()))
}

/// (in) recent weeks / recent years: the recent past, not a date
pub fn recent(c: &Cursor, i: usize) -> Option<Match> {
    (c.is(i, &["recent"]) && c.unit(i + 1).is_some())
        .then(|| Match::date(i + 1, "PAST_REF".to_string()))
}

/// today, tomorrow, yesterday, tonight; in the article's language, juče,
/// dje, gestern, hier…
pub fn deictic_day(c: &Cursor, i: usize) -> Option<Match> {
    let delta = match c.lower(i)? {
        "today" | "tonight" => 0,
        "tomorrow" => 1,
        "yesterday" => -1,
        _ => day_in_language(c.language, c.word(i)?)?,
    };
    let value = c
        .ref_day
        .map_or("XXXX-XX-XX".to_string(), |r| timex::day_value(r + delta));
    Some(Match::date(i, value))
}

/// on Friday: the latest such day up to the publication day, or in a future
/// clause the next one from it; unresolved ("XXXX-WXX-5") without a day to
/// count from. A weekday before an absolute date gives way to it.
pub fn weekday_name(c: &Cursor, i: usize) -> Option<Match> {
    let w = c.weekday(i)?;
    let next = if c.punct(i + 1, ",") { i + 2 } else { i + 1 };
    if c.absolute_at(next) {
        return None;
    }
    let value = match c.ref_day {
        Some(r) => {
            let diff = (w as i64 - weekday(r)).rem_euclid(7);
            let day = match c.tense(i, i) {
                Some(Tense::Future) => r + diff,
                _ => r + diff - if diff == 0 { 0 } else { 7 },
            };
            timex::day_value(day)
        }
        None => format!("XXXX-WXX-{}", w + 1),
    };
    Some(Match::date(i, value))
}

/// What a rule found at a token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The expression's last token.
    pub last: usize,
    /// TIMEX3 value.
    pub value: String,
    pub kind: TimexKind,
    pub modifier: Option<Modifier>,
    /// The days it covers, when the rule knows them better than the value does.
    pub interval: Option<(i64, i64)>,
}

impl Match {
    fn date(last: usize, value: String) -> Match {
        Match {
            last,
            value,
            kind: TimexKind::Date,
            modifier: None,
            interval: None,
        }
    }

    fn duration(last: usize, value: String) -> Match {
        Match {
            kind: TimexKind::Duration,
            ..Match::date(last, value)
        }
    }

    fn with_modifier(self, modifier: Option<Modifier>) -> Match {
        Match { modifier, ..self }
    }

    fn with_interval(self, interval: Option<(i64, i64)>) -> Match {
        Match { interval, ..self }
    }
}

/// 24.11.2022. / 24.11.2022: day, month and year with full stops, as
/// European news writes them (never month first).
pub fn numeric_date(c: &Cursor, i: usize) -> Option<Match> {
    let d = c.day(i)?;
    if !(c.punct(i + 1, ".") && c.punct(i + 3, ".") && c.glued(i) && c.glued(i + 2)) {
        return None;
    }
    let m = c.num(i + 2).filter(|m| (1..=12).contains(m))?;
    let y: u16 = c
        .num(i + 4)
        .filter(|y| {
            c.slice(i + 4, i + 4).len() == 4 && c.glued(i + 3) && (1900..=2099).contains(y)
        })?
        .try_into()
        .ok()?;
    // Not a part of a longer run of numbers ("1.24.11.2022", "24.11.2022.5").
    let more = |j: usize| c.punct(j, ".") && c.is_num(j + 1) && c.glued(j);
    let after_number = i > 1 && c.punct(i - 1, ".") && c.is_num(i - 2) && c.glued(i - 2);
    if (after_number && c.glued(i - 1)) || more(i + 5) {
        return None;
    }
    let date = PartialDate::new(y, Some(m as u8), Some(d as u8))?;
    Some(Match::date(c.year_ending(i + 4), date.to_string()))
}

/// decembra 2022 / dhjetor 2022 / décembre 2022: a month of another language,
/// in lower case as those languages write it, and a year.
pub fn other_month_year(c: &Cursor, i: usize) -> Option<Match> {
    if c.month(i).is_some() || !c.is_lower(i) {
        return None;
    }
    let (m, j) = c.month_words(i)?;
    let y = c.year(j + 1)?;
    Some(Match::date(c.year_ending(j + 1), format!("{y:04}-{m:02}")))
}

/// 2022年12月29日 / 12月29日 / 2022年12月: dates of Chinese and Japanese.
pub fn cjk_date(c: &Cursor, i: usize) -> Option<Match> {
    let (y, mi) = match c.year(i) {
        Some(y) if c.word(i + 1) == Some("年") => (Some(y), i + 2),
        _ => (None, i),
    };
    let m = c.num(mi).filter(|m| (1..=12).contains(m))? as u8;
    if c.word(mi + 1) != Some("月") {
        return None;
    }
    let d = c.day(mi + 2).filter(|_| c.word(mi + 3) == Some("日"));
    let last = if d.is_some() { mi + 3 } else { mi + 1 };
    if y.is_none() && d.is_none() {
        return None;
    }
    let value = c.resolve(m, d.map(|d| d as u8), y, c.tense(i, last))?;
    Some(Match::date(last, value))
}
