//! The figures' colours: the app's light theme (`www/style.css`), since a
//! picture to keep goes on a white page or slide whatever the screen's theme.
//! A test of the app checks these against the style sheet.

use crate::model::kinds::EntityKind;
use core::fmt;

/// A colour, `0xRRGGBB`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u32);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:06x}", self.0)
    }
}

pub const WHITE: Rgb = Rgb(0xffffff);
pub const INK: Rgb = Rgb(0x1d1f24);
pub const MUTED: Rgb = Rgb(0x5b6270);
pub const LINE: Rgb = Rgb(0xdcd9d2);
pub const ACCENT: Rgb = Rgb(0x1f5fbf);
pub const EVENT: Rgb = Rgb(0xd9480f);
/// The highlight colours of the query's terms, in order (`.t0`…`.t7`).
pub const TERMS: [Rgb; 8] = [
    Rgb(0xffe066),
    Rgb(0xa5d8ff),
    Rgb(0xb2f2bb),
    Rgb(0xffc9c9),
    Rgb(0xd0bfff),
    Rgb(0xffd8a8),
    Rgb(0x99e9f2),
    Rgb(0xfcc2d7),
];

/// The colour of a name of `kind`.
pub fn kind(kind: EntityKind) -> Rgb {
    match kind {
        EntityKind::Person => Rgb(0x7b3fb5),
        EntityKind::Organization => Rgb(0x0b7285),
        EntityKind::Place => Rgb(0x2b8a3e),
        EntityKind::Other => Rgb(0x6c6f75),
    }
}

/// `percent` of `a` with the rest of `b`, channel by channel (CSS's
/// `color-mix(in srgb, a percent%, b)`).
pub const fn mix(a: Rgb, percent: u32, b: Rgb) -> Rgb {
    Rgb(channel(a, percent, b, 16) | channel(a, percent, b, 8) | channel(a, percent, b, 0))
}

/// One channel of [`mix`], at bit `shift`.
const fn channel(a: Rgb, percent: u32, b: Rgb, shift: u32) -> u32 {
    let (x, y) = ((a.0 >> shift) & 0xff, (b.0 >> shift) & 0xff);
    ((x * percent + y * (100 - percent) + 50) / 100) << shift
}

/// The line and points of term `colour` in a chart: its highlight darkened
/// towards the ink, as the app's trends chart draws them.
pub fn term_line(colour: u16) -> Rgb {
    mix(TERMS[colour as usize % TERMS.len()], 40, INK)
}

/// The fill of a matrix cell at shade `level` (1 to 4) on white.
pub fn shade(level: u32) -> Rgb {
    match level {
        0 => WHITE,
        1 => mix(ACCENT, 15, WHITE),
        2 => mix(ACCENT, 35, WHITE),
        3 => mix(ACCENT, 60, WHITE),
        _ => ACCENT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixes_like_css() {
        let check = |a: u32, p: u32, b: u32, expected: &str| {
            assert_eq!(mix(Rgb(a), p, Rgb(b)).to_string(), expected)
        };
        check(0xffffff, 100, 0x000000, "#ffffff");
        check(0xffffff, 0, 0x000000, "#000000");
        check(0xffffff, 50, 0x000000, "#808080");
        check(0x1f5fbf, 15, 0xffffff, "#dde7f5");
    }
}
