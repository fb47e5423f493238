use super::save_figure::SaveFigure;
use super::term_legend::LegendTerm;
use crate::ui::context::{use_explorer, use_texts, Explorer};
use crate::ui::figure::{self, FigureView, OnSave};
use crate::ui::hooks::{focus_svg, sibling, use_element_width};
use crate::ui::keys::{activates, Step};
use crate::ui::Corpus;
use corpus_core::figure::trends::{trends as trends_figure, Plot, TrendTerm};
use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::trends::{per_10k_tenths, trends, Measure, Period, Trends};
use corpus_core::search::Results;
use corpus_core::view::filter::Filter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TermTrendsProps {
    /// The documents shown and their matches (they follow typing once it pauses).
    pub results: Rc<Results>,
    /// The query's terms, as the legend shows them, for the same results.
    pub terms: Rc<Vec<LegendTerm>>,
    /// Whether the query being typed has terms: the chart takes its room at
    /// once and is drawn in it once typing pauses, so nothing under it moves
    /// then.
    pub pending: bool,
    /// What a saved picture's caption says about the view.
    pub view: Rc<FigureView>,
}

/// Height of the drawing, and its margins, in pixels.
const HEIGHT: i32 = 110;
const TOP: i32 = 8;
const BOTTOM: i32 = 18;
const SIDE: i32 = 12;

/// Each query term's matches over time, under the timeline: per document, week
/// or month of publication, as matches per 10,000 words or as counts, each term
/// in its colour. A point is a button: it keeps that period's documents (a
/// `date:` filter) or opens its document.
#[function_component]
pub fn TermTrends(props: &TermTrendsProps) -> Html {
    let Explorer { corpus, act, .. } = use_explorer();
    let texts = use_texts();
    let period = use_state_eq(|| Period::Month);
    let measure = use_state_eq(|| Measure::Per10k);
    let container = use_node_ref();
    let width = use_element_width(container.clone(), 800.0).max(200.0) as i32;
    let data = {
        let corpus = corpus.clone();
        let n = props.terms.len();
        use_memo(
            (props.results.clone(), *period, n),
            move |(results, period, n)| trends(&corpus, results, *n, *period),
        )
    };
    // The container stays mounted without terms, so that its width is known.
    if props.terms.is_empty() && !props.pending {
        return html! { <div class="trends-body" ref={container}></div> };
    }
    let chart = Chart {
        corpus,
        t: texts,
        terms: props.terms.clone(),
        data,
        period: *period,
        measure: *measure,
        on_open: act.on_open.clone(),
        on_filter: act.on_filter.clone(),
    };
    html! {
        <section class="trends" aria-labelledby="trends-title">
            { head(&chart, &period, &measure, save_picture(&chart, props.view.clone())) }
            <div class="trends-body" ref={container}>
                if !chart.terms.is_empty() {
                    { drawing(&chart, width) }
                }
            </div>
            <p class="small trends-note">
                if !chart.terms.is_empty() {
                    { footnote(&chart.t, &chart.data, chart.period) }
                }
            </p>
        </section>
    }
}

/// What the chart is drawn from, and what its points do.
struct Chart {
    corpus: Corpus,
    /// The interface's words.
    t: Rc<Texts>,
    terms: Rc<Vec<LegendTerm>>,
    data: Rc<Trends>,
    period: Period,
    measure: Measure,
    /// Opens a document (a point per document).
    on_open: Callback<u32>,
    /// Keeps a period's documents (a point per week or month).
    on_filter: Callback<Filter>,
}

/// The chart's outline while its part loads (see `crate::ui::parts::TRENDS`):
/// its title, a row as tall as its buttons, its drawing's room and its
/// note's line, so that nothing moves when the chart comes.
pub fn holding_place(t: &Texts) -> Html {
    html! {
        <section class="trends" aria-labelledby="trends-title" aria-busy="true">
            <div class="trends-head">
                <h2 id="trends-title" class="section-title">{ t.get(Msg::TrendsTitle) }</h2>
                <button type="button" class="toggle small outline" aria-hidden="true" tabindex="-1" disabled=true>
                    { t.get(Period::Month.label()) }
                </button>
            </div>
            <div class="trends-body" role="status"><p class="part-loading">{ t.get(Msg::PartLoading) }</p></div>
            <p class="small trends-note"></p>
        </section>
    }
}

