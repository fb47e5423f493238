//! The trends chart as a picture: each query term's line in its colour, with
//! a legend, a value axis and the periods named under the chart.

use super::palette;
use super::{text_width, Anchor, Caption, Figure, Item, MARGIN};
use crate::search::trends::{tenths, Measure, Period, Trends};

/// Width of the picture, and height of its plot, in pixels.
pub const WIDTH: i32 = 1000;
const PLOT: i32 = 220;
/// Room left of the plot for the values.
const VALUES: i32 = 64;

/// A query term as the legend shows it.
pub struct TrendTerm<'a> {
    /// As typed.
    pub raw: &'a str,
    /// Its highlight colour's index.
    pub colour: u16,
}

/// The trends chart's picture for `terms` (in the order of `data`'s counts).
pub fn trends(
    data: &Trends,
    terms: &[TrendTerm],
    (period, measure): (Period, Measure),
    caption: &Caption,
) -> Figure {
    let (mut figure, top) = Figure::captioned(WIDTH, caption);
    let items = &mut figure.items;
    let mut y = legend(items, data, terms, top + 4);
    let left = MARGIN + VALUES;
    let width = WIDTH - MARGIN - left;
    let n = data.buckets.len();
    if n == 0 {
        items.push(Item::text(
            MARGIN,
            y + 16,
            13,
            palette::MUTED,
            "No dated article among those shown.",
        ));
        figure.height = y + 16 + MARGIN;
        return figure;
    }
    let largest = data.largest(measure);
    let x = |b: usize| {
        left + if n == 1 {
            width / 2
        } else {
            b as i32 * width / (n as i32 - 1)
        }
    };
    let plot_top = y + 8;
    let base = plot_top + PLOT;
    let y_of = |v: u64| base - (v * PLOT as u64 / largest) as i32;
    value_axis(items, (left, width), (plot_top, base), largest, measure);
    for (t, term) in terms.iter().enumerate().take(data.counts.len()) {
        let colour = palette::term_line(term.colour);
        let points: Vec<(i32, i32)> = data
            .line(t, measure)
            .into_iter()
            .map(|(b, v)| (x(b), y_of(v)))
            .collect();
        items.push(Item::Polyline {
            points: points.clone(),
            stroke: colour,
            width: 2,
        });
        for (cx, cy) in points {
            items.push(Item::Circle {
                cx,
                cy,
                r: 4,
                fill: colour,
                stroke: Some(palette::WHITE),
            });
        }
    }
    for b in labelled(n, width) {
        let at = x(b);
        items.push(Item::line((at, base), (at, base + 5), palette::LINE));
        items.push(Item::Text {
            x: at,
            y: base + 18,
            size: 11,
            anchor: Anchor::inwards(at - left, width),
            bold: false,
            fill: palette::MUTED,
            rotate: 0,
            text: data.when(b, period),
        });
    }
    y = base + 40;
    if data.unplaced > 0 {
        let noun = if data.unplaced == 1 {
            "article"
        } else {
            "articles"
        };
        let note = format!("Not drawn: {} {noun} {}.", data.unplaced, period.lacking());
        items.push(Item::text(MARGIN, y, 11, palette::MUTED, note));
        y += 16;
    }
    figure.height = y + MARGIN - 12;
    figure
}

/// The legend from `y`: each term's colour, as typed, and its matches;
/// returns the height it reaches.
fn legend(items: &mut Vec<Item>, data: &Trends, terms: &[TrendTerm], y: i32) -> i32 {
    let (mut x, mut y) = (MARGIN, y + 12);
    for (t, term) in terms.iter().enumerate().take(data.counts.len()) {
        let total: u32 = data.counts[t].iter().sum();
        let noun = if total == 1 { "match" } else { "matches" };
        let label = super::fit(&format!("{} — {total} {noun}", term.raw), 13, 420);
        let w = 18 + text_width(&label, 13) + 24;
        if x > MARGIN && x + w > WIDTH - MARGIN {
            (x, y) = (MARGIN, y + 20);
        }
        items.push(Item::Rect {
            x,
            y: y - 10,
            w: 12,
            h: 12,
            rx: 2,
            fill: palette::term_line(term.colour),
            stroke: None,
        });
        items.push(Item::text(x + 18, y, 13, palette::INK, label));
        x += w;
    }
    y + 8
}

/// The value axis left of the plot: its unit, and lines at 0, half and the top.
fn value_axis(
    items: &mut Vec<Item>,
    (left, width): (i32, i32),
    (plot_top, base): (i32, i32),
    largest: u64,
    measure: Measure,
) {
    for k in 0..=2u64 {
        let v = largest * k / 2;
        let y = base - (v * (base - plot_top) as u64 / largest) as i32;
        let colour = if k == 0 {
            palette::MUTED
        } else {
            palette::LINE
        };
        items.push(Item::line((left, y), (left + width, y), colour));
        items.push(Item::Text {
            x: left - 6,
            y: y + 4,
            size: 11,
            anchor: Anchor::End,
            bold: false,
            fill: palette::MUTED,
            rotate: 0,
            text: tenths(v),
        });
    }
    items.push(Item::Text {
        x: MARGIN + 10,
        y: (plot_top + base) / 2,
        size: 11,
        anchor: Anchor::Middle,
        bold: false,
        fill: palette::MUTED,
        rotate: -90,
        text: measure.unit().to_string(),
    });
}

/// The buckets named under a plot `width` wide holding `n`: the first, the
/// last and evenly spaced ones between, about 130 pixels apart.
pub fn labelled(n: usize, width: i32) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let room = ((width / 130).max(2) as usize).min(n);
    if room < 2 {
        return vec![0];
    }
    let mut out: Vec<usize> = (0..room).map(|k| k * (n - 1) / (room - 1)).collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_ends_and_evenly_between() {
        let check = |n: usize, width: i32, expected: &[usize]| {
            assert_eq!(labelled(n, width), expected, "{n} in {width}px")
        };
        check(0, 900, &[]);
        check(1, 900, &[0]);
        check(2, 900, &[0, 1]);
        check(3, 900, &[0, 1, 2]);
        check(100, 260, &[0, 99]);
        check(100, 520, &[0, 33, 66, 99]);
    }
}
