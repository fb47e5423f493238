use crate::ui::components::save_figure::SaveFigure;
use crate::ui::components::timeline_marks::{mark_id, mark_key, timeline_marks, MarksView};
use crate::ui::components::timeline_overview::TimelineOverview;
use crate::ui::components::timeline_tip::TimelineTip;
use crate::ui::components::zoom_controls::ZoomControls;
use crate::ui::figure::{self, FigureView, OnSave};
use crate::ui::hooks::brush::use_brush;
use crate::ui::hooks::zoom::{use_pinch, use_wheel_zoom, use_zoom, Zoom};
use crate::ui::hooks::{sibling_for_key, use_after_first_frame, use_element_width, use_focus_id};
use crate::ui::Corpus;
use corpus_core::figure::timeline::{timeline as timeline_figure, TimelineView};
use corpus_core::figure::Anchor;
use corpus_core::search::Results;
use corpus_core::timeline::bins::DENSE;
use corpus_core::timeline::lanes::{overview_columns, Extent, Lanes, Mark};
use corpus_core::timeline::scale::{ticks, Scale};
use corpus_core::timeline::{Geometry, AXIS, MAX_ROWS, MIN_MARK_PX, ROW};
use corpus_core::Span;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Documents passing the filters: only their dates are drawn (publication
    /// marks of the others are faded).
    pub results: Rc<Results>,
    /// The document open in the reader.
    pub open: Option<u32>,
    /// The passage shown in the reader, if a timeline mark opened it.
    pub passage: Option<Span>,
    /// Days (first, last) picked on the axis.
    pub range: Option<(i64, i64)>,
    /// What a saved picture's caption says about the view.
    pub view: Rc<FigureView>,
    /// Called with a document to open it.
    pub on_open: Callback<u32>,
    /// Called with a document and the sentence to show in it.
    pub on_passage: Callback<(u32, Span)>,
    /// Called with the days picked by dragging on the axis, or `None` to clear them.
    pub on_range: Callback<Option<(i64, i64)>>,
}

/// Both lanes at the current zoom, for the documents shown.
#[hook]
fn use_lanes(corpus: &Corpus, results: &Rc<Results>, scale: Scale, width: f64) -> Rc<Lanes> {
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
            |d| results.get(d).is_some(),
            scale,
            width,
            MIN_MARK_PX,
            MAX_ROWS,
        )
    })
}

/// The mark an event happened on: the nearest element with a `data-mark`.
fn mark_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    use wasm_bindgen::JsCast;
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-mark]")
        .ok()??
        .get_attribute("data-mark")?
        .parse()
        .ok()
}

/// The days of a bar of counts an event happened on, from its `data-bin`.
fn bin_at(target: Option<web_sys::EventTarget>) -> Option<(i64, i64)> {
    use wasm_bindgen::JsCast;
    let bin = target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .get_attribute("data-bin")?;
    let (a, z) = bin.split_once(' ')?;
    // Integers: parsing floats would add kilobytes of wasm.
    Some((a.parse().ok()?, z.parse().ok()?))
}

/// A bar of counts as the event's target: the element, if it is one.
fn bar_element(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    el.has_attribute("data-bin").then_some(el)
}

/// The bar of the same lane a movement key goes to from `bar`.
fn bar_target(bar: &web_sys::Element, key: &str) -> Option<web_sys::Element> {
    let lane = bar.get_attribute("class")?;
    sibling_for_key(bar, key, &format!("rect[class='{lane}']"))
}

/// What the marks' listeners work with.
struct MarkState {
    corpus: Corpus,
    lanes: Rc<Lanes>,
    drawn: Rc<dyn Fn(&Mark) -> bool>,
    /// The mark with the keyboard's attention.
    current: usize,
    focused: UseStateHandle<Option<usize>>,
    tip: UseStateHandle<Option<usize>>,
    /// The description of the bar of counts in focus, if one is.
    bar: UseStateHandle<Option<String>>,
    zoom: Zoom,
    /// The document and passage the reader shows.
    shown: Option<(u32, Span)>,
    range: Option<(i64, i64)>,
    on_open: Callback<u32>,
    on_passage: Callback<(u32, Span)>,
    on_range: Callback<Option<(i64, i64)>>,
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

