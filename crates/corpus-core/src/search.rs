//! Matching a parsed query and entity filters against the index, and ranking.

use crate::fold::is_word_char;
use crate::index::{Document, Index};
use crate::query::{Query, Term, TermKind};
use crate::span::Span;
use memchr::memmem;

/// One occurrence of a query term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    /// Index of the term in the query (its highlight colour).
    pub term: u16,
}

/// A document that passes every filter, with its hits in text order.
#[derive(Clone, Debug, PartialEq)]
pub struct DocResult {
    pub doc: u32,
    pub hits: Vec<Hit>,
    /// BM25 relevance; 0 without query terms.
    pub score: f32,
}

/// Documents passing the filters, in index order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    pub docs: Vec<DocResult>,
    /// Hits per query term over the shown documents.
    pub term_hits: Vec<usize>,
    /// For each document of the index, its position in `docs` (or `u32::MAX`).
    positions: Vec<u32>,
}

impl Results {
    pub fn total_hits(&self) -> usize {
        self.docs.iter().map(|d| d.hits.len()).sum()
    }

    /// The result for `doc`, if it passes the filters. Constant time.
    pub fn get(&self, doc: u32) -> Option<&DocResult> {
        let p = *self.positions.get(doc as usize)?;
        self.docs.get(p as usize)
    }
}

/// How to order results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// BM25 (date when there are no terms).
    #[default]
    Relevance,
    /// Oldest first, undated last.
    Date,
    /// By outlet name, unknown last, then date.
    Outlet,
}

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// Runs `query` with the entity filters `entities` (indices into `index.entities`;
/// a document must mention all of them).
pub fn run(index: &Index, query: &Query, entities: &[usize]) -> Results {
    let finders: Vec<Finder> = query
        .terms
        .iter()
        .map(|t| Finder::new(t, query.exact))
        .collect();
    let excluded: Vec<Finder> = query
        .excluded
        .iter()
        .map(|t| Finder::new(t, query.exact))
        .collect();
    let n = index.documents.len();
    let mut per_doc: Vec<Option<Vec<Hit>>> = Vec::with_capacity(n);
    let mut df = vec![0usize; finders.len()];
    let (mut filtered, mut filtered_words) = (0usize, 0u64);
    for (i, doc) in index.documents.iter().enumerate() {
        let i = i as u32;
        let passes = query.outlets.iter().any(|o| {
            doc.outlet
                .as_deref()
                .is_some_and(|d| crate::fold::fold_str(d) == *o)
        }) || query.outlets.is_empty();
        let passes = passes
            && query
                .date
                .is_none_or(|r| doc.published.is_some_and(|p| r.overlaps(p)))
            && entities
                .iter()
                .all(|&e| index.entities.get(e).is_some_and(|e| e.mentions_doc(i)))
            && !excluded.iter().any(|f| f.any(doc));
        if !passes {
            per_doc.push(None);
            continue;
        }
        filtered += 1;
        filtered_words += doc.words as u64;
        let mut hits = Vec::new();
        let mut matched = vec![false; finders.len()];
        for (t, f) in finders.iter().enumerate() {
            let before = hits.len();
            f.find(doc, t as u16, &mut hits);
            matched[t] = hits.len() > before;
            df[t] += matched[t] as usize;
        }
        let all_groups = query.groups.iter().all(|g| g.iter().any(|&t| matched[t]));
        if all_groups {
            hits.sort_by_key(|h: &Hit| (h.span.start(), h.term));
            per_doc.push(Some(hits));
        } else {
            per_doc.push(None);
        }
    }
    // BM25 statistics over the documents the filters let through, where df is counted.
    let avgdl = filtered_words as f32 / (filtered as f32).max(1.0);
    let n_passing = filtered as f32;
    let mut term_hits = vec![0usize; finders.len()];
    let docs = per_doc
        .into_iter()
        .enumerate()
        .filter_map(|(i, hits)| {
            let hits = hits?;
            let doc = &index.documents[i];
            let mut score = 0.0;
            for (t, df) in df.iter().enumerate() {
                let tf = hits.iter().filter(|h| h.term as usize == t).count() as f32;
                term_hits[t] += tf as usize;
                if tf > 0.0 {
                    let idf = (1.0 + (n_passing - *df as f32 + 0.5) / (*df as f32 + 0.5)).ln();
                    let norm = K1 * (1.0 - B + B * doc.words as f32 / avgdl.max(1.0));
                    score += idf * tf * (K1 + 1.0) / (tf + norm);
                }
            }
            Some(DocResult {
                doc: i as u32,
                hits,
                score,
            })
        })
        .collect::<Vec<DocResult>>();
    let mut positions = vec![u32::MAX; n];
    for (p, r) in docs.iter().enumerate() {
        positions[r.doc as usize] = p as u32;
    }
    Results {
        docs,
        term_hits,
        positions,
    }
}

