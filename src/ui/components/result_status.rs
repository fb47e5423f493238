use crate::ui::format::count;
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
}

/// The result count, announced politely to screen readers as it changes.
#[function_component]
pub fn ResultStatus(props: &ResultStatusProps) -> Html {
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
    let text = if props.regex_loading {
        format!("Loading the regular-expression engine… · {text}")
    } else {
        text
    };
    html! { <p class="status" role="status" aria-live="polite">{ text }</p> }
}
