//! An inverted index of the folded words of every document: which documents
//! contain a word, and where. Derived from the documents' folded text (never
//! serialised), so plain terms are looked up instead of scanning every
//! document.
//!
//! The index is a list of segments, each the words of a run of documents
//! (as Lucene's are): the app builds them a slice of text at a time while the
//! reader has not typed yet ([`Partial`]), so no single task of the page
//! indexes a whole archive; a lookup asks every segment and, the segments'
//! documents following each other, keeps their results in order.
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

/// The words a term stands for in an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words<'a> {
    /// This word.
    Word(&'a str),
    /// The words starting with this.
    Prefix(&'a str),
    /// The words at most this many edits from this one.
    Within(&'a str, usize),
}

/// The word index of a corpus: its segments, in document order, and every
/// word of them once, sorted (walked once for a fuzzy word rather than once
/// per segment).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordIndex {
    segments: Vec<Segment>,
    vocabulary: Vec<Box<str>>,
}

impl WordIndex {
    /// The index of the documents whose folded texts are `folded`, numbered in
    /// order, as one segment.
    pub fn build<'t>(folded: impl IntoIterator<Item = &'t str>) -> WordIndex {
        let texts: Vec<&str> = folded.into_iter().collect();
        Partial::default().finish(&texts)
    }

    /// Every occurrence of `words` as (document, start, end) in the folded
    /// text, sorted.
    pub fn occurrences(&self, words: Words) -> Vec<(u32, u32, u32)> {
        let words = self.sought(words);
        let mut all = Vec::new();
        for segment in &self.segments {
            let mut here: Vec<(u32, u32, u32)> = segment
                .ids(&words)
                .into_iter()
                .flat_map(|w| {
                    let len = segment.words[w].len() as u32;
                    segment
                        .postings(w)
                        .iter()
                        .map(move |p| (p.doc, p.start, p.start + len))
                })
                .collect();
            crate::order::sort_by_key(&mut here, |&(d, s, e)| crate::order::key([d, s, e, 0]));
            all.append(&mut here);
        }
        all
    }

    /// Marks in `has` (one flag per document) the documents holding one of
    /// `words`.
    pub fn mark_documents(&self, words: Words, has: &mut [bool]) {
        let words = self.sought(words);
        for segment in &self.segments {
            for w in segment.ids(&words) {
                for p in segment.postings(w) {
                    has[p.doc as usize] = true;
                }
            }
        }
    }

    /// What to look for in each segment: a fuzzy word's words found once, in
    /// the whole vocabulary.
    fn sought<'w>(&'w self, words: Words<'w>) -> Sought<'w> {
        match words {
            Words::Within(word, max) => {
                let found = within(&self.vocabulary, word, max);
                Sought::Each(found.into_iter().map(|w| &*self.vocabulary[w]).collect())
            }
            Words::Word(word) => Sought::Each(vec![word]),
            Words::Prefix(prefix) => Sought::Prefix(prefix),
        }
    }

    /// Number of segments.
    pub fn segments(&self) -> usize {
        self.segments.len()
    }
}

/// What a segment is asked for.
enum Sought<'w> {
    Prefix(&'w str),
    /// These words, sorted.
    Each(Vec<&'w str>),
}

/// A word index being built a slice at a time: the segments made so far, their
/// words, and the first document none of them holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Partial {
    segments: Vec<Segment>,
    vocabulary: Vec<Box<str>>,
    next: usize,
}

impl Partial {
    /// Indexes, as one more segment, the documents after those done whose
    /// folded texts (of all the documents: `folded`) come to about `budget`
    /// bytes (at least one document). How many documents are done.
    pub fn step(&mut self, folded: &[&str], budget: usize) -> usize {
        let from = self.next.min(folded.len());
        let mut to = from;
        let mut bytes = 0;
        while to < folded.len() && (to == from || bytes + folded[to].len() <= budget) {
            bytes += folded[to].len();
            to += 1;
        }
        if to > from {
            let segment = Segment::build(from as u32, &folded[from..to]);
            self.vocabulary = merged(std::mem::take(&mut self.vocabulary), &segment.words);
            self.segments.push(segment);
        }
        self.next = to;
        to
    }

    /// The index: the documents not yet done indexed as one last segment.
    pub fn finish(mut self, folded: &[&str]) -> WordIndex {
        self.step(folded, usize::MAX);
        WordIndex {
            segments: self.segments,
            vocabulary: self.vocabulary,
        }
    }
}

/// The sorted distinct words `all` and `more` together (`more` sorted and
/// distinct too): one pass over both, the new words copied.
fn merged(all: Vec<Box<str>>, more: &[Box<str>]) -> Vec<Box<str>> {
    let mut out = Vec::with_capacity(all.len() + more.len());
    let mut more = more.iter().peekable();
    for word in all {
        while let Some(m) = more.next_if(|m| ***m < *word) {
            out.push(m.clone());
        }
        more.next_if(|m| ***m == *word);
        out.push(word);
    }
    out.extend(more.cloned());
    out
}

/// The words of a run of documents. Postings name documents by their number
/// in the whole corpus.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Segment {
    /// Distinct folded words, sorted.
    words: Vec<Box<str>>,
    /// The postings of word `w` are `postings[ends[w - 1]..ends[w]]` (from 0 for
    /// the first word), sorted by document, then start.
    ends: Vec<u32>,
    postings: Vec<Posting>,
}

