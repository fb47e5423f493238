use crate::ui::Corpus;
use corpus_core::entities::EntityKind;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityChipsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Selected entities (indices into the corpus's entities).
    pub selected: Rc<Vec<usize>>,
    /// Called with an entity index to select or deselect it.
    pub on_toggle: Callback<usize>,
}

fn heading(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organisations",
        EntityKind::Place => "Places",
        EntityKind::Other => "Other",
    }
}

/// Entity chips grouped by kind; each toggles a filter to documents mentioning it.
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
                    <section class="chip-group" aria-label={label}>
                        <h3>{ label }</h3>
                        <div class="chips">
                            { for members.into_iter().map(|e| {
                                let entity = &corpus.entities[e];
                                let pressed = props.selected.contains(&e);
                                let docs = entity.doc_count();
                                let spellings = if entity.variants.len() > 1 {
                                    format!("Written as: {}", entity.variants.join(", "))
                                } else {
                                    String::new()
                                };
                                html! {
                                    <button
                                        type="button"
                                        class={classes!("chip", kind.as_str())}
                                        aria-pressed={if pressed { "true" } else { "false" }}
                                        title={(!spellings.is_empty()).then_some(spellings)}
                                        onclick={props.on_toggle.reform(move |_| e)}
                                    >
                                        { &entity.name }
                                        <span class="count">
                                            <span class="visually-hidden">{ ", in " }</span>
                                            { docs }
                                            <span class="visually-hidden">{ if docs == 1 { " document" } else { " documents" } }</span>
                                        </span>
                                    </button>
                                }
                            }) }
                        </div>
                    </section>
                }
            }) }
        </div>
    }
}
