use crate::ui::components::save_figure::SaveFigure;
use crate::ui::components::timeline_marks::{timeline_marks, MarksView};
use crate::ui::components::timeline_overview::TimelineOverview;
use crate::ui::components::timeline_tip::{timeline_tip, TimelineTipProps};
use crate::ui::components::zoom_controls::{zoom_controls, ZoomControls};
use crate::ui::context::{use_explorer, use_texts, Explorer};
use crate::ui::figure::{FigureView, Format, OnSave};
use crate::ui::hooks::brush::{use_brush, Brush};
use crate::ui::hooks::marks::{
    mark_listeners, use_lanes, use_mark_focus, use_reserved_rows, MarkFocus, MarkState,
};
use crate::ui::hooks::zoom::{use_pinch, use_wheel_zoom, use_zoom, Zoom};
use crate::ui::hooks::{use_after_first_frame, use_element_width};
use crate::ui::Corpus;
use crate::ui::{parts, timeline_picture};
use corpus_core::figure::Anchor;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::Results;
use corpus_core::timeline::lanes::{overview_columns, Extent, Lanes};
use corpus_core::timeline::scale::{ticks, Scale};
use corpus_core::timeline::{Geometry, AXIS, ROW};
use corpus_core::Span;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
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
}

/// Two lanes on one zoomable axis: when the documents were published, and the
/// dates they mention. Hover or focus shows the sentence; a click opens it;
/// dragging on the axis picks days to filter by.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let Explorer { corpus, act, .. } = use_explorer();
    let t = use_texts();
    let (container, svg) = (use_node_ref(), use_node_ref());
    let width = use_element_width(container.clone(), 1000.0).max(200.0);
    // The marks wait for the second frame (and the measured width).
    let marks_ready = use_after_first_frame();
    let extent = *use_memo(corpus.clone(), |corpus| Extent::of(corpus));
    let zoom = use_zoom(extent);
    let scale = zoom.scale;
    let lanes = use_lanes(&corpus, &props.results, scale, width);
    let brush = use_brush(svg.clone(), scale, width, act.on_range.clone());
    use_wheel_zoom(svg.clone(), &zoom);
    let on_touch = use_pinch(svg.clone(), &zoom, width, brush.cancel.clone());
    let focus = use_mark_focus(&lanes, scale);
    let listeners = mark_listeners(MarkState {
        corpus: corpus.clone(),
        lanes: lanes.clone(),
        focus: focus.clone(),
        zoom: zoom.clone(),
        shown: props.open.zip(props.passage),
        range: props.range,
        on_open: act.on_open.clone(),
        on_passage: act.on_passage.clone(),
        on_range: act.on_range.clone(),
    });
    let columns = {
        let (lanes, bounds) = (lanes.clone(), zoom.bounds);
        // Keyed by the lanes' identity: they are rebuilt whenever they change.
        let key = (Rc::as_ptr(&lanes) as usize, width as i64);
        use_memo(key, move |_| overview_columns(&lanes.marks, bounds, width))
    };
    let reserved = use_reserved_rows(&corpus, scale, width);
    let geometry = Geometry::reserving(&lanes, reserved);
    let on_centre = {
        let zoom = zoom.clone();
        Callback::from(move |x: f64| zoom.centre(x))
    };
    let drawing = Drawing {
        t: &t,
        corpus: &corpus,
        lanes: &lanes,
        focus: &focus,
        scale,
        width,
        geometry: &geometry,
    };
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            { head(&t, extent.years, &zoom, save_picture(&t, props, &corpus, scale)) }
            <div class="tl-body" ref={container}>
                <svg ref={svg} class="tl-detail" width={(width as i32).to_string()} height={geometry.height.to_string()}
                    role="group" aria-label={t.get(Msg::TimelineLabel).to_string()} onkeydown={listeners.keydown}
                    onpointerdown={on_touch.clone()} onpointermove={on_touch.clone()}
                    onpointerup={on_touch.clone()} onpointercancel={on_touch}
                    onclick={listeners.click} onmouseover={listeners.over} onmouseout={listeners.out}
                    onfocusin={listeners.focus} onfocusout={listeners.blur}>
                    { lanes_drawn(props, &drawing, brush.drag, marks_ready) }
                    { axis(&drawing, brush) }
                </svg>
                if let Some(label) = &*focus.bar {
                    <p class="tl-bar-focus" aria-hidden="true">{ t.fill(Msg::EnterOneByOne, &[label]) }</p>
                }
                <TimelineOverview {columns} bounds={zoom.bounds} {scale} {width} {on_centre} />
                { tip_view(&drawing) }
            </div>
            { undated(&t, &corpus, &act.on_open) }
        </section>
    }
}

/// What the drawing is drawn from.
struct Drawing<'a> {
    /// The interface's words.
    t: &'a Texts,
    corpus: &'a Corpus,
    lanes: &'a Lanes,
    focus: &'a MarkFocus,
    scale: Scale,
    /// Width in pixels.
    width: f64,
    geometry: &'a Geometry,
}

