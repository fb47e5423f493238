//! Term trends: each query term's matches per document, week or month of
//! publication, over the documents shown, with the words they hold (for
//! matches per 10,000 words). The app draws them under the timeline.

use super::Results;
use crate::i18n::{Msg, Texts};
use crate::model::index::Index;
use crate::time::calendar::{civil_from_days, days_from_civil, PartialDate};

/// What one point of a trend stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Document,
    Week,
    Month,
}

impl Period {
    /// Its button's label: "Per month".
    pub fn label(self) -> Msg {
        match self {
            Period::Month => Msg::PerMonth,
            Period::Week => Msg::PerWeek,
            Period::Document => Msg::PerDocument,
        }
    }

    /// What a chart says of the documents shown the period cannot place:
    /// "Not drawn: 2 articles without a day."
    fn unplaced(self) -> Msg {
        match self {
            Period::Week => Msg::NotDrawnNoDay,
            Period::Month => Msg::NotDrawnNoMonth,
            Period::Document => Msg::NotDrawnNoDate,
        }
    }
}

/// The most weeks or months drawn with the empty ones between; past it, only
/// those with documents.
pub const MAX_FILLED: usize = 400;

/// One point of the x axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bucket {
    /// The days it covers (since 1970-01-01), first and last.
    pub days: (i64, i64),
    /// The documents shown in it, in publication order.
    pub docs: Vec<u32>,
    /// Words in those documents.
    pub words: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trends {
    pub buckets: Vec<Bucket>,
    /// `counts[term][bucket]`: the term's matches in the bucket's documents.
    pub counts: Vec<Vec<u32>>,
    /// Documents shown that the period cannot place: no date, or a date less
    /// precise than the period (a month-only date has no week).
    pub unplaced: usize,
}

/// Matches per 10,000 words, in tenths (integers: the app formats no floats).
pub fn per_10k_tenths(count: u32, words: u64) -> Option<u64> {
    (words > 0).then(|| (count as u64 * 100_000 + words / 2) / words)
}

/// How a trend's points are measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Matches per 10,000 words of the period's documents.
    Per10k,
    /// Matches.
    Matches,
}

impl Measure {
    /// What a value is, for an axis: "matches per 10,000 words".
    pub fn unit(self) -> Msg {
        match self {
            Measure::Per10k => Msg::UnitPer10k,
            Measure::Matches => Msg::UnitMatches,
        }
    }
}

impl Trends {
    /// "Not drawn: 2 articles without a day.": the documents shown that
    /// `period` cannot place, if any.
    pub fn unplaced_note(&self, period: Period, t: &Texts) -> Option<String> {
        (self.unplaced > 0).then(|| t.count(period.unplaced(), self.unplaced))
    }

    /// Term `t`'s value in bucket `b`, in tenths: its matches, or its matches
    /// per 10,000 words (`None` for a bucket without words).
    pub fn value(&self, t: usize, b: usize, measure: Measure) -> Option<u64> {
        let count = self.counts[t][b];
        match measure {
            Measure::Matches => Some(count as u64 * 10),
            Measure::Per10k => per_10k_tenths(count, self.buckets[b].words),
        }
    }

    /// Term `t`'s points: (bucket, value in tenths), leaving out the periods
    /// without documents.
    pub fn line(&self, t: usize, measure: Measure) -> Vec<(usize, u64)> {
        (0..self.buckets.len())
            .filter(|&b| !self.buckets[b].docs.is_empty())
            .filter_map(|b| self.value(t, b, measure).map(|v| (b, v)))
            .collect()
    }

    /// The top of the value axis, in tenths: the largest value, at least 1.
    pub fn largest(&self, measure: Measure) -> u64 {
        (0..self.counts.len())
            .flat_map(|t| self.line(t, measure))
            .map(|(_, v)| v)
            .max()
            .unwrap_or(0)
            .max(10)
    }

