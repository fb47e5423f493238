use crate::ui::format::count;
use crate::ui::hooks::use_settled;
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
    let text = status_text(props);
    let spoken = match &props.problem {
        Some(p) => format!("{text}. The query has a problem: {p}"),
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

/// The count in words: documents shown, matches, and whether the regex engine
/// is still loading.
fn status_text(props: &ResultStatusProps) -> String {
    let text = if !props.filtering {
        count(props.total, "document", "documents")
    } else if props.capped {
        format!(
            "{} of {} · the first {} matches (narrow the search for the rest)",
            props.shown,
            count(props.total, "document", "documents"),
            props.hits
        )
    } else if props.hits > 0 {
        format!(
            "{} of {} · {}",
            props.shown,
            count(props.total, "document", "documents"),
            count(props.hits, "match", "matches")
        )
    } else {
        format!(
            "{} of {}",
            props.shown,
            count(props.total, "document", "documents")
        )
    };
    if props.regex_loading {
        format!("Loading the regular-expression engine… · {text}")
    } else {
        text
    }
}
