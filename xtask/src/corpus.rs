//! The corpus the commands work on: `corpus/`, or the `--corpus` folder (its
//! path in the environment, where Trunk's hook and the build script read it).

use crate::shell::{root, Result};
use corpus_core::ingest::pipeline;
use std::path::PathBuf;

/// The corpus folder, and how messages name it.
pub fn folder() -> (PathBuf, String) {
    pipeline::corpus_folder(&root(), std::env::var(pipeline::CORPUS_DIR_VAR).ok())
}

/// Runs the ingestion pipeline on `corpus/`, with errors naming file and line.
pub fn load_index() -> Result<(corpus_core::Index, pipeline::Report)> {
    let (dir, shown) = folder();
    pipeline::build_dir(&dir, &shown).map_err(|errs| {
        let lines: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        format!(
            "the corpus has {} problem(s):\n{}",
            errs.len(),
            lines.join("\n")
        )
    })
}
