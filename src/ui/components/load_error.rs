use corpus_core::i18n::{Msg, Texts};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// Why the corpus index could not be fetched or read.
    pub message: AttrValue,
    /// The interface's words, in the reader's browser's language if its
    /// texts could be fetched.
    pub texts: Rc<Texts>,
}

/// Shown above the pre-rendered articles when the corpus index cannot be
/// fetched or read.
#[function_component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    let t = &props.texts;
    html! {
        <main class="load-error" role="alert">
            <h1>{ t.get(Msg::CorpusNotLoaded) }</h1>
            <p>{ props.message.clone() }</p>
        </main>
    }
}
