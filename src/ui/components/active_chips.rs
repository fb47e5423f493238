use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::EntityFilter;
use std::rc::Rc;
use yew::prelude::*;

/// What it is drawn from.
pub struct ActiveChipsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The view's entity chips, in the order they were added.
    pub chips: Rc<Vec<EntityFilter>>,
    /// Called with an entity to switch its chip between required and excluded.
    pub on_flip: Callback<usize>,
    /// Called with an entity to remove its chip.
    pub on_remove: Callback<usize>,
}

/// The entity filters in force, beside the search field: each says whether
/// documents must or must not mention the entity, can switch, and can be removed.
/// A view function: it keeps no state and is drawn with its parent.
pub fn active_chips(t: &Texts, props: &ActiveChipsProps) -> Html {
    if props.chips.is_empty() {
        return html! {};
    }
    html! {
        <ul class="active-chips" aria-label={t.get(Msg::NameFilters).to_string()}>
            { for props.chips.iter().filter_map(|c| {
                let entity = props.corpus.entities.get(c.entity)?;
                let e = c.entity;
                let (mode, switch) = if c.exclude {
                    (Msg::ModeWithout, Msg::ChipWithout)
                } else {
                    (Msg::ModeWith, Msg::ChipWith)
                };
                let (mode, switch) = (t.get(mode), t.fill(switch, &[&entity.name]));
                let remove = t.fill(Msg::Remove, &[&entity.name]);
                Some(html! {
                    <li key={e} class={classes!("active-chip", entity.kind.as_str(), c.exclude.then_some("excluded"))}>
                        <button type="button" class="mode" title={switch.clone()} aria-label={switch}
                            onclick={props.on_flip.reform(move |_| e)}>{ mode }</button>
                        <span class="active-name">{ &entity.name }</span>
                        <button type="button" class="remove" title={remove.clone()}
                            aria-label={remove}
                            onclick={props.on_remove.reform(move |_| e)}>{ "×" }</button>
                    </li>
                })
            }) }
        </ul>
    }
}
