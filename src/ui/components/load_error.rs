use crate::ui::hooks::interface::starting_locale;
use corpus_core::i18n::{Msg, Texts};
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
    // Drawn without the explorer: in the reader's browser's language.
    let t = use_memo((), |_| Texts::new(starting_locale("")));
    html! {
        <main class="load-error" role="alert">
            <h1>{ t.get(Msg::CorpusNotLoaded) }</h1>
            <p>{ props.message.clone() }</p>
        </main>
    }
}
