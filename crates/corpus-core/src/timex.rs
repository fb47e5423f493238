//! TIMEX3 helpers for temporal expressions: the interval a value covers, ISO
//! weeks, seasons, and the tense of the clause around an expression, which
//! decides whether a bare weekday or month points back or forward from the
//! publication date (HeidelTime's news rules).

use crate::dates::{civil_from_days, days_from_civil, days_in_month, PartialDate};

/// TIMEX3 `mod` values used here.
pub const START: &str = "START";
pub const MID: &str = "MID";
pub const END: &str = "END";
pub const APPROX: &str = "APPROX";

/// Which way a clause looks from the time it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

const FUTURE: &[&str] = &[
    "postpone",
    "postponed",
    "delay",
    "delayed",
    "deadline",
    "will",
    "ll",
    "shall",
    "would",
    "going",
    "plans",
    "plan",
    "planned",
    "scheduled",
    "due",
    "tomorrow",
    "next",
    "upcoming",
    "expected",
    "intends",
    "until",
    "starting",
    "ahead",
    "set",
    "coming",
];
const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "told",
    "announced",
    "met",
    "declared",
    "added",
    "asked",
    "stated",
    "spoke",
    "held",
    "came",
    "ago",
    "visited",
    "called",
    "warned",
    "reported",
    "began",
    "last",
    "earlier",
    "says",
    "wrote",
    "published",
    "agreed",
    "rejected",
];

/// The tense of the clause around `text[start..end]`: the nearest tense marker
/// within eight words on either side, in the same sentence; `None` without one.
pub fn tense(text: &str, start: usize, end: usize) -> Option<Tense> {
    let sentence_start = text[..start]
        .rfind(['.', '!', '?', ';'])
        .map_or(0, |i| i + 1);
    let sentence_end = text[end..]
        .find(['.', '!', '?', ';'])
        .map_or(text.len(), |i| end + i);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let before = words(&text[sentence_start..start]);
    let after = words(&text[end..sentence_end]);
    let marker = |w: &str| {
        if FUTURE.contains(&w) {
            Some(Tense::Future)
        } else if PAST.contains(&w) || (w.len() > 4 && w.ends_with("ed")) {
            Some(Tense::Past)
        } else {
            None
        }
    };
    // A past participle after a modal is future: "will be held".
    let at = |words: &[String], i: usize| {
        let m = marker(&words[i])?;
        let modal = words[i.saturating_sub(2)..i]
            .iter()
            .any(|w| ["will", "shall", "ll"].contains(&w.as_str()));
        Some(if modal { Tense::Future } else { m })
    };
    for k in 0..8 {
        let b = before.len().checked_sub(k + 1).and_then(|i| at(&before, i));
        let a = (k < after.len()).then(|| at(&after, k)).flatten();
        if let Some(t) = b.or(a) {
            return Some(t);
        }
    }
    None
}

/// ISO year and week of a day number.
pub fn iso_week(day: i64) -> (i64, u32) {
    // 1970-01-01 was a Thursday; Monday = 0.
    let weekday = (day + 3).rem_euclid(7);
    let thursday = day - weekday + 3;
    let year = civil_from_days(thursday).year as i64;
    let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
    (year, week as u32)
}

/// Weekday of a day number, Monday = 0.
pub fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

/// Monday of ISO week `week` of `year`.
fn iso_week_start(year: i64, week: u32) -> i64 {
    let jan4 = days_from_civil(year, 1, 4);
    jan4 - weekday(jan4) + (week as i64 - 1) * 7
}

/// The days (first, last) a TIMEX3 date value covers, narrowed by its `mod`;
/// `None` for values that are not anchored ("XXXX-…", "PAST_REF") or not dates.
pub fn interval_of(value: &str, modifier: Option<&str>) -> Option<(i64, i64)> {
    let (first, last) = if let Some((y, season)) = value
        .split_once('-')
        .filter(|(_, s)| s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase()))
    {
        let y: i64 = y.parse().ok()?;
        let (from, to) = match season {
            "SP" => ((y, 3, 1), (y, 5, 31)),
            "SU" => ((y, 6, 1), (y, 8, 31)),
            "FA" => ((y, 9, 1), (y, 11, 30)),
            "WI" => (
                (y, 12, 1),
                (
                    y + 1,
                    2,
                    if PartialDate::new(y as u16 + 1, Some(2), Some(29)).is_some() {
                        29
                    } else {
                        28
                    },
                ),
            ),
            _ => return None,
        };
        (
            days_from_civil(from.0, from.1, from.2),
            days_from_civil(to.0, to.1, to.2),
        )
    } else if let Some((y, rest)) = value.split_once("-W") {
        let start = iso_week_start(y.parse().ok()?, rest.parse().ok()?);
        (start, start + 6)
    } else {
        let d = PartialDate::parse_iso(value)?;
        (d.first_day(), d.last_day())
    };
    let length = last - first + 1;
    Some(match modifier {
        _ if length <= 1 => (first, last),
        Some(START) => (first, first + length / 3 - 1),
        Some(MID) => (first + length / 3, last - length / 3),
        Some(END) => (last - length / 3 + 1, last),
        _ => (first, last),
    })
}

