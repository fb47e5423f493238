//! Search: the query language ([`query`]) and its regular expressions from
//! whichever engine the build has ([`pattern`]); matching a parsed query and
//! entity filters against the index and ranking the documents (this module),
//! with words near each other ([`near`]) and names as terms ([`mentions`]);
//! the hits cut into highlight segments ([`highlight`]), keyword-in-context
//! lines ([`concordance`]), names counted and paired over the documents shown
//! ([`cooccurrence`]), and each term's matches over time ([`trends`]).

pub mod concordance;
pub mod cooccurrence;
pub mod highlight;
pub mod mentions;
pub mod near;
pub mod pattern;
pub mod query;
pub mod trends;

use crate::model::index::{Document, Index};
use crate::order;
use crate::search::query::{Query, Term, TermKind};
use crate::text::span::Span;
use crate::text::tokens::{is_boundary, word_end};
use crate::text::word_index::Words;
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
    /// More than [`MAX_HITS`] matches: the documents are all there, but only
    /// the first matches (in document order) are kept, counted and marked.
    pub capped: bool,
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

/// An entity chip: documents must mention the entity, or must not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntityFilter {
    /// Index into the index's entities.
    pub entity: usize,
    pub exclude: bool,
}

impl EntityFilter {
    pub fn include(entity: usize) -> EntityFilter {
        EntityFilter {
            entity,
            exclude: false,
        }
    }

    pub fn exclude(entity: usize) -> EntityFilter {
        EntityFilter {
            entity,
            exclude: true,
        }
    }

    /// Whether document `doc` passes. An entity the index lacks (say, from an
    /// old link) lets nothing through when required and everything when excluded.
    pub fn passes(&self, index: &Index, doc: u32) -> bool {
        let mentioned = index
            .entities
            .get(self.entity)
            .is_some_and(|e| e.mentions_doc(doc));
        mentioned != self.exclude
    }
}

/// Whether document `doc` is published within the days `range` or mentions a
/// date whose interval meets it. A duration ("since 1999") counts by its start:
/// by its whole length it would meet every range.
pub fn on_timeline(index: &Index, doc: u32, (first, last): (i64, i64)) -> bool {
    let meets = |a: i64, b: i64| a <= last && b >= first;
    let d = &index.documents[doc as usize];
    d.published
        .is_some_and(|p| meets(p.first_day(), p.last_day()))
        || {
            // Dates are stored by document.
            let from = index.dates.partition_point(|m| m.doc < doc);
            index.dates[from..]
                .iter()
                .take_while(|m| m.doc == doc)
                .any(|m| m.timeline_days().is_some_and(|(a, b)| meets(a, b)))
        }
}

/// The most matches a search keeps: past them, documents are still found
/// (the first occurrence is enough) but their matches are not collected, so
/// no query costs more than a bounded amount of work and memory.
pub const MAX_HITS: usize = 10_000;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// How a term's occurrences are found: the one rule [`Finder::new`] and
/// [`reads_word_index`] follow.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lookup {
    /// By the regex engine, over each text.
    Regex,
    /// From the names' mentions, however spelt.
    Mentions,
    /// From the word index (a word, prefix, phrase's words, fuzzy word, NEAR).
    Words,
    /// Scanned for in each text: an exact query's words and phrases.
    Scan,
}

fn lookup(term: &Term, exact: bool) -> Lookup {
    match term.kind {
        TermKind::Regex => Lookup::Regex,
        TermKind::Name => Lookup::Mentions,
        _ if !exact || term.kind.needs_words() => Lookup::Words,
        _ => Lookup::Scan,
    }
}

/// Whether running `query` reads the word index (so, in a page, waits for it
/// to be whole: [`Index::prepare_word_index`]).
pub fn reads_word_index(query: &Query) -> bool {
    let reads = |t: &Term| lookup(t, query.exact) == Lookup::Words;
    query.terms.iter().chain(&query.excluded).any(reads)
}

/// Runs `query` with the entity filters `entities` (a document must pass all of them).
pub fn run(index: &Index, query: &Query, entities: &[EntityFilter]) -> Results {
    run_with(index, query, entities, true)
}

