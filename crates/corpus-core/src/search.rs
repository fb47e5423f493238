//! Matching a parsed query and entity filters against the index.

use crate::fold::is_word_char;
use crate::index::{Document, Index};
use crate::query::{Query, TermKind};
use crate::span::Span;
use memchr::memmem;

/// One occurrence of a query term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    /// Index of the term in the query.
    pub term: u16,
}

/// A document that passes every filter, with its hits in text order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocResult {
    pub doc: u32,
    pub hits: Vec<Hit>,
}

/// Documents passing the filters, in index order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub docs: Vec<DocResult>,
}

impl Results {
    pub fn total_hits(&self) -> usize {
        self.docs.iter().map(|d| d.hits.len()).sum()
    }

    pub fn get(&self, doc: u32) -> Option<&DocResult> {
        self.docs.iter().find(|d| d.doc == doc)
    }
}

/// Runs `query` with the entity filters `entities` (indices into `index.entities`;
/// a document must mention all of them). An empty query with no filters matches
/// every document with no hits.
pub fn run(index: &Index, query: &Query, entities: &[usize]) -> Results {
    let finders: Vec<(memmem::Finder, TermKind)> = query
        .terms
        .iter()
        .map(|t| (memmem::Finder::new(t.folded.as_bytes()), t.kind))
        .collect();
    let mut docs = Vec::new();
    for (i, doc) in index.documents.iter().enumerate() {
        let i = i as u32;
        let passes_entities = entities
            .iter()
            .all(|&e| index.entities.get(e).is_some_and(|e| e.mentions_doc(i)));
        if !passes_entities {
            continue;
        }
        let mut hits = Vec::new();
        let mut all_terms = true;
        for (t, (finder, kind)) in finders.iter().enumerate() {
            let before = hits.len();
            find_term(doc, finder, *kind, t as u16, &mut hits);
            all_terms &= hits.len() > before;
        }
        if all_terms {
            hits.sort_by_key(|h: &Hit| (h.span.start(), h.term));
            docs.push(DocResult { doc: i, hits });
        }
    }
    Results { docs }
}

fn find_term(
    doc: &Document,
    finder: &memmem::Finder,
    kind: TermKind,
    term: u16,
    out: &mut Vec<Hit>,
) {
    let folded = doc.folded.as_str();
    let n = finder.needle().len();
    for start in finder.find_iter(folded.as_bytes()) {
        let end = start + n;
        let word_start = !folded[..start]
            .chars()
            .next_back()
            .is_some_and(is_word_char);
        let word_end = !folded[end..].chars().next().is_some_and(is_word_char);
        if !word_start || (kind == TermKind::Phrase && !word_end) {
            continue;
        }
        let (s, e) = (
            doc.fold_map.start_to_original(start),
            doc.fold_map.end_to_original(end),
        );
        if let Some(span) = Span::checked(&doc.text, s, e) {
            out.push(Hit { span, term });
        }
    }
}
