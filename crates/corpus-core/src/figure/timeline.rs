//! The timeline as a picture: both lanes at the zoom the reader chose, for the
//! documents shown, laid out by the same rules as on screen.

use super::palette::{self, Rgb};
use super::{Anchor, Caption, Figure, Item, MARGIN};
use crate::i18n::{Msg, Texts};
use crate::model::index::Index;
use crate::search::Results;
use crate::timeline::bins::{bar_height, bins, Dense};
use crate::timeline::lanes::{Lanes, Mark};
use crate::timeline::scale::{ticks, Scale};
use crate::timeline::{Geometry, MarkShape, BIN_PX, MAX_ROWS, MIN_MARK_PX, ROW};

/// What the timeline picture is drawn from.
pub struct TimelineView<'a> {
    pub index: &'a Index,
    /// The documents shown: the dates they mention are drawn, and the others'
    /// publications faded.
    pub results: &'a Results,
    /// The days in view.
    pub scale: Scale,
    /// Days picked on the axis, shaded.
    pub range: Option<(i64, i64)>,
}

/// Width of the picture, in pixels.
pub const WIDTH: i32 = 1000;

/// A publication outside the view.
const FADED: Rgb = palette::mix(palette::ACCENT, 30, palette::WHITE);

/// The timeline's picture.
pub fn timeline(view: &TimelineView, caption: &Caption, t: &Texts) -> Figure {
    let (mut figure, top) = Figure::captioned(WIDTH, caption);
    let width = WIDTH - 2 * MARGIN;
    let (scale, w) = (view.scale, width as f64);
    let lanes = Lanes::lay_out(
        view.index,
        &|d| view.results.get(d).is_some(),
        scale,
        w,
        MIN_MARK_PX,
        MAX_ROWS,
    );
    let g = Geometry::of(&lanes);
    let at = |x: i32, y: i32| (MARGIN + x, top + y);
    let items = &mut figure.items;
    if let Some((a, b)) = view.range {
        let (x1, x2) = (
            scale.px(a as f64, w).clamp(0, width),
            scale.px(b as f64 + 1.0, w).clamp(0, width),
        );
        let (x, y) = at(x1, 0);
        items.push(Item::Rect {
            x,
            y,
            w: (x2 - x1).max(1),
            h: g.axis_y,
            rx: 0,
            fill: palette::mix(palette::ACCENT, 12, palette::WHITE),
            stroke: None,
        });
    }
    let dense = Dense::of(&lanes, scale);
    for (published, lane_top, rows) in [
        (true, g.pub_top, lanes.published_rows),
        (false, g.event_top, lanes.mentioned_rows),
    ] {
        let dense = dense.lane(published);
        let label = match (published, dense) {
            (true, false) => Msg::LanePublished,
            (true, true) => Msg::LanePublishedBars,
            (false, false) => Msg::LaneMentionedFigure,
            (false, true) => Msg::LaneMentionedBars,
        };
        let label = t.get(label);
        let (x, y) = at(0, lane_top - 4);
        items.push(Item::text(x, y, 11, palette::MUTED, label));
        if dense {
            count_bars(
                items,
                &lanes,
                published,
                scale,
                (at(0, lane_top), rows as i32 * ROW),
            );
        }
    }
    for (m, row) in lanes.marks.iter().filter(|(m, _)| dense.draws(m, scale)) {
        let lane_top = if m.is_published() {
            g.pub_top
        } else {
            g.event_top
        };
        let origin = at(0, lane_top + *row as i32 * ROW);
        items.push(mark(m, view.results, scale, w, origin));
    }
    axis(items, scale, width, at(0, g.axis_y), t);
    let legend_y = top + g.height + 8;
    legend(items, legend_y, t);
    figure.height = legend_y + 12 + MARGIN;
    figure
}

/// One mark: a dot for a day's publication, a bar for a longer span, cut at
/// the drawing's edges; faded for a publication outside the view.
fn mark(m: &Mark, results: &Results, scale: Scale, w: f64, (x0, y): (i32, i32)) -> Item {
    let fill = match m {
        Mark::Published { doc, .. } if results.get(*doc).is_some() => palette::ACCENT,
        Mark::Published { .. } => FADED,
        Mark::Mentioned(_) => palette::EVENT,
    };
    match MarkShape::of(m, scale, w, y, true) {
        MarkShape::Dot { cx, cy, r } => Item::Circle {
            cx: x0 + cx,
            cy,
            r,
            fill,
            stroke: None,
        },
        MarkShape::Bar { x, y, w, h } => Item::Rect {
            x: x0 + x,
            y,
            w,
            h,
            rx: 3,
            fill,
            stroke: None,
        },
    }
}

/// A lane's marks in view as bars of counts, `lane_px` high from `(x0, top)`.
fn count_bars(
    items: &mut Vec<Item>,
    lanes: &Lanes,
    published: bool,
    scale: Scale,
    ((x0, top), lane_px): ((i32, i32), i32),
) {
    let width = (WIDTH - 2 * MARGIN) as f64;
    let marks = lanes.marks.iter().map(|(m, _)| m);
    let bins = bins(
        marks.filter(|m| m.is_published() == published),
        scale,
        width,
        BIN_PX,
    );
    let largest = bins.iter().map(|b| b.count).max().unwrap_or(1);
    let fill = if published {
        palette::ACCENT
    } else {
        palette::EVENT
    };
    for b in bins {
        let h = bar_height(b.count, largest, lane_px);
        items.push(Item::Rect {
            x: x0 + b.column * BIN_PX,
            y: top + lane_px - h,
            w: BIN_PX - 1,
            h,
            rx: 0,
            fill,
            stroke: None,
        });
    }
}

/// The axis line from `(x0, y)`, `width` long, with its ticks and labels.
fn axis(items: &mut Vec<Item>, scale: Scale, width: i32, (x0, y): (i32, i32), t: &Texts) {
    items.push(Item::line((x0, y), (x0 + width, y), palette::LINE));
    // Where the last label ends: a label that would run into it is left out.
    let mut end = i32::MIN;
    for tick in ticks(scale, width as f64, 70.0, t) {
        let x = (tick.x * width as f64).round() as i32;
        items.push(Item::line((x0 + x, y), (x0 + x, y + 5), palette::LINE));
        let anchor = Anchor::inwards(x, width);
        let w = super::text_width(&tick.label, 11);
        let start = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2,
            Anchor::End => x - w,
        };
        if start < end + 6 {
            continue;
        }
        end = start + w;
        items.push(Item::Text {
            x: x0 + x,
            y: y + 18,
            size: 11,
            anchor,
            bold: false,
            fill: palette::MUTED,
            rotate: 0,
            text: tick.label,
        });
    }
}

/// What the colours mean, on one line at `y`.
fn legend(items: &mut Vec<Item>, y: i32, t: &Texts) {
    let keys: [(Rgb, &str); 3] = [
        (palette::ACCENT, t.get(Msg::KeyPublished)),
        (FADED, t.get(Msg::LegendPublishedOutside)),
        (palette::EVENT, t.get(Msg::LegendDateMentioned)),
    ];
    let mut x = MARGIN;
    for (fill, label) in keys {
        items.push(Item::Rect {
            x,
            y: y - 9,
            w: 10,
            h: 10,
            rx: 3,
            fill,
            stroke: None,
        });
        items.push(Item::text(x + 14, y, 11, palette::MUTED, label));
        x += 14 + super::text_width(label, 11) + 18;
    }
}