/// The lanes' labels, the days picked (or being dragged over) and the marks,
/// once they may be drawn.
fn lanes_drawn(props: &TimelineProps, d: &Drawing, drag: Option<(f64, f64)>, ready: bool) -> Html {
    let g = d.geometry;
    html! {
        <>
            <text class="lane-label" x="2" y={(g.pub_top - 4).to_string()}>{ d.t.get(Msg::LanePublished) }</text>
            <text class="lane-label" x="2" y={(g.event_top - 4).to_string()}>{ d.t.get(Msg::LaneMentioned) }</text>
            { range_shade(drag, props.range, d.scale, d.width, g.axis_y) }
            if ready {
                { timeline_marks(&MarksView {
                    t: d.t, corpus: d.corpus, lanes: d.lanes, results: &props.results, open: props.open,
                    passage: props.passage, scale: d.scale, width: d.width,
                    tops: (g.pub_top, g.event_top), dense: d.focus.dense, roving: d.focus.roving,
                    tip: d.focus.tip_at,
                }) }
            }
        </>
    }
}

/// The axis with its ticks, and the strip under it where dragging picks days.
fn axis(d: &Drawing, brush: Brush) -> Html {
    let (width_px, axis_y) = ((d.width as i32).to_string(), d.geometry.axis_y);
    html! {
        <>
            <line class="axis-line" x1="0" x2={width_px.clone()} y1={axis_y.to_string()} y2={axis_y.to_string()} />
            { axis_ticks(d.t, d.scale, d.width, axis_y) }
            <rect class="tl-brush" x="0" y={axis_y.to_string()} width={width_px} height={AXIS.to_string()}
                onpointerdown={brush.onpointerdown} onpointermove={brush.onpointermove} onpointerup={brush.onpointerup}>
                <title>{ d.t.get(Msg::BrushTitle) }</title>
            </rect>
        </>
    }
}

/// Saves the timeline at `scale` as a picture.
fn save_picture(t: &Rc<Texts>, props: &TimelineProps, corpus: &Corpus, scale: Scale) -> OnSave {
    let t = t.clone();
    let (corpus, results, view, range) = (
        corpus.clone(),
        props.results.clone(),
        props.view.clone(),
        props.range,
    );
    Callback::from(move |(format, report): (Format, Callback<()>)| {
        let shot = timeline_picture::TimelineShot {
            t: t.clone(),
            corpus: corpus.clone(),
            results: results.clone(),
            view: view.clone(),
            range,
            scale,
            format,
            report,
        };
        wasm_bindgen_futures::spawn_local(async move {
            match parts::TIMELINE_PICTURE.fetch().await {
                Ok(save) => save(shot),
                Err(_) => shot.report.emit(()),
            }
        });
    })
}

/// The title, the legend, the zoom buttons, saving and the hint.
fn head(t: &Texts, years: (u16, u16), zoom: &Zoom, on_save: OnSave) -> Html {
    let on = |f: fn(&Zoom, f64)| {
        let zoom = zoom.clone();
        Callback::from(move |x: f64| f(&zoom, x))
    };
    let zoom_by = on(|z, f| z.by(f, 0.5));
    let on_home = on(|z, _| z.reset()).reform(|()| 0.0);
    let on_whole = on(|z, _| z.set(z.bounds)).reform(|()| 0.0);
    html! {
        <div class="timeline-head">
            <h2 id="timeline-title" class="section-title">{ t.get(Msg::TimelineTitle) }</h2>
            <span class="tl-legend" aria-hidden="true">
                <span class="key-pub"></span>{ t.get(Msg::KeyPublished) }
                <span class="key-event"></span>{ t.get(Msg::KeyMentioned) }
            </span>
            { zoom_controls(t, ZoomControls { years, on_zoom: zoom_by, on_home, on_whole }) }
            <SaveFigure what={t.get(Msg::WhatTimeline).to_string()} {on_save} />
            <span class="hint tl-hint">{ t.get(Msg::TimelineHint) }</span>
        </div>
    }
}

/// The tooltip of the mark whose tooltip is asked for, when it is in view.
fn tip_view(d: &Drawing) -> Html {
    let (scale, width, g) = (d.scale, d.width, d.geometry);
    d.focus
        .tip_at
        .and_then(|i| d.lanes.marks.get(i))
        .filter(|(m, _)| scale.shows(m.days()))
        .map(|(m, row)| {
            let x = scale
                .px(m.days().0 as f64, width)
                .clamp(0, (width as i32 - 280).max(0));
            let top = if m.is_published() {
                g.pub_top
            } else {
                g.event_top
            };
            timeline_tip(
                d.t,
                &TimelineTipProps {
                    corpus: d.corpus.clone(),
                    mark: m.clone(),
                    x,
                    y: top + *row as i32 * ROW + 16,
                },
            )
        })
        .unwrap_or_default()
}

/// The ticks and labels of the axis; labels near an edge grow inwards, so none
/// is cut off.
fn axis_ticks(texts: &Texts, scale: Scale, width: f64, axis_y: i32) -> Html {
    ticks(scale, width, 70.0, texts)
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
fn undated(t: &Texts, corpus: &Corpus, on_open: &Callback<u32>) -> Html {
    let undated: Vec<u32> = (0..corpus.documents.len() as u32)
        .filter(|&d| corpus.documents[d as usize].published.is_none())
        .collect();
    if undated.is_empty() {
        return Html::default();
    }
    html! {
        <p class="undated">
            { t.get(Msg::Undated) }
            { for undated.into_iter().map(|d| html! {
                <button type="button" class="mark" onclick={on_open.reform(move |_| d)}>{ &corpus.documents[d as usize].title }</button>
            }) }
        </p>
    }
}