/// The result documents in the order `sort` asks for.
pub fn order(index: &Index, results: &Results, sort: Sort) -> Vec<u32> {
    let mut docs: Vec<&DocResult> = results.docs.iter().collect();
    let date = |d: u32| {
        let p = index.documents[d as usize].published;
        (p.is_none(), p.map(|p| p.first_day()))
    };
    match sort {
        Sort::Relevance => docs.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| date(a.doc).cmp(&date(b.doc)))
                .then(a.doc.cmp(&b.doc))
        }),
        Sort::Date => docs.sort_by_key(|r| (date(r.doc), r.doc)),
        Sort::Outlet => docs.sort_by_key(|r| {
            let o = index.documents[r.doc as usize]
                .outlet
                .as_deref()
                .map(crate::fold::fold_str);
            (o.is_none(), o, date(r.doc), r.doc)
        }),
    }
    docs.into_iter().map(|r| r.doc).collect()
}

/// Finds one term in documents.
struct Finder<'q> {
    term: &'q Term,
    memmem: Option<memmem::Finder<'q>>,
    exact: bool,
}

impl<'q> Finder<'q> {
    fn new(term: &'q Term, exact: bool) -> Finder<'q> {
        let memmem =
            (term.kind != TermKind::Regex).then(|| memmem::Finder::new(term.text.as_bytes()));
        Finder {
            term,
            memmem,
            exact,
        }
    }

    /// Whether the term occurs in `doc`; stops at the first occurrence.
    fn any(&self, doc: &Document) -> bool {
        let mut found = false;
        self.each(doc, |_| {
            found = true;
            false
        });
        found
    }

    fn find(&self, doc: &Document, term: u16, out: &mut Vec<Hit>) {
        self.each(doc, |span| {
            out.push(Hit { span, term });
            true
        });
    }

    /// Calls `visit` with each occurrence in `doc`, in text order, until it
    /// returns false.
    fn each(&self, doc: &Document, mut visit: impl FnMut(Span) -> bool) {
        if let Some(re) = &self.term.regex {
            for m in re.find_iter(&doc.text) {
                let span = Span::checked(&doc.text, m.start(), m.end()).filter(|s| !s.is_empty());
                if span.is_some_and(|s| !visit(s)) {
                    return;
                }
            }
            return;
        }
        let Some(finder) = &self.memmem else { return };
        let haystack = if self.exact {
            doc.text.as_str()
        } else {
            doc.folded.as_str()
        };
        let n = finder.needle().len();
        let whole_end = self.term.kind != TermKind::Prefix;
        for start in finder.find_iter(haystack.as_bytes()) {
            let mut end = start + n;
            let word_start = !haystack[..start]
                .chars()
                .next_back()
                .is_some_and(is_word_char);
            let word_end = !haystack[end..].chars().next().is_some_and(is_word_char);
            if !word_start || (whole_end && !word_end) {
                continue;
            }
            if !whole_end {
                // A prefix marks the whole word it starts ("troop*" marks "troops").
                end += haystack[end..]
                    .find(|c: char| !is_word_char(c))
                    .unwrap_or(haystack.len() - end);
            }
            let (s, e) = if self.exact {
                (start, end)
            } else {
                (
                    doc.fold_map.start_to_original(start),
                    doc.fold_map.end_to_original(end),
                )
            };
            if Span::checked(&doc.text, s, e).is_some_and(|span| !visit(span)) {
                return;
            }
        }
    }
}
