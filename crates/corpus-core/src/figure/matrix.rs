//! The connections matrix as a picture: the names shown, each in its kind's
//! colour, and in each cell the sentences two names share, shaded as on screen.

use super::palette;
use super::{text_width, Anchor, Caption, Figure, Item, MARGIN};
use crate::i18n::{Msg, Texts};
use crate::model::index::Index;
use crate::model::kinds::EntityKind;
use crate::search::cooccurrence::Cooccurrence;

/// A cell's side, in pixels.
const CELL: i32 = 30;
const LABEL: i32 = 13;

/// The matrix of `names` (entities, in the order shown) and the sentences they
/// share.
pub fn matrix(
    index: &Index,
    names: &[usize],
    co: &Cooccurrence,
    caption: &Caption,
    t: &Texts,
) -> Figure {
    let label = |e: usize| super::fit(&index.entities[e].name, LABEL, 220);
    let widest = names
        .iter()
        .map(|&e| text_width(&label(e), LABEL))
        .max()
        .unwrap_or(0);
    // Column names lean at 45°: they rise about 0.71 of their width.
    let rise = widest * 71 / 100 + 10;
    let n = names.len() as i32;
    let left = MARGIN + widest + 8;
    let width = (left + n * CELL + rise + MARGIN).max(640);
    let (mut figure, top) = Figure::captioned(width, caption);
    let items = &mut figure.items;
    let grid_top = top + rise;
    let most = co.most_shared(names);
    for (k, &e) in names.iter().enumerate() {
        let k = k as i32;
        let colour = palette::kind(index.entities[e].kind);
        items.push(Item::Text {
            x: left + k * CELL + CELL / 2 - 2,
            y: grid_top - 6,
            size: LABEL,
            anchor: Anchor::Start,
            bold: false,
            fill: colour,
            rotate: -45,
            text: label(e),
        });
        items.push(Item::Text {
            x: left - 8,
            y: grid_top + k * CELL + CELL / 2 + 5,
            size: LABEL,
            anchor: Anchor::End,
            bold: false,
            fill: colour,
            rotate: 0,
            text: label(e),
        });
    }
    for (r, &a) in names.iter().enumerate() {
        for (c, &b) in names.iter().enumerate() {
            let (x, y) = (left + c as i32 * CELL, grid_top + r as i32 * CELL);
            cell(items, (x, y), a, b, co, most);
        }
    }
    let y = grid_top + n * CELL + 24;
    legend(items, y, t);
    figure.height = y + 12 + MARGIN;
    figure
}

/// The cell of names `a` and `b` at `(x, y)`.
fn cell(
    items: &mut Vec<Item>,
    (x, y): (i32, i32),
    a: usize,
    b: usize,
    co: &Cooccurrence,
    most: u32,
) {
    let shared = co.get(a, b);
    let level = if a == b || shared == 0 {
        0
    } else {
        Cooccurrence::shade(shared, most)
    };
    let fill = if a == b {
        palette::mix(palette::LINE, 45, palette::WHITE)
    } else {
        palette::shade(level)
    };
    items.push(Item::Rect {
        x,
        y,
        w: CELL,
        h: CELL,
        rx: 0,
        fill,
        stroke: Some(palette::LINE),
    });
    if a != b && shared > 0 {
        let ink = if level >= 4 {
            palette::WHITE
        } else {
            palette::INK
        };
        items.push(Item::Text {
            x: x + CELL / 2,
            y: y + CELL / 2 + 5,
            size: 12,
            anchor: Anchor::Middle,
            bold: false,
            fill: ink,
            rotate: 0,
            text: shared.to_string(),
        });
    }
}

/// What the colours and numbers mean, at `y`.
fn legend(items: &mut Vec<Item>, y: i32, t: &Texts) {
    let mut x = MARGIN;
    for kind in EntityKind::ALL {
        let name = t.get(kind.label());
        items.push(Item::text(x, y, 12, palette::kind(kind), name));
        x += text_width(name, 12) + 16;
    }
    let note = t.get(Msg::MatrixNote);
    items.push(Item::text(x + 8, y, 12, palette::MUTED, note));
}
