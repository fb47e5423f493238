//! The real news text the benchmarks scale: `../shared/bench/lee-news-300.txt`
//! beside the repository (one article per line), or the file in BENCH_TEXT.

use std::path::Path;

pub fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The text, or `None` (said on stderr) when it is not there.
pub fn text() -> Option<String> {
    let path = std::env::var("BENCH_TEXT")
        .map(Into::into)
        .unwrap_or_else(|_| repo().join("../shared/bench/lee-news-300.txt"));
    match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("skipping the scaled corpora: {}: {e}", path.display());
            None
        }
    }
}