    /// The mark a movement key goes to: arrows, Home and End move between the
    /// marks drawn.
    fn target(&self, key: &str) -> Option<usize> {
        let marks = &self.lanes.marks;
        let drawn = |k: &usize| (self.drawn)(&marks[*k].0);
        match key {
            "ArrowRight" | "ArrowDown" => (self.current + 1..marks.len()).find(drawn),
            "ArrowLeft" | "ArrowUp" => (0..self.current).rev().find(drawn),
            "Home" => (0..marks.len()).find(drawn),
            "End" => (0..marks.len()).rev().find(drawn),
            _ => None,
        }
    }

    /// Moves to mark `to`, panning to bring it into view, with its tooltip.
    fn move_to(&self, to: usize) {
        if let Some((m, _)) = self.lanes.marks.get(to) {
            let (a, b) = m.days();
            if !self.zoom.scale.shows((a, b)) {
                self.zoom.centre((a + b + 1) as f64 / 2.0);
            }
        }
        self.focused.set(Some(to));
        self.tip.set(Some(to));
    }

    /// Keys on a bar of counts: Enter zooms in on its days, the others move
    /// along its lane.
    fn bar_keydown(&self, e: KeyboardEvent, bar: web_sys::Element) {
        let key = e.key();
        if matches!(key.as_str(), "Enter" | " ") {
            e.prevent_default();
            if let Some((a, z)) = bin_at(Some(bar.into())) {
                self.zoom.show(a, z);
            }
        } else if let Some(to) = bar_target(&bar, &key) {
            use wasm_bindgen::JsCast;
            e.prevent_default();
            if let Ok(to) = to.dyn_into::<web_sys::SvgElement>() {
                let _ = to.focus();
            }
        }
    }

    fn keydown(&self, e: KeyboardEvent) {
        if let Some(bar) = bar_element(e.target()) {
            return self.bar_keydown(e, bar);
        }
        match e.key().as_str() {
            "Enter" | " " => {
                e.prevent_default();
                self.activate(self.current);
            }
            "Escape" => {
                if self.range.is_some() {
                    self.on_range.emit(None);
                }
                self.tip.set(None);
            }
            key => {
                if let Some(to) = self.target(key) {
                    e.prevent_default();
                    self.move_to(to);
                }
            }
        }
    }

    fn click(&self, e: MouseEvent) {
        // A bar of counts zooms in on its days.
        if let Some((a, z)) = bin_at(e.target()) {
            self.zoom.show(a, z);
        } else if let Some(i) = mark_at(e.target()) {
            self.focused.set(Some(i));
            self.activate(i);
        }
    }
}

/// The drawing's listeners for its marks. Marks listen through the drawing
/// (one listener each for a thousand marks would cost more than drawing them).
struct MarkListeners {
    keydown: Callback<KeyboardEvent>,
    click: Callback<MouseEvent>,
    over: Callback<MouseEvent>,
    /// Leaving a mark: the tooltip goes with the pointer (to another mark, or away).
    out: Callback<MouseEvent>,
    focus: Callback<FocusEvent>,
    /// Leaving the drawing's focus: a bar's description goes.
    blur: Callback<FocusEvent>,
}

fn mark_listeners(state: MarkState) -> MarkListeners {
    let state = Rc::new(state);
    let (tip, focused, bar) = (state.tip.clone(), state.focused.clone(), state.bar.clone());
    let on = |f: fn(&MarkState, MouseEvent)| {
        let state = state.clone();
        Callback::from(move |e| f(&state, e))
    };
    MarkListeners {
        keydown: {
            let state = state.clone();
            Callback::from(move |e| state.keydown(e))
        },
        click: on(MarkState::click),
        over: {
            let tip = tip.clone();
            Callback::from(move |e: MouseEvent| tip.set(mark_at(e.target())))
        },
        out: {
            let tip = tip.clone();
            Callback::from(move |e: MouseEvent| tip.set(mark_at(e.related_target())))
        },
        focus: {
            let bar = bar.clone();
            Callback::from(move |e: FocusEvent| {
                bar.set(bar_element(e.target()).and_then(|b| b.get_attribute("aria-label")));
                if let Some(i) = mark_at(e.target()) {
                    tip.set(Some(i));
                    focused.set(Some(i));
                }
            })
        },
        blur: Callback::from(move |_: FocusEvent| bar.set(None)),
    }
}

