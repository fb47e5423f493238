//! How often entities are mentioned, and which appear together, over the
//! documents that pass the current filters. "Together" means in the same sentence.

use crate::model::index::Index;

/// Mentions and documents per entity (indexed like the index's entities).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub mentions: Vec<u32>,
    pub docs: Vec<u32>,
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
                let sentences = &index.documents[m.doc as usize].sentences;
                let s = sentences.partition_point(|s| s.start() <= m.span.start());
                // Before the first sentence (a headline without one): its own slot.
                seen.push((m.doc, s as u32, e as u32));
            }
        }
        seen.sort_unstable();
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

    /// The entities sharing sentences with `e`, most shared first (ties in index
    /// order, which is salience).
    pub fn appears_with(&self, e: usize) -> Vec<(usize, u32)> {
        let mut out: Vec<(usize, u32)> = (0..self.n)
            .filter(|&o| o != e)
            .map(|o| (o, self.get(e, o)))
            .filter(|&(_, c)| c > 0)
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
