//! The trends chart as a picture: each query term's line in its colour, with
//! a legend, a value axis and the periods named under the chart.

use super::palette;
use super::{text_width, Anchor, Caption, Figure, Item, MARGIN};
use crate::i18n::{Msg, Texts};
use crate::search::trends::{Measure, Period, Trends};

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
    t: &Texts,
) -> Figure {
    let (mut figure, top) = Figure::captioned(WIDTH, caption);
    let items = &mut figure.items;
    let mut y = legend(items, data, terms, top + 4, t);
    let left = MARGIN + VALUES;
    let width = WIDTH - MARGIN - left;
    let n = data.buckets.len();
    if n == 0 {
        items.push(Item::text(
            MARGIN,
            y + 16,
            13,
            palette::MUTED,
            t.get(Msg::NothingDated),
        ));
        figure.height = y + 16 + MARGIN;
        return figure;
    }
    let plot_top = y + 8;
    let base = plot_top + PLOT;
    let plot = Plot {
        left,
        width,
        base,
        height: PLOT,
        buckets: n,
        largest: data.largest(measure),
    };
    value_axis(items, &plot, t, measure);
    for (t, term) in terms.iter().enumerate().take(data.counts.len()) {
        let colour = palette::term_line(term.colour);
        let points: Vec<(i32, i32)> = plot
            .line(data, t, measure)
            .into_iter()
            .map(|(_, x, y)| (x, y))
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
        let at = plot.x(b);
        items.push(Item::line((at, base), (at, base + 5), palette::LINE));
        items.push(Item::Text {
            x: at,
            y: base + 18,
            size: 11,
            anchor: Anchor::inwards(at - left, width),
            bold: false,
            fill: palette::MUTED,
            rotate: 0,
            text: data.when(b, period, t),
        });
    }
    y = base + 40;
    if let Some(note) = data.unplaced_note(period, t) {
        items.push(Item::text(MARGIN, y, 11, palette::MUTED, note));
        y += 16;
    }
    figure.height = y + MARGIN - 12;
    figure
}

/// The legend from `y`: each term's colour, as typed, and its matches;
/// returns the height it reaches.
fn legend(items: &mut Vec<Item>, data: &Trends, terms: &[TrendTerm], y: i32, t: &Texts) -> i32 {
    let (mut x, mut y) = (MARGIN, y + 12);
    for (k, term) in terms.iter().enumerate().take(data.counts.len()) {
        let total: u32 = data.counts[k].iter().sum();
        let matches = t.count(Msg::Matches, total as usize);
        let label = super::fit(&format!("{} — {matches}", term.raw), 13, 420);
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
fn value_axis(items: &mut Vec<Item>, plot: &Plot, t: &Texts, measure: Measure) {
    let (left, width) = (plot.left, plot.width);
    for k in 0..=2u64 {
        let v = plot.largest * k / 2;
        let y = plot.y(v);
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
            text: t.tenths(v),
        });
    }
    items.push(Item::Text {
        x: MARGIN + 10,
        y: plot.base - plot.height / 2,
        size: 11,
        anchor: Anchor::Middle,
        bold: false,
        fill: palette::MUTED,
        rotate: -90,
        text: t.get(measure.unit()).to_string(),
    });
}

/// Where a chart of trends puts its points, on screen and in the picture: the
/// buckets spread evenly from `left` across `width` (one alone in the
/// middle), the values from `base` up to `height` pixels above it for the
/// largest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plot {
    pub left: i32,
    pub width: i32,
    /// The y of the value 0.
    pub base: i32,
    pub height: i32,
    /// How many buckets the x axis holds.
    pub buckets: usize,
    /// The value drawn at the top (at least 1).
    pub largest: u64,
}

impl Plot {
    /// The x of bucket `b`.
    pub fn x(&self, b: usize) -> i32 {
        self.left
            + match self.buckets {
                0 | 1 => self.width / 2,
                n => b as i32 * self.width / (n as i32 - 1),
            }
    }

    /// The y of value `v`.
    pub fn y(&self, v: u64) -> i32 {
        self.base - (v * self.height as u64 / self.largest.max(1)) as i32
    }

    /// Term `t`'s points: each bucket it has a value for, and where it is.
    pub fn line(&self, data: &Trends, t: usize, measure: Measure) -> Vec<(usize, i32, i32)> {
        let points = data.line(t, measure).into_iter();
        points.map(|(b, v)| (b, self.x(b), self.y(v))).collect()
    }
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
    fn points_spread_across_the_plot() {
        let plot = |buckets: usize| Plot {
            left: 10,
            width: 300,
            base: 100,
            height: 80,
            buckets,
            largest: 40,
        };
        assert_eq!(plot(1).x(0), 160, "one bucket in the middle");
        let p = plot(4);
        assert_eq!([p.x(0), p.x(1), p.x(3)], [10, 110, 310]);
        assert_eq!([p.y(0), p.y(20), p.y(40)], [100, 60, 20]);
        let flat = Plot { largest: 0, ..p };
        assert_eq!(flat.y(0), 100, "nothing to draw is drawn at 0");
    }

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
