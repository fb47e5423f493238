//! The timeline's rules, drawn by the app: a zoomable day scale and ticks that
//! fit ([`scale`]), the corpus's extent and the two lanes of marks with their
//! rows ([`lanes`]), and counts in pixel bins for dense lanes ([`bins`]).

pub mod bins;
pub mod lanes;
pub mod scale;

use lanes::Lanes;

/// Height of a lane's row, in pixels.
pub const ROW: i32 = 14;
/// Narrowest mark, in pixels.
pub const MIN_MARK_PX: f64 = 10.0;
/// Width of a count bar's bin, in pixels.
pub const BIN_PX: i32 = 6;
/// Most rows of marks in a lane.
pub const MAX_ROWS: u32 = 5;
/// Room above a lane for its label, and under the axis for its ticks.
pub const LANE_LABEL: i32 = 16;
pub const AXIS: i32 = 30;

/// Where the lanes and the axis sit, in pixels from the drawing's top: the
/// app's timeline and the saved picture of it share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    pub pub_top: i32,
    pub event_top: i32,
    pub axis_y: i32,
    pub height: i32,
}

impl Geometry {
    /// The geometry of `lanes`, each lane as high as its rows.
    pub fn of(lanes: &Lanes) -> Geometry {
        Geometry::reserving(lanes, 0)
    }

    /// The geometry of `lanes` with room for at least `mentioned_rows` rows of
    /// dates mentioned: what the lane needs for every document at this zoom,
    /// so that the drawing keeps its height as the documents shown change
    /// (nothing under it moves while the reader types).
    pub fn reserving(lanes: &Lanes, mentioned_rows: u32) -> Geometry {
        let pub_top = LANE_LABEL;
        let event_top = pub_top + lanes.published_rows as i32 * ROW + 6 + LANE_LABEL;
        let rows = lanes.mentioned_rows.max(mentioned_rows);
        let axis_y = event_top + rows as i32 * ROW + 4;
        Geometry {
            pub_top,
            event_top,
            axis_y,
            height: axis_y + AXIS,
        }
    }
}

/// How a mark is drawn, in pixels from its row's top and the drawing's left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkShape {
    /// A day's publication.
    Dot { cx: i32, cy: i32, r: i32 },
    /// A longer span, or a date mentioned.
    Bar { x: i32, y: i32, w: i32, h: i32 },
}

impl MarkShape {
    /// The shape of `m` on `scale` drawn `width_px` wide, in its row at `top`:
    /// at least [`MIN_MARK_PX`] wide less a gap; with `clip`, cut at the
    /// drawing's edges (the app's drawing clips by itself).
    pub fn of(
        m: &lanes::Mark,
        scale: scale::Scale,
        width_px: f64,
        top: i32,
        clip: bool,
    ) -> MarkShape {
        let (a, b) = m.days();
        let mut x = scale.px(a as f64, width_px);
        let mut w = (scale.px(b as f64 + 1.0, width_px) - x).max(MIN_MARK_PX as i32 - 2);
        if clip {
            let right = (x + w).min(width_px as i32);
            x = x.max(0);
            w = (right - x).max(2);
        }
        match m {
            lanes::Mark::Published { first, last, .. } if first == last => MarkShape::Dot {
                cx: x + (w / 2).min(5),
                cy: top + 6,
                r: 5,
            },
            _ => MarkShape::Bar {
                x,
                y: top + 1,
                w,
                h: 10,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_drawing_keeps_the_rows_it_reserves() {
        let lanes = |mentioned_rows| Lanes {
            marks: Vec::new(),
            published_rows: 1,
            mentioned_rows,
        };
        let height = |g: Geometry| g.height;
        assert_eq!(
            height(Geometry::of(&lanes(1))) + 2 * ROW,
            height(Geometry::of(&lanes(3)))
        );
        // Fewer rows in use than reserved: the height of the rows reserved.
        assert_eq!(Geometry::reserving(&lanes(1), 3), Geometry::of(&lanes(3)));
        // More in use than reserved: the rows in use.
        assert_eq!(Geometry::reserving(&lanes(4), 3), Geometry::of(&lanes(4)));
    }
}
