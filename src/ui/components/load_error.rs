use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// Why the corpus index could not be fetched or read.
    pub message: AttrValue,
}

/// Shown above the pre-rendered articles when the corpus index cannot be
/// fetched or read.
#[function_component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    html! {
        <main class="load-error" role="alert">
            <h1>{ "The corpus could not be loaded" }</h1>
            <p>{ props.message.clone() }</p>
        </main>
    }
}
