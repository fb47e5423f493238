//! Moving through a grid and a row of tabs with the keyboard (the WAI-ARIA
//! grid and tabs patterns): the rules the connections matrix and the view
//! tabs follow, tested here natively.

/// Where a key moves the focus in a grid of `rows` × `cols` cells from `at`
/// (row, column): arrows one cell, Home and End to the row's first and last
/// cell (with Ctrl, the grid's), PageUp and PageDown to the column's first and
/// last. `None` when the key is not a move or the grid is empty.
pub fn step(
    at: (usize, usize),
    key: &str,
    ctrl: bool,
    rows: usize,
    cols: usize,
) -> Option<(usize, usize)> {
    if rows == 0 || cols == 0 {
        return None;
    }
    let (r, c) = (at.0.min(rows - 1), at.1.min(cols - 1));
    Some(match key {
        "ArrowRight" => (r, (c + 1).min(cols - 1)),
        "ArrowLeft" => (r, c.saturating_sub(1)),
        "ArrowDown" => ((r + 1).min(rows - 1), c),
        "ArrowUp" => (r.saturating_sub(1), c),
        "Home" if ctrl => (0, 0),
        "End" if ctrl => (rows - 1, cols - 1),
        "Home" => (r, 0),
        "End" => (r, cols - 1),
        "PageUp" => (0, c),
        "PageDown" => (rows - 1, c),
        _ => return None,
    })
}

/// Where a key moves the selection in a row of `count` tabs from tab `at`
/// (the WAI-ARIA tabs pattern): the arrows to the neighbour, round the ends;
/// Home and End to the first and last. `None` when the key is not a move.
pub fn tab_step(at: usize, count: usize, key: &str) -> Option<usize> {
    if count == 0 {
        return None;
    }
    let at = at.min(count - 1);
    Some(match key {
        "ArrowRight" => (at + 1) % count,
        "ArrowLeft" => (at + count - 1) % count,
        "Home" => 0,
        "End" => count - 1,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    fn check(at: (usize, usize), key: &str, ctrl: bool, expected: Option<(usize, usize)>) {
        assert_eq!(
            super::step(at, key, ctrl, 3, 4),
            expected,
            "{at:?} {key} ctrl={ctrl}"
        );
    }

    #[test]
    fn keys_move_within_the_grid() {
        check((1, 1), "ArrowRight", false, Some((1, 2)));
        check((1, 3), "ArrowRight", false, Some((1, 3)));
        check((1, 0), "ArrowLeft", false, Some((1, 0)));
        check((1, 1), "ArrowDown", false, Some((2, 1)));
        check((2, 1), "ArrowDown", false, Some((2, 1)));
        check((0, 1), "ArrowUp", false, Some((0, 1)));
        check((1, 2), "Home", false, Some((1, 0)));
        check((1, 2), "End", false, Some((1, 3)));
        check((1, 2), "Home", true, Some((0, 0)));
        check((1, 2), "End", true, Some((2, 3)));
        check((1, 2), "PageUp", false, Some((0, 2)));
        check((1, 2), "PageDown", false, Some((2, 2)));
        check((1, 2), "a", false, None);
        // A position left over from a larger grid is brought inside.
        check((9, 9), "ArrowLeft", false, Some((2, 2)));
        assert_eq!(super::step((0, 0), "ArrowRight", false, 0, 0), None);
    }

    #[test]
    fn tab_keys_go_round_the_ends() {
        let check = |at: usize, key: &str, expected: Option<usize>| {
            assert_eq!(super::tab_step(at, 4, key), expected, "{at} {key}");
        };
        check(0, "ArrowRight", Some(1));
        check(3, "ArrowRight", Some(0));
        check(0, "ArrowLeft", Some(3));
        check(2, "Home", Some(0));
        check(1, "End", Some(3));
        check(1, "ArrowDown", None);
        check(1, "Enter", None);
        assert_eq!(super::tab_step(0, 0, "End"), None);
    }
}
