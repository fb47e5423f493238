//! TimeML TIMEX3: what an expression denotes ([`TimexKind`]), its `mod`
//! ([`Modifier`]), the values of days, weeks and months, the interval a value
//! covers, and a reader's words for a value.

use super::calendar::{civil_from_days, days_from_civil, iso_week, iso_week_start, PartialDate};
use serde::{Deserialize, Serialize};

/// TIMEX3 `mod`: which part of its value an expression means, or that it is
/// approximate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Modifier {
    Start,
    Mid,
    End,
    Approx,
}

impl Modifier {
    /// The TIMEX3 spelling: START, MID, END, APPROX.
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Start => "START",
            Modifier::Mid => "MID",
            Modifier::End => "END",
            Modifier::Approx => "APPROX",
        }
    }
}

/// What a temporal expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimexKind {
    Date,
    Duration,
}

impl TimexKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "date",
            TimexKind::Duration => "duration",
        }
    }
}

/// A temporal expression found in a text: byte range, TIMEX3 value and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub kind: TimexKind,
    /// TIMEX3 `mod`: START, MID, END, APPROX.
    pub modifier: Option<Modifier>,
    /// The days (first, last) it covers, when anchored.
    pub interval: Option<(i64, i64)>,
}

/// The days (first, last) a TIMEX3 date value covers, narrowed by its `mod`;
/// `None` for values that are not anchored ("XXXX-…", "PAST_REF") or not dates.
pub fn interval_of(value: &str, modifier: Option<Modifier>) -> Option<(i64, i64)> {
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
        Some(Modifier::Start) => (first, first + length / 3 - 1),
        Some(Modifier::Mid) => (first + length / 3, last - length / 3),
        Some(Modifier::End) => (last - length / 3 + 1, last),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_of_values() {
        let d = |s: &str| PartialDate::parse_iso(s).unwrap().first_day();
        let check = |v: &str, m: Option<Modifier>, from: &str, to: &str| {
            assert_eq!(interval_of(v, m), Some((d(from), d(to))), "{v} {m:?}");
        };
        check("2022-08-17", None, "2022-08-17", "2022-08-17");
        check("2022-08", None, "2022-08-01", "2022-08-31");
        check("2022-07", Some(Modifier::End), "2022-07-22", "2022-07-31");
        check("2022-08", Some(Modifier::Start), "2022-08-01", "2022-08-10");
        check("1999", Some(Modifier::Mid), "1999-05-02", "1999-09-01");
        check("2022-W33", None, "2022-08-15", "2022-08-21");
        check("2023-W01", None, "2023-01-02", "2023-01-08");
        check("2022-SU", None, "2022-06-01", "2022-08-31");
        check("2022-WI", None, "2022-12-01", "2023-02-28");
        assert_eq!(interval_of("XXXX-WXX-5", None), None);
        assert_eq!(interval_of("PAST_REF", None), None);
    }

    #[test]
    fn week_and_month_values() {
        let d = |s: &str| PartialDate::parse_iso(s).unwrap().first_day();
        assert_eq!(week_value(d("2022-08-17")), "2022-W33");
        assert_eq!(week_value(d("2023-01-01")), "2022-W52", "a Sunday");
        assert_eq!(week_value(d("2021-01-03")), "2020-W53");
        assert_eq!(month_value(2022, 1, -1), "2021-12");
        assert_eq!(month_value(2022, 12, 1), "2023-01");
    }
}
