//! The two lanes of the timeline: publications and the dates mentioned in the
//! documents shown, one mark per distinct normalised date, stacked in rows where
//! they would touch.

use super::scale::Scale;
use crate::i18n::{Msg, Texts};
use crate::model::index::Index;
use crate::order;
use crate::text::span::Span;
use crate::time::calendar::civil_from_days;
use crate::time::timex::TimexKind;

/// One mark of the event lane: a distinct normalised date and the mentions of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// TIMEX3 value.
    pub value: String,
    pub first_day: i64,
    pub last_day: i64,
    /// Indices into the index's dates, in document and text order.
    pub mentions: Vec<usize>,
}

/// The anchored dates mentioned in the documents `passes` lets through, one
/// [`Event`] per distinct value and interval, in time order. A duration with a
/// known start ("since 1999", "the past 23 years") is marked where it starts:
/// that is the event it recalls. Unanchored values ("XXXX-WXX-5", "PAST_REF")
/// have no place on the axis.
pub fn events(index: &Index, passes: &dyn Fn(u32) -> bool) -> Vec<Event> {
    let found: Vec<(i64, i64, &str, usize)> = index
        .dates
        .iter()
        .enumerate()
        .filter(|(_, d)| passes(d.doc))
        .filter_map(|(i, d)| {
            let (a, b) = d.timeline_days()?;
            Some((a, b, d.value.as_str(), i))
        })
        .collect();
    let values = order::text_ranks(&found.iter().map(|f| f.2).collect::<Vec<_>>());
    let mut ranked: Vec<_> = values.into_iter().zip(found).collect();
    order::sort_by_key(&mut ranked, |&(value, (a, b, _, _))| {
        order::key([order::day(a), order::day(b), value, 0])
    });
    let found = ranked.into_iter().map(|(_, f)| f);
    let mut out: Vec<Event> = Vec::new();
    for (a, b, value, i) in found {
        match out.last_mut() {
            Some(e) if e.first_day == a && e.last_day == b && e.value == value => {
                e.mentions.push(i)
            }
            _ => out.push(Event {
                value: value.to_string(),
                first_day: a,
                last_day: b,
                mentions: vec![i],
            }),
        }
    }
    out
}

/// Rows for marks of days `(first, last)`, in order, for `scale` drawn
/// `width_px` wide: a mark is at least `min_px` wide, and marks that would
/// touch go on separate rows, 0 nearest the axis. Returns each mark's row and
/// the number of rows.
pub fn stack(days: &[(i64, i64)], scale: Scale, width_px: f64, min_px: f64) -> (Vec<u32>, u32) {
    let mut row_ends: Vec<f64> = Vec::new();
    let rows = days
        .iter()
        .map(|&(first, last)| {
            let left = scale.x(first as f64) * width_px;
            let right = (scale.x(last as f64 + 1.0) * width_px).max(left + min_px);
            // Marks may touch (consecutive days), not overlap.
            let row = match row_ends.iter().position(|&end| end <= left + 0.5) {
                Some(r) => r,
                None => {
                    row_ends.push(f64::NEG_INFINITY);
                    row_ends.len() - 1
                }
            };
            row_ends[row] = right;
            row as u32
        })
        .collect();
    (rows, row_ends.len() as u32)
}

/// The days the axis spans and the view it opens on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    /// Every publication and every date mentioned (a duration where it starts).
    pub bounds: Scale,
    /// The publications' span, where the timeline opens.
    pub home: Scale,
    /// The first and last years of `bounds`.
    pub years: (u16, u16),
}

impl Extent {
    pub fn of(index: &Index) -> Extent {
        let pubs: Vec<(i64, i64)> = index
            .documents
            .iter()
            .filter_map(|d| d.published.map(|p| (p.first_day(), p.last_day())))
            .collect();
        let all = pubs
            .iter()
            .copied()
            .chain(index.dates.iter().filter_map(|d| d.timeline_days()));
        let (first, last) = all.fold(
            (None, None),
            |(lo, hi): (Option<i64>, Option<i64>), (a, b)| {
                (
                    Some(lo.map_or(a, |l| l.min(a))),
                    Some(hi.map_or(b, |h| h.max(b))),
                )
            },
        );
        let first = first.unwrap_or(0);
        let last = last.unwrap_or(first);
        let bounds = Scale::fit(first, last);
        let pub_first = pubs.iter().map(|p| p.0).min().unwrap_or(first);
        let pub_last = pubs.iter().map(|p| p.1).max().unwrap_or(last);
        Extent {
            bounds,
            home: Scale::around(pub_first as f64, pub_last as f64, bounds),
            years: (civil_from_days(first).year, civil_from_days(last).year),
        }
    }
}

