//! Words near each other: `"kurti troops"~10`, `kurti NEAR/10 troop*`,
//! `name:Vučić NEAR/5 kurti`. Words and prefixes are looked up in the word
//! index, names among the entities' mentions; a hit is the stretch from one side to
//! the other, when at most the given number of words lie between them.

use super::query::{near_operands, NearSide};
use crate::model::index::Index;
use crate::text::tokens::tokens;
use crate::text::word_index::Words;

/// The hits of a NEAR term (its `text`, at most `words` apart) in every
/// document: (document, start, end) in the folded text, sorted, none
/// overlapping the one before.
pub fn occurrences(index: &Index, text: &str, words: u16) -> Vec<(u32, u32, u32)> {
    let sides: Vec<Vec<(u32, u32, u32)>> = near_operands(text)
        .into_iter()
        .map(|side| occurrences_of(index, side))
        .collect();
    let [a, b] = &sides[..] else {
        return Vec::new();
    };
    let mut hits = Vec::new();
    for &(doc, start, end) in a {
        let folded = index.documents[doc as usize].folded.as_str();
        // The nearest occurrence of the other side after this one, and before it.
        let in_doc = b.partition_point(|o| o.0 < doc)..b.partition_point(|o| o.0 <= doc);
        let b = &b[in_doc];
        let after = b.partition_point(|o| o.1 < end);
        let candidates = [
            after
                .checked_sub(1)
                .and_then(|i| b.get(i))
                .filter(|o| o.2 <= start),
            b.get(after),
        ];
        for &(_, s, e) in candidates.into_iter().flatten() {
            let (from, to) = (start.min(s), end.max(e));
            let gap = if s >= end {
                &folded[end as usize..s as usize]
            } else {
                &folded[e as usize..start as usize]
            };
            if tokens(gap).take(words as usize + 1).count() <= words as usize {
                hits.push((doc, from, to));
            }
        }
    }
    crate::order::sort_by_key(&mut hits, |&(d, s, e)| crate::order::key([d, s, e, 0]));
    let mut last: Option<(u32, u32)> = None;
    hits.retain(|&(d, s, e)| {
        let keep = last.is_none_or(|(ld, le)| ld != d || s >= le);
        if keep {
            last = Some((d, e));
        }
        keep
    });
    hits
}

/// Every occurrence of a side: a word, the words starting with a prefix, or
/// the mentions of a name; sorted by document and start.
fn occurrences_of(index: &Index, side: NearSide) -> Vec<(u32, u32, u32)> {
    let words = index.word_index();
    match side {
        NearSide::Word(word) => words.occurrences(Words::Word(word)),
        NearSide::Prefix(prefix) => words.occurrences(Words::Prefix(prefix)),
        NearSide::Name(name) => super::mentions::occurrences(index, name),
    }
}
