//! The zoomable time axis of the two-lane timeline: a day scale that zooms and
//! pans inside the span of the corpus, and ticks whose labels never overlap at
//! any zoom (years, months or days).

use crate::i18n::{Msg, Texts};
use crate::time::calendar::{civil_from_days, days_from_civil, iso_week, weekday, PartialDate};

/// The days shown, `lo..hi` (fractional day numbers since 1970-01-01).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub lo: f64,
    pub hi: f64,
}

/// The narrowest view: a week.
pub const MIN_SPAN: f64 = 7.0;

impl Scale {
    /// A view of the days `first..=last`, padded by 3% (at least two days).
    pub fn fit(first: i64, last: i64) -> Scale {
        let span = (last - first + 1) as f64;
        let pad = (span * 0.03).max(2.0);
        Scale {
            lo: first as f64 - pad,
            hi: last as f64 + 1.0 + pad,
        }
    }

    pub fn span(&self) -> f64 {
        self.hi - self.lo
    }

    /// Where `day` falls, as a fraction of the width (outside 0..1 when out of view).
    pub fn x(&self, day: f64) -> f64 {
        (day - self.lo) / self.span()
    }

    /// The day at fraction `x` of the width.
    pub fn day(&self, x: f64) -> f64 {
        self.lo + x * self.span()
    }

    /// Zoomed by `factor` (under 1 zooms in) around fraction `at` of the width,
    /// kept inside `bounds` and no narrower than [`MIN_SPAN`].
    pub fn zoom(&self, at: f64, factor: f64, bounds: Scale) -> Scale {
        let span = between(self.span() * factor, MIN_SPAN, bounds.span());
        let at = between(at, 0.0, 1.0);
        let pivot = self.day(at);
        let lo = pivot - at * span;
        Scale { lo, hi: lo + span }.within(bounds)
    }

    /// Moved by `dx` widths (positive: later), kept inside `bounds`.
    pub fn pan(&self, dx: f64, bounds: Scale) -> Scale {
        let shift = dx * self.span();
        Scale {
            lo: self.lo + shift,
            hi: self.hi + shift,
        }
        .within(bounds)
    }

    /// The same zoom, centred on `day`, inside `bounds`.
    pub fn centred(&self, day: f64, bounds: Scale) -> Scale {
        let half = self.span() / 2.0;
        Scale {
            lo: day - half,
            hi: day + half,
        }
        .within(bounds)
    }

    /// The view showing days `first..=last`, as wide as needed, inside `bounds`.
    pub fn around(first: f64, last: f64, bounds: Scale) -> Scale {
        let span = (last - first + 1.0).max(MIN_SPAN) * 1.2;
        let mid = (first + last + 1.0) / 2.0;
        Scale {
            lo: mid - span / 2.0,
            hi: mid + span / 2.0,
        }
        .within(bounds)
    }

    /// Whether any of the days `first..=last` is in view.
    pub fn shows(&self, (first, last): (i64, i64)) -> bool {
        self.x(last as f64 + 1.0) >= 0.0 && self.x(first as f64) <= 1.0
    }

    /// The pixel column of `day` in a drawing `width_px` wide.
    pub fn px(&self, day: f64, width_px: f64) -> i32 {
        (self.x(day) * width_px).round() as i32
    }

    fn within(self, bounds: Scale) -> Scale {
        let span = self.span().min(bounds.span());
        let lo = between(self.lo, bounds.lo, bounds.hi - span);
        Scale { lo, hi: lo + span }
    }
}

/// `x` kept within `lo..=hi`, `hi` winning when they cross. Unlike `f64::clamp`
/// it cannot panic (a corpus spanning fewer days than a week has bounds
/// narrower than [`MIN_SPAN`]), and it links no float formatting into the wasm.
pub fn between(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

/// A labelled line on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Fraction of the width.
    pub x: f64,
    pub label: String,
}

