use super::{appears_with::AppearsWith, entity_chips::EntityChips};
use crate::ui::context::{use_explorer, Explorer};
use crate::ui::hooks::search::Names;
use corpus_core::search::EntityFilter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NamesPanelProps {
    /// The names counted over the documents shown.
    pub names: Names,
    /// The names chosen, required or left out.
    pub chips: Rc<Vec<EntityFilter>>,
    /// The name most recently required: who appears with it is shown.
    pub focus: Option<usize>,
}

/// Who and where: the names of the documents shown, and who appears with the
/// last one required.
#[function_component]
pub fn NamesPanel(props: &NamesPanelProps) -> Html {
    let Explorer { corpus, act, .. } = use_explorer();
    let (on_toggle, on_exclude) = (act.on_toggle.clone(), act.on_exclude.clone());
    html! {
        <aside class="names" aria-labelledby="names-title">
            <h2 id="names-title" class="section-title">{ "Who and where" }</h2>
            <p class="hint">
                { "Select names to see the documents mentioning all of them; Shift+click (or −) leaves one out. " }
                { "“20 in 5”: 20 mentions in 5 documents." }
            </p>
            if let Some(entity) = props.focus {
                <AppearsWith corpus={corpus.clone()} {entity} cooccurrence={props.names.cooccurrence.clone()}
                    chips={props.chips.clone()} on_toggle={on_toggle.clone()} on_exclude={on_exclude.clone()} />
            }
            <EntityChips {corpus} counts={props.names.counts.clone()} chips={props.chips.clone()}
                {on_toggle} {on_exclude} />
        </aside>
    }
}
