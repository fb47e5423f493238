use crate::ui::figure::Format;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveFigureProps {
    /// What the picture shows, as the buttons name it: "timeline".
    pub what: AttrValue,
    /// Called with the format to save the picture in.
    pub on_save: Callback<Format>,
}

/// Two buttons that save a view as a picture to keep, SVG or PNG.
#[function_component]
pub fn SaveFigure(props: &SaveFigureProps) -> Html {
    let what = &props.what;
    let button = |format: Format| {
        let label = format!("Save the {what} as {}", format.as_str());
        html! {
            <button type="button" class="small" aria-label={label.clone()} title={label}
                onclick={props.on_save.reform(move |_| format)}>{ format.as_str() }</button>
        }
    };
    html! {
        <span class="save-figure" role="group" aria-label={format!("Save the {what} as a picture")}>
            <span class="save-label" aria-hidden="true">{ "Save" }</span>
            { button(Format::Svg) }
            { button(Format::Png) }
        </span>
    }
}
