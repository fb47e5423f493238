use crate::ui::components::entity_chip::EntityChip;
use crate::ui::context::use_texts;
use crate::ui::Corpus;
use corpus_core::i18n::Msg;
use corpus_core::search::cooccurrence::Cooccurrence;
use corpus_core::search::EntityFilter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppearsWithProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The entity the list is about.
    pub entity: usize,
    /// Shared sentences over the documents shown.
    pub cooccurrence: Rc<Cooccurrence>,
    /// The view's entity chips.
    pub chips: Rc<Vec<EntityFilter>>,
    /// Called with an entity to require it too (or drop its chip).
    pub on_toggle: Callback<usize>,
    /// Called with an entity to exclude it.
    pub on_exclude: Callback<usize>,
}

/// Chips shown before "Show all".
const FIRST: usize = 12;

/// The entities sharing sentences with one entity, most shared first; a click
/// requires one too.
#[function_component]
pub fn AppearsWith(props: &AppearsWithProps) -> Html {
    let all = use_state_eq(|| false);
    let t = use_texts();
    let Some(entity) = props.corpus.entities.get(props.entity) else {
        return html! {};
    };
    let partners = props.cooccurrence.appears_with(props.entity);
    let shown = if *all {
        partners.len()
    } else {
        partners.len().min(FIRST)
    };
    html! {
        <section class="appears-with" aria-labelledby="appears-with-title">
            <h3 id="appears-with-title">{ t.fill(Msg::InSameSentences, &[&entity.name]) }</h3>
            if partners.is_empty() {
                <p class="hint">{ t.get(Msg::NoPartner) }</p>
            } else {
                <p class="hint">{ t.get(Msg::PartnersHint) }</p>
                <div class="chips">
                    { for partners[..shown].iter().map(|&(o, n)| html! {
                        <EntityChip
                            key={o}
                            corpus={props.corpus.clone()}
                            entity={o}
                            count={n}
                            counts_label={t.fill(Msg::SentencesWith, &[&t.count(Msg::Sentences, n as usize), &entity.name])}
                            chip={props.chips.iter().copied().find(|c| c.entity == o)}
                            context="with"
                            on_toggle={props.on_toggle.clone()}
                            on_exclude={props.on_exclude.clone()}
                        />
                    }) }
                </div>
                if partners.len() > FIRST {
                    <button type="button" class="link-button" onclick={let all = all.clone(); move |_| all.set(!*all)}>
                        { if *all { t.get(Msg::ShowFewer).to_string() } else { t.fill(Msg::ShowAll, &[&t.number(partners.len())]) } }
                    </button>
                }
            }
        </section>
    }
}