    /// What bucket `b` covers: a month ("August 2022"), a week ("week of 1
    /// August 2022") or a document's date.
    pub fn when(&self, b: usize, period: Period, t: &Texts) -> String {
        let (first, last) = self.buckets[b].days;
        let (a, z) = (civil_from_days(first), civil_from_days(last));
        match period {
            Period::Month => t.date_long(PartialDate { day: None, ..a }),
            Period::Week => t.fill(Msg::WeekOf, &[&t.date_long(a)]),
            Period::Document => t.date_long(z),
        }
    }
}

/// The trends of `terms` query terms over the documents in `results`.
pub fn trends(index: &Index, results: &Results, terms: usize, period: Period) -> Trends {
    let mut placed: Vec<(i64, u32)> = Vec::new();
    let mut unplaced = 0;
    for r in &results.docs {
        match index.documents[r.doc as usize]
            .published
            .and_then(|p| start(p, period))
        {
            Some(day) => placed.push((day, r.doc)),
            None => unplaced += 1,
        }
    }
    crate::order::sort_by_key(&mut placed, |&(day, doc)| {
        crate::order::key([(day + (1 << 31)) as u32, doc, 0, 0])
    });
    let buckets = bucket(index, &placed, period);
    let mut counts = vec![vec![0u32; buckets.len()]; terms];
    for (b, bucket) in buckets.iter().enumerate() {
        for &doc in &bucket.docs {
            for hit in results.get(doc).map_or(&[][..], |r| &r.hits[..]) {
                if let Some(c) = counts.get_mut(hit.term as usize) {
                    c[b] += 1;
                }
            }
        }
    }
    Trends {
        buckets,
        counts,
        unplaced,
    }
}

/// The first day of the period holding `date`, if the date is precise enough.
fn start(date: PartialDate, period: Period) -> Option<i64> {
    match (period, date.month, date.day) {
        (Period::Document, _, _) => Some(date.first_day()),
        (Period::Month, Some(m), _) => Some(days_from_civil(date.year as i64, m, 1)),
        // Weeks start on Monday; 1970-01-01 was a Thursday.
        (Period::Week, Some(_), Some(_)) => {
            let day = date.first_day();
            Some(day - (day + 3).rem_euclid(7))
        }
        _ => None,
    }
}

/// The day after the period starting on `day`.
fn next(day: i64, period: Period) -> i64 {
    match period {
        Period::Week => day + 7,
        _ => {
            let d = civil_from_days(day);
            let (y, m) = match d.month.unwrap_or(1) {
                12 => (d.year as i64 + 1, 1),
                m => (d.year as i64, m + 1),
            };
            days_from_civil(y, m, 1)
        }
    }
}

