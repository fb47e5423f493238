use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// Why the embedded index could not be read.
    pub message: AttrValue,
}

/// Shown instead of the app when the embedded index cannot be read.
#[function_component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    html! {
        <main class="load-error" role="alert">
            <h1>{ "The corpus could not be loaded" }</h1>
            <p>{ props.message.clone() }</p>
        </main>
    }
}
