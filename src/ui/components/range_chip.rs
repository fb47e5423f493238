use corpus_core::i18n::{Msg, Texts};
use corpus_core::time::calendar::civil_from_days;
use yew::prelude::*;

/// The days picked on the timeline (`range`: first, last), beside the search
/// field, with a button calling `on_clear`. A view function, drawn with the
/// header.
pub fn range_chip(t: &Texts, range: Option<(i64, i64)>, on_clear: &Callback<()>) -> Html {
    let Some((a, b)) = range else {
        return html! {};
    };
    let (from, to) = (civil_from_days(a), civil_from_days(b));
    let text = if a == b {
        t.date_long(from)
    } else {
        t.fill(Msg::DateRange, &[&t.date_long(from), &t.date_long(to)])
    };
    html! {
        <p class="range-chip">
            <span class="range-label">{ t.get(Msg::DatesChip) }</span>{ &text }
            <button type="button" class="remove" aria-label={t.fill(Msg::RemoveDatesNamed, &[&text])}
                title={t.get(Msg::RemoveDates).to_string()} onclick={on_clear.reform(|_| ())}>{ "×" }</button>
        </p>
    }
}
