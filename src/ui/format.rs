//! Small text formatting shared by components.

use corpus_core::model::index::Document;

/// "17 August 2022", "August 2022 (inferred)", or "Date unknown".
pub fn published(doc: &Document) -> String {
    doc.published_label()
}

/// "DW · 17 August 2022" / "Outlet unknown · …".
pub fn source_line(doc: &Document) -> String {
    doc.source_line()
}

/// "1 match", "3 matches".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
