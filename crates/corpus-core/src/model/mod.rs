//! The corpus model: the compact [`Index`](index::Index) the app reads (documents,
//! names with their mentions, dates mentioned), defined once with its format
//! version and shared by the build that writes it and the app that reads it; the
//! kinds every layer shares ([`kinds`]); and the error that names a source file
//! and line ([`error`]). Types and the rules that belong to them, no pipeline.

pub mod error;
pub mod index;
pub mod kinds;
pub mod link_problem;
pub mod remark;
pub mod story;
pub mod story_edit;
