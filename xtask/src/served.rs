//! What the page fetches from `dist/`, and when: the rule `cargo xtask dist`
//! prints the sizes by and `cargo xtask bench scale` counts the start by.

/// The size of `bytes` gzipped at the best level, as a static host would
/// serve them.
pub fn gzipped_len(bytes: &[u8]) -> usize {
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    // Writing to a `Vec` cannot fail.
    let _ = gz.write_all(bytes);
    gz.finish().map_or(0, |v| v.len())
}

/// When the page fetches its file `name`, if not at the start (before the
/// search box is there); `offline` is the single file's name.
pub fn fetched_later(name: &str, offline: &str) -> Option<&'static str> {
    if name == "corpus.json" {
        Some("only on “Download data”")
    } else if name.starts_with("regex-") {
        Some("only on the first regex search")
    } else if name.starts_with("texts-") {
        Some("only for a reader of that language")
    } else if name.starts_with("ingest-") {
        Some("only when the reader opens their own articles")
    } else if name.starts_with("split_") {
        Some("only when first needed: its view shown, its task asked for")
    } else if name.starts_with("chunk_") {
        Some("with the first part that needs it")
    } else if name == offline {
        Some("all of it in one file, for offline use")
    } else {
        None
    }
}
