use crate::ui::components::entity_chip::EntityChip;
use crate::ui::format::count;
use crate::ui::Corpus;
use corpus_core::cooccurrence::Counts;
use corpus_core::entities::EntityKind;
use corpus_core::search::EntityFilter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityChipsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Mentions and documents per entity in the documents shown.
    pub counts: Rc<Counts>,
    /// The view's entity chips.
    pub chips: Rc<Vec<EntityFilter>>,
    /// Called with an entity to require it, or drop its chip.
    pub on_toggle: Callback<usize>,
    /// Called with an entity to exclude it.
    pub on_exclude: Callback<usize>,
}

pub fn heading(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organisations",
        EntityKind::Place => "Places",
        EntityKind::Other => "Other",
    }
}

/// "23 mentions in 4 documents".
pub fn mentions_label(mentions: u32, docs: u32) -> String {
    format!(
        "{} in {}",
        count(mentions as usize, "mention", "mentions"),
        count(docs as usize, "document", "documents")
    )
}

/// Entity chips grouped by kind, most salient first (the index's order), with
/// their mentions and documents among the documents shown.
#[function_component]
pub fn EntityChips(props: &EntityChipsProps) -> Html {
    let corpus = &props.corpus;
    html! {
        <div class="entities">
            { for EntityKind::ALL.into_iter().map(|kind| {
                let members: Vec<usize> = (0..corpus.entities.len())
                    .filter(|&e| corpus.entities[e].kind == kind)
                    .collect();
                if members.is_empty() {
                    return html! {};
                }
                let label = heading(kind);
                html! {
                    <section class={classes!("chip-group", kind.as_str())} aria-label={label}>
                        <h3><span class="kind-swatch" aria-hidden="true"></span>{ label }</h3>
                        <div class="chips">
                            { for members.into_iter().map(|e| {
                                let (m, d) = (props.counts.mentions[e], props.counts.docs[e]);
                                html! {
                                    <EntityChip
                                        key={e}
                                        corpus={corpus.clone()}
                                        entity={e}
                                        count={m}
                                        docs={Some(d)}
                                        counts_label={mentions_label(m, d)}
                                        faded={m == 0}
                                        chip={props.chips.iter().copied().find(|c| c.entity == e)}
                                        context="list"
                                        on_toggle={props.on_toggle.clone()}
                                        on_exclude={props.on_exclude.clone()}
                                    />
                                }
                            }) }
                        </div>
                    </section>
                }
            }) }
        </div>
    }
}
