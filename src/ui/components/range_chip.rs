use corpus_core::time::calendar::civil_from_days;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RangeChipProps {
    /// Days (first, last) picked on the timeline.
    pub range: Option<(i64, i64)>,
    /// Called to clear the range.
    pub on_clear: Callback<()>,
}

/// The days picked on the timeline, beside the search field, removable.
#[function_component]
pub fn RangeChip(props: &RangeChipProps) -> Html {
    let Some((a, b)) = props.range else {
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
                title="Remove the dates" onclick={props.on_clear.reform(|_| ())}>{ "×" }</button>
        </p>
    }
}
