//! The interface's language: the corpus's choice (`corpus.toml`'s
//! `interface`), else the first of the reader's browser languages the
//! interface speaks, else English; then whatever the reader picks. The
//! page's `<html lang>` follows it, so that screen readers speak the
//! interface in its language (each article's text carries its own).

use corpus_core::i18n::{Locale, Texts};
use std::rc::Rc;
use yew::prelude::*;

/// The languages the reader's browser asks for, in its order.
fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|t| t.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The interface's language at the start: `chosen` (a corpus's setting,
/// empty for none), else the browser's.
pub fn starting_locale(chosen: &str) -> Locale {
    Locale::from_tag(chosen)
        .unwrap_or_else(|| Locale::negotiate(browser_languages().iter().map(String::as_str)))
}

/// The interface's words in the language in force, and the callback that
/// changes it.
#[hook]
pub fn use_interface_language(chosen: &str) -> (Rc<Texts>, Callback<Locale>) {
    let chosen = chosen.to_string();
    let locale = use_state_eq(move || starting_locale(&chosen));
    let texts = use_memo(*locale, |&l| Texts::new(l));
    use_effect_with(*locale, |l| {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", l.tag());
        }
    });
    let choose = {
        let locale = locale.clone();
        Callback::from(move |l: Locale| locale.set(l))
    };
    (texts, choose)
}