impl Segment {
    /// The segment of the documents whose folded texts are `folded`, numbered
    /// from `first`.
    fn build(first: u32, folded: &[&str]) -> Segment {
        // Number the distinct words in order of appearance, keeping every
        // occurrence as (word number, posting): occurrences come in document and
        // text order, so each word's postings stay sorted when grouped below.
        let mut numbers: FxHashMap<&str, u32> = FxHashMap::default();
        let mut counts: Vec<u32> = Vec::new();
        let mut occurrences: Vec<(u32, Posting)> = Vec::new();
        for (doc, text) in (first..).zip(folded) {
            for (start, word) in tokens(text) {
                let n = *numbers.entry(word).or_insert_with(|| {
                    counts.push(0);
                    counts.len() as u32 - 1
                });
                counts[n as usize] += 1;
                occurrences.push((
                    n,
                    Posting {
                        doc,
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
        Segment {
            words: sorted.into_iter().map(|(w, _)| w.into()).collect(),
            ends,
            postings,
        }
    }

    /// The id of `word`, if some document contains it.
    fn find(&self, word: &str) -> Option<usize> {
        self.words.binary_search_by(|w| (**w).cmp(word)).ok()
    }

    /// The ids of the words starting with `prefix`.
    fn starting_with(&self, prefix: &str) -> Range<usize> {
        let from = self.words.partition_point(|w| &**w < prefix);
        let to = from + self.words[from..].partition_point(|w| w.starts_with(prefix));
        from..to
    }

    /// The ids of `words` here, in order.
    fn ids(&self, words: &Sought) -> Vec<usize> {
        match words {
            Sought::Prefix(prefix) => self.starting_with(prefix).collect(),
            Sought::Each(words) => words.iter().filter_map(|w| self.find(w)).collect(),
        }
    }

    #[cfg(test)]
    fn word(&self, id: usize) -> &str {
        &self.words[id]
    }

    fn postings(&self, id: usize) -> &[Posting] {
        let from = id.checked_sub(1).map_or(0, |p| self.ends[p]) as usize;
        &self.postings[from..self.ends[id] as usize]
    }

    /// Number of distinct words.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.words.len()
    }
}

/// The ids of the words of `words` (sorted, distinct) at most `max` edits from `word` (Levenshtein
/// distance over characters: an insertion, a deletion or a substitution
/// each), in order. The sorted words are walked as a trie: the rows of the
/// distance table are kept for the prefix a word shares with the one before,
/// and every word under a prefix already more than `max` edits away is
/// skipped at once (a Levenshtein automaton over the vocabulary).
fn within(words: &[Box<str>], word: &str, max: usize) -> Vec<usize> {
    let target: Vec<char> = word.chars().collect();
    let width = target.len() + 1;
    // Row k (at rows[k * width..]): the distances from each prefix of
    // `target` to the first k characters of the word being read.
    let mut rows: Vec<usize> = (0..width).collect();
    let (mut previous, mut chars): (Vec<char>, Vec<char>) = (Vec::new(), Vec::new());
    let mut found = Vec::new();
    let mut id = 0;
    while id < words.len() {
        chars.clear();
        chars.extend(words[id].chars());
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
                id += words[id..].partition_point(|w| w.starts_with(prefix.as_str()));
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

    fn segment(texts: &[&str]) -> Segment {
        Segment::build(0, texts)
    }

    #[test]
    fn looks_up_words_and_prefixes() {
        let index = segment(&["troops and troop", "the troops, a trooper"]);
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
        let index = segment(&[
            "stoltenberg soltenberg stoltenbrg stoltenberger stolten nato",
            "kurti kurtis curti kosovo kosova kfor",
        ]);
        let check = |word: &str, max: usize, expected: &[&str]| {
            let found: Vec<&str> = within(&index.words, word, max)
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
        let index = segment(&[text]);
        for query in [
            "troops", "kosova", "serbs", "nate", "curti", "pristina", "a", "zz",
        ] {
            for max in 0..=2 {
                let expected: Vec<usize> = (0..index.len())
                    .filter(|&w| distance(index.word(w), query) <= max)
                    .collect();
                assert_eq!(within(&index.words, query, max), expected, "{query}~{max}");
            }
        }
    }

    /// An index built a slice at a time finds what one built at once finds,
    /// in the same order.
    #[test]
    fn segments_agree_with_one_index() {
        let texts = [
            "troops and troop",
            "",
            "the troops, a trooper",
            "kosovo kosova troops",
            "serbia and kosovo; the trooper",
            "trop",
        ];
        let whole = WordIndex::build(texts);
        for budget in [0, 10, 25, 1000] {
            let mut partial = Partial::default();
            while partial.step(&texts, budget) < texts.len() {}
            let sliced = partial.finish(&texts);
            assert!(budget == 1000 || sliced.segments() > 1, "{budget}");
            for words in [
                Words::Word("troops"),
                Words::Word("trooper"),
                Words::Prefix("troop"),
                Words::Prefix("tro"),
                Words::Prefix("k"),
                Words::Within("kosovo", 1),
                Words::Word("absent"),
            ] {
                assert_eq!(
                    sliced.occurrences(words),
                    whole.occurrences(words),
                    "{words:?} {budget}"
                );
                let (mut a, mut b) = (vec![false; texts.len()], vec![false; texts.len()]);
                sliced.mark_documents(words, &mut a);
                whole.mark_documents(words, &mut b);
                assert_eq!(a, b, "{words:?} {budget}");
            }
            assert_eq!(sliced.vocabulary, whole.vocabulary);
        }
        let all: Vec<&str> = whole.vocabulary.iter().map(|w| &**w).collect();
        assert_eq!(
            all,
            [
                "a", "and", "kosova", "kosovo", "serbia", "the", "troop", "trooper", "troops",
                "trop"
            ]
        );
        let mut partial = Partial::default();
        assert_eq!(partial.step(&texts, 0), 1, "at least one document a step");
        assert_eq!(partial.step(&texts, 30), 3, "the empty text, then 21 bytes");
        assert_eq!(partial.next, 3);
    }
}