/// The TIMEX3 value of a day number.
pub fn day_value(day: i64) -> String {
    civil_from_days(day).to_string()
}

/// The TIMEX3 value of the ISO week holding a day number: "2022-W33".
pub fn week_value(day: i64) -> String {
    let (y, w) = iso_week(day);
    format!("{y:04}-W{w:02}")
}

/// The month `delta` months from `year`-`month`, as a value: "2022-07".
pub fn month_value(year: u16, month: u8, delta: i32) -> String {
    let n = year as i32 * 12 + month as i32 - 1 + delta;
    format!("{:04}-{:02}", n.div_euclid(12), n.rem_euclid(12) + 1)
}

/// Last day of a month, as a day number.
pub fn month_end(year: u16, month: u8) -> i64 {
    days_from_civil(year as i64, month, days_in_month(year, month))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_of_values() {
        let d = |s: &str| PartialDate::parse_iso(s).unwrap().first_day();
        let check = |v: &str, m: Option<&str>, from: &str, to: &str| {
            assert_eq!(interval_of(v, m), Some((d(from), d(to))), "{v} {m:?}");
        };
        check("2022-08-17", None, "2022-08-17", "2022-08-17");
        check("2022-08", None, "2022-08-01", "2022-08-31");
        check("2022-07", Some(END), "2022-07-22", "2022-07-31");
        check("2022-08", Some(START), "2022-08-01", "2022-08-10");
        check("1999", Some(MID), "1999-05-02", "1999-09-01");
        check("2022-W33", None, "2022-08-15", "2022-08-21");
        check("2023-W01", None, "2023-01-02", "2023-01-08");
        check("2022-SU", None, "2022-06-01", "2022-08-31");
        check("2022-WI", None, "2022-12-01", "2023-02-28");
        assert_eq!(interval_of("XXXX-WXX-5", None), None);
        assert_eq!(interval_of("PAST_REF", None), None);
    }

    #[test]
    fn weeks_and_weekdays() {
        let d = |s: &str| PartialDate::parse_iso(s).unwrap().first_day();
        assert_eq!(weekday(d("2022-08-17")), 2, "a Wednesday");
        assert_eq!(week_value(d("2022-08-17")), "2022-W33");
        assert_eq!(week_value(d("2023-01-01")), "2022-W52", "a Sunday");
        assert_eq!(week_value(d("2021-01-03")), "2020-W53");
        assert_eq!(month_value(2022, 1, -1), "2021-12");
        assert_eq!(month_value(2022, 12, 1), "2023-01");
    }

    #[test]
    fn tense_of_the_nearest_marker() {
        let check = |text: &str, expr: &str, expected: Option<Tense>| {
            let start = text.find(expr).unwrap();
            assert_eq!(tense(text, start, start + expr.len()), expected, "{text}");
        };
        check(
            "Kurti said on Friday that troops will come.",
            "Friday",
            Some(Tense::Past),
        );
        check(
            "The talks will resume on Thursday.",
            "Thursday",
            Some(Tense::Future),
        );
        check(
            "The vote will be held on March 3.",
            "March",
            Some(Tense::Future),
        );
        check(
            "Talks are scheduled for Thursday.",
            "Thursday",
            Some(Tense::Future),
        );
        check(
            "On Wednesday, Vucic met Stoltenberg.",
            "Wednesday",
            Some(Tense::Past),
        );
        check(
            "On Sunday, the paper quoted him.",
            "Sunday",
            Some(Tense::Past),
        );
        check("It rained. On Monday.", "Monday", None);
        check(
            "agreed to postpone it to the start of September",
            "September",
            Some(Tense::Future),
        );
    }
}
