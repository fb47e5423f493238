use corpus_core::time::calendar::civil_from_days;
use yew::prelude::*;

/// The days picked on the timeline (`range`: first, last), beside the search
/// field, with a button calling `on_clear`. A view function, drawn with the
/// header.
pub fn range_chip(range: Option<(i64, i64)>, on_clear: &Callback<()>) -> Html {
    let Some((a, b)) = range else {
        return html! {};
    };
    let (from, to) = (civil_from_days(a), civil_from_days(b));
    let text = if a == b {
        from.long()
    } else {
        format!("{} – {}", from.long(), to.long())
    };
    html! {
        <p class="range-chip">
            <span class="range-label">{ "Dates: " }</span>{ &text }
            <button type="button" class="remove" aria-label={format!("Remove the dates {text}")}
                title="Remove the dates" onclick={on_clear.reform(|_| ())}>{ "×" }</button>
        </p>
    }
}