/// Keeps the focused mark focused when the lanes are rebuilt (the results
/// changed): its element stays (marks are keyed), and the focus state follows
/// it to its new place among the marks.
#[hook]
fn use_follow_focused(
    lanes: &Rc<Lanes>,
    focused: &UseStateHandle<Option<usize>>,
    tip: &UseStateHandle<Option<usize>>,
) {
    // The lanes last drawn, and the key of the mark focused in them.
    let last = use_mut_ref(|| (0usize, None::<String>));
    let ptr = Rc::as_ptr(lanes) as usize;
    let key_in = |lanes: &Lanes, i: Option<usize>| {
        i.and_then(|i| lanes.marks.get(i)).map(|(m, _)| mark_key(m))
    };
    if last.borrow().0 == ptr {
        last.borrow_mut().1 = key_in(lanes, **focused);
    }
    let (focused, tip, lanes) = (focused.clone(), tip.clone(), lanes.clone());
    use_effect_with(ptr, move |&ptr| {
        let before = std::mem::replace(&mut *last.borrow_mut(), (ptr, None)).1;
        let now = before.and_then(|k| lanes.marks.iter().position(|(m, _)| mark_key(m) == k));
        if focused.is_some() && now != *focused {
            focused.set(now);
            tip.set(now.filter(|_| tip.is_some()));
        }
        last.borrow_mut().1 = key_in(&lanes, now.or(*focused));
    });
}

