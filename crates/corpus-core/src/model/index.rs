//! The compact index the app loads beside its code: defined once here, written
//! at build time (postcard), read by the app. The first varint is
//! [`FORMAT_VERSION`].

use crate::i18n::{Msg, Texts};
use crate::model::kinds::{EntityKind, ParaKind};
use crate::model::story::Story;
use crate::text::fold::{fold, fold_str, is_word_char, FoldMap};
use crate::text::span::Span;
use crate::text::tokens::is_boundary;
use crate::text::word_index::{Partial, WordIndex};
use crate::time::calendar::PartialDate;
use crate::time::timex::{Modifier, TimexKind};
use core::fmt;
use serde::{Deserialize, Serialize};
use std::sync::{Mutex, OnceLock};

/// Bump whenever any type below changes shape.
pub const FORMAT_VERSION: u32 = 13;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// What the corpus is called and how its files are named.
    pub info: CorpusInfo,
    pub documents: Vec<Document>,
    pub entities: Vec<Entity>,
    /// In document order, then text order.
    pub dates: Vec<DateMention>,
    /// Quotations, in document order, then text order.
    pub quotes: Vec<Quote>,
    /// Stories told with the articles, in the order of their files' names.
    pub stories: Vec<Story>,
    /// The documents' words, derived on first use (see [`Index::word_index`]).
    #[serde(skip)]
    pub word_index: LazyWordIndex,
}

/// A corpus's title and the like, from its folder's `corpus.toml` or made from
/// the folder (by the ingestion layer's `settings`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusInfo {
    /// The page's title: "Kosovo–Serbia tensions: a news corpus".
    pub title: String,
    /// A sentence under the title; without one the page counts the articles
    /// and names their years.
    pub description: Option<String>,
    /// The articles' language, as a BCP 47 tag ("en").
    pub language: String,
    /// The interface's language chosen for every reader (a tag of
    /// [`crate::i18n::Locale`]); empty: each reader's browser chooses.
    pub interface: String,
    /// What the files the build writes are named after: `{name}-offline.html`,
    /// `{name}-corpus.json`.
    pub file_name: String,
}

impl Default for CorpusInfo {
    fn default() -> CorpusInfo {
        CorpusInfo {
            title: "News articles".into(),
            description: None,
            language: "en".into(),
            interface: String::new(),
            file_name: "corpus-explorer".into(),
        }
    }
}

/// The [`WordIndex`] of an index, built a slice at a time
/// ([`Index::prepare_word_index`]) or whole when first asked for. Derived
/// data: it takes no part in comparisons or the encoded index.
#[derive(Debug, Default)]
pub struct LazyWordIndex {
    built: OnceLock<WordIndex>,
    partial: Mutex<Partial>,
}

impl Clone for LazyWordIndex {
    fn clone(&self) -> LazyWordIndex {
        LazyWordIndex {
            built: self.built.clone(),
            partial: Mutex::new(lock(&self.partial).clone()),
        }
    }
}

/// The partial index, even if a panic left its lock poisoned (a step leaves
/// it whole or untouched).
fn lock(partial: &Mutex<Partial>) -> std::sync::MutexGuard<'_, Partial> {
    partial.lock().unwrap_or_else(|e| e.into_inner())
}

impl PartialEq for LazyWordIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// How a publication date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateBasis {
    /// The page states it.
    Stated,
    /// Inferred from the text; `date_note` says from what.
    Inferred,
    Unknown,
}

impl DateBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Stated => "stated",
            DateBasis::Inferred => "inferred",
            DateBasis::Unknown => "unknown",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the source file's stem.
    pub id: String,
    /// Source file path, relative to the repository.
    pub source: String,
    pub title: String,
    /// True when the page had no headline and the title was made from the lede.
    pub title_derived: bool,
    pub outlet: Option<String>,
    /// Who wrote it: the front matter's `author`, else the text's byline.
    pub byline: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub published_basis: DateBasis,
    pub date_note: Option<String>,
    /// The article's language, a BCP 47 tag ("sr-Latn"): its front matter's
    /// `language`, else the corpus's, else detected from its text
    /// ([`crate::text::language::detect`]), else "und".
    pub language: String,
    /// The cleaned article: paragraphs separated by blank lines.
    pub text: String,
    /// `text` folded for search, with its map back to `text`. Not stored:
    /// [`Index::decode`] derives them (half the index's size, for a few
    /// milliseconds per megabyte of text).
    #[serde(skip)]
    pub folded: String,
    #[serde(skip)]
    pub fold_map: FoldMap,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
    /// Number of words, for ranking.
    pub word_count: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    pub kind: ParaKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: a slug of the name.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Titles the articles give a person ("prime minister").
    pub roles: Vec<String>,
    /// From the curated list, when it gives one.
    pub description: Option<String>,
    /// Every surface form found in the corpus, most frequent first.
    pub variants: Vec<String>,
    /// Sorted by document, then position.
    pub mentions: Vec<Mention>,
}