/// One mark of either lane.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A document's publication date.
    Published { doc: u32, first: i64, last: i64 },
    /// A normalised date mentioned in the documents shown.
    Mentioned(Event),
}

impl Mark {
    pub fn days(&self) -> (i64, i64) {
        match self {
            Mark::Published { first, last, .. } => (*first, *last),
            Mark::Mentioned(e) => (e.first_day, e.last_day),
        }
    }

    pub fn is_published(&self) -> bool {
        matches!(self, Mark::Published { .. })
    }

    /// What it stands for, whatever its place among the marks: the key that
    /// keeps its element (and the keyboard's focus on it) when the lanes are
    /// laid out again as the results change.
    pub fn key(&self) -> String {
        match self {
            Mark::Published { doc, .. } => format!("p{doc}"),
            Mark::Mentioned(e) => format!("m{}:{}:{}", e.value, e.first_day, e.last_day),
        }
    }

    /// How many things it stands for: one article, or the mentions of a date.
    pub fn weight(&self) -> usize {
        match self {
            Mark::Published { .. } => 1,
            Mark::Mentioned(e) => e.mentions.len(),
        }
    }
}

/// Both lanes laid out at one zoom.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lanes {
    /// Every mark with its row (at most `max_rows - 1`), in time order across
    /// both lanes, publications first on a tie.
    pub marks: Vec<(Mark, u32)>,
    /// Rows of the publications' lane, 1 to `max_rows`.
    pub published_rows: u32,
    /// Rows of the dates-mentioned lane, 1 to `max_rows`.
    pub mentioned_rows: u32,
}

impl Lanes {
    /// Every document's publication, and the dates mentioned in the documents
    /// `passes` lets through, stacked for `scale` drawn `width_px` wide (marks
    /// at least `min_px`), at most `max_rows` rows a lane.
    pub fn lay_out(
        index: &Index,
        passes: &dyn Fn(u32) -> bool,
        scale: Scale,
        width_px: f64,
        min_px: f64,
        max_rows: u32,
    ) -> Lanes {
        let mut pubs: Vec<Mark> = index
            .documents
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                let p = d.published?;
                Some(Mark::Published {
                    doc: i as u32,
                    first: p.first_day(),
                    last: p.last_day(),
                })
            })
            .collect();
        order::sort_by_key(&mut pubs, |m| {
            let (first, last) = m.days();
            order::key([order::day(first), order::day(last), 0, 0])
        });
        let events: Vec<Mark> = events(index, passes)
            .into_iter()
            .map(Mark::Mentioned)
            .collect();
        let lane = |marks: Vec<Mark>| -> (Vec<(Mark, u32)>, u32) {
            let days: Vec<(i64, i64)> = marks.iter().map(Mark::days).collect();
            let (rows, n) = stack(&days, scale, width_px, min_px);
            let capped = rows.into_iter().map(|r| r.min(max_rows - 1));
            (
                marks.into_iter().zip(capped).collect(),
                n.clamp(1, max_rows),
            )
        };
        let (mut marks, published_rows) = lane(pubs);
        let (mentioned, mentioned_rows) = lane(events);
        marks.extend(mentioned);
        order::sort_by_key(&mut marks, |(m, _)| {
            order::key([order::day(m.days().0), u32::from(!m.is_published()), 0, 0])
        });
        Lanes {
            marks,
            published_rows,
            mentioned_rows,
        }
    }

    /// The mark `drawn` lets through whose first day is nearest `day` (the
    /// earlier on a tie): where the keyboard goes when the mark it was on is
    /// no longer there.
    pub fn nearest(&self, day: i64, drawn: impl Fn(&Mark) -> bool) -> Option<usize> {
        let marks = self.marks.iter().enumerate();
        marks
            .filter(|(_, (m, _))| drawn(m))
            .min_by_key(|(_, (m, _))| (m.days().0 - day).abs())
            .map(|(i, _)| i)
    }

    /// How many marks of the publications' lane (or the other) are in view.
    pub fn in_view(&self, published: bool, scale: Scale) -> usize {
        self.marks
            .iter()
            .filter(|(m, _)| m.is_published() == published && scale.shows(m.days()))
            .count()
    }
}

impl Event {
    /// Where its mentions are: each one's document and the sentence holding it.
    pub fn places(&self, index: &Index) -> Vec<(u32, Span)> {
        self.mentions
            .iter()
            .map(|&i| {
                let d = &index.dates[i];
                (
                    d.doc,
                    index.documents[d.doc as usize].sentences_around(d.span),
                )
            })
            .collect()
    }

