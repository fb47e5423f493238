use crate::ui::format::published;
use crate::ui::hooks::{use_element_width, use_focus_id, use_wheel};
use crate::ui::Corpus;
use corpus_core::search::Results;
use corpus_core::time::calendar::civil_from_days;
use corpus_core::time::timex::{describe, TimexKind};
use corpus_core::timeline::lanes::{self, Event};
use corpus_core::timeline::scale::{self, Scale};
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
    /// Called with a document to open it.
    pub on_open: Callback<u32>,
    /// Called with a document and the sentence to show in it.
    pub on_passage: Callback<(u32, Span)>,
    /// Called with the days picked by dragging on the axis, or `None` to clear them.
    pub on_range: Callback<Option<(i64, i64)>>,
}

/// Pixel geometry of the drawing.
const LANE_LABEL: i32 = 16;
const ROW: i32 = 14;
const MAX_ROWS: u32 = 5;
const AXIS: i32 = 30;
const OVERVIEW: i32 = 22;
const MIN_MARK_PX: f64 = 10.0;
/// Beyond this many marks in view, a lane shows counts in bars BIN pixels wide.
const DENSE: usize = 250;
const BIN: i32 = 6;

/// One mark, in time order across both lanes.
#[derive(Clone, PartialEq)]
enum Mark {
    /// A document's publication date.
    Published { doc: u32, first: i64, last: i64 },
    /// A normalised date mentioned in the documents shown.
    Mentioned(Event),
}

impl Mark {
    fn days(&self) -> (i64, i64) {
        match self {
            Mark::Published { first, last, .. } => (*first, *last),
            Mark::Mentioned(e) => (e.first_day, e.last_day),
        }
    }
}

/// A reader's words for an event mark: "late July 2022"; for a duration, what
/// the article says and where it starts: "since 1999 (starting 1999)".
fn when(corpus: &Corpus, e: &Event) -> String {
    let first = &corpus.dates[e.mentions[0]];
    match first.kind {
        TimexKind::Date => describe(&e.value, first.modifier),
        TimexKind::Duration => {
            let text = first.span.slice(&corpus.documents[first.doc as usize].text);
            format!("{text} (starting {})", civil_from_days(e.first_day).year)
        }
    }
}

/// The sentence of document `doc` holding `span` (or the span itself).
fn sentence_of(corpus: &Corpus, doc: u32, span: Span) -> Span {
    let d = &corpus.documents[doc as usize];
    let k = d.sentences.partition_point(|s| s.start() <= span.start());
    k.checked_sub(1)
        .map(|k| d.sentences[k])
        .filter(|s| s.end() >= span.end())
        .unwrap_or(span)
}

