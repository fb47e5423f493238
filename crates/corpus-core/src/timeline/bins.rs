//! A lane too dense to draw mark by mark (a thousand articles) is drawn as
//! counts: the marks in view gathered into bins a few pixels wide, each a bar
//! whose height says how many it holds.

use super::lanes::{Lanes, Mark};
use super::scale::Scale;

/// Beyond this many marks in view, a lane shows counts.
pub const DENSE: usize = 250;

/// Which lanes have more than [`DENSE`] marks in view: each of those is drawn
/// as bars of counts, while the other lane's marks stay marks. The one rule
/// for the timeline on screen and in its picture.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dense {
    /// The lane of publications.
    pub published: bool,
    /// The lane of dates mentioned.
    pub mentioned: bool,
}

impl Dense {
    /// The dense lanes of `lanes` at `scale`.
    pub fn of(lanes: &Lanes, scale: Scale) -> Dense {
        Dense {
            published: lanes.in_view(true, scale) > DENSE,
            mentioned: lanes.in_view(false, scale) > DENSE,
        }
    }

    /// Whether the lane of publications (`true`) or of dates is dense.
    pub fn lane(self, published: bool) -> bool {
        if published {
            self.published
        } else {
            self.mentioned
        }
    }

    /// Whether `m` is drawn as a mark at `scale`: in view, in a lane that is
    /// not dense.
    pub fn draws(self, m: &Mark, scale: Scale) -> bool {
        scale.shows(m.days()) && !self.lane(m.is_published())
    }
}

/// The marks of one lane falling in one bin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bin {
    /// The bin's number: it starts `column * bin_px` pixels from the left.
    pub column: i32,
    /// Articles, or mentions of dates.
    pub count: usize,
    /// The first and last days of its marks.
    pub first: i64,
    pub last: i64,
}

/// The marks in view, gathered by the bin (`bin_px` wide) their first day falls
/// in, in a drawing `width_px` wide; in order.
pub fn bins<'m>(
    marks: impl Iterator<Item = &'m Mark>,
    scale: Scale,
    width_px: f64,
    bin_px: i32,
) -> Vec<Bin> {
    let mut bins: Vec<Bin> = Vec::new();
    for m in marks.filter(|m| scale.shows(m.days())) {
        let (a, z) = m.days();
        let column = scale.px(a as f64, width_px).clamp(0, width_px as i32) / bin_px;
        let at = bins.partition_point(|b| b.column < column);
        match bins.get_mut(at).filter(|b| b.column == column) {
            Some(b) => {
                b.count += m.weight();
                b.first = b.first.min(a);
                b.last = b.last.max(z);
            }
            None => bins.insert(
                at,
                Bin {
                    column,
                    count: m.weight(),
                    first: a,
                    last: z,
                },
            ),
        }
    }
    bins
}

/// A bar's height in a lane `lane_px` high: its count against the largest,
/// at least 2 pixels.
pub fn bar_height(count: usize, largest: usize, lane_px: i32) -> i32 {
    (count * (lane_px - 2).max(0) as usize)
        .div_ceil(largest.max(1))
        .max(2) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(first: i64, last: i64) -> Mark {
        Mark::Published {
            doc: 0,
            first,
            last,
        }
    }

    #[test]
    fn marks_gather_in_bins_of_pixels() {
        // 100 days over 100 pixels: a day a pixel, bins of 6.
        let scale = Scale { lo: 0.0, hi: 100.0 };
        let marks = [
            published(1, 1),
            published(3, 5),
            published(7, 7),
            published(40, 40),
            published(-30, -20), // out of view
        ];
        let got: Vec<(i32, usize, i64, i64)> = bins(marks.iter(), scale, 100.0, 6)
            .into_iter()
            .map(|b| (b.column, b.count, b.first, b.last))
            .collect();
        assert_eq!(got, [(0, 2, 1, 5), (1, 1, 7, 7), (6, 1, 40, 40)]);
    }

    #[test]
    fn a_lane_with_more_marks_in_view_than_dense_shows_counts() {
        let scale = Scale {
            lo: 0.0,
            hi: 1000.0,
        };
        let lanes = |in_view: usize, out_of_view: usize| Lanes {
            marks: (0..in_view as i64)
                .chain((0..out_of_view as i64).map(|d| -10 - d))
                .map(|d| (published(d, d), 0))
                .collect(),
            published_rows: 1,
            mentioned_rows: 1,
        };
        let check = |lanes: Lanes, counts: bool| {
            let dense = Dense::of(&lanes, scale);
            assert_eq!(
                dense,
                Dense {
                    published: counts,
                    mentioned: false
                }
            );
            assert_eq!(dense.lane(true), counts);
            // A mark is drawn one by one when its lane is not dense and it is in view.
            assert_eq!(dense.draws(&published(5, 5), scale), !counts);
            assert!(!dense.draws(&published(-5, -5), scale));
        };
        check(lanes(DENSE, 0), false);
        check(lanes(DENSE, 500), false);
        check(lanes(DENSE + 1, 0), true);
    }

    #[test]
    fn bars_scale_to_the_largest() {
        for (count, largest, lane, expected) in [
            (10, 10, 42, 40),
            (1, 10, 42, 4),
            (1, 1000, 42, 2),
            (0, 0, 42, 2),
        ] {
            assert_eq!(
                bar_height(count, largest, lane),
                expected,
                "{count}/{largest}"
            );
        }
    }
}
