//! The timeline's marks as the reader moves among them: the lanes laid out
//! for the view ([`use_lanes`]), the rows reserved ([`use_reserved_rows`]),
//! where the keyboard and the pointer are ([`use_mark_focus`]: held by the
//! mark's key, so they stay on their mark when the lanes are laid out again as
//! the results change), and the listeners of the drawing that turn pointer and
//! key events into actions ([`mark_listeners`], by the rules of
//! [`crate::ui::keys`]; a key acts on the mark it was pressed on, in the lanes
//! as drawn).

use super::zoom::Zoom;
use super::{focus_svg, sibling, use_focus_id};
use crate::ui::keys::{bar_key, mark_key, BarKey, MarkKey};
use crate::ui::Corpus;
use corpus_core::search::Results;
use corpus_core::timeline::bins::Dense;
use corpus_core::timeline::lanes::{Lanes, Mark};
use corpus_core::timeline::scale::Scale;
use corpus_core::timeline::{MAX_ROWS, MIN_MARK_PX};
use corpus_core::Span;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Both lanes at the current zoom, for the documents shown.
#[hook]
pub fn use_lanes(corpus: &Corpus, results: &Rc<Results>, scale: Scale, width: f64) -> Rc<Lanes> {
    let corpus = corpus.clone();
    let key = (
        results.clone(),
        scale.lo.to_bits(),
        scale.hi.to_bits(),
        width as i64,
    );
    use_memo(key, move |(results, ..)| {
        Lanes::lay_out(
            &corpus,
            &|d| results.get(d).is_some(),
            scale,
            width,
            MIN_MARK_PX,
            MAX_ROWS,
        )
    })
}

/// The rows the lane of dates mentioned needs at this zoom for every
/// document, whatever is shown: the drawing reserves them (see
/// [`Geometry::reserving`](corpus_core::timeline::Geometry::reserving)).
#[hook]
pub fn use_reserved_rows(corpus: &Corpus, scale: Scale, width: f64) -> u32 {
    let corpus = corpus.clone();
    let key = (scale.lo.to_bits(), scale.hi.to_bits(), width as i64);
    let rows = use_memo(key, move |_| {
        Lanes::lay_out(&corpus, &|_| true, scale, width, MIN_MARK_PX, MAX_ROWS).mentioned_rows
    });
    *rows
}

/// The element an event happened on.
fn element(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target?.dyn_into::<web_sys::Element>().ok()
}

/// The mark an event happened on: the nearest element with a `data-mark`,
/// its number among the marks as drawn.
fn mark_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    element(target)?
        .closest("[data-mark]")
        .ok()??
        .get_attribute("data-mark")?
        .parse()
        .ok()
}

/// A bar of counts an event happened on, and its days (from its `data-bin`).
fn bar_at(target: Option<web_sys::EventTarget>) -> Option<(web_sys::Element, (i64, i64))> {
    let el = element(target)?;
    let bin = el.get_attribute("data-bin")?;
    let (a, z) = bin.split_once(' ')?;
    // Integers: parsing floats would add kilobytes of wasm.
    let days = (a.parse().ok()?, z.parse().ok()?);
    Some((el, days))
}

/// The id of mark `i`'s element.
pub fn mark_id(i: usize) -> String {
    format!("tl-mark-{i}")
}

/// Where the keyboard and the pointer are among the marks, each held by the
/// mark's key ([`Mark::key`]), whatever its place in lanes laid out again.
#[derive(Clone)]
pub struct MarkFocus {
    /// The mark with the keyboard's focus.
    pub focused: UseStateHandle<Option<String>>,
    /// The mark whose tooltip is shown.
    pub tip: UseStateHandle<Option<String>>,
    /// The description of the bar of counts in focus, if one is.
    pub bar: UseStateHandle<Option<String>>,
    /// The lanes drawn as counts at this zoom.
    pub dense: Dense,
    /// The days in view.
    pub scale: Scale,
    /// The one mark in the tab order: the focused one, else the first drawn.
    pub roving: usize,
    /// Where the mark whose tooltip is shown stands in these lanes.
    pub tip_at: Option<usize>,
}

