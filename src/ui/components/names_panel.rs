use super::{appears_with::AppearsWith, entity_chips::EntityChips};
use crate::ui::context::{use_explorer, use_texts, Explorer};
use crate::ui::hooks::search::Names;
use corpus_core::i18n::Msg;
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
    let t = use_texts();
    html! {
        <aside class="names" aria-labelledby="names-title">
            <h2 id="names-title" class="section-title">{ t.get(Msg::WhoAndWhere) }</h2>
            <p class="hint">
                { t.get(Msg::NamesHint) }
                { t.get(Msg::NamesCountsHint) }
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
