//! Timeline layout: a linear day scale over the dated items, month or year ticks,
//! and rows so that labels never overlap. Positions are fractions of the width.

use crate::dates::{civil_from_days, PartialDate, MONTHS};

/// An item to place: an id and the dates it covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub id: u32,
    pub date: PartialDate,
}

/// A placed item: `x` is where its interval starts, `width` its extent (0 for a
/// single day), `row` its stacking row (0 at the axis). `label_left` is true when
/// the label must extend to the left of `x` because the right edge is too close.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub id: u32,
    pub x: f64,
    pub width: f64,
    pub row: u32,
    pub label_left: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub marks: Vec<Placed>,
    pub ticks: Vec<Tick>,
    pub rows: u32,
}

/// The padded day range an axis over `items` shows, or `None` without items.
fn domain(items: &[Item]) -> Option<(f64, f64)> {
    let first = items.iter().map(|i| i.date.first_day()).min()?;
    let last = items
        .iter()
        .map(|i| i.date.last_day())
        .max()
        .unwrap_or(first);
    let span = (last - first + 1) as f64;
    let pad = (span * 0.04).max(3.0);
    Some((first as f64 - pad, last as f64 + 1.0 + pad))
}

/// One bar of a histogram: the items whose first day falls in `[x, x + width)`,
/// covering the days `first_day..=last_day`.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub width: f64,
    pub first_day: i64,
    pub last_day: i64,
    pub ids: Vec<u32>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Histogram {
    /// Non-empty bars only, in time order.
    pub bars: Vec<Bar>,
    pub ticks: Vec<Tick>,
    /// The largest bar's item count.
    pub max: usize,
}

/// Counts `items` in `n` equal stretches of the axis, for when there are too many
/// to show one by one.
pub fn histogram(items: &[Item], n: usize) -> Histogram {
    let Some((lo, hi)) = domain(items) else {
        return Histogram::default();
    };
    let n = n.max(1);
    let scale = |day: f64| (day - lo) / (hi - lo);
    let mut ids: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut order: Vec<&Item> = items.iter().collect();
    order.sort_by_key(|i| (i.date.first_day(), i.id));
    for item in order {
        let b = ((scale(item.date.first_day() as f64) * n as f64) as usize).min(n - 1);
        ids[b].push(item.id);
    }
    let day_at = |x: f64| (lo + x * (hi - lo)).floor() as i64;
    let bars: Vec<Bar> = ids
        .into_iter()
        .enumerate()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(b, ids)| {
            let x = b as f64 / n as f64;
            let width = 1.0 / n as f64;
            Bar {
                x,
                width,
                first_day: day_at(x).max(lo.ceil() as i64),
                last_day: day_at(x + width) - 1,
                ids,
            }
        })
        .collect();
    Histogram {
        max: bars.iter().map(|b| b.ids.len()).max().unwrap_or(0),
        bars,
        ticks: ticks(lo, hi, scale),
    }
}

/// Lays out `items` on one axis. `label_width` is the width one mark's label
/// needs, as a fraction of the axis; marks closer than that go on separate rows.
pub fn layout(items: &[Item], label_width: f64) -> Layout {
    let Some((lo, hi)) = domain(items) else {
        return Layout::default();
    };
    let scale = |day: f64| (day - lo) / (hi - lo);

    let mut order: Vec<&Item> = items.iter().collect();
    order.sort_by_key(|i| (i.date.first_day(), i.date.last_day(), i.id));
    let mut row_ends: Vec<f64> = Vec::new();
    let mut marks = Vec::new();
    for item in order {
        let x = scale(item.date.first_day() as f64);
        let end = scale(item.date.last_day() as f64 + 1.0);
        let width = if item.date.day.is_some() {
            0.0
        } else {
            end - x
        };
        let label_left = x + width.max(label_width) > 1.0;
        let (left, right) = if label_left {
            ((x + width - label_width).min(x), x + width)
        } else {
            (x, x + width.max(label_width))
        };
        let row = match row_ends.iter().position(|&e| e <= left) {
            Some(r) => r,
            None => {
                row_ends.push(0.0);
                row_ends.len() - 1
            }
        };
        row_ends[row] = right;
        marks.push(Placed {
            id: item.id,
            x,
            width,
            row: row as u32,
            label_left,
        });
    }
    Layout {
        marks,
        ticks: ticks(lo, hi, scale),
        rows: row_ends.len() as u32,
    }
}

