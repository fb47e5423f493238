use crate::ui::context::use_texts;
use crate::ui::hooks::use_settled;
use corpus_core::i18n::{Msg, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultStatusProps {
    /// Documents passing the filters.
    pub shown: usize,
    /// Documents in the corpus.
    pub total: usize,
    /// Search matches in the shown documents.
    pub hits: usize,
    /// Whether any query or chip is active.
    pub filtering: bool,
    /// Whether the search stopped keeping matches at its bound (`hits` are the
    /// first ones; the documents are all there).
    pub capped: bool,
    /// A regular expression waits for its engine, still being fetched.
    pub regex_loading: bool,
    /// The query's words wait for the word index, still being built.
    pub words_pending: bool,
    /// The query's first problem, if it has any (shown under the search field).
    #[prop_or_default]
    pub problem: Option<AttrValue>,
}

/// How long the results must stay the same before they are announced: typing
/// a word announces its results once, not after every letter.
const SETTLE_MS: u32 = 900;

/// The result count; screen readers hear it once the results settle (with the
/// query's problem, or the regex engine loading), in a live region of its own.
#[function_component]
pub fn ResultStatus(props: &ResultStatusProps) -> Html {
    let t = use_texts();
    let text = status_text(&t, props);
    let spoken = match &props.problem {
        Some(p) => t.fill(Msg::QueryHasProblem, &[&text, p]),
        None => text.clone(),
    };
    let spoken = use_settled(spoken.clone(), spoken, SETTLE_MS);
    html! {
        <>
            // Shown, and readable in browse mode, but not announced as it changes.
            <p class="status" role="status" aria-live="off">{ text }</p>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ spoken }</p>
        </>
    }
}

/// The count in words: documents shown, matches, and whether the word index
/// is still being built or the regex engine loading.
fn status_text(t: &Texts, props: &ResultStatusProps) -> String {
    let text = if !props.filtering {
        t.count(Msg::Documents, props.total)
    } else {
        let documents = t.count(Msg::DocumentsOf, props.total);
        let shown = t.fill(Msg::ShownOf, &[&t.number(props.shown), &documents]);
        if props.capped {
            let first = t.fill(Msg::FirstMatchesCapped, &[&t.number(props.hits)]);
            format!("{shown} · {first}")
        } else if props.hits > 0 {
            format!("{shown} · {}", t.count(Msg::Matches, props.hits))
        } else {
            shown
        }
    };
    let text = if props.words_pending {
        t.fill(Msg::WordsIndexing, &[&text])
    } else {
        text
    };
    if props.regex_loading {
        t.fill(Msg::RegexLoading, &[&text])
    } else {
        text
    }
}
