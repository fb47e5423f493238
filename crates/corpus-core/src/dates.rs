//! Calendar dates: a partial date type and extraction of the absolute date and
//! duration expressions an article states ("17 August 2022", "September 1st",
//! "mid-1999", "2008", "23 years"). Values follow TimeML TIMEX3.

use core::fmt;
use serde::{Deserialize, Serialize};

/// A date known to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    pub fn parse_iso(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let year = parse_fixed(parts.next()?, 4)? as u16;
        let month = match parts.next() {
            None => None,
            Some(m) => Some(parse_fixed(m, 2)? as u8),
        };
        let day = match parts.next() {
            None => None,
            Some(d) => Some(parse_fixed(d, 2)? as u8),
        };
        if parts.next().is_some() {
            return None;
        }
        PartialDate::new(year, month, day)
    }

    /// A date if the month and day exist (a day needs a month).
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Option<PartialDate> {
        match (month, day) {
            (Some(m), _) if !(1..=12).contains(&m) => None,
            (None, Some(_)) => None,
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => None,
            _ => Some(PartialDate { year, month, day }),
        }
    }

    /// Days since 1970-01-01 of the first day this date covers.
    pub fn first_day(self) -> i64 {
        days_from_civil(
            self.year as i64,
            self.month.unwrap_or(1),
            self.day.unwrap_or(1),
        )
    }

    /// Days since 1970-01-01 of the last day this date covers.
    pub fn last_day(self) -> i64 {
        match (self.month, self.day) {
            (Some(m), Some(d)) => days_from_civil(self.year as i64, m, d),
            (Some(m), None) => days_from_civil(self.year as i64, m, days_in_month(self.year, m)),
            _ => days_from_civil(self.year as i64, 12, 31),
        }
    }

    /// Human form: "17 August 2022", "August 2022", "2022".
    pub fn long(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// Compact human form: "17 Aug 2022", "Aug 2022", "2022".
    pub fn short(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", &MONTHS[m as usize - 1][..3], self.year),
            (Some(m), None) => format!("{} {}", &MONTHS[m as usize - 1][..3], self.year),
            _ => self.year.to_string(),
        }
    }
}

/// TIMEX3 value: `2022-08-17`, `2022-08`, `2022`.
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

fn parse_fixed(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn is_leap(y: u16) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

pub fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Calendar date of a day number from [`days_from_civil`].
pub fn civil_from_days(z: i64) -> PartialDate {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as u16;
    PartialDate {
        year: y,
        month: Some(m),
        day: Some(d),
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
}

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

/// Finds the absolute dates and durations in `text`. `reference` (the publication
/// date) supplies the year of a day and month without one; without it the year is
/// left unresolved as `XXXX`.
pub fn extract(text: &str, reference: Option<PartialDate>) -> Vec<Timex> {
    let toks = tokenize(text);
    let s = |t: &Token| &text[t.start..t.end];
    let num = |i: usize| -> Option<u32> {
        toks.get(i)
            .filter(|t| t.kind == Tok::Num && t.end - t.start <= 4)
            .and_then(|t| s(t).parse().ok())
    };
    let word = |i: usize| toks.get(i).filter(|t| t.kind == Tok::Word).map(s);
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
    let resolve = |m: u8, d: Option<u8>, y: Option<u16>| -> Option<String> {
        match y.or(reference.map(|r| r.year)) {
            Some(y) => PartialDate::new(y, Some(m), d).map(|p| p.to_string()),
            None => Some(match d {
                Some(d) => format!("XXXX-{m:02}-{d:02}"),
                None => format!("XXXX-{m:02}"),
            }),
        }
    };

    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut found: Option<(usize, String, TimexKind)> = None; // (last token, value, kind)
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
                    found = Some((i + 4, p.to_string(), TimexKind::Date));
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
                    if let Some(v) = resolve(m, Some(d as u8), y) {
                        found = Some((last, v, TimexKind::Date));
                    }
                }
            }
        }
        // August 17, 2022 / September 1st / August 2022 / end of June 2022
        if found.is_none() {
            // "end of June 2022" starts at "end"; TIMEX3 keeps the month as its value.
            let mi = match word(i) {
                Some("end" | "beginning" | "start" | "middle") if word(i + 1) == Some("of") => {
                    i + 2
                }
                _ => i,
            };
            if let Some(m) = month(mi) {
                if let Some(d) = day(mi + 1) {
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
                    if let Some(v) = resolve(m, Some(d as u8), y) {
                        found = Some((last, v, TimexKind::Date));
                    }
                } else if let Some(y) = year(mi + 1) {
                    found = Some((mi + 1, format!("{y:04}-{m:02}"), TimexKind::Date));
                }
            }
        }
        // mid-1999 / early 2008 / late 2022
        if found.is_none() {
            if let Some(w) = word(i) {
                let modifier = matches!(w, "mid" | "early" | "late");
                let j = if punct(i + 1, "-") { i + 2 } else { i + 1 };
                if modifier {
                    if let Some(y) = year(j) {
                        found = Some((j, y.to_string(), TimexKind::Date));
                    }
                }
            }
        }
        // a bare year
        if found.is_none() {
            if let Some(y) = year(i) {
                found = Some((i, y.to_string(), TimexKind::Date));
            }
        }
        // 23 years
        if found.is_none() {
            if let (Some(n), Some(unit)) = (num(i), word(i + 1)) {
                let code = match unit {
                    "years" | "year" => Some('Y'),
                    "months" | "month" => Some('M'),
                    "weeks" | "week" => Some('W'),
                    "days" | "day" => Some('D'),
                    _ => None,
                };
                let preceded_by_separator = text[..toks[i].start].ends_with([',', '.']);
                if let (Some(code), false) = (code, preceded_by_separator) {
                    found = Some((i + 1, format!("P{n}{code}"), TimexKind::Duration));
                }
            }
        }
        match found {
            Some((last, value, kind)) => {
                out.push(Timex {
                    start: toks[i].start,
                    end: toks[last].end,
                    value,
                    kind,
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
        check("since mid-1999.", None, &[("mid-1999", "1999")]);
        check("Kosovo's 2008 declaration", None, &[("2008", "2008")]);
        check("date 2023-01-02 As", None, &[("2023-01-02", "2023-01-02")]);
        check("over the past 23 years,", None, &[("23 years", "P23Y")]);
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

    #[test]
    fn partial_dates_parse_and_print() {
        for s in ["2022", "2022-08", "2022-08-17", "2024-02-29"] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().to_string(), s);
        }
        for s in [
            "22",
            "2022-13",
            "2023-02-29",
            "2022-8-1",
            "2022-08-17-1",
            "x",
        ] {
            assert_eq!(PartialDate::parse_iso(s), None, "{s}");
        }
        let d = PartialDate::parse_iso("2022-08-17").unwrap();
        assert_eq!(civil_from_days(d.first_day()), d);
        assert_eq!(d.long(), "17 August 2022");
        let m = PartialDate::parse_iso("2022-08").unwrap();
        assert_eq!(m.last_day() - m.first_day(), 30);
    }
}
