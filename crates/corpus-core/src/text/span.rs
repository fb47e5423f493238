//! The one byte-range type used for every position in the corpus.

use core::ops::Range;
use serde::{Deserialize, Serialize};

/// A byte range `start..end` into one document's original text.
///
/// Invariant: `start <= end`, both lie on UTF-8 char boundaries of the text
/// the span was made for. [`Span::new`] asserts it; spans read back from an
/// index are re-checked when the index is decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// Makes a span of `text`, panicking if the invariant does not hold.
    /// Use it where a violation is a bug in this crate, not bad input.
    #[track_caller]
    pub fn new(text: &str, start: usize, end: usize) -> Span {
        match Span::checked(text, start, end) {
            Some(span) => span,
            None => panic!(
                "invalid span {start}..{end} for a text of {} bytes (not ordered, out of range or off a char boundary)",
                text.len()
            ),
        }
    }

    /// Makes a span of `text` if the invariant holds.
    pub fn checked(text: &str, start: usize, end: usize) -> Option<Span> {
        let ok = start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
            && end <= u32::MAX as usize;
        ok.then_some(Span {
            start: start as u32,
            end: end as u32,
        })
    }

    /// Whether this span satisfies the invariant for `text`.
    pub fn is_valid_for(self, text: &str) -> bool {
        Span::checked(text, self.start(), self.end()).is_some()
    }

    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn len(self) -> usize {
        self.end() - self.start()
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }

    /// The text this span covers. Panics if the span was made for another text
    /// that is longer, like slicing does.
    pub fn slice(self, text: &str) -> &str {
        &text[self.range()]
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_rejects_off_boundary_and_reversed() {
        let text = "Vučić";
        assert!(Span::checked(text, 0, 2).is_some());
        assert!(Span::checked(text, 0, 3).is_none(), "inside 'č'");
        assert!(Span::checked(text, 3, 2).is_none());
        assert!(Span::checked(text, 0, text.len() + 1).is_none());
        assert_eq!(Span::new(text, 2, 4).slice(text), "č");
    }

    #[test]
    #[should_panic(expected = "invalid span")]
    fn new_asserts_the_invariant() {
        Span::new("č", 0, 1);
    }
}
