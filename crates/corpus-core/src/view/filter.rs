//! Filters the explorer adds to the query for the reader (an outlet's button,
//! a period of the trends chart), written as the query language reads them and
//! added only when not already in force.

use crate::search::query::{self, DateRange, Options};
use crate::search::trends::{Bucket, Period};
use crate::text::fold::fold_str;
use crate::time::calendar::{civil_from_days, PartialDate};

/// A filter of the query language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    /// An outlet's documents, by its name as shown.
    Outlet(String),
    /// Documents in a language, by its tag ("sr-Latn").
    Language(String),
    /// Documents published in the period (either end may be open).
    Published(DateRange),
}

impl Filter {
    /// Documents published in `from` to `to` (a month, a day, a year).
    pub fn published(from: PartialDate, to: PartialDate) -> Filter {
        Filter::Published(DateRange {
            from: Some(from),
            to: Some(to),
        })
    }

    /// The filter that keeps the documents of a point of the trends chart:
    /// its month or its week; `None` per document (its point opens it).
    pub fn of_period(bucket: &Bucket, period: Period) -> Option<Filter> {
        let (first, last) = (
            civil_from_days(bucket.days.0),
            civil_from_days(bucket.days.1),
        );
        match period {
            Period::Month => {
                let month = PartialDate { day: None, ..first };
                Some(Filter::published(month, month))
            }
            Period::Week => Some(Filter::published(first, last)),
            Period::Document => None,
        }
    }

    /// The filter as it is typed: `outlet:DW`, `outlet:"Die Welt"`,
    /// `date:2022-08`, `date:2022-08-01..2022-08-07`, `date:..2022-09`.
    pub fn text(&self) -> String {
        match self {
            Filter::Outlet(name) if name.contains(char::is_whitespace) => {
                format!("outlet:\"{name}\"")
            }
            Filter::Outlet(name) => format!("outlet:{name}"),
            Filter::Language(tag) => format!("lang:{tag}"),
            Filter::Published(DateRange { from, to }) if from == to && from.is_some() => {
                format!("date:{}", from.map(|d| d.to_string()).unwrap_or_default())
            }
            Filter::Published(DateRange { from, to }) => {
                let side = |d: &Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
                format!("date:{}..{}", side(from), side(to))
            }
        }
    }

    /// Whether `parsed` (a query) already keeps to this filter.
    fn in_force(&self, parsed: &query::Query) -> bool {
        match self {
            Filter::Outlet(name) => parsed.outlets.contains(&fold_str(name.trim())),
            Filter::Language(tag) => parsed.languages.iter().any(|l| l.eq_ignore_ascii_case(tag)),
            Filter::Published(range) => parsed.date == Some(*range),
        }
    }
}

/// `query` with `filter` added at its end, or `None` when the query already
/// keeps to it (however it was written: `outlet:dw` holds `outlet:DW`).
pub fn with_filter(query: &str, filter: &Filter) -> Option<String> {
    let parsed = query::parse(query, Options::default());
    if filter.in_force(&parsed.query) {
        return None;
    }
    let kept = query.trim_end();
    let sep = if kept.is_empty() { "" } else { " " };
    Some(format!("{kept}{sep}{} ", filter.text()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(y: u16, m: u8) -> PartialDate {
        PartialDate::new(y, Some(m), None).expect("a month")
    }

    fn day(y: u16, m: u8, d: u8) -> PartialDate {
        PartialDate::new(y, Some(m), Some(d)).expect("a day")
    }

    #[test]
    fn filters_are_written_as_typed() {
        let check = |f: Filter, expected: &str| assert_eq!(f.text(), expected);
        check(Filter::Outlet("DW".into()), "outlet:DW");
        check(Filter::Outlet("Die Welt".into()), "outlet:\"Die Welt\"");
        check(Filter::Language("sr-Latn".into()), "lang:sr-Latn");
        check(
            Filter::published(month(2022, 8), month(2022, 8)),
            "date:2022-08",
        );
        check(
            Filter::published(day(2022, 8, 1), day(2022, 8, 7)),
            "date:2022-08-01..2022-08-07",
        );
        check(
            Filter::Published(DateRange {
                from: None,
                to: Some(month(2022, 9)),
            }),
            "date:..2022-09",
        );
    }

    #[test]
    fn a_point_of_the_trends_keeps_its_period() {
        let bucket = |a: PartialDate, z: PartialDate| Bucket {
            days: (a.first_day(), z.last_day()),
            docs: vec![0],
            words: 100,
        };
        let check = |b: Bucket, period: Period, expected: Option<&str>| {
            let text = Filter::of_period(&b, period).map(|f| f.text());
            assert_eq!(text.as_deref(), expected, "{period:?}");
        };
        let august = || bucket(day(2022, 8, 1), day(2022, 8, 31));
        check(august(), Period::Month, Some("date:2022-08"));
        let week = bucket(day(2022, 8, 29), day(2022, 9, 4));
        check(week, Period::Week, Some("date:2022-08-29..2022-09-04"));
        check(august(), Period::Document, None);
    }

    #[test]
    fn a_filter_is_added_once() {
        let check = |query: &str, f: Filter, expected: Option<&str>| {
            assert_eq!(with_filter(query, &f).as_deref(), expected, "{query:?}")
        };
        let welt = || Filter::Outlet("Die Welt".into());
        check("", Filter::Outlet("DW".into()), Some("outlet:DW "));
        check(
            "kfor  ",
            Filter::Outlet("DW".into()),
            Some("kfor outlet:DW "),
        );
        check("kfor outlet:DW ", Filter::Outlet("DW".into()), None);
        check("outlet:dw", Filter::Outlet("DW".into()), None);
        // Quoted names are one filter, not words to compare one by one.
        check("kfor", welt(), Some("kfor outlet:\"Die Welt\" "));
        check("kfor outlet:\"Die Welt\" ", welt(), None);
        check(
            "outlet:Die Welt",
            welt(),
            Some("outlet:Die Welt outlet:\"Die Welt\" "),
        );
        let august = || Filter::published(month(2022, 8), month(2022, 8));
        check("kfor", august(), Some("kfor date:2022-08 "));
        check("kfor date:2022-08 ", august(), None);
        check("date:2022-08..2022-08", august(), None);
        check("date:2022-09", august(), Some("date:2022-09 date:2022-08 "));
        let serbian = || Filter::Language("sr-Latn".into());
        check("kfor", serbian(), Some("kfor lang:sr-Latn "));
        check("kfor lang:sr-latn", serbian(), None);
        check("lang:sr", serbian(), Some("lang:sr lang:sr-Latn "));
    }
}
