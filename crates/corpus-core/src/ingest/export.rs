//! The public data export (`corpus.json`): a stable, documented shape for people
//! and tools outside the app. Offsets are UTF-8 byte offsets into each `text`.

use crate::model::index::{DateMention, Document, Entity, Index, Quote};
use crate::model::story::Story;
use serde::Serialize;

/// Version of this export shape (independent of the binary index format).
pub const EXPORT_FORMAT: u32 = 1;

#[derive(Serialize)]
pub struct Export<'a> {
    pub format: u32,
    pub documents: Vec<ExportDocument<'a>>,
    pub entities: Vec<ExportEntity<'a>>,
    pub dates: Vec<ExportDate<'a>>,
    pub quotes: Vec<ExportQuote<'a>>,
    /// The stories told with the articles: name, title, description, and
    /// steps of title, view (a link's fragment), note, question and answer.
    pub stories: &'a [Story],
}

/// A quotation: its words (without the marks) at `start..end`, the speaker's
/// entity id or null when it cannot be told, the reporting verb and where it
/// was said, as written, or null.
#[derive(Serialize)]
pub struct ExportQuote<'a> {
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    /// How the article describes a speaker it does not name (`a spokesman`).
    pub source: Option<&'a str>,
    pub partial: bool,
    pub verb: Option<&'a str>,
    pub channel: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ExportDocument<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub outlet: Option<&'a str>,
    /// Who wrote it, when known (front matter `author` or the text's byline).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<&'a str>,
    pub url: Option<&'a str>,
    /// `YYYY-MM-DD`, or null when unknown or known only to the month.
    pub published: Option<String>,
    pub published_basis: &'static str,
    /// BCP 47 tag: stated, the corpus's, or detected ("und" when unknown).
    pub language: &'a str,
    pub text: &'a str,
    pub source: &'a str,
}

#[derive(Serialize)]
pub struct ExportEntity<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'static str,
    /// Titles the articles give a person ("prime minister"), possibly none.
    pub roles: &'a [String],
    /// From the curated list, or null.
    pub description: Option<&'a str>,
    pub aliases: &'a [String],
    pub mentions: Vec<ExportSpan<'a>>,
}

#[derive(Serialize)]
pub struct ExportSpan<'a> {
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct ExportDate<'a> {
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: &'a str,
    pub kind: &'static str,
    /// TIMEX3 `mod`, or null.
    #[serde(rename = "mod")]
    pub modifier: Option<&'a str>,
    /// First and last day covered, `YYYY-MM-DD`, or null when not anchored.
    pub interval: Option<[String; 2]>,
}

/// The export of `index`.
pub fn export(index: &Index) -> Export<'_> {
    Export {
        format: EXPORT_FORMAT,
        documents: index.documents.iter().map(document).collect(),
        entities: index.entities.iter().map(|e| entity(index, e)).collect(),
        dates: index.dates.iter().map(|d| date(index, d)).collect(),
        quotes: index.quotes.iter().map(|q| quote(index, q)).collect(),
        stories: &index.stories,
    }
}

fn doc_id(index: &Index, d: u32) -> &str {
    index.documents[d as usize].id.as_str()
}

fn document(d: &Document) -> ExportDocument<'_> {
    ExportDocument {
        id: &d.id,
        title: &d.title,
        outlet: d.outlet.as_deref(),
        byline: d.byline.as_deref(),
        url: d.url.as_deref(),
        published: d
            .published
            .filter(|p| p.day.is_some())
            .map(|p| p.to_string()),
        published_basis: d.published_basis.as_str(),
        language: &d.language,
        text: &d.text,
        source: &d.source,
    }
}

fn entity<'a>(index: &'a Index, e: &'a Entity) -> ExportEntity<'a> {
    ExportEntity {
        id: &e.id,
        name: &e.name,
        kind: e.kind.as_str(),
        roles: &e.roles,
        description: e.description.as_deref(),
        aliases: &e.variants,
        mentions: e
            .mentions
            .iter()
            .map(|m| ExportSpan {
                doc: doc_id(index, m.doc),
                start: m.span.start(),
                end: m.span.end(),
            })
            .collect(),
    }
}

fn date<'a>(index: &'a Index, d: &'a DateMention) -> ExportDate<'a> {
    ExportDate {
        doc: doc_id(index, d.doc),
        start: d.span.start(),
        end: d.span.end(),
        text: d.span.slice(&index.documents[d.doc as usize].text),
        value: &d.value,
        kind: d.kind.as_str(),
        modifier: d.modifier.map(|m| m.as_str()),
        interval: d.interval.map(|(a, b)| {
            [a, b].map(|day| crate::time::calendar::civil_from_days(day as i64).to_string())
        }),
    }
}

fn quote<'a>(index: &'a Index, q: &'a Quote) -> ExportQuote<'a> {
    let text = &index.documents[q.doc as usize].text;
    ExportQuote {
        doc: doc_id(index, q.doc),
        start: q.span.start(),
        end: q.span.end(),
        text: q.span.slice(text),
        speaker: q.speaker.map(|e| index.entities[e as usize].id.as_str()),
        source: q.source.map(|s| s.slice(text)),
        partial: q.partial,
        verb: q.verb.map(|v| v.slice(text)),
        channel: q.channel.map(|c| c.slice(text)),
    }
}