impl Document {
    /// "17 August 2022", "August 2022 (inferred)", or "Date unknown".
    pub fn published_label(&self, t: &Texts) -> String {
        match (self.published, self.published_basis) {
            (Some(d), DateBasis::Inferred) => t.fill(Msg::DateInferred, &[&t.date_long(d)]),
            (Some(d), _) => t.date_long(d),
            (None, _) => t.get(Msg::DateUnknown).to_string(),
        }
    }

    /// The sentence holding byte `at`, by its number in `sentences`; `None`
    /// before the first sentence.
    pub fn sentence_index(&self, at: usize) -> Option<usize> {
        self.sentences
            .partition_point(|s| s.start() <= at)
            .checked_sub(1)
    }

    /// The sentences `span` lies in, as one span from the first one's start to
    /// the last one's end; `span` itself where no sentences cover it.
    pub fn sentences_around(&self, span: Span) -> Span {
        // Sentences are in order and do not overlap: both ends are sorted.
        let s = &self.sentences;
        let first = s.get(s.partition_point(|x| x.end() <= span.start()));
        let last = s
            .partition_point(|x| x.start() < span.end())
            .checked_sub(1)
            .map(|k| &s[k]);
        match (first, last) {
            (Some(f), Some(l)) if f.start() <= span.start() && l.end() >= span.end() => {
                Span::new(&self.text, f.start(), l.end())
            }
            _ => span,
        }
    }

    /// The sentences holding the first occurrence of `words` as whole words
    /// ("the" is not found inside "There"), ignoring case and accents.
    pub fn find_passage(&self, words: &str) -> Option<Span> {
        let needle = fold_str(words.trim());
        if needle.is_empty() {
            return None;
        }
        let word_at_start = needle.starts_with(is_word_char);
        let word_at_end = needle.ends_with(is_word_char);
        let (at, _) = self
            .folded
            .match_indices(needle.as_str())
            .find(|&(at, _)| {
                let cuts_a_word_before = word_at_start && !is_boundary(&self.folded, at);
                let cuts_a_word_after =
                    word_at_end && !is_boundary(&self.folded, at + needle.len());
                !(cuts_a_word_before || cuts_a_word_after)
            })?;
        let start = self.fold_map.start_to_original(at);
        let end = self.fold_map.end_to_original(at + needle.len());
        Some(self.sentences_around(Span::new(&self.text, start, end)))
    }

    /// A document of bare text: one body paragraph, no metadata. For tests and
    /// tools that need documents without running the pipeline.
    pub fn from_text(id: &str, text: &str) -> Document {
        let (folded, fold_map) = fold(text);
        Document {
            id: id.into(),
            source: format!("{id}.txt"),
            title: id.into(),
            title_derived: false,
            outlet: None,
            byline: None,
            url: None,
            published: None,
            published_basis: DateBasis::Unknown,
            date_note: None,
            language: "en".into(),
            text: text.into(),
            folded,
            fold_map,
            paragraphs: vec![Paragraph {
                span: Span::new(text, 0, text.len()),
                kind: ParaKind::Body,
            }],
            sentences: vec![],
            word_count: crate::text::tokens::word_count(text).max(1),
        }
    }
}

impl Entity {
    /// Number of distinct documents mentioning the entity.
    pub fn doc_count(&self) -> usize {
        let mut n = 0;
        let mut last = None;
        for m in &self.mentions {
            if last != Some(m.doc) {
                n += 1;
                last = Some(m.doc);
            }
        }
        n
    }

    pub fn mentions_doc(&self, doc: u32) -> bool {
        self.mentions.iter().any(|m| m.doc == doc)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub doc: u32,
    pub span: Span,
}

/// A quotation: the quoted words (without their marks), who said them and
/// how it is reported (found by the core's `quotes` layer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub doc: u32,
    pub span: Span,
    /// The entity who said it; `None` when it cannot be told.
    pub speaker: Option<u32>,
    /// How the article describes a speaker it does not name (`a spokesman`,
    /// `one trader`, `police`); `None` when named or not told.
    pub source: Option<Span>,
    /// Words taken into the writer's sentence (`said the force will take
    /// “any measure…”`), not a whole statement.
    pub partial: bool,
    /// The reporting verb (`said`, `told`), when there is one.
    pub verb: Option<Span>,
    /// Where or to whom it was said (`Die Welt`, `on Instagram`).
    pub channel: Option<Span>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub doc: u32,
    pub span: Span,
    /// TIMEX3 value.
    pub value: String,
    pub kind: TimexKind,
    /// TIMEX3 `mod`.
    pub modifier: Option<Modifier>,
    /// The days it covers (first, last; days since 1970-01-01), when anchored.
    pub interval: Option<(i32, i32)>,
}

