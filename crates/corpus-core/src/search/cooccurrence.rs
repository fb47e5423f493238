//! How often entities are mentioned, and which appear together, over the
//! documents that pass the current filters. "Together" means in the same sentence.

use crate::model::index::Index;
use crate::model::kinds::EntityKind;
use crate::order;

/// Names in the connections matrix at most.
pub const MATRIX_SIZE: usize = 30;

/// Mentions and documents per entity (indexed like the index's entities).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub mentions: Vec<u32>,
    pub docs: Vec<u32>,
}

impl Counts {
    /// The names of `kind` to list for the documents shown, most salient there
    /// first: in the most documents, then the most mentioned, ties in index
    /// order. Names those documents do not mention are left out unless `keep`
    /// asks for them (a chip in force).
    pub fn ranked(
        &self,
        index: &Index,
        kind: EntityKind,
        keep: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        let mut names: Vec<usize> = (0..index.entities.len())
            .filter(|&e| index.entities[e].kind == kind)
            .filter(|&e| self.mentions[e] > 0 || keep(e))
            .collect();
        order::sort_by_key(&mut names, |&e| {
            order::key([
                order::down(self.docs[e]),
                order::down(self.mentions[e]),
                0,
                0,
            ])
        });
        names
    }

    /// The names of the connections matrix: the `size` most mentioned in the
    /// documents shown (ties in index order), grouped by kind, most mentioned
    /// first within a kind.
    pub fn matrix_names(&self, index: &Index, size: usize) -> Vec<usize> {
        let mut names: Vec<usize> = (0..index.entities.len())
            .filter(|&e| self.mentions[e] > 0)
            .collect();
        order::sort_by_key(&mut names, |&e| {
            order::key([order::down(self.mentions[e]), 0, 0, 0])
        });
        names.truncate(size);
        order::sort_by_key(&mut names, |&e| {
            order::key([
                index.entities[e].kind as u32,
                order::down(self.mentions[e]),
                0,
                0,
            ])
        });
        names
    }
}

/// Counts over the documents `passes` lets through.
pub fn counts(index: &Index, passes: impl Fn(u32) -> bool) -> Counts {
    let n = index.entities.len();
    let mut out = Counts {
        mentions: vec![0; n],
        docs: vec![0; n],
    };
    for (e, entity) in index.entities.iter().enumerate() {
        let mut last = None;
        for m in entity.mentions.iter().filter(|m| passes(m.doc)) {
            out.mentions[e] += 1;
            if last != Some(m.doc) {
                out.docs[e] += 1;
                last = Some(m.doc);
            }
        }
    }
    out
}

/// Sentences shared by each pair of entities: a symmetric matrix whose diagonal
/// holds the sentences mentioning each entity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cooccurrence {
    n: usize,
    shared: Vec<u32>,
}

impl Cooccurrence {
    /// Over the documents `passes` lets through.
    pub fn build(index: &Index, passes: impl Fn(u32) -> bool) -> Cooccurrence {
        let n = index.entities.len();
        // (document, sentence, entity) for every mention, each once.
        let mut seen: Vec<(u32, u32, u32)> = Vec::new();
        for (e, entity) in index.entities.iter().enumerate() {
            for m in entity.mentions.iter().filter(|m| passes(m.doc)) {
                // Before the first sentence (a headline without one): a slot of its own.
                let s = index.documents[m.doc as usize]
                    .sentence_index(m.span.start())
                    .map_or(0, |k| k as u32 + 1);
                seen.push((m.doc, s, e as u32));
            }
        }
        order::sort_by_key(&mut seen, |&(d, s, e)| order::key([d, s, e, 0]));
        seen.dedup();
        let mut shared = vec![0u32; n * n];
        for group in seen.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            for &(_, _, a) in group {
                for &(_, _, b) in group {
                    shared[a as usize * n + b as usize] += 1;
                }
            }
        }
        Cooccurrence { n, shared }
    }

    /// Sentences mentioning both `a` and `b` (or, for `a == b`, mentioning `a`).
    pub fn get(&self, a: usize, b: usize) -> u32 {
        if a < self.n && b < self.n {
            self.shared[a * self.n + b]
        } else {
            0
        }
    }

    /// The most sentences any two of `names` share (at least 1).
    pub fn most_shared(&self, names: &[usize]) -> u32 {
        names
            .iter()
            .flat_map(|&a| {
                names
                    .iter()
                    .filter(move |&&b| b != a)
                    .map(move |&b| self.get(a, b))
            })
            .max()
            .unwrap_or(0)
            .max(1)
    }

    /// A matrix cell's shade, 1 to 4: `n` shared sentences against the most.
    pub fn shade(n: u32, most: u32) -> u32 {
        (4 * n).div_ceil(most.max(1)).min(4)
    }

    /// The entities sharing sentences with `e`, most shared first (ties in index
    /// order, which is salience).
    pub fn appears_with(&self, e: usize) -> Vec<(usize, u32)> {
        let mut out: Vec<(usize, u32)> = (0..self.n)
            .filter(|&o| o != e)
            .map(|o| (o, self.get(e, o)))
            .filter(|&(_, c)| c > 0)
            .collect();
        order::sort_by_key(&mut out, |&(o, c)| {
            order::key([order::down(c), order::up(o), 0, 0])
        });
        out
    }
}
