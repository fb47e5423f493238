//! Small text formatting shared by components.

use corpus_core::index::{DateBasis, Document};

/// "17 August 2022", "August 2022 (inferred)", or "Date unknown".
pub fn published(doc: &Document) -> String {
    match (doc.published, doc.published_basis) {
        (Some(d), DateBasis::Inferred) => format!("{} (inferred)", d.long()),
        (Some(d), _) => d.long(),
        (None, _) => "Date unknown".to_string(),
    }
}

/// "DW · 17 August 2022" / "Outlet unknown · …".
pub fn byline(doc: &Document) -> String {
    format!(
        "{} · {}",
        doc.outlet.as_deref().unwrap_or("Outlet unknown"),
        published(doc)
    )
}

/// "1 match", "3 matches".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
