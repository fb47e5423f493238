//! Small text formatting shared by components.

use corpus_core::model::index::Document;
use yew::AttrValue;

/// The `lang` attribute of a document's text: its language tag, none when
/// the language is undetermined (the page's then holds).
pub fn lang(doc: &Document) -> Option<AttrValue> {
    (doc.language != "und").then(|| AttrValue::from(doc.language.clone()))
}
