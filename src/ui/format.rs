//! Small text formatting shared by components.

use corpus_core::model::index::Document;

/// "17 August 2022", "August 2022 (inferred)", or "Date unknown".
pub fn published(doc: &Document) -> String {
    doc.published_label()
}

/// "1 match", "3 matches".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