/// [`run`], looking words up in the word index or, with `use_words` false,
/// scanning every document (the reference the word index is tested against).
fn run_with(index: &Index, query: &Query, entities: &[EntityFilter], use_words: bool) -> Results {
    // Fuzzy and NEAR terms are always looked up: their words come from the index.
    fn finder<'q>(t: &'q Term, exact: bool, index: &'q Index, use_words: bool) -> Finder<'q> {
        let words = use_words || t.kind.needs_words();
        Finder::new(t, exact, words.then_some(index))
    }
    let finder = |t| finder(t, query.exact, index, use_words);
    let finders: Vec<Finder> = query.terms.iter().map(finder).collect();
    let excluded: Vec<Finder> = query.excluded.iter().map(finder).collect();
    let mut matched = Matched::new(finders.len());
    for (i, doc) in index.documents.iter().enumerate() {
        let i = i as u32;
        let passes = passes_filters(index, query, entities, (i, doc))
            && !excluded.iter().any(|f| f.any(i, doc));
        if passes {
            matched.document(query, &finders, (i, doc));
        } else {
            matched.per_doc.push(None);
        }
    }
    let (docs, term_hits) = matched.scored(index);
    let mut positions = vec![u32::MAX; index.documents.len()];
    for (p, r) in docs.iter().enumerate() {
        positions[r.doc as usize] = p as u32;
    }
    Results {
        docs,
        term_hits,
        positions,
        capped: matched.capped,
    }
}

/// Whether document `doc` (number `i`) is of an outlet and a language asked for, published
/// in the dates asked for, passes every name filter and meets the days picked.
fn passes_filters(
    index: &Index,
    query: &Query,
    entities: &[EntityFilter],
    (i, doc): (u32, &Document),
) -> bool {
    let outlet = query.outlets.is_empty()
        || query.outlets.iter().any(|o| {
            doc.outlet
                .as_deref()
                .is_some_and(|d| crate::text::fold::fold_str(d) == *o)
        });
    let language = query.languages.is_empty()
        || query
            .languages
            .iter()
            .any(|l| crate::text::language::tag_matches(&doc.language, l));
    outlet
        && language
        && query
            .date
            .is_none_or(|r| doc.published.is_some_and(|p| r.overlaps(p)))
        && entities.iter().all(|f| f.passes(index, i))
        && query
            .timeline
            .is_none_or(|range| on_timeline(index, i, range))
}

/// The documents matched so far, with what BM25 needs.
struct Matched {
    /// Each document's hits, in text order, if it matched.
    per_doc: Vec<Option<Vec<Hit>>>,
    /// Documents that passed the filters holding each term.
    df: Vec<usize>,
    /// Documents that passed the filters, and their words.
    filtered: usize,
    filtered_words: u64,
    /// Hits kept so far, and whether some were left uncounted past MAX_HITS.
    collected: usize,
    capped: bool,
}

impl Matched {
    fn new(terms: usize) -> Matched {
        Matched {
            per_doc: Vec::new(),
            df: vec![0; terms],
            filtered: 0,
            filtered_words: 0,
            collected: 0,
            capped: false,
        }
    }

    /// Finds the terms in a document that passed the filters; it matches when
    /// every group has a term found.
    fn document(&mut self, query: &Query, finders: &[Finder], (i, doc): (u32, &Document)) {
        self.filtered += 1;
        self.filtered_words += doc.word_count as u64;
        let mut hits = Vec::new();
        let mut matched = vec![false; finders.len()];
        for (t, f) in finders.iter().enumerate() {
            let before = hits.len();
            let room = MAX_HITS.saturating_sub(self.collected + hits.len());
            let more = f.find(i, doc, t as u16, &mut hits, room);
            self.capped |= more;
            matched[t] = hits.len() > before || more;
            self.df[t] += matched[t] as usize;
        }
        self.collected += hits.len();
        let all_groups = query.groups.iter().all(|g| g.iter().any(|&t| matched[t]));
        if all_groups {
            order::sort_by_key(&mut hits, |h| {
                order::key([0, 0, order::up(h.span.start()), u32::from(h.term)])
            });
            self.per_doc.push(Some(hits));
        } else {
            self.per_doc.push(None);
        }
    }