/// Two lanes on one zoomable axis: when the documents were published, and the
/// dates they mention. Hover or focus shows the sentence; a click opens it;
/// dragging on the axis picks days to filter by.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let container = use_node_ref();
    let svg = use_node_ref();
    let width = use_element_width(container.clone(), 1000.0).max(200.0);
    // The marks wait for the second frame (and the measured width).
    let marks_ready = use_after_first_frame();
    let corpus = &props.corpus;
    let extent = *use_memo(corpus.clone(), |corpus| Extent::of(corpus));
    let zoom = use_zoom(extent);
    let scale = zoom.scale;
    let tip = use_state_eq(|| None::<usize>);
    let focused = use_state_eq(|| None::<usize>);
    let bar = use_state_eq(|| None::<String>);
    let lanes = use_lanes(corpus, &props.results, scale, width);
    let brush = use_brush(svg.clone(), scale, width, props.on_range.clone());
    use_wheel_zoom(svg.clone(), &zoom);
    let on_touch = use_pinch(svg.clone(), &zoom, width, brush.cancel.clone());
    let geometry = Geometry::of(&lanes);

    // A lane with more marks in view than DENSE is drawn as counts (bars that
    // zoom in when selected); the marks of the other lane stay marks.
    let dense = (
        lanes.in_view(true, scale) > DENSE,
        lanes.in_view(false, scale) > DENSE,
    );
    let drawn: Rc<dyn Fn(&Mark) -> bool> = Rc::new(move |m: &Mark| {
        scale.shows(m.days()) && !if m.is_published() { dense.0 } else { dense.1 }
    });
    // The one mark in the tab order: the focused one, else the first drawn.
    let roving = focused
        .filter(|&i| lanes.marks.get(i).is_some_and(|(m, _)| drawn(m)))
        .or_else(|| lanes.marks.iter().position(|(m, _)| drawn(m)))
        .unwrap_or(0);
    use_focus_id(focused.map(mark_id), *focused);
    use_follow_focused(&lanes, &focused, &tip);

    let listeners = mark_listeners(MarkState {
        corpus: corpus.clone(),
        lanes: lanes.clone(),
        drawn,
        current: focused.unwrap_or(roving),
        focused: focused.clone(),
        tip: tip.clone(),
        bar: bar.clone(),
        zoom: zoom.clone(),
        shown: props.open.zip(props.passage),
        range: props.range,
        on_open: props.on_open.clone(),
        on_passage: props.on_passage.clone(),
        on_range: props.on_range.clone(),
    });

    let columns = {
        let (lanes, bounds) = (lanes.clone(), zoom.bounds);
        // Keyed by the lanes' identity: they are rebuilt whenever they change.
        let key = (Rc::as_ptr(&lanes) as usize, width as i64);
        use_memo(key, move |_| overview_columns(&lanes.marks, bounds, width))
    };
    let tip_html = tip_view(corpus, &lanes, *tip, scale, width, &geometry);
    let on_centre = {
        let zoom = zoom.clone();
        Callback::from(move |x: f64| zoom.centre(x))
    };
    let width_px = (width as i32).to_string();
    let on_save = save_picture(props, scale);

    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            { head(extent.years, &zoom, on_save) }
            <div class="tl-body" ref={container}>
                <svg ref={svg} class="tl-detail" width={width_px.clone()} height={geometry.height.to_string()}
                    role="group" aria-label="Publication dates and dates mentioned" onkeydown={listeners.keydown}
                    onpointerdown={on_touch.clone()} onpointermove={on_touch.clone()}
                    onpointerup={on_touch.clone()} onpointercancel={on_touch}
                    onclick={listeners.click} onmouseover={listeners.over} onmouseout={listeners.out}
                    onfocusin={listeners.focus} onfocusout={listeners.blur}>
                    <text class="lane-label" x="2" y={(geometry.pub_top - 4).to_string()}>{ "Published" }</text>
                    <text class="lane-label" x="2" y={(geometry.event_top - 4).to_string()}>{ "Dates mentioned in the documents shown" }</text>
                    { range_shade(brush.drag, props.range, scale, width, geometry.axis_y) }
                    if marks_ready {
                        { timeline_marks(&MarksView {
                            corpus, lanes: &lanes, results: &props.results, open: props.open, passage: props.passage,
                            scale, width, tops: (geometry.pub_top, geometry.event_top), dense, roving, tip: *tip,
                        }) }
                    }
                    <line class="axis-line" x1="0" x2={width_px.clone()} y1={geometry.axis_y.to_string()} y2={geometry.axis_y.to_string()} />
                    { axis_ticks(scale, width, geometry.axis_y) }
                    <rect class="tl-brush" x="0" y={geometry.axis_y.to_string()} width={width_px} height={AXIS.to_string()}
                        onpointerdown={brush.onpointerdown} onpointermove={brush.onpointermove} onpointerup={brush.onpointerup}>
                        <title>{ "Drag to pick days; click to clear" }</title>
                    </rect>
                </svg>
                if let Some(label) = &*bar {
                    <p class="tl-bar-focus" aria-hidden="true">{ format!("{label}: Enter to see them one by one") }</p>
                }
                <TimelineOverview {columns} bounds={zoom.bounds} {scale} {width} {on_centre} />
                { tip_html }
            </div>
            { undated(corpus, &props.on_open) }
        </section>
    }
}

/// Saves the timeline at `scale` as a picture.
fn save_picture(props: &TimelineProps, scale: Scale) -> OnSave {
    let (corpus, results, view, range) = (
        props.corpus.clone(),
        props.results.clone(),
        props.view.clone(),
        props.range,
    );
    Callback::from(move |(format, report)| {
        let shown = TimelineView {
            index: &corpus,
            results: &results,
            scale,
            range,
        };
        let picture = timeline_figure(&shown, &view.caption("Timeline", &corpus));
        figure::save(&corpus, &picture, "timeline", format, report);
    })
}