    /// The place to open next: the first, or the one after the place shown.
    pub fn next_place(&self, index: &Index, shown: Option<(u32, Span)>) -> (u32, Span) {
        let places = self.places(index);
        let now = places.iter().position(|&p| Some(p) == shown);
        places[now.map_or(0, |k| (k + 1) % places.len())]
    }

    /// A reader's words for it: "late July 2022"; for a duration, what the
    /// article says and where it starts: "since 1999 (starting 1999)".
    pub fn describe(&self, index: &Index, t: &Texts) -> String {
        let first = &index.dates[self.mentions[0]];
        match first.kind {
            TimexKind::Date => t.timex(&self.value, first.modifier),
            TimexKind::Duration => {
                let text = first.span.slice(&index.documents[first.doc as usize].text);
                let year = civil_from_days(self.first_day).year.to_string();
                t.fill(Msg::Starting, &[text, &year])
            }
        }
    }
}

/// The overview strip: one line per pixel column and lane, as (published, x),
/// so a thousand marks draw no more lines than the strip has pixels. In order.
pub fn overview_columns(marks: &[(Mark, u32)], bounds: Scale, width_px: f64) -> Vec<(bool, i32)> {
    let width = width_px.max(0.0) as usize;
    // Columns holding marks, events' lane then publications'.
    let mut taken = vec![false; 2 * (width + 1)];
    for (m, _) in marks {
        let x = bounds
            .px(m.days().0 as f64, width_px)
            .clamp(0, width as i32) as usize;
        taken[m.is_published() as usize * (width + 1) + x] = true;
    }
    (0..taken.len())
        .filter(|&i| taken[i])
        .map(|i| (i > width, (i % (width + 1)) as i32))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::calendar::day;

    #[test]
    fn the_overview_draws_a_line_per_column_and_lane() {
        let bounds = Scale { lo: 0.0, hi: 100.0 };
        let published = |day| {
            (
                Mark::Published {
                    doc: 0,
                    first: day,
                    last: day,
                },
                0,
            )
        };
        let mentioned = |day| {
            let e = Event {
                value: String::new(),
                first_day: day,
                last_day: day,
                mentions: vec![],
            };
            (Mark::Mentioned(e), 0)
        };
        let marks = [
            published(10),
            mentioned(10),
            published(10),
            published(3),
            mentioned(100),
        ];
        assert_eq!(
            overview_columns(&marks, bounds, 100.0),
            [(false, 10), (false, 100), (true, 3), (true, 10)]
        );
        assert_eq!(overview_columns(&[], bounds, 100.0), []);
    }

    #[test]
    fn the_nearest_mark_drawn() {
        let published = |doc: u32, day: i64| {
            let mark = Mark::Published {
                doc,
                first: day,
                last: day,
            };
            (mark, 0)
        };
        let lanes = Lanes {
            marks: vec![published(0, 10), published(1, 20), published(2, 40)],
            published_rows: 1,
            mentioned_rows: 1,
        };
        let all = |_: &Mark| true;
        assert_eq!(lanes.nearest(12, all), Some(0));
        assert_eq!(lanes.nearest(15, all), Some(0), "the earlier on a tie");
        assert_eq!(lanes.nearest(33, all), Some(2));
        let not_first = |m: &Mark| m.days().0 != 10;
        assert_eq!(lanes.nearest(0, not_first), Some(1));
        assert_eq!(lanes.nearest(0, |_: &Mark| false), None);
    }

    #[test]
    fn close_events_stack_and_far_ones_share_a_row() {
        let ev = |a: &str, b: &str| (day(a), day(b));
        let events = vec![
            ev("2022-06-21", "2022-06-30"),
            ev("2022-07-01", "2022-07-31"),
            ev("2022-08-17", "2022-08-17"),
            ev("2022-08-18", "2022-08-18"),
            ev("2023-01-01", "2023-01-01"),
        ];
        let scale = Scale::fit(day("2022-06-01"), day("2023-01-08"));
        let (got, rows) = stack(&events, scale, 800.0, 10.0);
        // June's end and July touch; 17 and 18 August overlap at this zoom.
        assert_eq!(got, [0, 0, 0, 1, 0]);
        assert_eq!(rows, 2);
        // Zoomed in on August, the two days are apart and share a row.
        let zoomed = Scale::around(day("2022-08-17") as f64, day("2022-08-18") as f64, scale);
        let (got, _) = stack(&events, zoomed, 800.0, 10.0);
        assert_eq!(got[2], got[3]);
    }
}
