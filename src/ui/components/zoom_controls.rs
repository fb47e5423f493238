use corpus_core::time::calendar::years_label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ZoomControlsProps {
    /// The first and last years the timeline can show.
    pub years: (u16, u16),
    /// Called with a zoom factor (under 1 zooms in) around the middle.
    pub on_zoom: Callback<f64>,
    /// Called to show the publications' span.
    pub on_home: Callback<()>,
    /// Called to show the whole span.
    pub on_whole: Callback<()>,
}

/// The timeline's zoom buttons: out, in, the publications, the whole span.
#[function_component]
pub fn ZoomControls(props: &ZoomControlsProps) -> Html {
    let zoom_button = |label: &'static str, name: &'static str, factor: f64| {
        html! {
            <button type="button" class="zoom" aria-label={name} title={name}
                onclick={props.on_zoom.reform(move |_| factor)}>{ label }</button>
        }
    };
    let years = years_label(props.years.0, props.years.1);
    html! {
        <span class="tl-zoom" role="group" aria-label="Zoom the timeline">
            { zoom_button("−", "Zoom out", 2.0) }
            { zoom_button("+", "Zoom in", 0.5) }
            <button type="button" class="zoom" onclick={props.on_home.reform(|_| ())} title="Zoom to the span of the publications">{ "Publications" }</button>
            <button type="button" class="zoom" onclick={props.on_whole.reform(|_| ())}
                aria-label={format!("Whole span, {years}")}>{ years.clone() }</button>
        </span>
    }
}
