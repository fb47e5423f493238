//! Ingestion, from a folder of articles to an [`Index`](crate::model::index::Index):
//! front matter ([`frontmatter`]), cleaning page furniture away ([`clean`]),
//! the pipeline that orchestrates every step and writes the build report
//! ([`pipeline`]), the JSON export ([`export`]), and generated corpora for
//! benchmarks ([`bench_corpus`]). Runs at build time.

pub mod bench_corpus;
pub mod clean;
pub mod datelines;
pub mod export;
pub mod folder;
pub mod frontmatter;
#[cfg(feature = "html")]
pub mod html;
pub mod layout;
pub mod markdown;
pub mod opened;
pub mod pipeline;
pub mod report;
pub mod settings;
pub mod source;
