use corpus_core::i18n::{Msg, Texts};
use corpus_core::view::request::LinkProblem;
use yew::prelude::*;

/// A quiet note that part of the link was left out, and why: `problems`, what
/// the link (or the host page) asked for that could not be used; `on_dismiss`
/// puts the note away. A view function, drawn with the header.
pub fn link_notice(t: &Texts, problems: &[LinkProblem], on_dismiss: &Callback<()>) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="link-notice" role="note" aria-label={t.get(Msg::AboutThisLink).to_string()}>
            <span>{ t.fill(Msg::LinkLeftOut, &[&said(t, problems)]) }</span>
            <button type="button" class="remove" aria-label={t.get(Msg::Dismiss).to_string()} title={t.get(Msg::Dismiss).to_string()}
                onclick={on_dismiss.reform(|_| ())}>{ "×" }</button>
        </div>
    }
}

/// The problems in the interface's words, one after another.
fn said(t: &Texts, problems: &[LinkProblem]) -> String {
    let said: Vec<String> = problems.iter().map(|p| p.message(t)).collect();
    said.join("; ")
}
