//! Highlighting: a stretch of text cut into segments, each plain or marked. The UI
//! turns marked segments into `<mark>` nodes; nothing here builds HTML.

use crate::text::span::Span;

/// A piece of the text, marked with a class or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub mark: Option<u16>,
}

/// Cuts `within` (a span of `text`) into segments. `marks` are (span, class) pairs in
/// any order; where marks overlap, the one starting first wins and the later one is
/// clipped. Every segment is a valid span of `text`.
pub fn segments(text: &str, within: Span, marks: &[(Span, u16)]) -> Vec<Segment> {
    let mut marks: Vec<(Span, u16)> = marks
        .iter()
        .copied()
        .filter(|(s, _)| s.overlaps(within) && !s.is_empty())
        .collect();
    marks.sort_by_key(|(s, c)| (s.start(), std::cmp::Reverse(s.end()), *c));
    let mut out = Vec::new();
    let mut pos = within.start();
    for (span, class) in marks {
        let start = span.start().max(pos);
        let end = span.end().min(within.end());
        if start >= end {
            continue;
        }
        if start > pos {
            out.push(Segment {
                span: Span::new(text, pos, start),
                mark: None,
            });
        }
        out.push(Segment {
            span: Span::new(text, start, end),
            mark: Some(class),
        });
        pos = end;
    }
    if pos < within.end() {
        out.push(Segment {
            span: Span::new(text, pos, within.end()),
            mark: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, marks: &[(usize, usize, u16)], expected: &[(&str, Option<u16>)]) {
        let marks: Vec<(Span, u16)> = marks
            .iter()
            .map(|&(s, e, c)| (Span::new(text, s, e), c))
            .collect();
        let got: Vec<(&str, Option<u16>)> = segments(text, Span::new(text, 0, text.len()), &marks)
            .into_iter()
            .map(|s| (s.span.slice(text), s.mark))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn cuts_and_merges() {
        check("abc", &[], &[("abc", None)]);
        check(
            "Vučić said",
            &[(0, 7, 0)],
            &[("Vučić", Some(0)), (" said", None)],
        );
        check(
            "abcdef",
            &[(3, 6, 1), (1, 4, 0)],
            &[("a", None), ("bcd", Some(0)), ("ef", Some(1))],
        );
        check(
            "abcdef",
            &[(1, 5, 0), (2, 3, 1)],
            &[("a", None), ("bcde", Some(0)), ("f", None)],
        );
    }

    #[test]
    fn clips_to_the_paragraph() {
        let text = "one two three";
        let marks = [(Span::new(text, 2, 9), 0)];
        let segs = segments(text, Span::new(text, 4, 13), &marks);
        let got: Vec<&str> = segs.iter().map(|s| s.span.slice(text)).collect();
        assert_eq!(got, vec!["two t", "hree"]);
    }
}
