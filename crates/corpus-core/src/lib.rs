//! The corpus explorer's core, in layers (each depends only on those above it):
//!
//! - [`text`]: spans, folding, sentences, the word tokenizer and word index;
//! - [`time`]: the calendar, TIMEX3 values and temporal expressions;
//! - [`i18n`]: the interface's texts in its languages, counts, numbers, dates;
//! - [`model`]: the compact index the app reads, and the kinds all layers share;
//! - [`names`]: the curated list, automatic names and the entity passes;
//! - [`quotes`]: quotations and their speakers;
//! - [`ingest`]: front matter, cleaning and the pipeline from a folder to an index;
//! - [`search`]: queries, matching, highlighting, concordance, co-occurrence;
//! - [`timeline`]: the zoomable scale, lanes and bins the timeline draws;
//! - [`figure`]: the timeline, trends and matrix as pictures to keep (SVG);
//! - [`view`]: the reader's view as data: its state, links, host messages.
//!
//! No web dependencies: it is tested natively, run by the app's build script,
//! and compiled into the app.

pub mod figure;
pub mod i18n;
pub mod ingest;
pub mod model;
pub mod names;
pub mod order;
pub mod parallel;
pub mod quotes;
pub mod search;
pub mod text;
pub mod time;
pub mod timeline;
pub mod view;

pub use model::error::SourceError;
pub use model::index::Index;
pub use text::span::Span;
