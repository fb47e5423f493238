use crate::ui::hooks::marks::mark_id;
use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::Results;
use corpus_core::time::calendar::civil_from_days;
use corpus_core::timeline::bins::{bar_height, bins, Dense};
use corpus_core::timeline::lanes::{Lanes, Mark};
use corpus_core::timeline::scale::Scale;
use corpus_core::timeline::{MarkShape, BIN_PX as BIN, ROW};
use corpus_core::Span;
use yew::prelude::*;

/// What the timeline's marks are drawn from.
pub struct MarksView<'a> {
    /// The interface's words.
    pub t: &'a Texts,
    /// The corpus.
    pub corpus: &'a Corpus,
    /// Both lanes at this zoom.
    pub lanes: &'a Lanes,
    /// Documents passing the filters (the others' publications are faded).
    pub results: &'a Results,
    /// The document open in the reader.
    pub open: Option<u32>,
    /// The passage shown in the reader.
    pub passage: Option<Span>,
    /// The days in view.
    pub scale: Scale,
    /// Width of the drawing, in pixels.
    pub width: f64,
    /// Top of the publications' lane and of the dates' lane, in pixels.
    pub tops: (i32, i32),
    /// Which lanes are drawn as counts.
    pub dense: Dense,
    /// The mark in the tab order.
    pub roving: usize,
    /// The mark whose tooltip is shown.
    pub tip: Option<usize>,
}

/// The marks of both lanes inside the timeline's drawing, or bars of counts
/// for a lane with too many marks in view. (A function, not a component: the
/// drawing re-renders with the timeline.)
pub fn timeline_marks(props: &MarksView) -> Html {
    let (lanes, dense) = (&props.lanes, props.dense);
    html! {
        <>
            if dense.published { { count_bars(props, true, props.tops.0, lanes.published_rows as i32) } }
            if dense.mentioned { { count_bars(props, false, props.tops.1, lanes.mentioned_rows as i32) } }
            { for lanes.marks.iter().enumerate()
                .filter(|(_, (m, _))| dense.draws(m, props.scale))
                .map(|(i, (m, row))| mark(props, i, m, *row)) }
        </>
    }
}

/// One mark: a dot for a day's publication, a bar for a longer span.
fn mark(props: &MarksView, i: usize, m: &Mark, row: u32) -> Html {
    let (corpus, scale, width) = (&props.corpus, props.scale, props.width);
    let t = props.t;
    let (label, class, y) = match m {
        Mark::Published { doc, .. } => {
            let d = &corpus.documents[*doc as usize];
            let matching = props.results.get(*doc).is_some();
            let label = t.fill(Msg::PublishedMark, &[&d.published_label(t), &d.title]);
            let class = classes!(
                "tl-pub",
                (props.open == Some(*doc)).then_some("open"),
                (!matching).then_some("faded")
            );
            (label, class, props.tops.0 + row as i32 * ROW)
        }
        Mark::Mentioned(e) => {
            let when = e.describe(corpus, t);
            let label = if e.mentions.len() > 1 {
                let times = t.count(Msg::Times, e.mentions.len());
                t.fill(Msg::MentionedTimes, &[&when, &times])
            } else {
                let doc = corpus.dates[e.mentions[0]].doc;
                let title = &corpus.documents[doc as usize].title;
                t.fill(Msg::MentionedIn, &[&when, title])
            };
            let shown = props.open.zip(props.passage);
            let open_here = shown.is_some_and(|s| e.places(corpus).contains(&s));
            let class = classes!("tl-event", open_here.then_some("open"));
            (label, class, props.tops.1 + row as i32 * ROW)
        }
    };
    let shape = match MarkShape::of(m, scale, width, y, false) {
        MarkShape::Dot { cx, cy, r } => html! {
            <circle cx={cx.to_string()} cy={cy.to_string()} r={r.to_string()} />
        },
        MarkShape::Bar { x, y, w, h } => html! {
            <rect x={x.to_string()} y={y.to_string()} width={w.to_string()} height={h.to_string()} rx="3" />
        },
    };
    html! {
        <g key={m.key()} id={mark_id(i)} class={class} role="button" aria-label={label}
            data-mark={i.to_string()}
            aria-describedby={(props.tip == Some(i)).then_some("tl-tip")}
            tabindex={if i == props.roving { "0" } else { "-1" }}>
            { shape }
        </g>
    }
}

/// A lane's marks in view as bars of counts, each selectable to zoom in on it.
fn count_bars(props: &MarksView, published: bool, top: i32, rows: i32) -> Html {
    let marks = props
        .lanes
        .marks
        .iter()
        .map(|(m, _)| m)
        .filter(|m| m.is_published() == published);
    let bins = bins(marks, props.scale, props.width, BIN);
    let largest = bins.iter().map(|b| b.count).max().unwrap_or(1);
    let lane = rows * ROW;
    let t = props.t;
    let what = if published {
        Msg::BinPublished
    } else {
        Msg::BinMentioned
    };
    // The lane's first bar is in the tab order; arrows move along the lane.
    bins.into_iter()
        .enumerate()
        .map(|(k, b)| {
            let h = bar_height(b.count, largest, lane);
            let (first, last) = (civil_from_days(b.first), civil_from_days(b.last));
            let days = t.fill(Msg::DateRange, &[&t.date_long(first), &t.date_long(last)]);
            let label = t.count_with(what, b.count, &[&days]);
            let class = if published { "tl-bin pub" } else { "tl-bin" };
            html! {
                <rect {class} data-bin={format!("{} {}", b.first, b.last)} x={(b.column * BIN).to_string()} y={(top + lane - h).to_string()}
                    width={(BIN - 1).to_string()} height={h.to_string()} role="button" aria-label={label.clone()}
                    tabindex={if k == 0 { "0" } else { "-1" }}>
                    <title>{ t.fill(Msg::SelectOneByOne, &[&label]) }</title>
                </rect>
            }
        })
        .collect()
}
