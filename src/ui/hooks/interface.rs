//! The interface's language: the corpus's choice (`corpus.toml`'s
//! `interface`), else the first of the reader's browser languages the
//! interface speaks, else English; then whatever the reader picks. The
//! page's `<html lang>` follows it, so that screen readers speak the
//! interface in its language (each article's text carries its own).

use crate::load;
use crate::ui::context::Interface;
use corpus_core::i18n::{Locale, Msg, Texts};
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

/// The interface's language the page starts in: its texts, or why they
/// could not be had (then English).
#[derive(Clone, PartialEq)]
pub struct Start {
    pub texts: Rc<Texts>,
    /// The language asked for, and why its texts could not be had.
    pub problem: Option<(Locale, Rc<str>)>,
}

impl Start {
    /// The texts of the language `chosen` (a corpus's setting) or the
    /// reader's browser asks for, fetched; English if they cannot be.
    pub async fn fetch(chosen: &str) -> Start {
        let locale = starting_locale(chosen);
        match load::interface_texts(locale).await {
            Ok(t) => Start {
                texts: Rc::new(t),
                problem: None,
            },
            Err(why) => Start {
                texts: Rc::new(Texts::english()),
                problem: Some((locale, why.into())),
            },
        }
    }
}

/// "The interface cannot be shown in Shqip: …", in the words in force.
fn not_shown(t: &Texts, (wanted, why): &(Locale, Rc<str>)) -> AttrValue {
    t.fill(Msg::InterfaceNotLoaded, &[wanted.own_name(), why])
        .into()
}

/// The interface's words in the language in force, from `start`; the
/// callback that changes it (fetching a language's texts the first time:
/// the language changes once they are there, and the last one asked for
/// wins); and why the last language asked for could not be shown.
#[hook]
pub fn use_interface_language(start: &Start) -> Interface {
    let texts = use_state_eq(|| start.texts.clone());
    let problem = use_state_eq(|| start.problem.clone());
    let wanted = use_mut_ref(|| start.texts.locale());
    use_effect_with(texts.locale(), |l| {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", l.tag());
        }
    });
    let on_choose = {
        let (texts, problem) = (texts.setter(), problem.setter());
        use_callback((), move |l: Locale, _| {
            *wanted.borrow_mut() = l;
            let (texts, problem, wanted) = (texts.clone(), problem.clone(), wanted.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = load::interface_texts(l).await;
                if *wanted.borrow() != l {
                    return;
                }
                match fetched {
                    Ok(t) => {
                        texts.set(Rc::new(t));
                        problem.set(None);
                    }
                    Err(why) => problem.set(Some((l, why.into()))),
                }
            });
        })
    };
    Interface {
        problem: problem.as_ref().map(|p| not_shown(&texts, p)),
        texts: (*texts).clone(),
        on_choose,
    }
}
