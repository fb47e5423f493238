//! Small text formatting shared by components.

use corpus_core::model::index::Document;
use yew::AttrValue;

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

/// The `lang` attribute of a document's text: its language tag, none when
/// the language is undetermined (the page's then holds).
pub fn lang(doc: &Document) -> Option<AttrValue> {
    (doc.language != "und").then(|| AttrValue::from(doc.language.clone()))
}
