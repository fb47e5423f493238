//! Ingestion, from a folder of articles to an [`Index`](crate::model::index::Index):
//! the folder read ([`folder`], each file a [`source::SourceFile`]) with its
//! settings ([`settings`]); each article's front matter ([`frontmatter`]),
//! Markdown or saved page made plain ([`markdown`], [`html`]), lines made
//! paragraphs ([`layout`]), datelines and bylines ([`datelines`]), page
//! furniture cleaned away ([`clean`]); the pipeline that orchestrates every
//! step ([`pipeline`]) and its build report ([`report`]); articles opened in the
//! page, file by file ([`opened`]); the JSON export ([`export`]); and generated
//! corpora for benchmarks ([`bench_corpus`]). Runs at build time, and in the
//! page's ingestion module.

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
pub mod stories;
