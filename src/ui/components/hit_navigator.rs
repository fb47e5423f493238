use corpus_core::i18n::{Msg, Texts};
use yew::prelude::*;

/// What the hit navigator shows and does.
pub struct HitNavigator<'a> {
    /// The selected hit (0-based), if any.
    pub current: Option<usize>,
    /// Hits across all shown documents.
    pub total: usize,
    /// Goes to the previous hit.
    pub on_previous: &'a Callback<()>,
    /// Goes to the next hit.
    pub on_next: &'a Callback<()>,
}

/// Previous/next across every hit of every shown document, with "3 of 19". A
/// view function, drawn with the header.
pub fn hit_navigator(t: &Texts, props: HitNavigator) -> Html {
    if props.total == 0 {
        return html! {};
    }
    let label = match props.current {
        Some(i) => t.fill(Msg::MatchOf, &[&t.number(i + 1), &t.number(props.total)]),
        None => t.count(Msg::Matches, props.total),
    };
    html! {
        <div class="hit-nav" role="group" aria-label={t.get(Msg::MatchesNav).to_string()}>
            <button type="button" onclick={props.on_previous.reform(|_| ())} title={t.get(Msg::PreviousMatchTitle).to_string()}>
                { t.get(Msg::PreviousMatch) }
            </button>
            <span class="hit-position">{ label.clone() }</span>
            // Heard when the reader moves between matches, not as the count changes while typing.
            <span class="visually-hidden" aria-live="polite">{ props.current.is_some().then_some(label) }</span>
            <button type="button" onclick={props.on_next.reform(|_| ())} title={t.get(Msg::NextMatchTitle).to_string()}>
                { t.get(Msg::NextMatch) }
            </button>
        </div>
    }
}
