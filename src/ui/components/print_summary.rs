use yew::prelude::*;

/// On paper only: what was searched and filtered (`parts`, one each: see
/// `corpus_core::figure::caption::view_parts`), and `link`, the address of
/// this view, so a printout leads back to it. A view function: it keeps no
/// state and is drawn with the header.
pub fn print_summary(parts: &[String], link: &AttrValue) -> Html {
    html! {
        <div class="print-only">
            if !parts.is_empty() { <p>{ parts.join(" · ") }</p> }
            <p class="print-link">{ link.clone() }</p>
        </div>
    }
}
