use crate::ui::format::count;
use crate::ui::Corpus;
use corpus_core::search::cooccurrence::{Cooccurrence, Counts, MATRIX_SIZE};
use corpus_core::search::EntityFilter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConnectionsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Mentions per entity in the documents shown: picks the names to show.
    pub counts: Rc<Counts>,
    /// Shared sentences over the documents shown.
    pub cooccurrence: Rc<Cooccurrence>,
    /// The view's entity chips.
    pub chips: Rc<Vec<EntityFilter>>,
    /// Called with an entity to require it (or drop its chip).
    pub on_toggle: Callback<usize>,
    /// Called with two entities to require both.
    pub on_pair: Callback<(usize, usize)>,
}

/// Who appears with whom: a matrix of the most mentioned names in the documents
/// shown, grouped by kind, each cell the sentences two names share.
#[function_component]
pub fn Connections(props: &ConnectionsProps) -> Html {
    let corpus = &props.corpus;
    let names = props.counts.matrix_names(corpus, MATRIX_SIZE);
    if names.len() < 2 {
        return html! {
            <div class="connections"><p class="empty">{ "Fewer than two names are mentioned in the documents shown." }</p></div>
        };
    }
    let co = &props.cooccurrence;
    let most = co.most_shared(&names);
    html! {
        <div class="connections">
            <p class="hint">
                { format!("How many sentences mention both names, in the documents shown ({} most mentioned names). ", names.len()) }
                { "Select a number to show the documents with both; select a name to filter by it." }
            </p>
            <div class="matrix-scroll">
                <table class="matrix">
                    <caption class="visually-hidden">{ "Sentences shared by two names" }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for names.iter().map(|&e| {
                                let entity = &corpus.entities[e];
                                html! { <th scope="col" class={entity.kind.as_str()}><span>{ &entity.name }</span></th> }
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for names.iter().map(|&a| {
                            let entity = &corpus.entities[a];
                            let pressed = props.chips.iter().any(|c| c.entity == a && !c.exclude);
                            html! {
                                <tr key={a}>
                                    <th scope="row" class={entity.kind.as_str()}>
                                        <button type="button" aria-pressed={if pressed { "true" } else { "false" }}
                                            onclick={props.on_toggle.reform(move |_| a)}>{ &entity.name }</button>
                                    </th>
                                    { for names.iter().map(|&b| {
                                        let n = co.get(a, b);
                                        if a == b {
                                            html! { <td class="self"></td> }
                                        } else if n == 0 {
                                            html! { <td></td> }
                                        } else {
                                            let other = &corpus.entities[b].name;
                                            let title = format!("{} and {other}: {}", entity.name, count(n as usize, "sentence", "sentences"));
                                            let level = Cooccurrence::shade(n, most);
                                            html! {
                                                <td class={classes!("pair", format!("l{level}"))} {title}
                                                    onclick={props.on_pair.reform(move |_| (a, b))}>{ n }</td>
                                            }
                                        }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
