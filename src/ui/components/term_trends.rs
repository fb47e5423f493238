use super::save_figure::SaveFigure;
use super::term_legend::LegendTerm;
use crate::ui::figure::{self, FigureView, OnSave};
use crate::ui::format::count;
use crate::ui::hooks::{sibling_for_key, use_element_width};
use crate::ui::Corpus;
use corpus_core::figure::trends::{trends as trends_figure, TrendTerm};
use corpus_core::search::trends::{per_10k_tenths, trends, Measure, Period, Trends};
use corpus_core::search::Results;
use corpus_core::time::calendar::{civil_from_days, PartialDate};
use corpus_core::view::filter::Filter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermTrendsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The documents shown and their matches (they follow typing once it pauses).
    pub results: Rc<Results>,
    /// The query's terms, as the legend shows them, for the same results.
    pub terms: Rc<Vec<LegendTerm>>,
    /// What a saved picture's caption says about the view.
    pub view: Rc<FigureView>,
    /// Called with a filter to add to the query (`date:2022-08`).
    pub on_filter: Callback<Filter>,
    /// Called with a document to open.
    pub on_open: Callback<u32>,
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
    let period = use_state_eq(|| Period::Month);
    let measure = use_state_eq(|| Measure::Per10k);
    let container = use_node_ref();
    let width = use_element_width(container.clone(), 800.0).max(200.0) as i32;
    let data = {
        let corpus = props.corpus.clone();
        let n = props.terms.len();
        use_memo(
            (props.results.clone(), *period, n),
            move |(results, period, n)| trends(&corpus, results, *n, *period),
        )
    };
    // The container stays mounted without terms, so that its width is known.
    if props.terms.is_empty() {
        return html! { <div class="trends-body" ref={container}></div> };
    }
    let toggle = |pressed: bool, label: &'static str, on: Callback<MouseEvent>| {
        html! {
            <button type="button" class="toggle small" aria-pressed={if pressed { "true" } else { "false" }} onclick={on}>{ label }</button>
        }
    };
    let set_period = |p: Period| {
        let period = period.clone();
        Callback::from(move |_| period.set(p))
    };
    let set_measure = |m: Measure| {
        let measure = measure.clone();
        Callback::from(move |_| measure.set(m))
    };
    html! {
        <section class="trends" aria-labelledby="trends-title">
            <div class="trends-head">
                <h2 id="trends-title" class="section-title">{ "Trends" }</h2>
                <span role="group" aria-label="Each point">
                    { toggle(*period == Period::Month, "Per month", set_period(Period::Month)) }
                    { toggle(*period == Period::Week, "Per week", set_period(Period::Week)) }
                    { toggle(*period == Period::Document, "Per document", set_period(Period::Document)) }
                </span>
                <span role="group" aria-label="Measure">
                    { toggle(*measure == Measure::Per10k, "Per 10,000 words", set_measure(Measure::Per10k)) }
                    { toggle(*measure == Measure::Matches, "Matches", set_measure(Measure::Matches)) }
                </span>
                <SaveFigure what="trends chart" on_save={save_picture(props, data.clone(), (*period, *measure))} />
            </div>
            <div class="trends-body" ref={container}>
                { chart(props, &data, *period, *measure, width) }
            </div>
            { footnote(&data, *period) }
        </section>
    }
}

/// Saves the chart of `data` as a picture.
fn save_picture(props: &TermTrendsProps, data: Rc<Trends>, how: (Period, Measure)) -> OnSave {
    let (corpus, terms, view) = (
        props.corpus.clone(),
        props.terms.clone(),
        props.view.clone(),
    );
    Callback::from(move |(format, report)| {
        let named: Vec<TrendTerm> = terms
            .iter()
            .map(|t| TrendTerm {
                raw: &t.raw,
                colour: t.colour,
            })
            .collect();
        let caption = view.caption("Trends", &corpus);
        let picture = trends_figure(&data, &named, how, &caption);
        figure::save(&corpus, &picture, "trends", format, report);
    })
}

