use super::save_figure::SaveFigure;
use crate::ui::context::use_texts;
use crate::ui::figure::{self, FigureView, OnSave};
use crate::ui::grid;
use crate::ui::Corpus;
use corpus_core::figure::matrix::matrix as matrix_figure;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::cooccurrence::{Cooccurrence, Counts, MATRIX_SIZE};
use corpus_core::search::EntityFilter;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ConnectionsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Mentions per entity in the documents shown: picks the names to show.
    pub counts: Rc<Counts>,
    /// Shared sentences over the documents shown.
    pub cooccurrence: Rc<Cooccurrence>,
    /// The view's entity chips.
    pub chips: Rc<Vec<EntityFilter>>,
    /// What a saved picture's caption says about the view.
    pub view: Rc<FigureView>,
    /// Called with an entity to require it (or drop its chip).
    pub on_toggle: Callback<usize>,
    /// Called with two entities to require both.
    pub on_pair: Callback<(usize, usize)>,
}

/// The element id of the matrix's cell at (row, column); column 0 holds the
/// row's name.
fn cell_id(r: usize, c: usize) -> String {
    format!("mx-{r}-{c}")
}

/// What the cell at `at` holds, in words: the pair and the sentences they share.
fn describe(
    t: &Texts,
    corpus: &Corpus,
    co: &Cooccurrence,
    names: &[usize],
    at: (usize, usize),
) -> String {
    let (Some(&a), c) = (names.get(at.0), at.1) else {
        return String::new();
    };
    let first = &corpus.entities[a].name;
    match c.checked_sub(1).and_then(|k| names.get(k)) {
        None => t.fill(Msg::SelectToFilter, &[first]),
        Some(&b) if b == a => first.to_string(),
        Some(&b) => {
            let n = co.get(a, b) as usize;
            let shared = match n {
                0 => t.get(Msg::NoSentenceInCommon).to_string(),
                n => t.count(Msg::Sentences, n),
            };
            t.fill(Msg::PairShared, &[first, &corpus.entities[b].name, &shared])
        }
    }
}