/// Ticks for `scale` drawn `width_px` wide, at least `gap_px` apart: every N
/// years, months or days, whichever is the finest whose labels fit. The first
/// tick and each January (or 1 January) carry the year; labels in the words
/// of `t`.
pub fn ticks(scale: Scale, width_px: f64, gap_px: f64, t: &Texts) -> Vec<Tick> {
    let px_per_day = width_px / scale.span().max(1e-9);
    let fits = |days: f64| days * px_per_day >= gap_px;
    let first = civil_from_days(scale.lo.ceil() as i64);
    let last = civil_from_days(scale.hi.floor() as i64);
    let (fy, fm) = (first.year as i64, first.month.unwrap_or(1) as i64);
    let (ly, lm) = (last.year as i64, last.month.unwrap_or(1) as i64);
    // (day, month number 1-12, day of month or 0 for a month or year tick, year)
    let mut at: Vec<(i64, i64, u8, i64)> = Vec::new();
    let unit;
    if let Some(step) = [1i64, 2, 7, 14].into_iter().find(|&s| fits(s as f64)) {
        unit = 'D';
        for d in scale.lo.ceil() as i64..=scale.hi.floor() as i64 {
            let on_step = match step {
                1 => true,
                2 => d.rem_euclid(2) == 0,
                // Mondays, every one or two weeks.
                _ => weekday(d) == 0 && (step == 7 || iso_week(d).1 % 2 == 1),
            };
            if on_step {
                let date = civil_from_days(d);
                at.push((
                    d,
                    date.month.unwrap_or(1) as i64,
                    date.day.unwrap_or(1),
                    date.year as i64,
                ));
            }
        }
    } else if let Some(step) = [1i64, 2, 3, 6].into_iter().find(|&s| fits(s as f64 * 30.4)) {
        unit = 'M';
        for n in fy * 12 + fm - 1..=ly * 12 + lm - 1 {
            let (y, m) = (n.div_euclid(12), n.rem_euclid(12) + 1);
            if (m - 1) % step == 0 {
                at.push((days_from_civil(y, m as u8, 1), m, 0, y));
            }
        }
    } else {
        unit = 'Y';
        let step = [1i64, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|&s| fits(s as f64 * 365.25))
            .unwrap_or(100);
        for y in fy..=ly + 1 {
            if y.rem_euclid(step) == 0 {
                at.push((days_from_civil(y, 1, 1), 1, 0, y));
            }
        }
    }
    let mut year_shown = None;
    at.into_iter()
        .filter(|(d, ..)| (0.0..=1.0).contains(&scale.x(*d as f64)))
        .map(|(d, m, day, y)| {
            let month = t.month_short(m as u8);
            // The year on the first tick and wherever it changes.
            let new_year = year_shown != Some(y);
            year_shown = Some(y);
            let date = PartialDate {
                year: y as u16,
                month: Some(m as u8),
                day: Some(day),
            };
            let label = match unit {
                'D' if new_year => t.date_short(date),
                'D' => t.fill(Msg::DayMonth, &[&day.to_string(), month]),
                'M' if new_year => t.date_short(PartialDate { day: None, ..date }),
                'M' => month.to_string(),
                _ => y.to_string(),
            };
            Tick {
                x: scale.x(d as f64),
                label,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::calendar::day;

    #[test]
    fn zoom_and_pan_stay_inside_the_corpus() {
        let bounds = Scale::fit(day("1999-01-01"), day("2023-01-08"));
        // Zooming in around the right edge keeps that edge's day under the pointer.
        let z = bounds.zoom(0.9, 0.1, bounds);
        assert!((z.day(0.9) - bounds.day(0.9)).abs() < 1e-6);
        assert!((z.span() - bounds.span() * 0.1).abs() < 1e-6);
        // Never narrower than a week, never wider than the corpus, never outside it.
        let tiny = z.zoom(0.5, 1e-6, bounds);
        assert!((tiny.span() - MIN_SPAN).abs() < 1e-9);
        assert_eq!(z.zoom(0.5, 1e6, bounds), bounds);
        let far = z.pan(100.0, bounds);
        assert!((far.hi - bounds.hi).abs() < 1e-9);
        let back = z.pan(-100.0, bounds);
        assert!((back.lo - bounds.lo).abs() < 1e-9);
        let centred = z.centred(day("2010-06-01") as f64, bounds);
        assert!((centred.span() - z.span()).abs() < 1e-9);
        assert!((centred.x(day("2010-06-01") as f64) - 0.5).abs() < 1e-9);
        assert_eq!(z.centred(day("2030-01-01") as f64, bounds).hi, bounds.hi);
        let around = Scale::around(day("2022-08-17") as f64, day("2022-08-17") as f64, bounds);
        assert!(
            around.x(day("2022-08-17") as f64 + 0.5) > 0.4
                && around.x(day("2022-08-17") as f64) < 0.6
        );
    }

    #[test]
    fn what_is_in_view_and_where() {
        let bounds = Scale::fit(day("1999-01-01"), day("2023-01-08"));
        let z = bounds.zoom(0.9, 0.1, bounds);
        let one = |s: &str| (day(s), day(s));
        assert!(!z.shows(one("2001-01-01")) && z.shows(one("2020-01-01")));
        assert!(
            bounds.shows((day("1990-01-01"), day("1999-01-01"))),
            "touching the start"
        );
        assert!(
            !bounds.shows((day("1990-01-01"), day("1998-01-01"))),
            "before the padding"
        );
        assert_eq!(bounds.px(bounds.lo, 800.0), 0);
        assert_eq!(bounds.px(bounds.hi, 800.0), 800);
    }

    #[test]
    fn a_corpus_of_one_day_zooms_without_panicking() {
        let bounds = Scale::fit(day("2022-08-17"), day("2022-08-17"));
        assert!(bounds.span() < MIN_SPAN);
        assert_eq!(bounds.zoom(0.5, 0.5, bounds), bounds);
        assert_eq!(bounds.zoom(0.5, 2.0, bounds), bounds);
        assert_eq!(bounds.pan(1.0, bounds), bounds);
        let around = Scale::around(day("2022-08-17") as f64, day("2022-08-17") as f64, bounds);
        assert_eq!(around, bounds);
    }

    #[test]
    fn ticks_fit_their_labels_at_every_zoom() {
        let check = |from: &str, to: &str, width: f64, expected: &[&str]| {
            let scale = Scale {
                lo: day(from) as f64,
                hi: day(to) as f64,
            };
            let t = ticks(scale, width, 60.0, &Texts::default());
            let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
            assert_eq!(labels, expected, "{from}..{to} at {width}px");
            for pair in t.windows(2) {
                assert!(
                    (pair[1].x - pair[0].x) * width >= 60.0 - 1e-6,
                    "{labels:?} overlap"
                );
            }
        };
        check(
            "1998-07-01",
            "2023-06-01",
            400.0,
            &["2000", "2005", "2010", "2015", "2020"],
        );
        check(
            "1998-07-01",
            "2023-06-01",
            900.0,
            &[
                "2000", "2002", "2004", "2006", "2008", "2010", "2012", "2014", "2016", "2018",
                "2020", "2022",
            ],
        );
        check(
            "2022-07-20",
            "2023-01-10",
            900.0,
            &[
                "1 Aug 2022",
                "15 Aug",
                "29 Aug",
                "12 Sep",
                "26 Sep",
                "10 Oct",
                "24 Oct",
                "7 Nov",
                "21 Nov",
                "5 Dec",
                "19 Dec",
                "2 Jan 2023",
            ],
        );
        check(
            "2022-07-20",
            "2023-01-10",
            300.0,
            &["Sep 2022", "Nov", "Jan 2023"],
        );
        check(
            "2022-08-10",
            "2022-08-24",
            900.0,
            &[
                "10 Aug 2022",
                "11 Aug",
                "12 Aug",
                "13 Aug",
                "14 Aug",
                "15 Aug",
                "16 Aug",
                "17 Aug",
                "18 Aug",
                "19 Aug",
                "20 Aug",
                "21 Aug",
                "22 Aug",
                "23 Aug",
                "24 Aug",
            ],
        );
        check(
            "2022-08-01",
            "2022-09-01",
            600.0,
            &["1 Aug 2022", "8 Aug", "15 Aug", "22 Aug", "29 Aug"],
        );
    }
}
