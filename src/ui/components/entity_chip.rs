use crate::ui::context::{use_explorer, use_texts};
use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::index::Entity;
use corpus_core::search::EntityFilter;
use std::cell::RefCell;
use yew::prelude::*;

thread_local! {
    /// Hides the chip tooltip on screen, if any: hovering one chip while another
    /// has focus shows one tooltip, not two. (A context would re-render every
    /// chip and costs 4 KB of wasm; this costs nothing.)
    static HIDE_OPEN_TIP: RefCell<Option<Callback<()>>> = const { RefCell::new(None) };
}

#[derive(Properties, PartialEq)]
pub struct EntityChipProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The entity, as an index into the corpus's entities.
    pub entity: usize,
    /// The number shown on the chip (mentions, or shared sentences).
    pub count: u32,
    /// A second, smaller number shown after "in" (documents), if any.
    #[prop_or_default]
    pub docs: Option<u32>,
    /// What the numbers mean, in words: read by screen readers and shown in the
    /// tooltip ("23 mentions in 4 documents").
    pub counts_label: AttrValue,
    /// Shown faded: not in the documents shown.
    #[prop_or_default]
    pub faded: bool,
    /// The entity's chip in the view, if it has one.
    pub chip: Option<EntityFilter>,
    /// Where the chip is shown ("list", "with"): keeps element ids unique.
    pub context: &'static str,
    /// Called with the entity on a plain click: require it (or drop its chip).
    pub on_toggle: Callback<usize>,
    /// Called with the entity on Shift or Alt+click, or the minus key: exclude it.
    pub on_exclude: Callback<usize>,
}

/// Where the tooltip goes: fixed, so the scrolling panel does not clip it.
#[derive(Clone, Copy, PartialEq)]
struct TipAt {
    left: f64,
    /// Distance from the viewport's top (below the chip) or bottom (above it).
    y: f64,
    above: bool,
}

const TIP_WIDTH: f64 = 300.0;
const TIP_HEIGHT: f64 = 170.0;

fn tip_at(el: &web_sys::Element) -> TipAt {
    let r = el.get_bounding_client_rect();
    let window = gloo::utils::window();
    let width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1024.0);
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(768.0);
    let above = r.bottom() + TIP_HEIGHT > height && r.top() > TIP_HEIGHT;
    TipAt {
        left: r.left().min(width - TIP_WIDTH - 8.0).max(4.0),
        y: if above {
            height - r.top() + 4.0
        } else {
            r.bottom() + 4.0
        },
        above,
    }
}

/// One entity as a chip in its kind's colour: click requires it, Shift+click
/// (or the minus key) excludes it. Hover or focus shows its spellings, role,
/// description and counts.
#[function_component]
pub fn EntityChip(props: &EntityChipProps) -> Html {
    let tip = use_state_eq(|| None::<TipAt>);
    let e = props.entity;
    let times_quoted = use_explorer().times_quoted.get(e).copied().unwrap_or(0);
    let t = use_texts();
    let Some(entity) = props.corpus.entities.get(e) else {
        return html! {};
    };
    let on = listeners(props, &tip);
    let required = props.chip.is_some_and(|c| !c.exclude);
    let excluded = props.chip.is_some_and(|c| c.exclude);
    let tip_id = format!("tip-{}-{e}", props.context);
    // The numbers in words, for screen readers: the accessible name starts
    // with the visible name, so voice control can say it.
    let spoken = format!(
        "{}, {}",
        if excluded {
            t.get(Msg::LeftOutMark)
        } else {
            ""
        },
        props.counts_label
    );
    html! {
        <span class="chip-wrap" onmouseenter={on.mouseenter} onmouseleave={on.hide.reform(|_| ())}>
            <button
                type="button"
                class={classes!("chip", entity.kind.as_str(), excluded.then_some("excluded"), props.faded.then_some("faded"))}
                aria-pressed={if required { "true" } else { "false" }}
                aria-describedby={tip_id.clone()}
                onclick={on.click}
                onkeydown={on.keydown}
                onfocus={on.focus}
                onblur={on.hide.reform(|_| ())}
            >
                <span class="chip-name">{ &entity.name }</span>
                <span class="visually-hidden">{ spoken }</span>
                <span class="count" aria-hidden="true">
                    { t.number(props.count as usize) }
                    if let Some(d) = props.docs {
                        <span class="in-docs">{ t.fill(Msg::InDocs, &[&t.number(d as usize)]) }</span>
                    }
                </span>
            </button>
            { tooltip(&t, entity, props, tip_id, *tip, times_quoted) }
        </span>
    }
}

