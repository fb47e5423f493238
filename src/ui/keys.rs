//! What keys do on the timeline and the trends chart, as rules tested
//! natively: moving along a row of marks, points or bars, activating one,
//! dismissing. The components read the event and apply the outcome.

/// A move along a row with the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
}

impl Step {
    /// The move a key asks for: the arrows to the neighbour (right and down
    /// forwards), Home and End to the ends.
    pub fn of(key: &str) -> Option<Step> {
        Some(match key {
            "ArrowRight" | "ArrowDown" => Step::Next,
            "ArrowLeft" | "ArrowUp" => Step::Previous,
            "Home" => Step::First,
            "End" => Step::Last,
            _ => return None,
        })
    }
}

/// The story's step a key pressed in its panel goes to, of `count` from
/// `at`: the arrows left and right (and a presenter's clicker, which sends
/// Page Up and Page Down) to the neighbour, Home and End to the ends; `None`
/// for any other key, or at an end.
pub fn story_step(key: &str, at: usize, count: usize) -> Option<usize> {
    let to = match key {
        "ArrowRight" | "PageDown" => at + 1,
        "ArrowLeft" | "PageUp" => at.checked_sub(1)?,
        "Home" => 0,
        "End" => count.checked_sub(1)?,
        _ => return None,
    };
    (to < count && to != at).then_some(to)
}

/// The place a story's step being written moves to when a key is pressed
/// with Alt in it, of `count` from `at`: Alt+↑ one up, Alt+↓ one down;
/// `None` for any other key, or at an end.
pub fn step_place(key: &str, alt: bool, at: usize, count: usize) -> Option<usize> {
    let to = match (alt, key) {
        (true, "ArrowUp") => at.checked_sub(1)?,
        (true, "ArrowDown") => at + 1,
        _ => return None,
    };
    (to < count).then_some(to)
}

/// Whether a key activates what has the focus (Enter, Space).
pub fn activates(key: &str) -> bool {
    matches!(key, "Enter" | " ")
}

/// What a key pressed on a timeline mark does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKey {
    /// Opens the mark's document or passage.
    Activate,
    /// Clears the days picked and puts the tooltip away.
    Dismiss,
    /// Moves the focus to mark number `n`.
    MoveTo(usize),
}

/// What `key` does on mark `current` of `count` marks, of which `drawn`
/// tells those drawn one by one (in view, in a lane not drawn as counts):
/// moves skip the others. `None` when the key does nothing there.
pub fn mark_key(
    key: &str,
    current: usize,
    count: usize,
    drawn: impl Fn(usize) -> bool,
) -> Option<MarkKey> {
    if activates(key) {
        return Some(MarkKey::Activate);
    }
    if key == "Escape" {
        return Some(MarkKey::Dismiss);
    }
    let to = match Step::of(key)? {
        Step::Next => (current + 1..count).find(|&k| drawn(k)),
        Step::Previous => (0..current.min(count)).rev().find(|&k| drawn(k)),
        Step::First => (0..count).find(|&k| drawn(k)),
        Step::Last => (0..count).rev().find(|&k| drawn(k)),
    };
    to.map(MarkKey::MoveTo)
}

/// What a key pressed on a bar of counts does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKey {
    /// Zooms in on the bar's days, to see its marks one by one.
    Zoom,
    /// Moves the focus along the bar's lane.
    Move(Step),
}

/// What `key` does on a bar of counts.
pub fn bar_key(key: &str) -> Option<BarKey> {
    if activates(key) {
        Some(BarKey::Zoom)
    } else {
        Step::of(key).map(BarKey::Move)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_between_a_storys_steps() {
        let check = |key: &str, at: usize, expected: Option<usize>| {
            assert_eq!(story_step(key, at, 3), expected, "{key} at {at}");
        };
        check("ArrowRight", 0, Some(1));
        check("PageDown", 1, Some(2));
        check("ArrowRight", 2, None);
        check("ArrowLeft", 0, None);
        check("PageUp", 2, Some(1));
        check("Home", 2, Some(0));
        check("Home", 0, None);
        check("End", 0, Some(2));
        check("ArrowDown", 0, None);
        check("Enter", 0, None);
        assert_eq!(story_step("End", 0, 0), None);
    }

    #[test]
    fn alt_and_the_arrows_move_a_step_being_written() {
        let check = |key: &str, alt: bool, at: usize, expected: Option<usize>| {
            assert_eq!(step_place(key, alt, at, 3), expected, "{key} {alt} at {at}");
        };
        check("ArrowUp", true, 1, Some(0));
        check("ArrowDown", true, 1, Some(2));
        check("ArrowUp", true, 0, None);
        check("ArrowDown", true, 2, None);
        check("ArrowDown", false, 0, None);
        check("ArrowLeft", true, 1, None);
    }

    #[test]
    fn keys_move_between_the_marks_drawn() {
        // Six marks; 2 and 3 are not drawn (out of view, or in a lane of counts).
        let drawn = |k: usize| k != 2 && k != 3;
        let check = |key: &str, current: usize, expected: Option<MarkKey>| {
            assert_eq!(
                mark_key(key, current, 6, drawn),
                expected,
                "{key} on {current}"
            );
        };
        use MarkKey::*;
        check("ArrowRight", 1, Some(MoveTo(4)));
        check("ArrowDown", 4, Some(MoveTo(5)));
        check("ArrowRight", 5, None);
        check("ArrowLeft", 4, Some(MoveTo(1)));
        check("ArrowUp", 0, None);
        check("Home", 5, Some(MoveTo(0)));
        check("End", 0, Some(MoveTo(5)));
        check("Enter", 4, Some(Activate));
        check(" ", 4, Some(Activate));
        check("Escape", 4, Some(Dismiss));
        check("a", 4, None);
        // A mark number from lanes with more marks than these is brought inside.
        check("ArrowLeft", 9, Some(MoveTo(5)));
        assert_eq!(mark_key("Home", 0, 0, drawn), None, "no marks");
    }

    #[test]
    fn keys_on_bars_zoom_or_move_along_the_lane() {
        assert_eq!(bar_key("Enter"), Some(BarKey::Zoom));
        assert_eq!(bar_key(" "), Some(BarKey::Zoom));
        assert_eq!(bar_key("ArrowRight"), Some(BarKey::Move(Step::Next)));
        assert_eq!(bar_key("ArrowUp"), Some(BarKey::Move(Step::Previous)));
        assert_eq!(bar_key("Home"), Some(BarKey::Move(Step::First)));
        assert_eq!(bar_key("End"), Some(BarKey::Move(Step::Last)));
        assert_eq!(bar_key("Escape"), None);
    }
}
