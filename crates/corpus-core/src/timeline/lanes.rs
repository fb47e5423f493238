//! The two lanes of the timeline: publications and the dates mentioned in the
//! documents shown, one mark per distinct normalised date, stacked in rows where
//! they would touch.

use super::scale::Scale;
use crate::model::index::Index;

/// One mark of the event lane: a distinct normalised date and the mentions of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// TIMEX3 value.
    pub value: String,
    pub first_day: i64,
    pub last_day: i64,
    /// Indices into the index's dates, in document and text order.
    pub mentions: Vec<usize>,
    /// Stacking row, 0 nearest the axis.
    pub row: u32,
}

/// The anchored dates mentioned in the documents `passes` lets through, one
/// [`Event`] per distinct value and interval, in time order. A duration with a
/// known start ("since 1999", "the past 23 years") is marked where it starts:
/// that is the event it recalls. Unanchored values ("XXXX-WXX-5", "PAST_REF")
/// have no place on the axis.
pub fn events(index: &Index, passes: impl Fn(u32) -> bool) -> Vec<Event> {
    let mut found: Vec<(i64, i64, &str, usize)> = index
        .dates
        .iter()
        .enumerate()
        .filter(|(_, d)| passes(d.doc))
        .filter_map(|(i, d)| {
            let (a, b) = d.timeline_days()?;
            Some((a, b, d.value.as_str(), i))
        })
        .collect();
    found.sort_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)).then(a.3.cmp(&b.3)));
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
                row: 0,
            }),
        }
    }
    out
}

/// Stacks `events` for `scale` drawn `width_px` wide: a mark is at least
/// `min_px` wide, and marks that would touch go on separate rows. Returns the
/// number of rows.
pub fn stack(events: &mut [Event], scale: Scale, width_px: f64, min_px: f64) -> u32 {
    let mut row_ends: Vec<f64> = Vec::new();
    for e in events.iter_mut() {
        let left = scale.x(e.first_day as f64) * width_px;
        let right = (scale.x(e.last_day as f64 + 1.0) * width_px).max(left + min_px);
        // Marks may touch (consecutive days), not overlap.
        let row = match row_ends.iter().position(|&end| end <= left + 0.5) {
            Some(r) => r,
            None => {
                row_ends.push(f64::NEG_INFINITY);
                row_ends.len() - 1
            }
        };
        row_ends[row] = right;
        e.row = row as u32;
    }
    row_ends.len() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::calendar::PartialDate;

    fn day(s: &str) -> i64 {
        PartialDate::parse_iso(s).unwrap().first_day()
    }

    #[test]
    fn close_events_stack_and_far_ones_share_a_row() {
        let ev = |a: &str, b: &str| Event {
            value: a.to_string(),
            first_day: day(a),
            last_day: day(b),
            mentions: vec![],
            row: 0,
        };
        let mut events = vec![
            ev("2022-06-21", "2022-06-30"),
            ev("2022-07-01", "2022-07-31"),
            ev("2022-08-17", "2022-08-17"),
            ev("2022-08-18", "2022-08-18"),
            ev("2023-01-01", "2023-01-01"),
        ];
        let scale = Scale::fit(day("2022-06-01"), day("2023-01-08"));
        let rows = stack(&mut events, scale, 800.0, 10.0);
        let got: Vec<u32> = events.iter().map(|e| e.row).collect();
        // June's end and July touch; 17 and 18 August overlap at this zoom.
        assert_eq!(got, [0, 0, 0, 1, 0]);
        assert_eq!(rows, 2);
        // Zoomed in on August, the two days are apart and share a row.
        let zoomed = Scale::around(day("2022-08-17") as f64, day("2022-08-18") as f64, scale);
        stack(&mut events, zoomed, 800.0, 10.0);
        assert_eq!(events[2].row, events[3].row);
    }
}