impl MarkFocus {
    /// Whether mark `m` is drawn one by one.
    pub fn draws(&self, m: &Mark) -> bool {
        self.dense.draws(m, self.scale)
    }
}

/// Where the mark of `key` stands in `lanes`.
fn position(lanes: &Lanes, key: Option<&String>) -> Option<usize> {
    let key = key?;
    lanes.marks.iter().position(|(m, _)| m.key() == *key)
}

/// The focus among the marks of `lanes` at `scale`, moved to a mark's element
/// when it changes.
#[hook]
pub fn use_mark_focus(lanes: &Rc<Lanes>, scale: Scale) -> MarkFocus {
    let focused = use_state_eq(|| None::<String>);
    let tip = use_state_eq(|| None::<String>);
    let bar = use_state_eq(|| None::<String>);
    // A lane with more marks in view than DENSE is drawn as counts (bars that
    // zoom in when selected); the marks of the other lane stay marks.
    let dense = Dense::of(lanes, scale);
    let drawn = |i: usize| {
        lanes
            .marks
            .get(i)
            .is_some_and(|(m, _)| dense.draws(m, scale))
    };
    let focused_at = position(lanes, focused.as_ref());
    let roving = focused_at
        .filter(|&i| drawn(i))
        .or_else(|| (0..lanes.marks.len()).find(|&i| drawn(i)))
        .unwrap_or(0);
    use_focus_id(focused_at.map(mark_id), (*focused).clone());
    use_keep_focus(lanes, &focused, focused_at, dense, scale);
    MarkFocus {
        tip_at: position(lanes, tip.as_ref()),
        focused,
        tip,
        bar,
        dense,
        scale,
        roving,
    }
}

/// When the lanes laid out again no longer hold the mark the keyboard was on
/// (its document left the results) and the focus went with its element, the
/// focus goes to the mark drawn nearest in time, not to the page.
#[hook]
fn use_keep_focus(
    lanes: &Rc<Lanes>,
    focused: &UseStateHandle<Option<String>>,
    focused_at: Option<usize>,
    dense: Dense,
    scale: Scale,
) {
    // The first day of the mark last focused.
    let day = use_mut_ref(|| None::<i64>);
    if let Some((m, _)) = focused_at.and_then(|i| lanes.marks.get(i)) {
        *day.borrow_mut() = Some(m.days().0);
    }
    let gone = focused.is_some() && focused_at.is_none();
    let (lanes, focused) = (lanes.clone(), focused.clone());
    use_effect_with((Rc::as_ptr(&lanes) as usize, gone), move |&(_, gone)| {
        let page_has_focus = gloo::utils::document()
            .active_element()
            .is_none_or(|e| e.tag_name() == "BODY");
        if let (true, true, Some(day)) = (gone, page_has_focus, *day.borrow()) {
            let near = lanes.nearest(day, |m| dense.draws(m, scale));
            focused.set(near.map(|i| lanes.marks[i].0.key()));
        }
    });
}

/// What the drawing's listeners work with.
pub struct MarkState {
    pub corpus: Corpus,
    /// The lanes as drawn.
    pub lanes: Rc<Lanes>,
    pub focus: MarkFocus,
    pub zoom: Zoom,
    /// The document and passage the reader shows.
    pub shown: Option<(u32, Span)>,
    pub range: Option<(i64, i64)>,
    pub on_open: Callback<u32>,
    pub on_passage: Callback<(u32, Span)>,
    pub on_range: Callback<Option<(i64, i64)>>,
}

impl MarkState {
    /// Activating a mark: a publication opens its document; a mentioned date
    /// opens the sentence of its first mention, then the next one each time.
    fn activate(&self, i: usize) {
        match self.lanes.marks.get(i) {
            Some((Mark::Published { doc, .. }, _)) => self.on_open.emit(*doc),
            Some((Mark::Mentioned(e), _)) => {
                self.on_passage.emit(e.next_place(&self.corpus, self.shown))
            }
            None => {}
        }
    }

    /// The key of mark `i` of the lanes as drawn.
    fn key(&self, i: usize) -> Option<String> {
        self.lanes.marks.get(i).map(|(m, _)| m.key())
    }