    /// The documents matched, scored by BM25 over those the filters let
    /// through (where df is counted), and each term's hits.
    fn scored(&mut self, index: &Index) -> (Vec<DocResult>, Vec<usize>) {
        let avgdl = self.filtered_words as f32 / (self.filtered as f32).max(1.0);
        let n_passing = self.filtered as f32;
        let df = &self.df;
        let mut term_hits = vec![0usize; df.len()];
        let per_doc = std::mem::take(&mut self.per_doc);
        let docs = per_doc
            .into_iter()
            .enumerate()
            .filter_map(|(i, hits)| {
                let hits = hits?;
                let doc = &index.documents[i];
                let mut score = 0.0;
                // Hits per term in one pass (not a pass per term).
                let mut tfs = vec![0usize; df.len()];
                for h in &hits {
                    tfs[h.term as usize] += 1;
                }
                for (t, df) in df.iter().enumerate() {
                    let tf = tfs[t] as f32;
                    term_hits[t] += tf as usize;
                    if tf > 0.0 {
                        let idf = (1.0 + (n_passing - *df as f32 + 0.5) / (*df as f32 + 0.5)).ln();
                        let norm = K1 * (1.0 - B + B * doc.word_count as f32 / avgdl.max(1.0));
                        score += idf * tf * (K1 + 1.0) / (tf + norm);
                    }
                }
                Some(DocResult {
                    doc: i as u32,
                    hits,
                    score,
                })
            })
            .collect();
        (docs, term_hits)
    }
}

/// Hits numbered across the listed documents, in list order: which document
/// hit number `k` of all is in, without listing every hit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HitNumbers {
    /// Hits before each listed document, and the total at the end.
    starts: Vec<usize>,
}

impl HitNumbers {
    /// The hits of `results`, numbered through the documents in `order`.
    pub fn new(results: &Results, order: &[u32]) -> HitNumbers {
        let mut starts = Vec::with_capacity(order.len() + 1);
        let mut n = 0;
        starts.push(0);
        for &d in order {
            n += results.get(d).map_or(0, |r| r.hits.len());
            starts.push(n);
        }
        HitNumbers { starts }
    }

    pub fn total(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }

    /// Hit number `k` as (document, number among that document's hits), in
    /// the `order` the hits were numbered through.
    pub fn locate(&self, order: &[u32], k: usize) -> Option<(u32, usize)> {
        if k >= self.total() {
            return None;
        }
        let i = self.starts.partition_point(|&s| s <= k) - 1;
        Some((*order.get(i)?, k - self.starts[i]))
    }

    /// The hit `delta` steps from `from`, round the ends: from none, the first
    /// forwards and the last backwards. `None` without hits.
    pub fn step(&self, from: Option<usize>, delta: isize) -> Option<usize> {
        let total = self.total() as isize;
        if total == 0 {
            return None;
        }
        Some(match from {
            Some(c) => (c as isize + delta).rem_euclid(total),
            None if delta > 0 => 0,
            None => total - 1,
        } as usize)
    }
}

/// The outlets of the result documents, by name, with how many documents each.
pub fn outlet_counts(index: &Index, results: &Results) -> Vec<(String, usize)> {
    let mut outlets: Vec<(String, usize)> = Vec::new();
    for r in &results.docs {
        if let Some(o) = &index.documents[r.doc as usize].outlet {
            match outlets.iter_mut().find(|(n, _)| n == o) {
                Some((_, c)) => *c += 1,
                None => outlets.push((o.clone(), 1)),
            }
        }
    }
    let ranks = order::text_ranks(&outlets.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>());
    let mut ranked: Vec<(u32, (String, usize))> = ranks.into_iter().zip(outlets).collect();
    order::sort_by_key(&mut ranked, |&(rank, _)| rank.into());
    ranked.into_iter().map(|(_, o)| o).collect()
}

