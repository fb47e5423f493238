//! The corpus explorer's core: corpus model, ingestion pipeline (front matter →
//! cleaning → paragraphs and sentences → entities → dates), the compact index,
//! query parsing and matching, and highlight segments. No web dependencies: it is
//! tested natively, run by the app's build script, and compiled into the app.

pub mod bench_corpus;
pub mod clean;
pub mod cooccurrence;
pub mod dates;
pub mod entities;
pub mod error;
pub mod export;
pub mod fold;
pub mod frontmatter;
pub mod highlight;
pub mod index;
pub mod kwic;
pub mod names;
pub mod pipeline;
pub mod query;
pub mod search;
pub mod span;
pub mod text;
pub mod timescale;
pub mod timex;
pub mod words;

pub use error::SourceError;
pub use index::Index;
pub use span::Span;
