use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    /// The search, names and days in force, one part each (see
    /// `corpus_core::figure::caption::view_parts`).
    pub parts: std::rc::Rc<Vec<String>>,
    /// The address of this view, so a printout leads back to it.
    pub link: AttrValue,
}

/// On paper only: what was searched and filtered, and the link to the view.
#[function_component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    html! {
        <div class="print-only">
            if !props.parts.is_empty() { <p>{ props.parts.join(" · ") }</p> }
            <p class="print-link">{ props.link.clone() }</p>
        </div>
    }
}
