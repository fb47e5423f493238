use crate::ui::Corpus;
use corpus_core::search::EntityFilter;
use corpus_core::time::calendar::civil_from_days;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    pub corpus: Corpus,
    /// The search field's text.
    pub query: AttrValue,
    /// Entity chips in force.
    pub chips: Rc<Vec<EntityFilter>>,
    /// Days picked on the timeline.
    pub range: Option<(i64, i64)>,
    /// The address of this view, so a printout leads back to it.
    pub link: AttrValue,
}

/// On paper only: what was searched and filtered, and the link to the view.
#[function_component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let mut parts = Vec::new();
    if !props.query.trim().is_empty() {
        parts.push(format!("Search: {}", props.query.trim()));
    }
    for c in props.chips.iter() {
        if let Some(e) = props.corpus.entities.get(c.entity) {
            let how = if c.exclude { "without" } else { "with" };
            parts.push(format!("{how} {}", e.name));
        }
    }
    if let Some((a, b)) = props.range {
        parts.push(format!(
            "dates {} – {}",
            civil_from_days(a).long(),
            civil_from_days(b).long()
        ));
    }
    html! {
        <div class="print-only">
            if !parts.is_empty() { <p>{ parts.join(" · ") }</p> }
            <p class="print-link">{ props.link.clone() }</p>
        </div>
    }
}