/// The title, the buttons choosing what a point is and how it is measured,
/// and saving the picture.
fn head(
    chart: &Chart,
    period: &UseStateHandle<Period>,
    measure: &UseStateHandle<Measure>,
    on_save: OnSave,
) -> Html {
    let t = &chart.t;
    let toggle = |pressed: bool, label: Msg, on: Callback<MouseEvent>| {
        html! {
            <button type="button" class="toggle small" aria-pressed={if pressed { "true" } else { "false" }} onclick={on}>{ t.get(label) }</button>
        }
    };
    let set_period = |p: Period| {
        let period = period.clone();
        toggle(
            chart.period == p,
            p.label(),
            Callback::from(move |_| period.set(p)),
        )
    };
    let set_measure = |m: Measure, label| {
        let measure = measure.clone();
        toggle(
            chart.measure == m,
            label,
            Callback::from(move |_| measure.set(m)),
        )
    };
    html! {
        <div class="trends-head">
            <h2 id="trends-title" class="section-title">{ t.get(Msg::TrendsTitle) }</h2>
            <span role="group" aria-label={t.get(Msg::EachPoint).to_string()}>
                { set_period(Period::Month) }{ set_period(Period::Week) }{ set_period(Period::Document) }
            </span>
            <span role="group" aria-label={t.get(Msg::Measure).to_string()}>
                { set_measure(Measure::Per10k, Msg::Per10k) }{ set_measure(Measure::Matches, Msg::MatchesMeasure) }
            </span>
            <SaveFigure what={t.get(Msg::WhatTrends).to_string()} {on_save} />
        </div>
    }
}

/// Saves the chart as a picture.
fn save_picture(chart: &Chart, view: Rc<FigureView>) -> OnSave {
    let (corpus, texts, terms, data) = (
        chart.corpus.clone(),
        chart.t.clone(),
        chart.terms.clone(),
        chart.data.clone(),
    );
    let how = (chart.period, chart.measure);
    Callback::from(move |(format, report)| {
        let named: Vec<TrendTerm> = terms
            .iter()
            .map(|t| TrendTerm {
                raw: &t.raw,
                colour: t.colour,
            })
            .collect();
        let caption = view.caption(texts.get(Msg::TrendsTitle), &corpus, &texts);
        let picture = trends_figure(&data, &named, how, &caption, &texts);
        figure::save(&corpus, &picture, "trends", format, report);
    })
}

