//! The tense of the clause around an expression, which decides whether a bare
//! weekday or month points back or forward from the publication date
//! (HeidelTime's news rules).

/// Which way a clause looks from the time it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

const FUTURE: &[&str] = &[
    "postpone",
    "postponed",
    "delay",
    "delayed",
    "deadline",
    "will",
    "ll",
    "shall",
    "would",
    "going",
    "plans",
    "plan",
    "planned",
    "scheduled",
    "due",
    "tomorrow",
    "next",
    "upcoming",
    "expected",
    "intends",
    "until",
    "starting",
    "ahead",
    "set",
    "coming",
];
const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "told",
    "announced",
    "met",
    "declared",
    "added",
    "asked",
    "stated",
    "spoke",
    "held",
    "came",
    "ago",
    "visited",
    "called",
    "warned",
    "reported",
    "began",
    "last",
    "earlier",
    "says",
    "wrote",
    "published",
    "agreed",
    "rejected",
];

/// The tense of the clause around `text[start..end]`: the nearest tense marker
/// within eight words on either side, in the same sentence; `None` without one.
pub fn tense(text: &str, start: usize, end: usize) -> Option<Tense> {
    let sentence_start = text[..start]
        .rfind(['.', '!', '?', ';'])
        .map_or(0, |i| i + 1);
    let sentence_end = text[end..]
        .find(['.', '!', '?', ';'])
        .map_or(text.len(), |i| end + i);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let before = words(&text[sentence_start..start]);
    let after = words(&text[end..sentence_end]);
    let marker = |w: &str| {
        if FUTURE.contains(&w) {
            Some(Tense::Future)
        } else if PAST.contains(&w) || (w.len() > 4 && w.ends_with("ed")) {
            Some(Tense::Past)
        } else {
            None
        }
    };
    // A past participle after a modal is future: "will be held".
    let at = |words: &[String], i: usize| {
        let m = marker(&words[i])?;
        let modal = words[i.saturating_sub(2)..i]
            .iter()
            .any(|w| ["will", "shall", "ll"].contains(&w.as_str()));
        Some(if modal { Tense::Future } else { m })
    };
    for k in 0..8 {
        let b = before.len().checked_sub(k + 1).and_then(|i| at(&before, i));
        let a = (k < after.len()).then(|| at(&after, k)).flatten();
        if let Some(t) = b.or(a) {
            return Some(t);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_of_the_nearest_marker() {
        let check = |text: &str, expr: &str, expected: Option<Tense>| {
            let start = text.find(expr).unwrap();
            assert_eq!(tense(text, start, start + expr.len()), expected, "{text}");
        };
        check(
            "Kurti said on Friday that troops will come.",
            "Friday",
            Some(Tense::Past),
        );
        check(
            "The talks will resume on Thursday.",
            "Thursday",
            Some(Tense::Future),
        );
        check(
            "The vote will be held on March 3.",
            "March",
            Some(Tense::Future),
        );
        check(
            "Talks are scheduled for Thursday.",
            "Thursday",
            Some(Tense::Future),
        );
        check(
            "On Wednesday, Vucic met Stoltenberg.",
            "Wednesday",
            Some(Tense::Past),
        );
        check(
            "On Sunday, the paper quoted him.",
            "Sunday",
            Some(Tense::Past),
        );
        check("It rained. On Monday.", "Monday", None);
        check(
            "agreed to postpone it to the start of September",
            "September",
            Some(Tense::Future),
        );
    }
}
