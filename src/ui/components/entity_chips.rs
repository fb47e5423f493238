use crate::ui::components::entity_chip::EntityChip;
use crate::ui::context::use_texts;
use crate::ui::hooks::use_after_first_frame;
use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::kinds::EntityKind;
use corpus_core::search::cooccurrence::Counts;
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

pub fn heading(kind: EntityKind) -> Msg {
    match kind {
        EntityKind::Person => Msg::People,
        EntityKind::Organization => Msg::Organisations,
        EntityKind::Place => Msg::Places,
        EntityKind::Other => Msg::Other,
    }
}

/// "23 mentions in 4 documents".
pub fn mentions_label(t: &Texts, mentions: u32, docs: u32) -> String {
    t.fill(
        Msg::MentionsInDocuments,
        &[
            &t.count(Msg::Mentions, mentions as usize),
            &t.count(Msg::DocumentsIn, docs as usize),
        ],
    )
}

/// Chips per kind before "Show all".
const FIRST: usize = 12;

/// Entity chips grouped by kind, with their mentions and documents among the
/// documents shown, most salient there first (in the most documents, then the
/// most mentioned). Names absent from the documents shown are left out unless
/// their chip is in force; each kind shows its first dozen until "Show all".
#[function_component]
pub fn EntityChips(props: &EntityChipsProps) -> Html {
    let corpus = &props.corpus;
    let expanded = use_state_eq(Vec::<EntityKind>::new);
    let t = use_texts();
    let counts = &props.counts;
    // The names wait for the second frame: the page answers sooner.
    if !use_after_first_frame() {
        return html! { <div class="entities"></div> };
    }
    html! {
        <div class="entities">
            { for EntityKind::ALL.into_iter().map(|kind| {
                let mut members = counts.ranked(corpus, kind, |e| props.chips.iter().any(|c| c.entity == e));
                if members.is_empty() {
                    return html! {};
                }
                let all = members.len();
                let open = expanded.contains(&kind);
                if !open {
                    members.truncate(FIRST);
                }
                let toggle = {
                    let expanded = expanded.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut next = (*expanded).clone();
                        match next.iter().position(|&k| k == kind) {
                            Some(i) => {
                                next.remove(i);
                            }
                            None => next.push(kind),
                        }
                        expanded.set(next);
                    })
                };
                let label = t.get(heading(kind)).to_string();
                html! {
                    <section class={classes!("chip-group", kind.as_str())} aria-label={label.clone()}>
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
                                        counts_label={mentions_label(&t, m, d)}
                                        faded={m == 0}
                                        chip={props.chips.iter().copied().find(|c| c.entity == e)}
                                        context="list"
                                        on_toggle={props.on_toggle.clone()}
                                        on_exclude={props.on_exclude.clone()}
                                    />
                                }
                            }) }
                        </div>
                        if all > FIRST {
                            <button type="button" class="link-button" aria-expanded={if open { "true" } else { "false" }} onclick={toggle}>
                                { if open { t.get(Msg::ShowFewer).to_string() } else { t.fill(Msg::ShowAll, &[&t.number(all)]) } }
                            </button>
                        }
                    </section>
                }
            }) }
        </div>
    }
}
