//! The calendar: dates known to the year, month or day ([`PartialDate`]), day
//! numbers (days since 1970-01-01) and back, weekdays and ISO weeks.

use crate::text::fold::fold_str;
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

/// Months as abbreviated, with or without a full stop ("Nov", "Nov.").
pub const MONTH_ABBREVIATIONS: [&str; 13] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Month names of other languages, folded as search folds them (so Serbian
/// Cyrillic is its Latin script, and accents are gone): CLDR's wide format
/// and stand-alone names, and the case endings each language's grammar adds
/// to them. Each language: its names January to December, a second
/// spelling of some (matched whole), the endings, and whether the names'
/// `-bar` loses its `a` before them (Serbian's fleeting a: `septembar`,
/// `septembra`).
struct MonthNames {
    names: [&'static str; 12],
    variants: Option<[&'static str; 12]>,
    endings: &'static [&'static str],
    fleeting_a: bool,
}

const OTHER_MONTHS: [MonthNames; 9] = [
    // Serbian (both scripts), the genitive "24. novembra", the locative "u
    // novembru", the instrumental "za novembrom"; "juni", "juli" beside "jun", "jul".
    MonthNames {
        names: [
            "januar",
            "februar",
            "mart",
            "april",
            "maj",
            "jun",
            "jul",
            "avgust",
            "septembar",
            "oktobar",
            "novembar",
            "decembar",
        ],
        variants: None,
        fleeting_a: true,
        endings: &["a", "u", "om", "i"],
    },
    // Albanian: the definite "dhjetori", its genitive and dative "dhjetorit",
    // its accusative "dhjetorin".
    MonthNames {
        names: [
            "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
            "tetor", "nentor", "dhjetor",
        ],
        variants: None,
        fleeting_a: false,
        endings: &["i", "it", "in"],
    },
    // German ("Jänner" in Austria).
    MonthNames {
        names: [
            "januar",
            "februar",
            "marz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
        ],
        variants: Some([
            "janner",
            "feber",
            "marz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
        ]),
        endings: &[],
        fleeting_a: false,
    },
    MonthNames {
        names: [
            "janvier",
            "fevrier",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "decembre",
        ],
        variants: None,
        fleeting_a: false,
        endings: &[],
    },
    MonthNames {
        names: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        variants: Some([
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "setiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ]),
        endings: &[],
        fleeting_a: false,
    },
    MonthNames {
        names: [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        variants: None,
        fleeting_a: false,
        endings: &[],
    },
    // Arabic: the names of Egypt and the Gulf…
    MonthNames {
        names: [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
        variants: Some([
            "يناير",
            "فبراير",
            "مارس",
            "إبريل",
            "مايو",
            "يونيه",
            "يوليه",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ]),
        endings: &[],
        fleeting_a: false,
    },
    // …and of the Levant and Iraq, where one word names the month (the two
    // Kānūns and Tishrīns take a second word: `two_word_month`).
    MonthNames {
        names: [
            "",
            "شباط",
            "آذار",
            "نيسان",
            "أيار",
            "حزيران",
            "تموز",
            "آب",
            "أيلول",
            "",
            "",
            "",
        ],
        variants: None,
        fleeting_a: false,
        endings: &[],
    },
    // Portuguese.
    MonthNames {
        names: [
            "janeiro",
            "fevereiro",
            "marco",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        variants: None,
        fleeting_a: false,
        endings: &[],
    },
];

/// The month (1 to 12) a word of another language than English names, in
/// any case and any of the forms [`OTHER_MONTHS`] knows: "novembra",
/// "новембра", "dhjetor", "Dezember", "décembre", "ديسمبر".
pub fn month_in_other_languages(word: &str) -> Option<u8> {
    let folded = crate::text::fold::fold_str(word);
    let w = folded.as_str();
    OTHER_MONTHS.iter().find_map(|l| {
        (0..12).find_map(|m| {
            let name = l.names[m];
            let variant = l.variants.is_some_and(|v| v[m] == w);
            let ends = |rest: Option<&str>| rest.is_some_and(|e| l.endings.contains(&e));
            // `septembr-a`: the name's `-bar` without its fleeting a.
            let fleeting = l.fleeting_a
                && name.strip_suffix("bar").is_some_and(|head| {
                    ends(w.strip_prefix(head).and_then(|r| r.strip_prefix("br")))
                });
            let inflected = !name.is_empty() && (ends(w.strip_prefix(name)) || fleeting);
            let named = !name.is_empty() && name == w;
            (named || variant || inflected).then_some(m as u8 + 1)
        })
    })
}

/// The months the Levant and Iraq name in two words, the Kānūns and the
/// Tishrīns: "كانون الثاني" (January), "تشرين الأول" (October), "تشرين
/// الثاني" (November), "كانون الأول" (December); the second word with its
/// article or without ("كانون أول").
pub fn two_word_month(first: &str, second: &str) -> Option<u8> {
    const MONTHS: [(&str, &str, u8); 4] = [
        ("كانون", "الثاني", 1),
        ("تشرين", "الأول", 10),
        ("تشرين", "الثاني", 11),
        ("كانون", "الأول", 12),
    ];
    // Most words start otherwise: no folding for them (this runs on every
    // lower-case word of every article).
    if !first.starts_with(['ك', 'ت']) {
        return None;
    }
    let (a, b) = (fold_str(first), fold_str(second));
    MONTHS.iter().find_map(|&(x, y, m)| {
        let bare = y.strip_prefix("ال").unwrap_or(y);
        (fold_str(x) == a && (fold_str(y) == b || fold_str(bare) == b)).then_some(m)
    })
}

/// Primary language subtags ("sr", "hr").
type Languages = &'static [&'static str];

/// Today, tomorrow, yesterday and the days beside them in other languages
/// (folded), by their language subtags: only an article in that language
/// reads them so, as `hier` is French "yesterday" and German "here", `sutra`
/// Serbian "tomorrow" and an English word.
const OTHER_DAYS: &[(Languages, &[(&str, i64)])] = &[
    (
        &["sr", "hr", "bs", "cnr"],
        &[
            ("danas", 0),
            ("veceras", 0),
            ("sutra", 1),
            ("prekosutra", 2),
            ("juce", -1),
            ("jucer", -1),
            ("prekjuce", -2),
            ("prekjucer", -2),
        ],
    ),
    (
        &["sq"],
        &[
            ("sot", 0),
            ("sonte", 0),
            ("neser", 1),
            ("dje", -1),
            ("pardje", -2),
        ],
    ),
    (
        &["de"],
        // Not "morgen": "am Morgen" is the morning.
        &[
            ("heute", 0),
            ("ubermorgen", 2),
            ("gestern", -1),
            ("vorgestern", -2),
        ],
    ),
    (&["fr"], &[("demain", 1), ("hier", -1)]),
    (&["es"], &[("hoy", 0), ("ayer", -1), ("anteayer", -2)]),
    (&["it"], &[("oggi", 0), ("domani", 1), ("ieri", -1)]),
    (&["pt"], &[("hoje", 0), ("amanha", 1), ("ontem", -1)]),
];

/// The weekdays of other languages (folded), Monday first, as they stand
/// after the word that says "on" (`u sredu`, `të martën`, `am Freitag`):
/// Serbian and Croatian in the accusative, Albanian definite.
const OTHER_WEEKDAYS: &[(Languages, &[&str], [&str; 7])] = &[
    (
        &["sr", "bs", "cnr"],
        &["u"],
        [
            "ponedeljak",
            "utorak",
            "sredu",
            "cetvrtak",
            "petak",
            "subotu",
            "nedelju",
        ],
    ),
    (
        &["hr", "bs", "cnr"],
        &["u"],
        [
            "ponedjeljak",
            "utorak",
            "srijedu",
            "cetvrtak",
            "petak",
            "subotu",
            "nedjelju",
        ],
    ),
    (
        &["sq"],
        &["te", "ne"],
        [
            "henen", "marten", "merkuren", "enjten", "premten", "shtunen", "dielen",
        ],
    ),
    (
        &["de"],
        &["am"],
        [
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
        ],
    ),
    (
        &["fr"],
        &["le", "ce"],
        [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
    ),
    (
        &["es"],
        &["el", "este"],
        [
            "lunes",
            "martes",
            "miercoles",
            "jueves",
            "viernes",
            "sabado",
            "domingo",
        ],
    ),
    (
        &["it"],
        &["di", "il", "lo"],
        [
            "lunedi",
            "martedi",
            "mercoledi",
            "giovedi",
            "venerdi",
            "sabato",
            "domenica",
        ],
    ),
];

/// Whether one of `tags` is the primary language subtag of `language`
/// ("sr" of "sr-Latn"), in any case.
fn speaks(tags: &[&str], language: &str) -> bool {
    let primary = language.split('-').next().unwrap_or(language);
    tags.iter().any(|t| t.eq_ignore_ascii_case(primary))
}

/// How many days from the publication day a word of the article's
/// `language` names ("juče" -1, "dje" -1, "gestern" -1, "sutra" 1).
pub fn day_in_language(language: &str, word: &str) -> Option<i64> {
    let (_, days) = OTHER_DAYS.iter().find(|(tags, _)| speaks(tags, language))?;
    let folded = fold_str(word);
    // The table folded too: "dje" folds as "de" (Serbian's `dj`).
    days.iter()
        .find(|(w, _)| fold_str(w) == folded)
        .map(|(_, d)| *d)
}

/// The weekday (0 Monday to 6 Sunday) `word` names in the article's
/// `language`, after `before`, the word that says "on" there.
pub fn weekday_in_language(language: &str, before: &str, word: &str) -> Option<usize> {
    let mut tables = OTHER_WEEKDAYS
        .iter()
        .filter(|(tags, _, _)| speaks(tags, language))
        .peekable();
    tables.peek()?;
    let (before, word) = (fold_str(before), fold_str(word));
    tables
        .filter(|(_, on, _)| on.iter().any(|o| fold_str(o) == before))
        .find_map(|(_, _, days)| days.iter().position(|d| fold_str(d) == word))
}

/// Whether `word` names a month or a day of the week, in any case.
pub fn is_month_or_weekday(word: &str) -> bool {
    MONTHS
        .iter()
        .chain(WEEKDAYS.iter())
        .any(|m| m.eq_ignore_ascii_case(word))
}

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
pub fn iso_week_start(year: i64, week: u32) -> i64 {
    let jan4 = days_from_civil(year, 1, 4);
    jan4 - weekday(jan4) + (week as i64 - 1) * 7
}

/// Last day of a month, as a day number.
pub fn month_end(year: u16, month: u8) -> i64 {
    days_from_civil(year as i64, month, days_in_month(year, month))
}

/// The day number of an ISO date, for tests: `day("2022-08-17")`.
#[cfg(test)]
pub fn day(iso: &str) -> i64 {
    PartialDate::parse_iso(iso)
        .expect("an ISO date")
        .first_day()
}

/// A day written `YYYY-MM-DD` (spaces around ignored), as its day number;
/// `None` for anything else, a month or a day that does not exist included.
pub fn parse_day(s: &str) -> Option<i64> {
    let d = PartialDate::parse_iso(s.trim())?;
    Some(days_from_civil(d.year as i64, d.month?, d.day?))
}

/// The days from `a` to `b`, whichever way they were picked.
pub fn day_range(a: i64, b: i64) -> (i64, i64) {
    (a.min(b), a.max(b))
}

/// "2022", "2022–23", "1999–2023": a span of years, the second shortened
/// within a century.
pub fn years_label(first: u16, last: u16) -> String {
    match (first, last) {
        (a, b) if a == b => a.to_string(),
        (a, b) if a / 100 == b / 100 => format!("{a}–{:02}", b % 100),
        (a, b) => format!("{a}–{b}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn months_of_other_languages() {
        let check = |word: &str, expected: Option<u8>| {
            assert_eq!(super::month_in_other_languages(word), expected, "{word}")
        };
        for (word, month) in [
            ("novembra", 11),
            ("новембра", 11),
            ("Novembar", 11),
            ("decembru", 12),
            ("јануара", 1),
            ("jula", 7),
            ("juni", 6),
            ("dhjetor", 12),
            ("dhjetorit", 12),
            ("nëntor", 11),
            ("marsit", 3),
            ("Dezember", 12),
            ("März", 3),
            ("Jänner", 1),
            ("décembre", 12),
            ("août", 8),
            ("diciembre", 12),
            ("settembre", 9),
            ("dezembro", 12),
            ("ديسمبر", 12),
            ("إبريل", 4),
            ("تموز", 7),
        ] {
            check(word, Some(month));
        }
        for word in ["novembrr", "dhjetorx", "mart.", "decem", "", "the", "ma"] {
            check(word, None);
        }
    }

    use super::*;

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
        assert_eq!(month_end(2022, 8), m.last_day());
    }

    #[test]
    fn days_are_read_whole() {
        let check = |s: &str, expected: Option<i64>| assert_eq!(parse_day(s), expected, "{s:?}");
        check("2022-08-17", Some(day("2022-08-17")));
        check(" 2022-08-17 ", Some(day("2022-08-17")));
        check("1970-01-01", Some(0));
        for not_a_day in ["2022-08", "2022", "2022-02-30", "17/08/2022", "", "soon"] {
            check(not_a_day, None);
        }
    }

    #[test]
    fn ranges_and_spans_of_years() {
        assert_eq!(day_range(9, 3), (3, 9));
        assert_eq!(day_range(3, 9), (3, 9));
        assert_eq!(day_range(4, 4), (4, 4));
        for (first, last, expected) in [
            (2022, 2022, "2022"),
            (2022, 2023, "2022–23"),
            (2001, 2009, "2001–09"),
            (1999, 2023, "1999–2023"),
        ] {
            assert_eq!(years_label(first, last), expected);
        }
    }

    #[test]
    fn weeks_and_weekdays() {
        let d = |s: &str| PartialDate::parse_iso(s).unwrap().first_day();
        assert_eq!(weekday(d("2022-08-17")), 2, "a Wednesday");
        assert_eq!(iso_week(d("2023-01-01")), (2022, 52), "a Sunday");
        assert_eq!(iso_week(d("2021-01-03")), (2020, 53));
        assert_eq!(iso_week_start(2023, 1), d("2023-01-02"));
    }
}