impl DateMention {
    /// The days (first, last) the mention stands for on the timeline and in a
    /// timeline filter: a date its whole interval; a duration only the day it
    /// starts ("since 1999" recalls 1999: by its whole length it would meet every
    /// range). `None` when it is not anchored.
    pub fn timeline_days(&self) -> Option<(i64, i64)> {
        let (a, b) = self.interval?;
        Some(match self.kind {
            TimexKind::Date => (a as i64, b as i64),
            TimexKind::Duration => (a as i64, a as i64),
        })
    }
}

/// Why bytes could not be read as an index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndexError {
    Version { found: u32 },
    Decode(String),
    Invalid(String),
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexError::Version { found } => write!(
                f,
                "index format {found} is not the format {FORMAT_VERSION} this app reads; rebuild"
            ),
            IndexError::Decode(e) => write!(f, "the index is damaged: {e}"),
            IndexError::Invalid(e) => write!(f, "the index is inconsistent: {e}"),
        }
    }
}

impl std::error::Error for IndexError {}

impl Index {
    pub fn new(documents: Vec<Document>, entities: Vec<Entity>, dates: Vec<DateMention>) -> Index {
        Index {
            info: CorpusInfo::default(),
            documents,
            entities,
            dates,
            quotes: Vec::new(),
            stories: Vec::new(),
            word_index: LazyWordIndex::default(),
        }
    }

    /// The first and last years the documents were published in, if any is dated.
    pub fn publication_years(&self) -> Option<(u16, u16)> {
        let mut years = self
            .documents
            .iter()
            .filter_map(|d| d.published.map(|p| p.year));
        let first = years.next()?;
        Some(years.fold((first, first), |(lo, hi), y| (lo.min(y), hi.max(y))))
    }

    /// The entity called `name`: by its id, else by its name or any spelling
    /// found in the corpus, case and accents ignored (the first in order).
    pub fn entity_named(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        if let Some(e) = self.entities.iter().position(|e| e.id == name) {
            return Some(e);
        }
        let folded = fold_str(name);
        self.entities.iter().position(|e| {
            fold_str(&e.name) == folded || e.variants.iter().any(|v| fold_str(v) == folded)
        })
    }

    /// The document whose id (its file's stem) is `id`.
    pub fn document_by_id(&self, id: &str) -> Option<u32> {
        let id = id.trim();
        self.documents
            .iter()
            .position(|d| d.id == id)
            .map(|d| d as u32)
    }

    /// The inverted index of the documents' folded words: what
    /// [`Index::prepare_word_index`] has not built yet is built now.
    pub fn word_index(&self) -> &WordIndex {
        let words = &self.word_index;
        words.built.get_or_init(|| {
            let partial = std::mem::take(&mut *lock(&words.partial));
            partial.finish(&self.folded_texts())
        })
    }

    /// Builds a slice of the word index, about `budget` bytes of text (at least
    /// one document): whether it is now whole. A page calls it while the
    /// reader has not typed, so that no one task indexes a whole archive.
    pub fn prepare_word_index(&self, budget: usize) -> bool {
        let words = &self.word_index;
        if words.built.get().is_some() {
            return true;
        }
        let mut partial = lock(&words.partial);
        let folded = self.folded_texts();
        if partial.step(&folded, budget) < folded.len() {
            return false;
        }
        let whole = std::mem::take(&mut *partial).finish(&folded);
        drop(partial);
        let _ = words.built.set(whole);
        true
    }

    /// Whether the word index is whole: a search looking words up runs at
    /// once.
    pub fn word_index_ready(&self) -> bool {
        self.word_index.built.get().is_some()
    }

    fn folded_texts(&self) -> Vec<&str> {
        self.documents.iter().map(|d| d.folded.as_str()).collect()
    }

    pub fn encode(&self) -> Vec<u8> {
        let version = postcard::to_allocvec(&FORMAT_VERSION).expect("u32 encodes");
        // Measured first, then written into a vector of that length: a
        // vector left to grow doubles past it (at 100,000 articles, 0.6 GB
        // of index in 1 GB of memory, which the build's peak was).
        let size = postcard::ser_flavors::Size::default();
        let len: usize = postcard::serialize_with_flavor(self, size).expect("the index encodes");
        let mut out = Vec::with_capacity(version.len() + len);
        out.extend(version);
        postcard::to_extend(self, out).expect("the index encodes")
    }