/// The languages of the result documents, by tag, with how many documents
/// each, most first; none when the corpus is in one language (the
/// undetermined not counted), where a choice of language would be no choice.
pub fn language_counts(index: &Index, results: &Results) -> Vec<(String, usize)> {
    if !several_languages(index) {
        return Vec::new();
    }
    let mut languages: Vec<(String, usize)> = Vec::new();
    for r in &results.docs {
        let l = &index.documents[r.doc as usize].language;
        match languages.iter_mut().find(|(t, _)| t == l) {
            Some((_, c)) => *c += 1,
            None => languages.push((l.clone(), 1)),
        }
    }
    let ranks = order::text_ranks(
        &languages
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>(),
    );
    let mut ranked: Vec<(u32, (String, usize))> = ranks.into_iter().zip(languages).collect();
    order::sort_by_key(&mut ranked, |(rank, (_, n))| {
        order::key([order::down(order::up(*n)), *rank, 0, 0])
    });
    ranked.into_iter().map(|(_, l)| l).collect()
}

/// Whether the corpus's articles are in more than one language (the
/// undetermined not counted): then each shows its language.
pub fn several_languages(index: &Index) -> bool {
    let mut known = index
        .documents
        .iter()
        .map(|d| d.language.as_str())
        .filter(|l| *l != "und");
    let first = known.next();
    known.any(|l| Some(l) != first)
}

/// The result documents in the order `sort` asks for.
pub fn order(index: &Index, results: &Results, sort: Sort) -> Vec<u32> {
    // Undated documents last.
    let date = |d: u32| match index.documents[d as usize].published {
        Some(p) => order::day(p.first_day()),
        None => u32::MAX,
    };
    let mut docs: Vec<&DocResult> = results.docs.iter().collect();
    match sort {
        Sort::Relevance => order::sort_by_key(&mut docs, |r| {
            order::key([order::score_down(r.score), date(r.doc), r.doc, 0])
        }),
        Sort::Date => order::sort_by_key(&mut docs, |r| order::key([date(r.doc), r.doc, 0, 0])),
        Sort::Outlet => {
            let outlets = outlet_ranks(index);
            order::sort_by_key(&mut docs, |r| {
                order::key([outlets[r.doc as usize], date(r.doc), r.doc, 0])
            })
        }
    }
    docs.into_iter().map(|r| r.doc).collect()
}

/// Each document's place in the alphabetical order of outlets (folded, so case
/// and accents do not count); documents without an outlet last.
fn outlet_ranks(index: &Index) -> Vec<u32> {
    let folded: Vec<Option<String>> = index
        .documents
        .iter()
        .map(|d| d.outlet.as_deref().map(crate::text::fold::fold_str))
        .collect();
    let names: Vec<&str> = folded.iter().flatten().map(String::as_str).collect();
    let mut ranks = order::text_ranks(&names).into_iter();
    folded
        .iter()
        .map(|o| match o {
            Some(_) => ranks.next().unwrap_or(u32::MAX),
            None => u32::MAX,
        })
        .collect()
}

/// Finds one term in documents.
struct Finder<'q> {
    term: &'q Term,
    source: Source<'q>,
    exact: bool,
}

/// Where a term's occurrences come from.
enum Source<'q> {
    /// A single folded word or prefix, looked up in the word index: the
    /// occurrences as (document, start, end) in the folded text, sorted.
    Postings(Vec<(u32, u32, u32)>),
    /// Anything else but a regex: scanned for, only in the documents that
    /// contain all of its words (`None`: every document).
    Scan {
        finder: Box<memmem::Finder<'q>>,
        candidates: Option<Vec<bool>>,
    },
    Regex,
}

