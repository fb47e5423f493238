//! A lane too dense to draw mark by mark (a thousand articles) is drawn as
//! counts: the marks in view gathered into bins a few pixels wide, each a bar
//! whose height says how many it holds.

use super::lanes::Mark;
use super::scale::Scale;

/// Beyond this many marks in view, a lane shows counts.
pub const DENSE: usize = 250;

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
