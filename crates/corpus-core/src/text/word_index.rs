//! An inverted index of the folded words of every document: which documents
//! contain a word, and where. Derived from the documents' folded text when first
//! needed (never serialised), so plain terms are looked up instead of scanning
//! every document.
//!
//! A word is a token of [`tokens`]: exactly what a whole-word match of the
//! scanning search accepts.

use super::tokens::tokens;
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

impl WordIndex {
    /// The index of the documents whose folded texts are `folded`, numbered in order.
    pub fn build<'t>(folded: impl IntoIterator<Item = &'t str>) -> WordIndex {
        // Number the distinct words in order of appearance, keeping every
        // occurrence as (word number, posting): occurrences come in document and
        // text order, so each word's postings stay sorted when grouped below.
        let mut numbers: FxHashMap<&str, u32> = FxHashMap::default();
        let mut counts: Vec<u32> = Vec::new();
        let mut occurrences: Vec<(u32, Posting)> = Vec::new();
        for (doc, text) in folded.into_iter().enumerate() {
            for (start, word) in tokens(text) {
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
        let ranks = crate::order::text_ranks(&sorted.iter().map(|&(w, _)| w).collect::<Vec<_>>());
        let mut ranked: Vec<(u32, (&str, u32))> = ranks.into_iter().zip(sorted).collect();
        crate::order::sort_by_key(&mut ranked, |&(rank, _)| rank.into());
        sorted = ranked.into_iter().map(|(_, w)| w).collect();
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

    /// Every occurrence of the words `ids` as (document, start, end) in the
    /// folded text, sorted.
    pub fn occurrences(&self, ids: impl IntoIterator<Item = usize>) -> Vec<(u32, u32, u32)> {
        let mut all: Vec<(u32, u32, u32)> = ids
            .into_iter()
            .flat_map(|w| {
                let len = self.words[w].len() as u32;
                self.postings(w)
                    .iter()
                    .map(move |p| (p.doc, p.start, p.start + len))
            })
            .collect();
        crate::order::sort_by_key(&mut all, |&(d, s, e)| crate::order::key([d, s, e, 0]));
        all
    }

    /// The ids of the words at most `max` edits from `word` (Levenshtein
    /// distance over characters: an insertion, a deletion or a substitution
    /// each), in order. The sorted words are walked as a trie: the rows of the
    /// distance table are kept for the prefix a word shares with the one before,
    /// and every word under a prefix already more than `max` edits away is
    /// skipped at once (a Levenshtein automaton over the vocabulary).
    pub fn within(&self, word: &str, max: usize) -> Vec<usize> {
        let target: Vec<char> = word.chars().collect();
        let width = target.len() + 1;
        // Row k (at rows[k * width..]): the distances from each prefix of
        // `target` to the first k characters of the word being read.
        let mut rows: Vec<usize> = (0..width).collect();
        let (mut previous, mut chars): (Vec<char>, Vec<char>) = (Vec::new(), Vec::new());
        let mut found = Vec::new();
        let mut id = 0;
        while id < self.words.len() {
            chars.clear();
            chars.extend(self.words[id].chars());
            let kept = rows.len() / width - 1;
            let shared = previous
                .iter()
                .zip(&chars)
                .take_while(|(a, b)| a == b)
                .count()
                .min(kept);
            rows.truncate((shared + 1) * width);
            let mut dead = None;
            for k in shared..chars.len() {
                push_row(&mut rows, &target, chars[k]);
                if rows[(k + 1) * width..].iter().all(|&d| d > max) {
                    dead = Some(k + 1);
                    break;
                }
            }
            std::mem::swap(&mut previous, &mut chars);
            match dead {
                Some(len) => {
                    // Every word starting with these `len` characters is too far.
                    let prefix: String = previous[..len].iter().collect();
                    id += self.words[id..].partition_point(|w| w.starts_with(prefix.as_str()));
                }
                None => {
                    if rows[rows.len() - 1] <= max {
                        found.push(id);
                    }
                    id += 1;
                }
            }
        }
        found
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

/// Appends to `rows` (rows of `target.len() + 1` distances) the row that
/// follows its last one on reading `c`.
fn push_row(rows: &mut Vec<usize>, target: &[char], c: char) {
    let width = target.len() + 1;
    let from = rows.len() - width;
    rows.push(rows[from] + 1);
    for (j, &t) in target.iter().enumerate() {
        let substitute = rows[from + j] + usize::from(t != c);
        let delete = rows[from + j + 1] + 1;
        let insert = rows[rows.len() - 1] + 1;
        rows.push(substitute.min(delete).min(insert));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_words_and_prefixes() {
        let index = WordIndex::build(["troops and troop", "the troops, a trooper"]);
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

    #[test]
    fn finds_words_within_edits() {
        let index = WordIndex::build([
            "stoltenberg soltenberg stoltenbrg stoltenberger stolten nato",
            "kurti kurtis curti kosovo kosova kfor",
        ]);
        let check = |word: &str, max: usize, expected: &[&str]| {
            let found: Vec<&str> = index
                .within(word, max)
                .into_iter()
                .map(|w| index.word(w))
                .collect();
            assert_eq!(found, expected, "{word}~{max}");
        };
        check("stoltenberg", 0, &["stoltenberg"]);
        check(
            "stoltenberg",
            1,
            &["soltenberg", "stoltenberg", "stoltenbrg"],
        );
        check(
            "stoltenberg",
            2,
            &["soltenberg", "stoltenberg", "stoltenberger", "stoltenbrg"],
        );
        check("kurti", 1, &["curti", "kurti", "kurtis"]);
        check("kosovo", 1, &["kosova", "kosovo"]);
        check("kfor", 0, &["kfor"]);
        check("xyz", 1, &[]);
        check("", 1, &[]);
    }

    /// The walk finds exactly what comparing with every word finds.
    #[test]
    fn the_walk_agrees_with_every_distance() {
        // The textbook distance, written apart from the walk's.
        fn distance(a: &str, b: &str) -> usize {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
            for i in 0..=a.len() {
                for j in 0..=b.len() {
                    d[i][j] = match (i, j) {
                        (0, j) => j,
                        (i, 0) => i,
                        _ => (d[i - 1][j] + 1)
                            .min(d[i][j - 1] + 1)
                            .min(d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1])),
                    };
                }
            }
            d[a.len()][b.len()]
        }
        let text = "the troops troop trooper tropes ropes rope grope kosovo kosovar kosova serbia serbian serb herb verb \
                    nato natos note notes nate kurti curt curtis vucic vucici belgrade pristina prishtina";
        let index = WordIndex::build([text]);
        for query in [
            "troops", "kosova", "serbs", "nate", "curti", "pristina", "a", "zz",
        ] {
            for max in 0..=2 {
                let expected: Vec<usize> = (0..index.len())
                    .filter(|&w| distance(index.word(w), query) <= max)
                    .collect();
                assert_eq!(index.within(query, max), expected, "{query}~{max}");
            }
        }
    }
}
