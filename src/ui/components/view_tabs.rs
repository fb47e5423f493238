use crate::ui::state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    /// The view shown.
    pub view: View,
    /// Called with the view chosen.
    pub on_view: Callback<View>,
}

/// The tabs over the main panel: Reader, Concordance, Connections.
#[function_component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let tab = |view: View, label: &str| {
        let selected = props.view == view;
        html! {
            <button type="button" role="tab" aria-selected={if selected { "true" } else { "false" }}
                aria-controls="main-panel" class="tab"
                onclick={props.on_view.reform(move |_| view)}>{ label }</button>
        }
    };
    html! {
        <div class="tabs" role="tablist" aria-label="View">
            { tab(View::Reader, "Reader") }
            { tab(View::Concordance, "Concordance") }
            { tab(View::Connections, "Connections") }
        </div>
    }
}