/// What a chip listens for.
struct Listeners {
    /// Requires the name, or leaves it out with Shift or Alt.
    click: Callback<MouseEvent>,
    /// The minus key leaves the name out; Escape puts the tooltip away.
    keydown: Callback<KeyboardEvent>,
    /// Focus and the pointer show the tooltip.
    focus: Callback<FocusEvent>,
    mouseenter: Callback<MouseEvent>,
    /// Puts the tooltip away.
    hide: Callback<()>,
}

fn listeners(props: &EntityChipProps, tip: &UseStateHandle<Option<TipAt>>) -> Listeners {
    let e = props.entity;
    let hide = {
        let tip = tip.clone();
        Callback::from(move |_: ()| tip.set(None))
    };
    let show = {
        let (tip, hide) = (tip.clone(), hide.clone());
        move |el: web_sys::Element| {
            if let Some(previous) = HIDE_OPEN_TIP.with(|h| h.replace(Some(hide.clone()))) {
                previous.emit(());
            }
            tip.set(Some(tip_at(&el)))
        }
    };
    let (toggle, exclude) = (props.on_toggle.clone(), props.on_exclude.clone());
    let click = {
        let exclude = exclude.clone();
        Callback::from(move |ev: MouseEvent| {
            if ev.shift_key() || ev.alt_key() {
                ev.prevent_default();
                exclude.emit(e)
            } else {
                toggle.emit(e)
            }
        })
    };
    let keydown = {
        let hide = hide.clone();
        Callback::from(move |ev: KeyboardEvent| match ev.key().as_str() {
            "-" | "Subtract" => {
                ev.prevent_default();
                exclude.emit(e)
            }
            "Escape" => hide.emit(()),
            _ => {}
        })
    };
    let focus = {
        let show = show.clone();
        Callback::from(move |ev: FocusEvent| show(ev.target_unchecked_into()))
    };
    Listeners {
        click,
        keydown,
        focus,
        mouseenter: Callback::from(move |ev: MouseEvent| show(ev.target_unchecked_into())),
        hide,
    }
}

/// "Quoted 7 times (Quotes tab)", if the entity is quoted `n` times.
fn quoted(t: &Texts, n: u32) -> Option<String> {
    (n > 0).then(|| t.fill(Msg::Quoted, &[&t.count(Msg::Times, n as usize)]))
}

/// The chip's tooltip: spellings, kind and roles, description, counts, and
/// what a click does; hidden unless `at` places it.
fn tooltip(
    t: &Texts,
    entity: &Entity,
    props: &EntityChipProps,
    id: String,
    at: Option<TipAt>,
    times_quoted: u32,
) -> Html {
    let spellings: Vec<&str> = entity
        .variants
        .iter()
        .map(String::as_str)
        .filter(|v| *v != entity.name)
        .collect();
    let kind_line = std::iter::once(t.get(entity.kind.label()).to_string())
        .chain(entity.roles.iter().cloned())
        .collect::<Vec<_>>()
        .join(" · ");
    let action = match props.chip {
        Some(c) if c.exclude => t.get(Msg::ClickDrop),
        Some(_) => t.get(Msg::ClickDropOrExclude),
        None => t.get(Msg::ClickRequire),
    };
    let style = at.map(|t| {
        let edge = if t.above { "bottom" } else { "top" };
        // Whole pixels as integers: formatting floats would pull in ~11 KB of code.
        format!("left: {}px; {edge}: {}px", t.left as i32, t.y as i32)
    });
    html! {
        <span {id} role="tooltip" class="chip-tip" hidden={at.is_none()} {style}>
            <strong>{ &entity.name }</strong>
            <span class="tip-kind">{ kind_line }</span>
            if let Some(d) = &entity.description {
                <span>{ d }</span>
            }
            if !spellings.is_empty() {
                <span>{ t.fill(Msg::AlsoWritten, &[&spellings.join(", ")]) }</span>
            }
            <span class="tip-counts">{ &props.counts_label }</span>
            if let Some(q) = quoted(t, times_quoted) {
                <span class="tip-quoted">{ q }</span>
            }
            <span class="tip-action">{ action }</span>
        </span>
    }
}
