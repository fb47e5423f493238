use corpus_core::i18n::{Msg, Texts};
use corpus_core::time::calendar::years_label;
use yew::prelude::*;

/// What the zoom buttons do.
pub struct ZoomControls {
    /// The first and last years the timeline can show.
    pub years: (u16, u16),
    /// Zooms by a factor (under 1 zooms in) around the middle.
    pub on_zoom: Callback<f64>,
    /// Shows the publications' span.
    pub on_home: Callback<()>,
    /// Shows the whole span.
    pub on_whole: Callback<()>,
}

/// The timeline's zoom buttons: out, in, the publications, the whole span. A
/// view function, drawn with the timeline's head.
pub fn zoom_controls(t: &Texts, props: ZoomControls) -> Html {
    let zoom_button = |label: &'static str, name: Msg, factor: f64| {
        let name = t.get(name).to_string();
        html! {
            <button type="button" class="zoom" aria-label={name.clone()} title={name}
                onclick={props.on_zoom.reform(move |_| factor)}>{ label }</button>
        }
    };
    let years = years_label(props.years.0, props.years.1);
    html! {
        <span class="tl-zoom" role="group" aria-label={t.get(Msg::ZoomTimeline).to_string()}>
            { zoom_button("−", Msg::ZoomOut, 2.0) }
            { zoom_button("+", Msg::ZoomIn, 0.5) }
            <button type="button" class="zoom" onclick={props.on_home.reform(|_| ())}
                title={t.get(Msg::ZoomPublications).to_string()}>{ t.get(Msg::Publications) }</button>
            <button type="button" class="zoom" onclick={props.on_whole.reform(|_| ())}
                aria-label={t.fill(Msg::WholeSpan, &[&years])}>{ years.clone() }</button>
        </span>
    }
}