    /// Moves to mark `to`, panning to bring it into view, with its tooltip.
    fn move_to(&self, to: usize) {
        if let Some((m, _)) = self.lanes.marks.get(to) {
            let (a, b) = m.days();
            if !self.zoom.scale.shows((a, b)) {
                self.zoom.centre((a + b + 1) as f64 / 2.0);
            }
        }
        self.focus.focused.set(self.key(to));
        self.focus.tip.set(self.key(to));
    }

    /// Keys on a bar of counts: Enter zooms in on its days, the others move
    /// along its lane.
    fn bar_keydown(&self, e: &KeyboardEvent, bar: web_sys::Element, (a, z): (i64, i64)) {
        match bar_key(&e.key()) {
            Some(BarKey::Zoom) => {
                e.prevent_default();
                self.zoom.show(a, z);
            }
            Some(BarKey::Move(step)) => {
                let lane = bar.get_attribute("class").unwrap_or_default();
                if let Some(to) = sibling(&bar, step, &format!("rect[class='{lane}']")) {
                    e.prevent_default();
                    focus_svg(to);
                }
            }
            None => {}
        }
    }

    /// Keys on a mark act on the mark the key was pressed on, among the lanes
    /// as drawn (the focus state may still name a mark of lanes since rebuilt).
    fn keydown(&self, e: KeyboardEvent) {
        if let Some((bar, days)) = bar_at(e.target()) {
            return self.bar_keydown(&e, bar, days);
        }
        let current = mark_at(e.target()).unwrap_or(self.focus.roving);
        let marks = &self.lanes.marks;
        let drawn = |k: usize| marks.get(k).is_some_and(|(m, _)| self.focus.draws(m));
        match mark_key(&e.key(), current, marks.len(), drawn) {
            Some(MarkKey::Activate) => {
                e.prevent_default();
                self.activate(current);
            }
            Some(MarkKey::Dismiss) => {
                if self.range.is_some() {
                    self.on_range.emit(None);
                }
                self.focus.tip.set(None);
            }
            Some(MarkKey::MoveTo(to)) => {
                e.prevent_default();
                self.move_to(to);
            }
            None => {}
        }
    }

    fn click(&self, e: MouseEvent) {
        // A bar of counts zooms in on its days.
        if let Some((_, (a, z))) = bar_at(e.target()) {
            self.zoom.show(a, z);
        } else if let Some(i) = mark_at(e.target()) {
            self.focus.focused.set(self.key(i));
            self.activate(i);
        }
    }
}

/// The drawing's listeners for its marks. Marks listen through the drawing
/// (one listener each for a thousand marks would cost more than drawing them).
pub struct MarkListeners {
    pub keydown: Callback<KeyboardEvent>,
    pub click: Callback<MouseEvent>,
    pub over: Callback<MouseEvent>,
    /// Leaving a mark: the tooltip goes with the pointer (to another mark, or away).
    pub out: Callback<MouseEvent>,
    pub focus: Callback<FocusEvent>,
    /// Leaving the drawing's focus: a bar's description goes.
    pub blur: Callback<FocusEvent>,
}

pub fn mark_listeners(state: MarkState) -> MarkListeners {
    let state = Rc::new(state);
    let on = |f: fn(&MarkState, MouseEvent)| {
        let state = state.clone();
        Callback::from(move |e| f(&state, e))
    };
    let with = |f: fn(&MarkState, FocusEvent)| {
        let state = state.clone();
        Callback::from(move |e| f(&state, e))
    };
    MarkListeners {
        keydown: {
            let state = state.clone();
            Callback::from(move |e| state.keydown(e))
        },
        click: on(MarkState::click),
        over: on(|s, e| s.focus.tip.set(mark_at(e.target()).and_then(|i| s.key(i)))),
        out: on(|s, e| {
            s.focus
                .tip
                .set(mark_at(e.related_target()).and_then(|i| s.key(i)))
        }),
        focus: with(|s, e| {
            let bar = bar_at(e.target()).and_then(|(b, _)| b.get_attribute("aria-label"));
            s.focus.bar.set(bar);
            if let Some(key) = mark_at(e.target()).and_then(|i| s.key(i)) {
                s.focus.tip.set(Some(key.clone()));
                s.focus.focused.set(Some(key));
            }
        }),
        blur: with(|s, _| s.focus.bar.set(None)),
    }
}