impl<'q> Finder<'q> {
    /// A finder for `term`, using the word index of `index` when given.
    fn new(term: &'q Term, exact: bool, index: Option<&Index>) -> Finder<'q> {
        let source = match (lookup(term, exact), index) {
            (Lookup::Regex, _) => Source::Regex,
            (Lookup::Mentions, Some(index)) => {
                Source::Postings(mentions::occurrences(index, &term.text))
            }
            (Lookup::Words, Some(index)) => Self::looked_up(term, index),
            _ => Source::Scan {
                finder: Box::new(memmem::Finder::new(term.text.as_bytes())),
                candidates: None,
            },
        };
        Finder {
            term,
            source,
            // Fuzzy and NEAR occurrences are in the folded text, even in an exact query.
            exact: exact && !term.kind.needs_words(),
        }
    }

    /// The source of a folded word, prefix, phrase, fuzzy word or NEAR.
    fn looked_up(term: &'q Term, index: &Index) -> Source<'q> {
        if let TermKind::Near(n) = term.kind {
            return Source::Postings(near::occurrences(index, &term.text, n));
        }
        let words = index.word_index();
        let tokens: Vec<(usize, &str)> = crate::text::tokens::tokens(&term.text).collect();
        let prefix = term.kind == TermKind::Prefix;
        // The words a token stands for: the last one of a prefix term is a
        // prefix; a fuzzy term's, the words near it; every other token is a
        // whole word.
        let sought = |i: usize, token: &'q str| -> Words<'q> {
            match term.kind {
                TermKind::Fuzzy(edits) => Words::Within(token, edits.into()),
                _ if prefix && i + 1 == tokens.len() => Words::Prefix(token),
                _ => Words::Word(token),
            }
        };
        let single = matches!(tokens[..], [(0, t)] if t.len() == term.text.len());
        if single && term.kind != TermKind::Phrase {
            return Source::Postings(words.occurrences(sought(0, &term.text)));
        }
        let n = index.documents.len();
        let mut candidates = vec![true; n];
        for (i, &(_, token)) in tokens.iter().enumerate() {
            let mut has = vec![false; n];
            words.mark_documents(sought(i, token), &mut has);
            candidates.iter_mut().zip(has).for_each(|(c, h)| *c &= h);
        }
        Source::Scan {
            finder: Box::new(memmem::Finder::new(term.text.as_bytes())),
            candidates: Some(candidates),
        }
    }

    /// Whether the term occurs in document `d`; stops at the first occurrence.
    fn any(&self, d: u32, doc: &Document) -> bool {
        let mut found = false;
        self.each(d, doc, 1, |_| {
            found = true;
            false
        });
        found
    }

    /// Adds the term's occurrences in document `d` to `out`, at most `room`
    /// of them; whether there were more.
    fn find(&self, d: u32, doc: &Document, term: u16, out: &mut Vec<Hit>, room: usize) -> bool {
        let mut left = room;
        let mut more = false;
        self.each(d, doc, room.saturating_add(1), |span| {
            if left == 0 {
                more = true;
                return false;
            }
            out.push(Hit { span, term });
            left -= 1;
            true
        });
        more
    }

    /// Calls `visit` with each occurrence in document `d`, in text order, until
    /// it returns false; a regex stops after `limit` matches (it runs in
    /// another module, which hands its matches over all at once).
    fn each(&self, d: u32, doc: &Document, limit: usize, mut visit: impl FnMut(Span) -> bool) {
        let to_original = |start: usize, end: usize| {
            if self.exact {
                Span::checked(&doc.text, start, end)
            } else {
                Span::checked(
                    &doc.text,
                    doc.fold_map.start_to_original(start),
                    doc.fold_map.end_to_original(end),
                )
            }
        };
        let (finder, candidates) = match &self.source {
            Source::Regex => {
                let Some(re) = &self.term.regex else { return };
                re.each_match(&doc.text, limit, &mut |start, end| {
                    let span = Span::checked(&doc.text, start, end).filter(|s| !s.is_empty());
                    span.is_none_or(&mut visit)
                });
                return;
            }
            Source::Postings(all) => {
                let from = all.partition_point(|o| o.0 < d);
                let to = from + all[from..].partition_point(|o| o.0 == d);
                for &(_, start, end) in &all[from..to] {
                    if to_original(start as usize, end as usize).is_some_and(|s| !visit(s)) {
                        return;
                    }
                }
                return;
            }
            Source::Scan { finder, candidates } => (finder, candidates),
        };
        if candidates
            .as_ref()
            .is_some_and(|c| !c.get(d as usize).copied().unwrap_or(false))
        {
            return;
        }
        let haystack = if self.exact {
            doc.text.as_str()
        } else {
            doc.folded.as_str()
        };
        let n = finder.needle().len();
        let whole_end = self.term.kind != TermKind::Prefix;
        for start in finder.find_iter(haystack.as_bytes()) {
            let mut end = start + n;
            if !is_boundary(haystack, start) || (whole_end && !is_boundary(haystack, end)) {
                continue;
            }
            if !whole_end {
                // A prefix marks the whole word it starts ("troop*" marks "troops").
                end = word_end(haystack, end);
            }
            if to_original(start, end).is_some_and(|span| !visit(span)) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::{parse, Options};
    use proptest::prelude::*;

    fn index_of(texts: &[String]) -> Index {
        let documents = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::from_text(&format!("d{i}"), t))
            .collect();
        Index::new(documents, vec![], vec![])
    }

    /// The text each hit of `q` marks, by document.
    fn marked(index: &Index, q: &str, exact: bool) -> Vec<(u32, String)> {
        let query = parse(
            q,
            Options {
                exact,
                ..Options::default()
            },
        )
        .query;
        let results = run(index, &query, &[]);
        let text = |d: u32| index.documents[d as usize].text.as_str();
        results
            .docs
            .iter()
            .flat_map(|d| {
                d.hits
                    .iter()
                    .map(move |h| (d.doc, h.span.slice(text(d.doc)).to_string()))
            })
            .collect()
    }

    #[test]
    fn near_terms_mark_the_stretch_between_the_words() {
        let index = index_of(&[
            "Kurti asked for more troops on Friday.".into(),
            "Troops, said Kurti.".into(),
            "Kurti spoke. Then, much later in a long text about other things entirely, troops came.".into(),
            "No names here.".into(),
        ]);
        // Upper case: an exact query.
        let marked = |q: &str| marked(&index, q, q.starts_with("KURTI"));
        let near = vec![
            (0, "Kurti asked for more troops".to_string()),
            (1, "Troops, said Kurti".to_string()),
        ];
        assert_eq!(marked("kurti NEAR/3 troops"), near);
        assert_eq!(marked("\"kurti troops\"~3"), near);
        assert_eq!(
            marked("kurti NEAR/2 troop*"),
            vec![(1, "Troops, said Kurti".to_string())]
        );
        assert_eq!(marked("kurti NEAR/20 troops").len(), 3);
        assert_eq!(
            marked("KURTI NEAR/3 TROOPS"),
            near,
            "on folded text, even when exact"
        );
    }

    #[test]
    fn which_queries_read_the_word_index() {
        let check = |q: &str, exact: bool, expected: bool| {
            let query = parse(
                q,
                Options {
                    exact,
                    typing: false,
                },
            )
            .query;
            assert_eq!(reads_word_index(&query), expected, "{q} exact: {exact}");
        };
        check("", false, false);
        check("troops", false, true);
        check("troops", true, false);
        check("-troops", false, true);
        check("\"the troops\"", true, false);
        check("troop*", false, true);
        check("stoltenberg~", true, true);
        check("kfor NEAR/3 troops", true, true);
        check("/tro+ps/", false, false);
        check("name:\"Albin Kurti\"", false, false);
    }

    #[test]
    fn a_word_index_built_in_slices_is_ready_when_whole() {
        let index = index_of(&["troops here".into(), "more troops".into(), "none".into()]);
        assert!(!index.word_index_ready());
        assert!(!index.prepare_word_index(1));
        assert!(!index.prepare_word_index(1));
        assert!(index.prepare_word_index(1), "the third document, the last");
        assert!(index.word_index_ready());
        assert!(index.prepare_word_index(1));
        let found = run(&index, &parse("troops", Options::default()).query, &[]);
        assert_eq!(found.docs.iter().map(|d| d.doc).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn a_query_without_its_terms_keeps_its_filters() {
        let index = index_of(&["troops here".into(), "more troops".into(), "none".into()]);
        let docs = |q: &str| {
            let mut query = parse(q, Options::default()).query;
            query.drop_terms();
            let found = run(&index, &query, &[]);
            found.docs.iter().map(|d| d.doc).collect::<Vec<_>>()
        };
        assert_eq!(docs("troops OR none -more"), [0, 1, 2]);
        assert_eq!(docs("troops language:de"), Vec::<u32>::new());
    }

    #[test]
    fn fuzzy_terms_find_misspellings_and_mark_them() {
        let index = index_of(&[
            "Jens Stoltenberg said so.".into(),
            "Soltenberg, NATO's chief, and Stoltenbrg agreed.".into(),
            "Nothing about him. Stolen bergs.".into(),
        ]);
        let marked = |q: &str, exact: bool| marked(&index, q, exact);
        let all = vec![
            (0, "Stoltenberg".to_string()),
            (1, "Soltenberg".to_string()),
            (1, "Stoltenbrg".to_string()),
        ];
        assert_eq!(marked("stoltenberg~", false), all);
        assert_eq!(
            marked("STOLTENBERG~1", true),
            all,
            "on folded text, even when exact"
        );
        assert_eq!(
            marked("stoltenberg~0", false),
            vec![(0, "Stoltenberg".to_string())]
        );
        assert_eq!(
            marked("stoltenberg", false),
            vec![(0, "Stoltenberg".to_string())]
        );
    }

    #[test]
    fn matches_past_the_bound_are_not_collected_but_documents_are_found() {
        let many = "troops and ".repeat(6_000);
        let index = index_of(&[many.clone(), many, "no match here".into(), "troops".into()]);
        for q in ["troops", "/troops/", "troop*"] {
            let results = run(&index, &parse(q, Options::default()).query, &[]);
            let docs: Vec<u32> = results.docs.iter().map(|d| d.doc).collect();
            assert_eq!(docs, [0, 1, 3], "{q}");
            assert!(results.capped, "{q}");
            assert_eq!(results.total_hits(), MAX_HITS, "{q}");
        }
        let few = run(&index, &parse("match", Options::default()).query, &[]);
        assert!(!few.capped);
    }

    /// Texts and queries from one small vocabulary, so that most queries match.
    const WORDS: &[&str] = &[
        "KFOR",
        "troops",
        "troop",
        "Trooper",
        "Vučić",
        "Vucic",
        "Đorđe",
        "it’s",
        "it's",
        "Kosovo-Serbia",
        "Straße",
        "strasse",
        "Æther",
        "e\u{301}te",
        "2023",
        "x",
    ];
    const GLUE: &[&str] = &[" ", ", ", "-", " (", ") ", ". ", "’", "–"];

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            (prop::sample::select(WORDS), prop::sample::select(GLUE)),
            1..30,
        )
        .prop_map(|ws| ws.into_iter().map(|(w, g)| format!("{w}{g}")).collect())
    }

    fn query() -> impl Strategy<Value = String> {
        let word = (prop::sample::select(WORDS), 1usize..8, 0..4).prop_map(|(w, cut, form)| {
            let w: String = w.chars().take(cut).collect();
            match form {
                0 => format!("{w}* "),
                1 => format!("-{w} "),
                2 => format!("\"{w} {w}\" "),
                _ => format!("{w} "),
            }
        });
        proptest::collection::vec((word, any::<bool>()), 1..4).prop_map(|ws| {
            ws.into_iter()
                .map(|(w, or)| if or { format!("{w}OR ") } else { w })
                .collect::<String>()
                .trim_end()
                .trim_end_matches("OR")
                .to_string()
        })
    }

    proptest! {
        // Looking words up finds exactly what scanning every document finds;
        // so does an index built a slice at a time (in several segments).
        #[test]
        fn word_index_agrees_with_scanning(
            texts in proptest::collection::vec(text(), 1..4),
            q in query(),
            typing in any::<bool>(),
            budget in proptest::option::of(0usize..64),
        ) {
            let index = index_of(&texts);
            if let Some(budget) = budget {
                while !index.prepare_word_index(budget) {}
            }
            let parsed = parse(&q, Options { exact: false, typing });
            let scanned = run_with(&index, &parsed.query, &[], false);
            let looked_up = run_with(&index, &parsed.query, &[], true);
            prop_assert_eq!(looked_up, scanned, "query {:?}", q);
        }
    }
}