/// Two lanes on one zoomable axis: when the documents were published, and the
/// dates they mention. Hover or focus shows the sentence; a click opens it;
/// dragging on the axis picks days to filter by.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let container = use_node_ref();
    let svg = use_node_ref();
    let width = use_element_width(container.clone(), 1000.0).max(200.0);
    let corpus = &props.corpus;

    // The whole span of the corpus's dates, and the default view: the publications.
    let (bounds, home, years) = {
        let corpus = corpus.clone();
        let memo = use_memo(corpus, |corpus| {
            let pubs = corpus
                .documents
                .iter()
                .filter_map(|d| d.published.map(|p| (p.first_day(), p.last_day())));
            // Durations count where they start, as on the event lane.
            let events = corpus.dates.iter().filter_map(|d| {
                d.interval.map(|(a, b)| match d.kind {
                    TimexKind::Date => (a as i64, b as i64),
                    TimexKind::Duration => (a as i64, a as i64),
                })
            });
            let all: Vec<(i64, i64)> = pubs.clone().chain(events).collect();
            let first = all.iter().map(|a| a.0).min().unwrap_or(0);
            let last = all.iter().map(|a| a.1).max().unwrap_or(first);
            let bounds = Scale::fit(first, last);
            let pub_first = pubs.clone().map(|p| p.0).min().unwrap_or(first);
            let pub_last = pubs.map(|p| p.1).max().unwrap_or(last);
            let home = Scale::around(pub_first as f64, pub_last as f64, bounds);
            let years = (civil_from_days(first).year, civil_from_days(last).year);
            (bounds, home, years)
        });
        *memo
    };
    let view = use_state_eq(|| None::<Scale>);
    let scale = view.unwrap_or(home);
    let tip = use_state_eq(|| None::<usize>);
    let focused = use_state_eq(|| None::<usize>);
    let drag = use_state_eq(|| None::<(f64, f64)>);

    // Every mark in time order, and the lanes' rows at this zoom.
    let marks = {
        let corpus = corpus.clone();
        let results = props.results.clone();
        let key = (
            results,
            scale.lo.to_bits(),
            scale.hi.to_bits(),
            width as i64,
        );
        use_memo(key, move |(results, ..)| {
            let mut pubs: Vec<Event> = corpus
                .documents
                .iter()
                .enumerate()
                .filter_map(|(i, d)| {
                    let p = d.published?;
                    Some(Event {
                        value: i.to_string(),
                        first_day: p.first_day(),
                        last_day: p.last_day(),
                        mentions: vec![i],
                        row: 0,
                    })
                })
                .collect();
            pubs.sort_by_key(|e| (e.first_day, e.last_day));
            let pub_rows = lanes::stack(&mut pubs, scale, width, MIN_MARK_PX);
            let mut events = lanes::events(&corpus, |d| results.get(d).is_some());
            let event_rows = lanes::stack(&mut events, scale, width, MIN_MARK_PX);
            let mut marks: Vec<(Mark, u32)> = pubs
                .into_iter()
                .map(|e| {
                    let doc = e.mentions[0] as u32;
                    let m = Mark::Published {
                        doc,
                        first: e.first_day,
                        last: e.last_day,
                    };
                    (m, e.row.min(MAX_ROWS - 1))
                })
                .chain(events.into_iter().map(|e| {
                    let row = e.row.min(MAX_ROWS - 1);
                    (Mark::Mentioned(e), row)
                }))
                .collect();
            marks.sort_by_key(|(m, _)| (m.days().0, matches!(m, Mark::Mentioned(_))));
            (
                marks,
                pub_rows.clamp(1, MAX_ROWS) as i32,
                event_rows.clamp(1, MAX_ROWS) as i32,
            )
        })
    };
    let (marks, pub_rows, event_rows) = (&marks.0, marks.1, marks.2);

    // Geometry.
    let pub_top = LANE_LABEL;
    let event_label = pub_top + pub_rows * ROW + 6;
    let event_top = event_label + LANE_LABEL;
    let axis_y = event_top + event_rows * ROW + 4;
    let height = axis_y + AXIS;
    let px = |day: f64| (scale.x(day) * width).round() as i32;
    let in_view =
        move |(a, b): (i64, i64)| scale.x(b as f64 + 1.0) >= 0.0 && scale.x(a as f64) <= 1.0;

    let set_view = {
        let view = view.clone();
        move |s: Scale| view.set(Some(s))
    };
    let zoom_by = {
        let set_view = set_view.clone();
        move |factor: f64, at: f64| set_view(scale.zoom(at, factor, bounds))
    };
    let on_wheel = {
        let (zoom_by, set_view, svg) = (zoom_by.clone(), set_view.clone(), svg.clone());
        Callback::from(move |e: web_sys::WheelEvent| {
            let Some(el) = svg.cast::<web_sys::Element>() else {
                return;
            };
            let r = el.get_bounding_client_rect();
            let at = (e.client_x() as f64 - r.left()) / r.width().max(1.0);
            if e.ctrl_key() || e.meta_key() {
                // Ctrl+wheel, and a trackpad's pinch, zoom around the pointer.
                e.prevent_default();
                zoom_by((e.delta_y() * 0.01).exp(), at);
            } else if e.shift_key() || e.delta_x().abs() > e.delta_y().abs() {
                e.prevent_default();
                let d = if e.delta_x() != 0.0 {
                    e.delta_x()
                } else {
                    e.delta_y()
                };
                set_view(scale.pan(d / r.width().max(1.0), bounds));
            }
        })
    };
    use_wheel(svg.clone(), on_wheel);

    // Activating a mark: a publication opens its document; a mentioned date opens
    // the sentence of its first mention, then the next one on each activation.
    let activate = {
        let corpus = corpus.clone();
        let (on_open, on_passage) = (props.on_open.clone(), props.on_passage.clone());
        let (open, passage) = (props.open, props.passage);
        move |m: &Mark| match m {
            Mark::Published { doc, .. } => on_open.emit(*doc),
            Mark::Mentioned(e) => {
                let places: Vec<(u32, Span)> = e
                    .mentions
                    .iter()
                    .map(|&i| {
                        let d = &corpus.dates[i];
                        (d.doc, sentence_of(&corpus, d.doc, d.span))
                    })
                    .collect();
                let now = places
                    .iter()
                    .position(|&(d, s)| Some(d) == open && Some(s) == passage);
                let next = now.map_or(0, |k| (k + 1) % places.len());
                on_passage.emit(places[next]);
            }
        }
    };
    // The one mark in the tab order: the focused one, else the first in view.
    // A lane with more marks in view than DENSE is drawn as counts (bars that
    // zoom in when selected); the marks of the other lane stay marks.
    let lane_count = |published: bool| {
        marks
            .iter()
            .filter(|(m, _)| matches!(m, Mark::Published { .. }) == published && in_view(m.days()))
            .count()
    };
    let (dense_pub, dense_events) = (lane_count(true) > DENSE, lane_count(false) > DENSE);
    let drawn = move |m: &Mark| {
        in_view(m.days())
            && !match m {
                Mark::Published { .. } => dense_pub,
                Mark::Mentioned(_) => dense_events,
            }
    };
    let roving = focused
        .filter(|&i| marks.get(i).is_some_and(|(m, _)| drawn(m)))
        .or_else(|| marks.iter().position(|(m, _)| drawn(m)))
        .unwrap_or(0);
    let id_of = |i: usize| format!("tl-mark-{i}");
    use_focus_id(focused.map(id_of), *focused);
    let onkeydown = {
        let (focused, tip, activate) = (focused.clone(), tip.clone(), activate.clone());
        let (on_range, range, set_view) = (props.on_range.clone(), props.range, set_view.clone());
        let marks = marks.clone();
        Callback::from(move |e: KeyboardEvent| {
            let current = focused.unwrap_or(roving);
            let to = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => {
                    (current + 1..marks.len()).find(|&k| drawn(&marks[k].0))
                }
                "ArrowLeft" | "ArrowUp" => (0..current).rev().find(|&k| drawn(&marks[k].0)),
                "Home" => (0..marks.len()).find(|&k| drawn(&marks[k].0)),
                "End" => (0..marks.len()).rev().find(|&k| drawn(&marks[k].0)),
                "Enter" | " " => {
                    e.prevent_default();
                    if let Some((m, _)) = marks.get(current) {
                        activate(m);
                    }
                    None
                }
                "Escape" => {
                    if range.is_some() {
                        on_range.emit(None);
                    }
                    tip.set(None);
                    None
                }
                _ => None,
            };
            if let Some(to) = to {
                e.prevent_default();
                if let Some((m, _)) = marks.get(to) {
                    let (a, b) = m.days();
                    if !in_view((a, b)) {
                        set_view(scale.centred((a + b + 1) as f64 / 2.0, bounds));
                    }
                }
                focused.set(Some(to));
                tip.set(Some(to));
            }
        })
    };

    // Dragging on the axis picks days.
    let fraction = {
        let svg = svg.clone();
        move |client_x: i32| -> f64 {
            svg.cast::<web_sys::Element>().map_or(0.0, |el| {
                let r = el.get_bounding_client_rect();
                scale::between((client_x as f64 - r.left()) / r.width().max(1.0), 0.0, 1.0)
            })
        }
    };
    let onpointerdown = {
        let (drag, fraction) = (drag.clone(), fraction.clone());
        Callback::from(move |e: PointerEvent| {
            let day = scale.day(fraction(e.client_x()));
            if let Some(t) = e.target_dyn_into::<web_sys::Element>() {
                let _ = t.set_pointer_capture(e.pointer_id());
            }
            drag.set(Some((day, day)));
        })
    };
    let onpointermove = {
        let (drag, fraction) = (drag.clone(), fraction.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some((start, _)) = *drag {
                drag.set(Some((start, scale.day(fraction(e.client_x())))));
            }
        })
    };
    let onpointerup = {
        let (drag, on_range) = (drag.clone(), props.on_range.clone());
        Callback::from(move |_: PointerEvent| {
            if let Some((a, b)) = *drag {
                let (a, b) = (a.min(b), a.max(b));
                // A click without a drag clears the range; a drag picks whole days.
                if (b - a) * width / scale.span() < 4.0 {
                    on_range.emit(None);
                } else {
                    on_range.emit(Some((a.floor() as i64, b.floor() as i64)));
                }
            }
            drag.set(None);
        })
    };

    // Marks listen through the drawing (one listener each for a thousand marks
    // would cost more than drawing them): the mark is the nearest `data-mark`.
    let mark_at = |target: Option<web_sys::EventTarget>| -> Option<usize> {
        use wasm_bindgen::JsCast;
        target?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest("[data-mark]")
            .ok()??
            .get_attribute("data-mark")?
            .parse()
            .ok()
    };
    let on_mark_click = {
        let (activate, marks, focused) = (activate.clone(), marks.clone(), focused.clone());
        let set_view = set_view.clone();
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            // A bar of counts zooms in on its days.
            let bin = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.get_attribute("data-bin"));
            if let Some((a, z)) = bin.as_deref().and_then(|b| b.split_once(' ')) {
                // Integers: parsing floats would add kilobytes of wasm.
                if let (Ok(a), Ok(z)) = (a.parse::<i64>(), z.parse::<i64>()) {
                    set_view(Scale::around(a as f64, z as f64, bounds));
                }
                return;
            }
            if let Some(i) = mark_at(e.target()) {
                focused.set(Some(i));
                if let Some((m, _)) = marks.get(i) {
                    activate(m);
                }
            }
        })
    };
    let on_mark_over = {
        let tip = tip.clone();
        Callback::from(move |e: MouseEvent| tip.set(mark_at(e.target())))
    };
    // Leaving a mark: the tooltip goes with the pointer (to another mark, or away).
    let on_mark_out = {
        let tip = tip.clone();
        Callback::from(move |e: MouseEvent| tip.set(mark_at(e.related_target())))
    };
    let on_mark_focus = {
        let (tip, focused) = (tip.clone(), focused.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(i) = mark_at(e.target()) {
                tip.set(Some(i));
                focused.set(Some(i));
            }
        })
    };

    // Two fingers on the timeline zoom it (a trackpad's pinch arrives as Ctrl+wheel).
    let touches = use_mut_ref(Vec::<(i32, f64)>::new);
    let pinch = use_mut_ref(|| None::<(f64, Scale, f64)>);
    let on_touch = {
        let (touches, pinch, drag, set_view, svg) = (
            touches.clone(),
            pinch.clone(),
            drag.clone(),
            set_view.clone(),
            svg.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                return;
            }
            let x = e.client_x() as f64;
            let mut t = touches.borrow_mut();
            match e.type_().as_str() {
                "pointerdown" => t.push((e.pointer_id(), x)),
                "pointermove" => {
                    if let Some(p) = t.iter_mut().find(|p| p.0 == e.pointer_id()) {
                        p.1 = x;
                    }
                }
                _ => t.retain(|p| p.0 != e.pointer_id()),
            }
            if t.len() != 2 {
                *pinch.borrow_mut() = None;
                return;
            }
            let distance = (t[0].1 - t[1].1).abs().max(10.0);
            let left = svg
                .cast::<web_sys::Element>()
                .map_or(0.0, |el| el.get_bounding_client_rect().left());
            let mid = ((t[0].1 + t[1].1) / 2.0 - left) / width;
            let mut p = pinch.borrow_mut();
            match *p {
                None => {
                    *p = Some((distance, scale, mid));
                    drag.set(None);
                }
                Some((start, from, at)) => set_view(from.zoom(at, start / distance, bounds)),
            }
        })
    };

    let tick_html: Html = scale::ticks(scale, width, 70.0)
        .into_iter()
        .map(|t| {
            let x = (t.x * width).round() as i32;
            // Labels near an edge grow inwards, so none is cut off.
            let anchor = if x < 40 {
                "start"
            } else if x > width as i32 - 40 {
                "end"
            } else {
                "middle"
            };
            html! {
                <g class="tick">
                    <line x1={x.to_string()} x2={x.to_string()} y1={axis_y.to_string()} y2={(axis_y + 5).to_string()} />
                    <text x={x.to_string()} y={(axis_y + 18).to_string()} text-anchor={anchor}>{ t.label }</text>
                </g>
            }
        })
        .collect();

    let bins = |published: bool, top: i32, rows: i32| -> Html {
        let mut bins: std::collections::BTreeMap<i32, (usize, i64, i64)> = Default::default();
        for (m, _) in marks
            .iter()
            .filter(|(m, _)| matches!(m, Mark::Published { .. }) == published && in_view(m.days()))
        {
            let (a, z) = m.days();
            let n = match m {
                Mark::Published { .. } => 1,
                Mark::Mentioned(e) => e.mentions.len(),
            };
            let bin = bins
                .entry(px(a as f64).clamp(0, width as i32) / BIN)
                .or_insert((0, a, z));
            *bin = (bin.0 + n, bin.1.min(a), bin.2.max(z));
        }
        let max = bins.values().map(|b| b.0).max().unwrap_or(1);
        let lane = rows * ROW;
        let what = if published {
            "articles published"
        } else {
            "mentions of dates"
        };
        bins.into_iter()
            .map(|(k, (n, a, z))| {
                let h = (n * (lane - 2) as usize).div_ceil(max).max(2) as i32;
                let label = format!(
                    "{n} {what}, {} – {}",
                    civil_from_days(a).long(),
                    civil_from_days(z).long()
                );
                let class = if published { "tl-bin pub" } else { "tl-bin" };
                html! {
                    <rect {class} data-bin={format!("{a} {z}")} x={(k * BIN).to_string()} y={(top + lane - h).to_string()}
                        width={(BIN - 1).to_string()} height={h.to_string()} role="button" aria-label={label.clone()} tabindex="-1">
                        <title>{ format!("{label}: select to see them one by one") }</title>
                    </rect>
                }
            })
            .collect()
    };
    let bin_html = html! {
        <>
            if dense_pub { { bins(true, pub_top, pub_rows) } }
            if dense_events { { bins(false, event_top, event_rows) } }
        </>
    };
    let mark_html: Html = marks
        .iter()
        .enumerate()
        .filter(|(_, (m, _))| drawn(m))
        .map(|(i, (m, row))| {
            let (a, b) = m.days();
            let x = px(a as f64);
            let w = (px(b as f64 + 1.0) - x).max(MIN_MARK_PX as i32 - 2);
            let (label, class, y) = match m {
                Mark::Published { doc, .. } => {
                    let d = &corpus.documents[*doc as usize];
                    let matching = props.results.get(*doc).is_some();
                    let label = format!("Published {}: {}", published(d), d.title);
                    let class = classes!(
                        "tl-pub",
                        (props.open == Some(*doc)).then_some("open"),
                        (!matching).then_some("faded")
                    );
                    (label, class, pub_top + *row as i32 * ROW)
                }
                Mark::Mentioned(e) => {
                    let first = &corpus.dates[e.mentions[0]];
                    let when = when(corpus, e);
                    let label = if e.mentions.len() > 1 {
                        format!("Mentioned: {when}, {} times", e.mentions.len())
                    } else {
                        let title = &corpus.documents[first.doc as usize].title;
                        format!("Mentioned: {when}, in {title}")
                    };
                    let open_here = e.mentions.iter().any(|&k| {
                        let d = &corpus.dates[k];
                        Some(d.doc) == props.open
                            && props.passage == Some(sentence_of(corpus, d.doc, d.span))
                    });
                    (label, classes!("tl-event", open_here.then_some("open")), event_top + *row as i32 * ROW)
                }
            };
            let shape = match m {
                Mark::Published { first, last, .. } if first == last => html! {
                    <circle cx={(x + (w / 2).min(5)).to_string()} cy={(y + 6).to_string()} r="5" />
                },
                _ => html! {
                    <rect x={x.to_string()} y={(y + 1).to_string()} width={w.to_string()} height="10" rx="3" />
                },
            };
            html! {
                <g id={id_of(i)} class={class} role="button" aria-label={label}
                    data-mark={i.to_string()}
                    aria-describedby={(*tip == Some(i)).then_some("tl-tip")}
                    tabindex={if i == roving { "0" } else { "-1" }}>
                    { shape }
                </g>
            }
        })
        .collect();

    // The picked days, or the ones being dragged over.
    let shaded = drag
        .map(|(a, b)| (a.min(b), a.max(b)))
        .or(props.range.map(|(a, b)| (a as f64, b as f64 + 1.0)));
    let range_html = shaded
        .map(|(a, b)| {
            let (x1, x2) = (px(a).clamp(0, width as i32), px(b).clamp(0, width as i32));
            html! { <rect class="tl-range" x={x1.to_string()} y="0" width={(x2 - x1).max(1).to_string()} height={axis_y.to_string()} /> }
        })
        .unwrap_or_default();

    // The overview: the whole span, every mark as a tick, and the window shown.
    let overview = {
        let ox = |day: f64| (bounds.x(day) * width).round() as i32;
        let (wx1, wx2) = (ox(scale.lo), ox(scale.hi));
        let onclick = {
            let (fraction, set_view) = (fraction.clone(), set_view.clone());
            Callback::from(move |e: MouseEvent| {
                set_view(scale.centred(bounds.day(fraction(e.client_x())), bounds));
            })
        };
        let year_ticks: Html = scale::ticks(bounds, width, 50.0)
            .into_iter()
            .map(|t| {
                let x = (t.x * width).round() as i32;
                html! { <text class="ov-label" x={x.to_string()} y="20">{ t.label }</text> }
            })
            .collect();
        html! {
            <svg class="tl-overview" width={(width as i32).to_string()} height={OVERVIEW.to_string()} aria-hidden="true" {onclick}>
                // One line per pixel column and lane: a thousand articles draw no
                // more lines than the strip has pixels.
                { for marks
                    .iter()
                    .map(|(m, _)| (matches!(m, Mark::Published { .. }), ox(m.days().0 as f64)))
                    .collect::<std::collections::BTreeSet<(bool, i32)>>()
                    .into_iter()
                    .map(|(published, x)| {
                        let class = if published { "ov-pub" } else { "ov-event" };
                        html! { <line {class} x1={x.to_string()} x2={x.to_string()} y1="2" y2="10" /> }
                    }) }
                { year_ticks }
                <rect class="ov-window" x={wx1.to_string()} y="1" width={(wx2 - wx1).max(3).to_string()} height="11" />
            </svg>
        }
    };

    let tip_html = tip
        .and_then(|i| marks.get(i).map(|(m, row)| (i, m, *row)))
        .filter(|(_, m, _)| in_view(m.days()))
        .map(|(_, m, row)| {
            let x = px(m.days().0 as f64).clamp(0, (width as i32 - 280).max(0));
            let (lines, y): (Html, i32) = match m {
                Mark::Published { doc, .. } => {
                    let d = &corpus.documents[*doc as usize];
                    (html! {
                        <>
                            <strong>{ published(d) }</strong>
                            <span>{ &d.title }</span>
                            <span class="tip-source">{ d.outlet.as_deref().unwrap_or("Outlet unknown") }</span>
                        </>
                    }, pub_top + row as i32 * ROW + 16)
                }
                Mark::Mentioned(e) => {
                    let first = &corpus.dates[e.mentions[0]];
                    let doc = &corpus.documents[first.doc as usize];
                    let sentence = sentence_of(corpus, first.doc, first.span).slice(&doc.text);
                    let sentence = if sentence.chars().count() > 220 {
                        format!("{}…", sentence.chars().take(220).collect::<String>())
                    } else {
                        sentence.to_string()
                    };
                    (html! {
                        <>
                            <strong>{ when(corpus, e) }</strong>
                            <span class="tip-quote">{ format!("“{sentence}”") }</span>
                            <span class="tip-source">{ format!("{} · {}", doc.title, published(doc)) }</span>
                            if e.mentions.len() > 1 {
                                <span class="tip-more">{ format!("{} mentions: select again for the next", e.mentions.len()) }</span>
                            }
                        </>
                    }, event_top + row as i32 * ROW + 16)
                }
            };
            html! {
                <div id="tl-tip" class="tl-tip" role="tooltip" style={format!("left: {x}px; top: {y}px")}>{ lines }</div>
            }
        })
        .unwrap_or_default();

    let zoom_button = |label: &'static str, name: &'static str, factor: f64| {
        let zoom_by = zoom_by.clone();
        html! {
            <button type="button" class="zoom" aria-label={name} title={name}
                onclick={Callback::from(move |_| zoom_by(factor, 0.5))}>{ label }</button>
        }
    };
    let whole = {
        let set_view = set_view.clone();
        Callback::from(move |_: MouseEvent| set_view(bounds))
    };
    let reset = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(None))
    };
    let undated: Vec<u32> = (0..corpus.documents.len() as u32)
        .filter(|&d| corpus.documents[d as usize].published.is_none())
        .collect();

    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <div class="timeline-head">
                <h2 id="timeline-title" class="section-title">{ "Timeline" }</h2>
                <span class="tl-legend" aria-hidden="true">
                    <span class="key-pub"></span>{ "published" }
                    <span class="key-event"></span>{ "dates mentioned" }
                </span>
                <span class="tl-zoom" role="group" aria-label="Zoom the timeline">
                    { zoom_button("−", "Zoom out", 2.0) }
                    { zoom_button("+", "Zoom in", 0.5) }
                    <button type="button" class="zoom" onclick={reset} aria-label="Publication span">{ "Publications" }</button>
                    <button type="button" class="zoom" onclick={whole}
                        aria-label={format!("Whole span, {}–{}", years.0, years.1)}>{ format!("{}–{}", years.0, years.1) }</button>
                </span>
                <span class="hint tl-hint">{ "Drag on the axis to pick days · Ctrl+wheel or pinch to zoom · arrows move between marks" }</span>
            </div>
            <div class="tl-body" ref={container}>
                <svg ref={svg} class="tl-detail" width={(width as i32).to_string()} height={height.to_string()}
                    role="group" aria-label="Publication dates and dates mentioned" {onkeydown}
                    onpointerdown={on_touch.clone()} onpointermove={on_touch.clone()}
                    onpointerup={on_touch.clone()} onpointercancel={on_touch}
                    onclick={on_mark_click} onmouseover={on_mark_over} onmouseout={on_mark_out}
                    onfocusin={on_mark_focus}>
                    <text class="lane-label" x="2" y={(pub_top - 4).to_string()}>{ "Published" }</text>
                    <text class="lane-label" x="2" y={(event_top - 4).to_string()}>{ "Dates mentioned in the documents shown" }</text>
                    { range_html }
                    { bin_html }
                    { mark_html }
                    <line class="axis-line" x1="0" x2={(width as i32).to_string()} y1={axis_y.to_string()} y2={axis_y.to_string()} />
                    { tick_html }
                    <rect class="tl-brush" x="0" y={axis_y.to_string()} width={(width as i32).to_string()} height={AXIS.to_string()}
                        {onpointerdown} {onpointermove} {onpointerup}>
                        <title>{ "Drag to pick days; click to clear" }</title>
                    </rect>
                </svg>
                { overview }
                { tip_html }
            </div>
            if !undated.is_empty() {
                <p class="undated">
                    { "Undated: " }
                    { for undated.into_iter().map(|d| html! {
                        <button type="button" class="mark" onclick={props.on_open.reform(move |_| d)}>{ &corpus.documents[d as usize].title }</button>
                    }) }
                </p>
            }
        </section>
    }
}
