use crate::ui::format::published;
use crate::ui::hooks::use_element_width;
use crate::ui::Corpus;
use corpus_core::dates::civil_from_days;
use corpus_core::search::Results;
use corpus_core::timeline::{histogram, layout, Histogram, Item, Layout};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Documents passing the filters (others are shown dimmed).
    pub results: Rc<Results>,
    /// The document open in the reader.
    pub open: Option<u32>,
    /// Called with a document id to open it.
    pub on_open: Callback<u32>,
}

/// Width in CSS pixels one mark's label needs before marks stack.
const LABEL_PX: f64 = 130.0;

/// Beyond this many dated documents the strip counts them in bars.
const MAX_MARKS: usize = 40;

/// Bars of the histogram, at most.
const BARS: usize = 60;

/// What the strip draws.
#[derive(PartialEq)]
enum Drawing {
    Marks(Layout),
    Bars(Histogram),
}

/// A strip of the documents' publication dates; each mark opens its document.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let track = use_node_ref();
    let track_px = use_element_width(track.clone(), 1000.0);
    let label_width = (LABEL_PX / track_px.max(1.0)).min(1.0);
    let corpus = props.corpus.clone();
    let drawing = use_memo(
        (corpus, (label_width * 100.0).round() as u32),
        move |(corpus, _)| {
            let items: Vec<Item> = corpus
                .documents
                .iter()
                .enumerate()
                .filter_map(|(i, d)| d.published.map(|date| Item { id: i as u32, date }))
                .collect();
            if items.len() > MAX_MARKS {
                Drawing::Bars(histogram(&items, BARS))
            } else {
                Drawing::Marks(layout(&items, label_width))
            }
        },
    );
    let undated: Vec<u32> = (0..props.corpus.documents.len() as u32)
        .filter(|&d| props.corpus.documents[d as usize].published.is_none())
        .collect();
    // Hundredths of a percent, formatted as integers: float formatting would add
    // several kilobytes of wasm for this one use.
    let pct = |x: f64| {
        let v = (x.clamp(0.0, 1.0) * 10_000.0).round() as u32;
        format!("{}.{:02}%", v / 100, v % 100)
    };
    let button = |d: u32, style: String, label: String, label_left: bool| {
        let doc = &props.corpus.documents[d as usize];
        let current = props.open == Some(d);
        let matching = props.results.get(d).is_some();
        html! {
            <button
                type="button"
                class={classes!("mark", current.then_some("open"), (!matching).then_some("dimmed"), label_left.then_some("label-left"))}
                {style}
                aria-current={current.then_some("true")}
                title={format!("{} — {}", published(doc), doc.title)}
                onclick={props.on_open.reform(move |_| d)}
            >
                <span class="mark-date">{ label }</span>
                <span class="visually-hidden">{ format!(": {}", doc.title) }</span>
            </button>
        }
    };
    let ticks = match &*drawing {
        Drawing::Marks(l) => &l.ticks,
        Drawing::Bars(h) => &h.ticks,
    };
    let rows = match &*drawing {
        Drawing::Marks(l) => l.rows.max(1),
        Drawing::Bars(_) => 2,
    };
    let axis = html! {
        <div class="axis" aria-hidden="true">
            { for ticks.iter().map(|t| html! {
                <span class="tick" style={format!("left: {}", pct(t.x))}>{ &t.label }</span>
            }) }
        </div>
    };
    let body = match &*drawing {
        Drawing::Marks(placed) => placed
            .marks
            .iter()
            .map(|m| {
                let doc = &props.corpus.documents[m.id as usize];
                let Some(date) = doc.published else { return html! {} };
                let mut label = date.short();
                if let Some(outlet) = &doc.outlet {
                    label = format!("{label} · {outlet}");
                }
                let style = if m.label_left {
                    format!("right: {}; --span: {}; --row: {}", pct(1.0 - m.x - m.width), pct(m.width), m.row)
                } else {
                    format!("left: {}; --span: {}; --row: {}", pct(m.x), pct(m.width), m.row)
                };
                button(m.id, style, label, m.label_left)
            })
            .collect::<Html>(),
        Drawing::Bars(h) => h
            .bars
            .iter()
            .map(|bar| {
                let matching: Vec<u32> = bar.ids.iter().copied().filter(|&d| props.results.get(d).is_some()).collect();
                let target = matching.first().or(bar.ids.first()).copied().unwrap_or(0);
                let (from, to) = (civil_from_days(bar.first_day).short(), civil_from_days(bar.last_day).short());
                let name = format!(
                    "{from} – {to}: {} articles, {} matching",
                    bar.ids.len(),
                    matching.len()
                );
                let style = format!(
                    "left: {}; width: {}; --h: {}; --m: {}",
                    pct(bar.x),
                    pct(bar.width),
                    pct(bar.ids.len() as f64 / h.max.max(1) as f64),
                    pct(matching.len() as f64 / bar.ids.len().max(1) as f64),
                );
                let current = props.open.is_some_and(|o| bar.ids.contains(&o));
                html! {
                    <button type="button" class={classes!("bar", current.then_some("open"))} {style}
                        aria-label={name.clone()} title={name} onclick={props.on_open.reform(move |_| target)}>
                        <span class="bar-match"></span>
                    </button>
                }
            })
            .collect::<Html>(),
    };
    html! {
        <section class="timeline" aria-label="Publication timeline">
            <h2 class="section-title">{ "Published" }</h2>
            <div class="track" ref={track} style={format!("--rows: {rows}")}>
                { body }
                { axis }
            </div>
            if !undated.is_empty() {
                <p class="undated">
                    { "Undated: " }
                    { for undated.into_iter().map(|d| button(d, String::new(), "no date".into(), false)) }
                </p>
            }
        </section>
    }
}
