use crate::ui::context::use_texts;
use crate::ui::hooks::zoom::fraction_of;
use corpus_core::timeline::scale::{ticks, Scale};
use std::rc::Rc;
use yew::prelude::*;

/// Height of the overview strip, in pixels.
const HEIGHT: i32 = 22;

#[derive(Properties, PartialEq)]
pub struct TimelineOverviewProps {
    /// Pixel columns holding marks, as (publication lane, x).
    pub columns: Rc<Vec<(bool, i32)>>,
    /// The whole span.
    pub bounds: Scale,
    /// The days in view.
    pub scale: Scale,
    /// Width in pixels.
    pub width: f64,
    /// Called with the day clicked, to centre the view on it.
    pub on_centre: Callback<f64>,
}

/// The whole span under the timeline: every mark as a tick, the window shown,
/// and a click to go there.
#[function_component]
pub fn TimelineOverview(props: &TimelineOverviewProps) -> Html {
    let svg = use_node_ref();
    let texts = use_texts();
    let (bounds, width) = (props.bounds, props.width);
    let ox = |day: f64| bounds.px(day, width);
    let (wx1, wx2) = (ox(props.scale.lo), ox(props.scale.hi));
    let onclick = {
        let (svg, on_centre) = (svg.clone(), props.on_centre.clone());
        Callback::from(move |e: MouseEvent| {
            on_centre.emit(bounds.day(fraction_of(&svg, e.client_x())));
        })
    };
    let year_ticks: Html = ticks(bounds, width, 50.0, &texts)
        .into_iter()
        .map(|t| {
            let x = (t.x * width).round() as i32;
            html! { <text class="ov-label" x={x.to_string()} y="20">{ t.label }</text> }
        })
        .collect();
    html! {
        <svg ref={svg} class="tl-overview" width={(width as i32).to_string()} height={HEIGHT.to_string()} aria-hidden="true" {onclick}>
            { for props.columns.iter().map(|&(published, x)| {
                let class = if published { "ov-pub" } else { "ov-event" };
                html! { <line {class} x1={x.to_string()} x2={x.to_string()} y1="2" y2="10" /> }
            }) }
            { year_ticks }
            <rect class="ov-window" x={wx1.to_string()} y="1" width={(wx2 - wx1).max(3).to_string()} height="11" />
        </svg>
    }
}