    /// Reads an index, checking its version and every span.
    pub fn decode(bytes: &[u8]) -> Result<Index, IndexError> {
        let (found, rest) = postcard::take_from_bytes::<u32>(bytes)
            .map_err(|e| IndexError::Decode(e.to_string()))?;
        if found != FORMAT_VERSION {
            return Err(IndexError::Version { found });
        }
        let mut index: Index =
            postcard::from_bytes(rest).map_err(|e| IndexError::Decode(e.to_string()))?;
        index.validate().map_err(IndexError::Invalid)?;
        for d in &mut index.documents {
            (d.folded, d.fold_map) = fold(&d.text);
        }
        Ok(index)
    }

    fn validate(&self) -> Result<(), String> {
        let n = self.documents.len() as u32;
        for d in &self.documents {
            let bad = d
                .paragraphs
                .iter()
                .map(|p| p.span)
                .chain(d.sentences.iter().copied())
                .find(|s| !s.is_valid_for(&d.text));
            if let Some(s) = bad {
                return Err(format!(
                    "document {}: span {}..{} off its text",
                    d.id,
                    s.start(),
                    s.end()
                ));
            }
        }
        let spans = self
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| (m.doc, m.span)))
            .chain(self.dates.iter().map(|d| (d.doc, d.span)))
            .chain(self.quotes.iter().flat_map(|q| {
                [Some(q.span), q.verb, q.channel, q.source]
                    .into_iter()
                    .flatten()
                    .map(move |s| (q.doc, s))
            }));
        for (doc, span) in spans {
            if doc >= n || !span.is_valid_for(&self.documents[doc as usize].text) {
                return Err(format!(
                    "mention {}..{} of document {doc} is off its text",
                    span.start(),
                    span.end()
                ));
            }
        }
        let entities = self.entities.len() as u32;
        if self
            .quotes
            .iter()
            .any(|q| q.speaker.is_some_and(|e| e >= entities))
        {
            return Err("a quotation's speaker is not in the index".into());
        }
        // Search finds a document's dates by binary search.
        if !self.dates.is_sorted_by_key(|d| d.doc) {
            return Err("dates are not in document order".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document of `text` cut into sentences at ". ".
    fn doc(text: &str) -> Document {
        let mut d = Document::from_text("t", text);
        let mut start = 0;
        for piece in text.split_inclusive(". ") {
            let trimmed = piece.trim_end();
            d.sentences
                .push(Span::new(text, start, start + trimmed.len()));
            start += piece.len();
        }
        d
    }

    #[test]
    fn sentences_around_a_span() {
        let d = doc("Kurti spoke. Vučić denied it. KFOR stayed.");
        let check = |words: &str, expected: Option<&str>| {
            let got = d.find_passage(words).map(|s| s.slice(&d.text));
            assert_eq!(got, expected, "{words}");
        };
        check("denied", Some("Vučić denied it."));
        check("VUCIC", Some("Vučić denied it."));
        check("spoke. Vucic", Some("Kurti spoke. Vučić denied it."));
        check("stayed.", Some("KFOR stayed."));
        check("troops", None);
        check("  ", None);
        // Whole words only: "den" is not in "denied", "it" not in "Kurti".
        check("den", None);
        check("it. KFOR", Some("Vučić denied it. KFOR stayed."));
        assert_eq!(d.sentence_index(0), Some(0));
        assert_eq!(d.sentence_index(13), Some(1));
        let mut headless = doc("Kurti spoke.");
        headless.sentences.clear();
        let span = Span::new(&headless.text, 0, 5);
        assert_eq!(headless.sentences_around(span), span);
        assert_eq!(headless.sentence_index(3), None);
    }

    #[test]
    fn publication_years_span_the_dated_documents() {
        let dated = |year: Option<u16>| {
            let mut d = Document::from_text("t", "x");
            d.published = year.map(|y| PartialDate::new(y, None, None).unwrap());
            d
        };
        let index = |years: &[Option<u16>]| {
            Index::new(years.iter().map(|&y| dated(y)).collect(), vec![], vec![])
        };
        assert_eq!(
            index(&[Some(2023), None, Some(2022)]).publication_years(),
            Some((2022, 2023))
        );
        assert_eq!(index(&[None]).publication_years(), None);
        assert_eq!(index(&[]).publication_years(), None);
    }
}