/// The drawing: one line per term through its points.
fn drawing(chart: &Chart, width: i32) -> Html {
    let data = &chart.data;
    let n = data.buckets.len();
    if n == 0 {
        return html! { <p class="small trends-note">{ chart.t.get(Msg::NothingDated) }</p> };
    }
    let plot = Plot {
        left: SIDE,
        width: width - 2 * SIDE,
        base: HEIGHT - BOTTOM,
        height: HEIGHT - TOP - BOTTOM,
        buckets: n,
        largest: data.largest(chart.measure),
    };
    let lines = chart.terms.iter().enumerate().map(|(t, term)| {
        let points = plot.line(data, t, chart.measure);
        let path = points.iter().map(|&(_, x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" ");
        html! {
            <g class={classes!("trend", format!("t{}", term.colour))}>
                <polyline points={path} />
                { for points.iter().enumerate().map(|(k, &(b, x, y))| point(chart, (t, b), (x, y), k == 0)) }
            </g>
        }
    });
    let label = |b: usize| data.when(b, chart.period, &chart.t);
    let (onclick, onkeydown) = point_listeners(chart);
    html! {
        <svg class="trends-chart" width={width.to_string()} height={HEIGHT.to_string()} role="group"
            aria-label={chart.t.get(Msg::TrendsLabel).to_string()} {onclick} {onkeydown}>
            <line class="axis-line" x1="0" x2={width.to_string()} y1={(HEIGHT - BOTTOM).to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
            <text class="trend-axis" x={SIDE.to_string()} y={(HEIGHT - 4).to_string()}>{ label(0) }</text>
            if n > 1 {
                <text class="trend-axis" x={(width - SIDE).to_string()} y={(HEIGHT - 4).to_string()} text-anchor="end">{ label(n - 1) }</text>
            }
            { for lines }
        </svg>
    }
}

/// One point: a button saying the term, the count and the period (its
/// bucket in `data-bucket`; the chart listens for all of them).
/// The first point of each term's line is its stop in the tab order; the
/// arrow keys, Home and End move along the line.
fn point(chart: &Chart, (t, b): (usize, usize), (cx, cy): (i32, i32), stop: bool) -> Html {
    let (data, period) = (&chart.data, chart.period);
    let bucket = &data.buckets[b];
    let matches = data.counts[t][b];
    let tr = &chart.t;
    let per = per_10k_tenths(matches, bucket.words).map_or(String::new(), |v| {
        tr.fill(Msg::PerTenThousand, &[&tr.tenths(v)])
    });
    let mut label = format!(
        "{}: {}{per}, {}",
        chart.terms[t].raw,
        tr.count(Msg::Matches, matches as usize),
        data.when(b, period, tr)
    );
    match period {
        Period::Document => {
            let doc = bucket.docs[0];
            label.push_str(&format!(", {}", chart.corpus.documents[doc as usize].title));
        }
        _ => label.push_str(&format!(
            ", {}",
            tr.count(Msg::Documents, bucket.docs.len())
        )),
    }
    html! {
        <circle class="trend-point" cx={cx.to_string()} cy={cy.to_string()} r="4" role="button"
            tabindex={if stop { "0" } else { "-1" }} data-bucket={b.to_string()}
            aria-label={label.clone()}>
            <title>{ label }</title>
        </circle>
    }
}

/// What selecting a point does: per week or month, keep the period's
/// documents (a `date:` filter); per document, open it.
fn select(
    on_open: &Callback<u32>,
    on_filter: &Callback<Filter>,
    data: &Trends,
    period: Period,
    b: usize,
) {
    let Some(bucket) = data.buckets.get(b) else {
        return;
    };
    match Filter::of_period(bucket, period) {
        Some(filter) => on_filter.emit(filter),
        None => {
            if let Some(&doc) = bucket.docs.first() {
                on_open.emit(doc);
            }
        }
    }
}

/// The bucket of the point an event happened on.
fn bucket_at(target: Option<web_sys::EventTarget>) -> Option<(web_sys::Element, usize)> {
    use wasm_bindgen::JsCast;
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    let b = el.get_attribute("data-bucket")?.parse().ok()?;
    Some((el, b))
}

/// The chart's listeners for its points (one pair for the chart, not one per
/// point: a thousand documents make a thousand points per term).
fn point_listeners(chart: &Chart) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let (on_open, on_filter, data, period) = (
        chart.on_open.clone(),
        chart.on_filter.clone(),
        chart.data.clone(),
        chart.period,
    );
    let choose = Rc::new(move |b: usize| select(&on_open, &on_filter, &data, period, b));
    let click = {
        let choose = choose.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((_, b)) = bucket_at(e.target()) {
                choose(b);
            }
        })
    };
    let keydown = Callback::from(move |e: KeyboardEvent| {
        let Some((el, b)) = bucket_at(e.target()) else {
            return;
        };
        let key = e.key();
        if activates(&key) {
            e.prevent_default();
            choose(b);
        } else if let Some(to) = Step::of(&key).and_then(|s| sibling(&el, s, "circle")) {
            e.prevent_default();
            focus_svg(to);
        }
    });
    (click, keydown)
}

/// What the chart leaves out, said under it.
fn footnote(t: &Texts, data: &Trends, period: Period) -> Html {
    html! {
        <>
            if !data.buckets.is_empty() {
                { t.get(Msg::SelectPoint) }
            }
            if let Some(note) = data.unplaced_note(period, t) {
                { note }
            }
        </>
    }
}
