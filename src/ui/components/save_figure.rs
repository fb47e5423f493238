use crate::ui::figure::{Format, OnSave};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveFigureProps {
    /// What the picture shows, as the buttons name it: "timeline".
    pub what: AttrValue,
    /// Called with the format to save the picture in, and where to say that
    /// it could not be made.
    pub on_save: OnSave,
}

/// Two buttons that save a view as a picture to keep, SVG or PNG, and what
/// went wrong if the browser could not make it.
#[function_component]
pub fn SaveFigure(props: &SaveFigureProps) -> Html {
    let problem = use_state_eq(|| None::<String>);
    let report = {
        let problem = problem.clone();
        Callback::from(move |why: String| problem.set(Some(why)))
    };
    let what = &props.what;
    let button = |format: Format| {
        let label = format!("Save the {what} as {}", format.as_str());
        let (on_save, report, problem) = (props.on_save.clone(), report.clone(), problem.clone());
        let onclick = Callback::from(move |_| {
            problem.set(None);
            on_save.emit((format, report.clone()));
        });
        html! {
            <button type="button" class="small" aria-label={label.clone()} title={label} {onclick}>{ format.as_str() }</button>
        }
    };
    html! {
        <span class="save-figure" role="group" aria-label={format!("Save the {what} as a picture")}>
            <span class="save-label" aria-hidden="true">{ "Save" }</span>
            { button(Format::Svg) }
            { button(Format::Png) }
            if let Some(why) = &*problem {
                <span class="error" role="alert">{ why }</span>
            }
        </span>
    }
}
