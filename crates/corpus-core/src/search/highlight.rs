//! Highlighting: a stretch of text cut into segments, each plain or marked. The UI
//! turns marked segments into `<mark>` nodes; nothing here builds HTML. What a
//! reader's text marks: search hits ([`HitMark`]) inside names' mentions
//! ([`MentionMark`]).

use crate::model::index::Index;
use crate::search::{EntityFilter, Hit};
use crate::text::span::Span;

/// Term colours: the legend, the reader and the concordance give term `i` of a
/// query colour `i % TERM_COLOURS`.
pub const TERM_COLOURS: u16 = 8;

/// The colour of the query's term number `term`.
pub fn term_colour(term: u16) -> u16 {
    term % TERM_COLOURS
}

/// A search hit as marked: its term's colour, and whether it is the hit selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HitMark {
    pub colour: u16,
    pub current: bool,
}

/// A name's mention as underlined: the entity (its index), and whether a chip
/// requires it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentionMark {
    pub entity: usize,
    pub chosen: bool,
}

/// The marks of a document's hits: those of hidden terms left out, the hit
/// numbered `current` (among `hits`) selected.
pub fn hit_marks(
    hits: &[Hit],
    hidden_terms: &[u16],
    current: Option<usize>,
) -> Vec<(Span, HitMark)> {
    hits.iter()
        .enumerate()
        .filter(|(_, h)| !hidden_terms.contains(&h.term))
        .map(|(i, h)| {
            let mark = HitMark {
                colour: term_colour(h.term),
                current: current == Some(i),
            };
            (h.span, mark)
        })
        .collect()
}

/// The mentions of every name in document `doc`, those a chip requires chosen.
pub fn mention_marks(index: &Index, doc: u32, chips: &[EntityFilter]) -> Vec<(Span, MentionMark)> {
    let mut marks = Vec::new();
    for (e, entity) in index.entities.iter().enumerate() {
        let chosen = chips.iter().any(|c| c.entity == e && !c.exclude);
        let from = entity.mentions.partition_point(|m| m.doc < doc);
        marks.extend(
            entity.mentions[from..]
                .iter()
                .take_while(|m| m.doc == doc)
                .map(|m| (m.span, MentionMark { entity: e, chosen })),
        );
    }
    marks
}

/// A piece of the text, marked or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment<M> {
    pub span: Span,
    pub mark: Option<M>,
}

/// A kind of mark, ranked for ties: of two marks over the same span, the lower
/// rank wins.
pub trait Mark: Copy {
    fn rank(&self) -> u64;
}

/// The passage shown: one kind, no ties.
impl Mark for () {
    fn rank(&self) -> u64 {
        0
    }
}

/// A numbered class: the lower number wins.
impl Mark for u16 {
    fn rank(&self) -> u64 {
        *self as u64
    }
}

impl Mark for HitMark {
    fn rank(&self) -> u64 {
        (self.colour as u64) << 1 | self.current as u64
    }
}

impl Mark for MentionMark {
    fn rank(&self) -> u64 {
        (self.entity as u64) << 1 | self.chosen as u64
    }
}

/// Cuts `within` (a span of `text`) into segments. `marks` are (span, mark) pairs in
/// any order; where marks overlap, the one starting first wins and the later one is
/// clipped. Every segment is a valid span of `text`.
pub fn segments<M: Mark>(text: &str, within: Span, marks: &[(Span, M)]) -> Vec<Segment<M>> {
    let ranked: Vec<(Span, u64)> = marks.iter().map(|(s, m)| (*s, m.rank())).collect();
    cut(text, within, &ranked)
        .into_iter()
        .map(|(span, k)| Segment {
            span,
            mark: k.map(|k| marks[k].1),
        })
        .collect()
}

/// [`segments`] over ranked marks, each segment with the number of its mark:
/// one copy of the cutting (and of its sort) for every kind of mark.
fn cut(text: &str, within: Span, marks: &[(Span, u64)]) -> Vec<(Span, Option<usize>)> {
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&k| marks[k].0.overlaps(within) && !marks[k].0.is_empty())
        .collect();
    crate::order::sort_by_key(&mut order, |&k| {
        let (s, rank) = marks[k];
        let rank = ((rank >> 32) as u32, rank as u32);
        crate::order::key([
            crate::order::up(s.start()),
            crate::order::down(crate::order::up(s.end())),
            rank.0,
            rank.1,
        ])
    });
    let mut out = Vec::new();
    let mut pos = within.start();
    for k in order {
        let span = marks[k].0;
        let start = span.start().max(pos);
        let end = span.end().min(within.end());
        if start >= end {
            continue;
        }
        if start > pos {
            out.push((Span::new(text, pos, start), None));
        }
        out.push((Span::new(text, start, end), Some(k)));
        pos = end;
    }
    if pos < within.end() {
        out.push((Span::new(text, pos, within.end()), None));
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

    #[test]
    fn hits_are_marked_by_term_colour_with_the_current_one_selected() {
        let text = "a b c d e f g h i j";
        let hit = |at: usize, term: u16| Hit {
            span: Span::new(text, at, at + 1),
            term,
        };
        let hits = [hit(0, 0), hit(2, 1), hit(4, 9), hit(6, 1)];
        let got: Vec<(usize, u16, bool)> = hit_marks(&hits, &[1], Some(2))
            .into_iter()
            .map(|(s, m)| (s.start(), m.colour, m.current))
            .collect();
        // Term 1 is hidden; term 9 takes colour 1; hit 2 (of all four) is current.
        assert_eq!(got, [(0, 0, false), (4, 1, true)]);
        assert_eq!(term_colour(7), 7);
        assert_eq!(term_colour(8), 0);
    }
}