/// The buckets of `placed` (first day, document; sorted): one per document,
/// or one per week or month from the first to the last, empty ones included
/// unless there would be more than [`MAX_FILLED`].
fn bucket(index: &Index, placed: &[(i64, u32)], period: Period) -> Vec<Bucket> {
    let words = |docs: &[u32]| {
        docs.iter()
            .map(|&d| index.documents[d as usize].word_count as u64)
            .sum()
    };
    if period == Period::Document {
        return placed
            .iter()
            .map(|&(day, doc)| {
                let last = index.documents[doc as usize]
                    .published
                    .map_or(day, |p| p.last_day());
                Bucket {
                    days: (day, last),
                    docs: vec![doc],
                    words: words(&[doc]),
                }
            })
            .collect();
    }
    let mut buckets: Vec<Bucket> = Vec::new();
    for group in placed.chunk_by(|a, b| a.0 == b.0) {
        let first = group[0].0;
        // The empty periods since the last one, while there are not too many.
        if let Some(last) = buckets.last() {
            let mut day = next(last.days.0, period);
            let gap = ((first - day) / if period == Period::Week { 7 } else { 28 }) as usize;
            while day < first && buckets.len() + gap <= MAX_FILLED {
                buckets.push(Bucket {
                    days: (day, next(day, period) - 1),
                    docs: Vec::new(),
                    words: 0,
                });
                day = next(day, period);
            }
        }
        let docs: Vec<u32> = group.iter().map(|&(_, d)| d).collect();
        buckets.push(Bucket {
            days: (first, next(first, period) - 1),
            words: words(&docs),
            docs,
        });
    }
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::index::Document;
    use crate::search::query::{parse, Options};
    use crate::search::run;

    /// Four dated articles and one undated: "kfor" (term 0) twice in the first.
    fn index() -> Index {
        let texts = [
            (Some("2022-08-01"), "KFOR and KFOR troops."),
            (Some("2022-08-03"), "NATO and KFOR."),
            (Some("2022-10"), "Troops in October, NATO says."),
            (Some("2022-10-20"), "NATO again."),
            (None, "KFOR, undated."),
        ];
        let documents = texts
            .iter()
            .enumerate()
            .map(|(i, (date, text))| {
                let mut d = Document::from_text(&format!("d{i}"), text);
                d.published = date.and_then(PartialDate::parse_iso);
                d
            })
            .collect();
        Index::new(documents, vec![], vec![])
    }

    /// The buckets as (first day, documents, kfor's count), and the documents left unplaced.
    fn check(period: Period, expected: &[(String, Vec<u32>, u32)], unplaced: usize) {
        let index = index();
        let results = run(
            &index,
            &parse("kfor OR nato", Options::default()).query,
            &[],
        );
        let t = trends(&index, &results, 2, period);
        let got: Vec<(String, Vec<u32>, u32)> = t
            .buckets
            .iter()
            .enumerate()
            .map(|(b, k)| {
                (
                    civil_from_days(k.days.0).to_string(),
                    k.docs.clone(),
                    t.counts[0][b],
                )
            })
            .collect();
        assert_eq!(got, expected, "{period:?}");
        assert_eq!(t.unplaced, unplaced, "{period:?}");
    }

    fn at(day: &str, docs: &[u32], kfor: u32) -> (String, Vec<u32>, u32) {
        (day.to_string(), docs.to_vec(), kfor)
    }

    #[test]
    fn matches_per_document_week_and_month() {
        check(
            Period::Document,
            &[
                at("2022-08-01", &[0], 2),
                at("2022-08-03", &[1], 1),
                at("2022-10-01", &[2], 0),
                at("2022-10-20", &[3], 0),
            ],
            1,
        );
        check(
            Period::Month,
            &[
                at("2022-08-01", &[0, 1], 3),
                at("2022-09-01", &[], 0),
                at("2022-10-01", &[2, 3], 0),
            ],
            1,
        );
        // 1 August 2022 was a Monday, 20 October a Thursday; a month-only date has no week.
        let mut weeks = vec![at("2022-08-01", &[0, 1], 3)];
        for day in [
            "08-08", "08-15", "08-22", "08-29", "09-05", "09-12", "09-19", "09-26", "10-03",
            "10-10",
        ] {
            weeks.push(at(&format!("2022-{day}"), &[], 0));
        }
        weeks.push(at("2022-10-17", &[3], 0));
        check(Period::Week, &weeks, 2);
    }

    #[test]
    fn values_lines_and_labels() {
        let index = index();
        let results = run(
            &index,
            &parse("kfor OR nato", Options::default()).query,
            &[],
        );
        let t = trends(&index, &results, 2, Period::Month);
        // August: kfor 3 times, nato once; September is empty; October: nato twice.
        assert_eq!(t.line(0, Measure::Matches), [(0, 30), (2, 0)]);
        assert_eq!(t.line(1, Measure::Matches), [(0, 10), (2, 20)]);
        assert_eq!(t.largest(Measure::Matches), 30);
        let words = t.buckets[0].words;
        assert_eq!(t.value(0, 0, Measure::Per10k), per_10k_tenths(3, words));
        assert_eq!(t.value(0, 1, Measure::Per10k), None);
        let english = Texts::default();
        assert_eq!(t.when(0, Period::Month, &english), "August 2022");
        assert_eq!(t.when(0, Period::Week, &english), "week of 1 August 2022");
    }

    #[test]
    fn per_10k_in_tenths() {
        assert_eq!(per_10k_tenths(3, 1_000), Some(300));
        assert_eq!(per_10k_tenths(1, 3_000), Some(33));
        assert_eq!(per_10k_tenths(0, 0), None);
    }
}