/// Who appears with whom: a matrix of the most mentioned names in the documents
/// shown, grouped by kind, each cell the sentences two names share. It is a
/// grid: one stop in the tab order, arrow keys between cells, Enter selects,
/// and the cell in focus is described above it.
#[function_component]
pub fn Connections(props: &ConnectionsProps) -> Html {
    let corpus = &props.corpus;
    let names = props.counts.matrix_names(corpus, MATRIX_SIZE);
    let at = use_state_eq(|| (0usize, 1usize));
    let t = use_texts();
    if names.len() < 2 {
        return html! {
            <div class="connections"><p class="empty">{ t.get(Msg::FewerThanTwoNames) }</p></div>
        };
    }
    let co = &props.cooccurrence;
    let (rows, cols) = (names.len(), names.len() + 1);
    // A position left over from a larger matrix is brought inside.
    let current = (at.0.min(rows - 1), at.1.min(cols - 1));
    let onkeydown = keys(props, &names, current, (rows, cols));
    let onfocusin = {
        let at = at.clone();
        Callback::from(move |e: FocusEvent| {
            let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let cell = el.get_attribute("data-cell").unwrap_or_default();
            if let Some((r, c)) = cell.split_once('-') {
                if let (Ok(r), Ok(c)) = (r.parse(), c.parse()) {
                    at.set((r, c));
                }
            }
        })
    };
    let most = co.most_shared(&names);
    html! {
        <div class="connections">
            <div class="connections-head">
                <p class="hint">
                    { t.fill(Msg::MatrixHint, &[&t.number(names.len())]) }
                    { t.get(Msg::MatrixKeys) }
                </p>
                <SaveFigure what={t.get(Msg::WhatMatrix).to_string()} on_save={save_picture(&t, props, &names)} />
            </div>
            <p class="matrix-focus" aria-hidden="true">{ describe(&t, corpus, co, &names, current) }</p>
            <div class="matrix-scroll">
                <table class="matrix" role="grid" aria-label={t.get(Msg::MatrixLabel).to_string()} {onkeydown} {onfocusin}>
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
                        { for (0..rows).map(|r| row(&t, props, &names, r, most, current)) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}

/// Saves the matrix of `names` as a picture.
fn save_picture(t: &Rc<Texts>, props: &ConnectionsProps, names: &[usize]) -> OnSave {
    let t = t.clone();
    let (corpus, co, view, names) = (
        props.corpus.clone(),
        props.cooccurrence.clone(),
        props.view.clone(),
        names.to_vec(),
    );
    Callback::from(move |(format, report)| {
        let caption = view.caption(t.get(Msg::TabConnections), &corpus, &t);
        let picture = matrix_figure(&corpus, &names, &co, &caption, &t);
        figure::save(&corpus, &picture, "connections", format, report);
    })
}

/// The keys of the grid: movement (see [`grid::step`]) and Enter or Space on a
/// number, which requires both names (a name's button acts by itself).
fn keys(
    props: &ConnectionsProps,
    names: &[usize],
    at: (usize, usize),
    size: (usize, usize),
) -> Callback<KeyboardEvent> {
    let (on_pair, co, names) = (
        props.on_pair.clone(),
        props.cooccurrence.clone(),
        names.to_vec(),
    );
    Callback::from(move |e: KeyboardEvent| {
        let key = e.key();
        if matches!(key.as_str(), "Enter" | " ") && at.1 > 0 {
            let (a, b) = (names[at.0], names[at.1 - 1]);
            if a != b && co.get(a, b) > 0 {
                e.prevent_default();
                on_pair.emit((a, b));
            }
            return;
        }
        if let Some((r, c)) = grid::step(at, &key, e.ctrl_key() || e.meta_key(), size.0, size.1) {
            e.prevent_default();
            crate::ui::hooks::focus_id(&cell_id(r, c));
        }
    })
}

/// Row `r` of the matrix: the name's button, then one cell per name; the cell
/// at `at` is the grid's stop in the tab order.
fn row(
    t: &Texts,
    props: &ConnectionsProps,
    names: &[usize],
    r: usize,
    most: u32,
    at: (usize, usize),
) -> Html {
    let (corpus, co) = (&props.corpus, &props.cooccurrence);
    let a = names[r];
    let entity = &corpus.entities[a];
    let pressed = props.chips.iter().any(|c| c.entity == a && !c.exclude);
    let stop = |c: usize| if (r, c) == at { "0" } else { "-1" };
    html! {
        <tr key={a}>
            <th scope="row" class={entity.kind.as_str()}>
                <button type="button" id={cell_id(r, 0)} data-cell={format!("{r}-0")} tabindex={stop(0)}
                    aria-pressed={if pressed { "true" } else { "false" }}
                    onclick={props.on_toggle.reform(move |_| a)}>{ &entity.name }</button>
            </th>
            { for names.iter().enumerate().map(|(k, &b)| {
                let c = k + 1;
                let n = co.get(a, b);
                let label = describe(t, corpus, co, names, (r, c));
                let (id, cell, tabindex) = (cell_id(r, c), format!("{r}-{c}"), stop(c));
                if a == b {
                    html! { <td class="self" {id} data-cell={cell} {tabindex} aria-label={label}></td> }
                } else if n == 0 {
                    html! { <td {id} data-cell={cell} {tabindex} aria-label={label}></td> }
                } else {
                    let level = Cooccurrence::shade(n, most);
                    html! {
                        <td class={classes!("pair", format!("l{level}"))} {id} data-cell={cell} {tabindex}
                            aria-label={label.clone()} title={label}
                            onclick={props.on_pair.reform(move |_| (a, b))}>{ n }</td>
                    }
                }
            }) }
        </tr>
    }
}
