use crate::ui::context::use_texts;
use crate::ui::figure::{Format, OnSave};
use corpus_core::i18n::Msg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveFigureProps {
    /// What the picture shows, as the buttons name it: "timeline" (the
    /// interface's words, in the case "save the …" takes).
    pub what: AttrValue,
    /// Called with the format to save the picture in, and where to say that
    /// it could not be made.
    pub on_save: OnSave,
}

/// Two buttons that save a view as a picture to keep, SVG or PNG, and what
/// went wrong if the browser could not make it.
#[function_component]
pub fn SaveFigure(props: &SaveFigureProps) -> Html {
    let t = use_texts();
    let failed = use_state_eq(|| false);
    let report = {
        let failed = failed.clone();
        Callback::from(move |()| failed.set(true))
    };
    let what = &props.what;
    let button = |format: Format| {
        let label = t.fill(Msg::SaveAs, &[what, format.as_str()]);
        let (on_save, report, failed) = (props.on_save.clone(), report.clone(), failed.clone());
        let onclick = Callback::from(move |_| {
            failed.set(false);
            on_save.emit((format, report.clone()));
        });
        html! {
            <button type="button" class="small" aria-label={label.clone()} title={label} {onclick}>{ format.as_str() }</button>
        }
    };
    html! {
        <span class="save-figure" role="group" aria-label={t.fill(Msg::SaveAsPicture, &[what])}>
            <span class="save-label" aria-hidden="true">{ t.get(Msg::Save) }</span>
            { button(Format::Svg) }
            { button(Format::Png) }
            if *failed {
                <span class="error" role="alert">{ t.get(Msg::PictureFailed) }</span>
            }
        </span>
    }
}