/// The title, the legend, the zoom buttons, saving and the hint.
fn head(years: (u16, u16), zoom: &Zoom, on_save: OnSave) -> Html {
    let on = |f: fn(&Zoom, f64)| {
        let zoom = zoom.clone();
        Callback::from(move |x: f64| f(&zoom, x))
    };
    let zoom_by = on(|z, f| z.by(f, 0.5));
    let on_home = on(|z, _| z.reset()).reform(|()| 0.0);
    let on_whole = on(|z, _| z.set(z.bounds)).reform(|()| 0.0);
    html! {
        <div class="timeline-head">
            <h2 id="timeline-title" class="section-title">{ "Timeline" }</h2>
            <span class="tl-legend" aria-hidden="true">
                <span class="key-pub"></span>{ "published" }
                <span class="key-event"></span>{ "dates mentioned" }
            </span>
            <ZoomControls {years} on_zoom={zoom_by} {on_home} {on_whole} />
            <SaveFigure what="timeline" {on_save} />
            <span class="hint tl-hint">{ "Drag on the axis to pick days · Ctrl+wheel or pinch to zoom · arrows move between marks" }</span>
        </div>
    }
}

/// The tooltip of mark `tip` (its index in the lanes), when it is in view.
fn tip_view(
    corpus: &Corpus,
    lanes: &Lanes,
    tip: Option<usize>,
    scale: Scale,
    width: f64,
    geometry: &Geometry,
) -> Html {
    tip.and_then(|i| lanes.marks.get(i))
        .filter(|(m, _)| scale.shows(m.days()))
        .map(|(m, row)| {
            let x = scale.px(m.days().0 as f64, width).clamp(0, (width as i32 - 280).max(0));
            let top = if m.is_published() { geometry.pub_top } else { geometry.event_top };
            html! { <TimelineTip corpus={corpus.clone()} mark={m.clone()} {x} y={top + *row as i32 * ROW + 16} /> }
        })
        .unwrap_or_default()
}

/// The ticks and labels of the axis; labels near an edge grow inwards, so none
/// is cut off.
fn axis_ticks(scale: Scale, width: f64, axis_y: i32) -> Html {
    ticks(scale, width, 70.0)
        .into_iter()
        .map(|t| {
            let x = (t.x * width).round() as i32;
            let anchor = Anchor::inwards(x, width as i32).as_str();
            html! {
                <g class="tick">
                    <line x1={x.to_string()} x2={x.to_string()} y1={axis_y.to_string()} y2={(axis_y + 5).to_string()} />
                    <text x={x.to_string()} y={(axis_y + 18).to_string()} text-anchor={anchor}>{ t.label }</text>
                </g>
            }
        })
        .collect()
}

/// The picked days, or the ones being dragged over, shaded.
fn range_shade(
    drag: Option<(f64, f64)>,
    range: Option<(i64, i64)>,
    scale: Scale,
    width: f64,
    axis_y: i32,
) -> Html {
    let shaded = drag
        .map(|(a, b)| (a.min(b), a.max(b)))
        .or(range.map(|(a, b)| (a as f64, b as f64 + 1.0)));
    let Some((a, b)) = shaded else {
        return Html::default();
    };
    let clamp = |day: f64| scale.px(day, width).clamp(0, width as i32);
    let (x1, x2) = (clamp(a), clamp(b));
    html! { <rect class="tl-range" x={x1.to_string()} y="0" width={(x2 - x1).max(1).to_string()} height={axis_y.to_string()} /> }
}

/// The documents without a publication date, each a button that opens it.
fn undated(corpus: &Corpus, on_open: &Callback<u32>) -> Html {
    let undated: Vec<u32> = (0..corpus.documents.len() as u32)
        .filter(|&d| corpus.documents[d as usize].published.is_none())
        .collect();
    if undated.is_empty() {
        return Html::default();
    }
    html! {
        <p class="undated">
            { "Undated: " }
            { for undated.into_iter().map(|d| html! {
                <button type="button" class="mark" onclick={on_open.reform(move |_| d)}>{ &corpus.documents[d as usize].title }</button>
            }) }
        </p>
    }
}