/// The drawing: one line per term through its points.
fn chart(
    props: &TermTrendsProps,
    data: &Rc<Trends>,
    period: Period,
    measure: Measure,
    width: i32,
) -> Html {
    let n = data.buckets.len();
    if n == 0 {
        return html! { <p class="small trends-note">{ "No dated document among those shown." }</p> };
    }
    let largest = data.largest(measure);
    let x = |b: usize| {
        SIDE + if n == 1 {
            (width - 2 * SIDE) / 2
        } else {
            b as i32 * (width - 2 * SIDE) / (n as i32 - 1)
        }
    };
    let y = |v: u64| {
        TOP + (HEIGHT - TOP - BOTTOM) - (v * (HEIGHT - TOP - BOTTOM) as u64 / largest) as i32
    };
    let lines = props.terms.iter().enumerate().map(|(t, term)| {
        let points = data.line(t, measure);
        let path = points.iter().map(|&(b, v)| format!("{},{}", x(b), y(v))).collect::<Vec<_>>().join(" ");
        html! {
            <g class={classes!("trend", format!("t{}", term.colour))}>
                <polyline points={path} />
                { for points.iter().enumerate().map(|(k, &(b, v))| point(props, data, (t, b), period, (x(b), y(v)), k == 0)) }
            </g>
        }
    });
    let label = |b: usize| data.when(b, period);
    let (onclick, onkeydown) = point_listeners(props, data, period);
    html! {
        <svg class="trends-chart" width={width.to_string()} height={HEIGHT.to_string()} role="group"
            aria-label="Matches of each term over time" {onclick} {onkeydown}>
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
fn point(
    props: &TermTrendsProps,
    data: &Trends,
    (t, b): (usize, usize),
    period: Period,
    (cx, cy): (i32, i32),
    stop: bool,
) -> Html {
    let bucket = &data.buckets[b];
    let matches = data.counts[t][b];
    let per = per_10k_tenths(matches, bucket.words).map_or(String::new(), |v| {
        format!(" ({}.{} per 10,000 words)", v / 10, v % 10)
    });
    let mut label = format!(
        "{}: {}{per}, {}",
        props.terms[t].raw,
        count(matches as usize, "match", "matches"),
        data.when(b, period)
    );
    match period {
        Period::Document => {
            let doc = bucket.docs[0];
            label.push_str(&format!(", {}", props.corpus.documents[doc as usize].title));
        }
        _ => label.push_str(&format!(
            ", {}",
            count(bucket.docs.len(), "document", "documents")
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

/// What selecting a point does: per document, open it (`on_open`);
/// otherwise, keep the period's documents (a `date:` filter, `on_filter`).
struct PointActions {
    on_open: Callback<u32>,
    on_filter: Callback<Filter>,
    data: Rc<Trends>,
    period: Period,
}

impl PointActions {
    /// Selects the point of bucket `b`.
    fn select(&self, b: usize) {
        let Some(bucket) = self.data.buckets.get(b) else {
            return;
        };
        let (a, z) = (
            civil_from_days(bucket.days.0),
            civil_from_days(bucket.days.1),
        );
        match self.period {
            Period::Document => {
                if let Some(&doc) = bucket.docs.first() {
                    self.on_open.emit(doc);
                }
            }
            Period::Month => {
                let month = PartialDate { day: None, ..a };
                self.on_filter.emit(Filter::published(month, month))
            }
            Period::Week => self.on_filter.emit(Filter::published(a, z)),
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
fn point_listeners(
    props: &TermTrendsProps,
    data: &Rc<Trends>,
    period: Period,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let actions = Rc::new(PointActions {
        on_open: props.on_open.clone(),
        on_filter: props.on_filter.clone(),
        data: data.clone(),
        period,
    });
    let click = {
        let actions = actions.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((_, b)) = bucket_at(e.target()) {
                actions.select(b);
            }
        })
    };
    let keydown = Callback::from(move |e: KeyboardEvent| {
        let Some((el, b)) = bucket_at(e.target()) else {
            return;
        };
        let key = e.key();
        if matches!(key.as_str(), "Enter" | " ") {
            e.prevent_default();
            actions.select(b);
        } else if let Some(to) = sibling_for_key(&el, &key, "circle") {
            e.prevent_default();
            use wasm_bindgen::JsCast;
            if let Ok(to) = to.dyn_into::<web_sys::SvgElement>() {
                let _ = to.focus();
            }
        }
    });
    (click, keydown)
}

/// What the chart leaves out, said under it.
fn footnote(data: &Trends, period: Period) -> Html {
    html! {
        <p class="small trends-note">
            if !data.buckets.is_empty() {
                { "Select a point to keep its documents. " }
            }
            if data.unplaced > 0 {
                { format!("Not drawn: {} {}.", count(data.unplaced, "document", "documents"), period.lacking()) }
            }
        </p>
    }
}
