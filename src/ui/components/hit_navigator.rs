use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HitNavigatorProps {
    /// The selected hit (0-based), if any.
    pub current: Option<usize>,
    /// Hits across all shown documents.
    pub total: usize,
    /// Called to go to the previous hit.
    pub on_previous: Callback<()>,
    /// Called to go to the next hit.
    pub on_next: Callback<()>,
}

/// Previous/next across every hit of every shown document, with "3 of 19".
#[function_component]
pub fn HitNavigator(props: &HitNavigatorProps) -> Html {
    if props.total == 0 {
        return html! {};
    }
    let label = match props.current {
        Some(i) => format!("Match {} of {}", i + 1, props.total),
        None => format!("{} matches", props.total),
    };
    html! {
        <div class="hit-nav" role="group" aria-label="Matches">
            <button type="button" onclick={props.on_previous.reform(|_| ())} title="Previous match (Shift+Enter)">
                { "‹ Previous" }
            </button>
            <span class="hit-position">{ label.clone() }</span>
            // Heard when the reader moves between matches, not as the count changes while typing.
            <span class="visually-hidden" aria-live="polite">{ props.current.is_some().then_some(label) }</span>
            <button type="button" onclick={props.on_next.reform(|_| ())} title="Next match (Enter)">
                { "Next ›" }
            </button>
        </div>
    }
}
