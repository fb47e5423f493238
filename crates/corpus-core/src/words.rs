//! An inverted index of the folded words of every document: which documents
//! contain a word, and where. Derived from the documents' folded text when first
//! needed (never serialised), so plain terms are looked up instead of scanning
//! every document.
//!
//! A word is a maximal run of word characters ([`is_word_char`]) of the folded
//! text: exactly what a whole-word match of the scanning search accepts.

use crate::fold::is_word_char;
use crate::index::Document;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// One occurrence of a word: its document and its start in the folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Posting {
    pub doc: u32,
    pub start: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordIndex {
    /// Distinct folded words, sorted.
    words: Vec<Box<str>>,
    /// The postings of word `w` are `postings[ends[w - 1]..ends[w]]` (from 0 for
    /// the first word), sorted by document, then start.
    ends: Vec<u32>,
    postings: Vec<Posting>,
}

/// The words of `folded` with their byte offsets.
pub fn words(folded: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = folded.as_bytes();
    // Whether the char at byte `i` is a word char, and its length. Folded text is
    // mostly ASCII: decode only the rest.
    let at = move |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = folded[i..].chars().next().expect("i is a char boundary");
            (is_word_char(c), c.len_utf8())
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (word, len) = at(i);
            if word {
                break;
            }
            i += len;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() {
            let (word, len) = at(i);
            if !word {
                break;
            }
            i += len;
        }
        Some((start, &folded[start..i]))
    })
}

impl WordIndex {
    pub fn build(documents: &[Document]) -> WordIndex {
        // Number the distinct words in order of appearance, keeping every
        // occurrence as (word number, posting): occurrences come in document and
        // text order, so each word's postings stay sorted when grouped below.
        let mut numbers: FxHashMap<&str, u32> = FxHashMap::default();
        let mut counts: Vec<u32> = Vec::new();
        let mut occurrences: Vec<(u32, Posting)> = Vec::new();
        for (doc, d) in documents.iter().enumerate() {
            for (start, word) in words(&d.folded) {
                let n = *numbers.entry(word).or_insert_with(|| {
                    counts.push(0);
                    counts.len() as u32 - 1
                });
                counts[n as usize] += 1;
                occurrences.push((
                    n,
                    Posting {
                        doc: doc as u32,
                        start: start as u32,
                    },
                ));
            }
        }
        let mut sorted: Vec<(&str, u32)> = numbers.into_iter().collect();
        sorted.sort_unstable_by_key(|&(w, _)| w);
        // Where each word number's postings go.
        let mut next = vec![0u32; counts.len()];
        let mut ends = Vec::with_capacity(sorted.len());
        let mut total = 0;
        for &(_, n) in &sorted {
            next[n as usize] = total;
            total += counts[n as usize];
            ends.push(total);
        }
        let mut postings = vec![Posting { doc: 0, start: 0 }; total as usize];
        for (n, p) in occurrences {
            let slot = &mut next[n as usize];
            postings[*slot as usize] = p;
            *slot += 1;
        }
        WordIndex {
            words: sorted.into_iter().map(|(w, _)| w.into()).collect(),
            ends,
            postings,
        }
    }

    /// The id of `word`, if some document contains it.
    pub fn find(&self, word: &str) -> Option<usize> {
        self.words.binary_search_by(|w| (**w).cmp(word)).ok()
    }

    /// The ids of the words starting with `prefix`.
    pub fn starting_with(&self, prefix: &str) -> Range<usize> {
        let from = self.words.partition_point(|w| &**w < prefix);
        let to = from + self.words[from..].partition_point(|w| w.starts_with(prefix));
        from..to
    }

    pub fn word(&self, id: usize) -> &str {
        &self.words[id]
    }

    pub fn postings(&self, id: usize) -> &[Posting] {
        let from = id.checked_sub(1).map_or(0, |p| self.ends[p]) as usize;
        &self.postings[from..self.ends[id] as usize]
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_words(folded: &str, expected: &[(usize, &str)]) {
        assert_eq!(
            words(folded).collect::<Vec<_>>(),
            expected,
            "words of {folded:?}"
        );
    }

    #[test]
    fn splits_on_non_word_characters() {
        check_words("", &[]);
        check_words("  ", &[]);
        check_words("kfor", &[(0, "kfor")]);
        check_words(
            "kosovo-serbia, 2023!",
            &[(0, "kosovo"), (7, "serbia"), (15, "2023")],
        );
        check_words(" it's", &[(1, "it"), (4, "s")]);
        // Letters outside ASCII that folding keeps are word characters.
        check_words("мир и", &[(0, "мир"), (7, "и")]);
    }

    fn doc(text: &str) -> Document {
        Document::from_text("t", text)
    }

    #[test]
    fn looks_up_words_and_prefixes() {
        let index = WordIndex::build(&[doc("troops and troop"), doc("the troops, a trooper")]);
        let at = |doc, start| Posting { doc, start };
        let troops = index.find("troops").expect("indexed");
        assert_eq!(index.postings(troops), [at(0, 0), at(1, 4)]);
        assert_eq!(index.find("troo"), None);
        let ids = index.starting_with("troop");
        let found: Vec<&str> = ids.map(|w| index.word(w)).collect();
        assert_eq!(found, ["troop", "trooper", "troops"]);
        assert_eq!(index.starting_with("z"), index.len()..index.len());
        assert_eq!(index.starting_with("a").len(), 2, "a, and");
    }
}