/// Month ticks for spans up to about two years, year ticks beyond; at most ~10.
fn ticks(lo: f64, hi: f64, scale: impl Fn(f64) -> f64) -> Vec<Tick> {
    let start = civil_from_days(lo.ceil() as i64);
    let end = civil_from_days(hi.floor() as i64);
    let months = (end.year as i64 * 12 + end.month.unwrap_or(1) as i64)
        - (start.year as i64 * 12 + start.month.unwrap_or(1) as i64);
    let mut out = Vec::new();
    if months <= 26 {
        let step = (months / 10 + 1) as u8;
        let (mut y, mut m) = (start.year, start.month.unwrap_or(1));
        loop {
            // Next month start after `lo`.
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
            let day = PartialDate {
                year: y,
                month: Some(m),
                day: Some(1),
            }
            .first_day() as f64;
            if day > hi {
                break;
            }
            if (m - 1) % step == 0 {
                let label = if m == 1 || out.is_empty() {
                    format!("{} {y}", &MONTHS[m as usize - 1][..3])
                } else {
                    MONTHS[m as usize - 1][..3].to_string()
                };
                out.push(Tick {
                    x: scale(day),
                    label,
                });
            }
        }
    } else {
        let years = end.year - start.year;
        let step = [1u16, 2, 5, 10, 20, 50]
            .into_iter()
            .find(|s| years / s <= 10)
            .unwrap_or(100);
        let mut y = start.year + 1;
        while y <= end.year {
            if y.is_multiple_of(step) {
                let day = PartialDate {
                    year: y,
                    month: Some(1),
                    day: Some(1),
                }
                .first_day() as f64;
                out.push(Tick {
                    x: scale(day),
                    label: y.to_string(),
                });
            }
            y += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: u32, d: &str) -> Item {
        Item {
            id,
            date: PartialDate::parse_iso(d).unwrap(),
        }
    }

    #[test]
    fn places_in_order_and_stacks_close_marks() {
        let l = layout(
            &[
                item(0, "2022-08"),
                item(1, "2023-01-01"),
                item(2, "2022-08-17"),
                item(3, "2022-08-17"),
                item(4, "2023-01-02"),
            ],
            0.15,
        );
        let rows: Vec<(u32, u32)> = l.marks.iter().map(|m| (m.id, m.row)).collect();
        assert_eq!(rows, vec![(0, 0), (2, 1), (3, 2), (1, 0), (4, 1)]);
        assert_eq!(l.rows, 3);
        assert!(l
            .marks
            .iter()
            .all(|m| (0.0..=1.0).contains(&m.x) && m.x + m.width <= 1.0));
        assert!(l.marks[0].width > 0.1, "a month is an interval");
        let left: Vec<bool> = l.marks.iter().map(|m| m.label_left).collect();
        assert_eq!(
            left,
            vec![false, false, false, true, true],
            "labels at the right edge grow leftwards"
        );
        let labels: Vec<&str> = l.ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(
            labels,
            vec!["Aug 2022", "Sep", "Oct", "Nov", "Dec", "Jan 2023"]
        );
        assert!(l.ticks.windows(2).all(|w| w[0].x < w[1].x));
    }

    #[test]
    fn histograms_count_items_per_stretch() {
        let items: Vec<Item> = (0..100u32)
            .map(|i| Item {
                id: i,
                date: civil_from_days(
                    PartialDate::parse_iso("2001-10-01").unwrap().first_day() + (i as i64 % 50) * 7,
                ),
            })
            .collect();
        let h = histogram(&items, 20);
        assert_eq!(h.bars.iter().map(|b| b.ids.len()).sum::<usize>(), 100);
        assert!(h.bars.len() <= 20 && h.max >= 5);
        assert!(h
            .bars
            .windows(2)
            .all(|w| w[0].x < w[1].x && w[0].last_day < w[1].first_day));
        for b in &h.bars {
            for id in &b.ids {
                let d = items[*id as usize].date.first_day();
                assert!(
                    (b.first_day..=b.last_day).contains(&d),
                    "item {id} in its bar"
                );
            }
        }
        assert_eq!(histogram(&[], 10), Histogram::default());
    }

    #[test]
    fn long_spans_get_year_ticks_and_nothing_is_empty() {
        let l = layout(&[item(0, "1999-06"), item(1, "2023-01-02")], 0.1);
        let labels: Vec<&str> = l.ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["2000", "2005", "2010", "2015", "2020"]);
        assert_eq!(layout(&[], 0.1), Layout::default());
        let one = layout(&[item(7, "2022-08-17")], 0.1);
        assert_eq!(one.marks.len(), 1);
        assert!((one.marks[0].x - 0.5).abs() < 0.2);
    }
}
