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
    pub fn of(lanes: &Lanes) -> Geometry {
        let pub_top = LANE_LABEL;
        let event_top = pub_top + lanes.published_rows as i32 * ROW + 6 + LANE_LABEL;
        let axis_y = event_top + lanes.mentioned_rows as i32 * ROW + 4;
        Geometry {
            pub_top,
            event_top,
            axis_y,
            height: axis_y + AXIS,
        }
    }
}
