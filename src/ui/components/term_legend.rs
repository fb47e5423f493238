use corpus_core::i18n::{Msg, Texts};
use std::rc::Rc;
use yew::prelude::*;

/// A query term as the legend shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendTerm {
    /// The term as typed.
    pub raw: String,
    /// Matches in the shown documents.
    pub hits: usize,
    /// Highlight colour index.
    pub colour: u16,
}

/// What it is drawn from.
pub struct TermLegendProps {
    /// The query's terms in order.
    pub terms: Rc<Vec<LegendTerm>>,
    /// Terms (as typed) whose highlight is switched off.
    pub hidden: Rc<Vec<String>>,
    /// Called with a term (as typed) to switch its highlight.
    pub on_toggle: Callback<String>,
}

/// One coloured toggle per query term: the legend of the highlights, and the
/// switch for each.
/// A view function: it keeps no state and is drawn with its parent.
pub fn term_legend(tr: &Texts, props: &TermLegendProps) -> Html {
    if props.terms.is_empty() {
        return html! {};
    }
    html! {
        <div class="legend" role="group" aria-label={tr.get(Msg::HighlightedTerms).to_string()}>
            { for props.terms.iter().map(|t| {
                let shown = !props.hidden.contains(&t.raw);
                let raw = t.raw.clone();
                html! {
                    <button
                        type="button"
                        class={classes!("term", format!("t{}", t.colour))}
                        aria-pressed={if shown { "true" } else { "false" }}
                        title={tr.get(if shown { Msg::HideTerm } else { Msg::ShowTerm }).to_string()}
                        onclick={props.on_toggle.reform(move |_| raw.clone())}
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        { &t.raw }
                        <span class="count">{ tr.number(t.hits) }</span>
                    </button>
                }
            }) }
        </div>
    }
}
