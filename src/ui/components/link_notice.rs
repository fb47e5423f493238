use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    /// What the link (or the host page) asked for that could not be used.
    pub problems: std::rc::Rc<Vec<String>>,
    /// Called when the reader dismisses the notice.
    pub on_dismiss: Callback<()>,
}

/// A quiet note that part of the link was left out, and why.
#[function_component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="link-notice" role="note" aria-label="About this link">
            <span>{ "Part of this link was left out: " }{ props.problems.join("; ") }{ "." }</span>
            <button type="button" class="remove" aria-label="Dismiss" title="Dismiss"
                onclick={props.on_dismiss.reform(|_| ())}>{ "×" }</button>
        </div>
    }
}
