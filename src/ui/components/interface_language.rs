use crate::ui::context::use_interface;
use corpus_core::i18n::{Locale, Msg};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The interface's language switcher: each language named in itself
/// ("Српски (ћирилица)"), so a reader finds theirs whatever the interface
/// speaks now. The articles stay as written. A language whose texts cannot
/// be fetched says why beside it, and the interface stays as it was.
#[function_component]
pub fn InterfaceLanguage() -> Html {
    let interface = use_interface();
    let current = interface.texts.locale();
    let onchange = interface.on_choose.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Locale::from_tag(&select.value()).unwrap_or_default()
    });
    html! {
        <>
        <label class="interface-language">
            <span class="visually-hidden">{ interface.texts.get(Msg::InterfaceLanguage) }</span>
            // Keyed by the problem: a language that failed is drawn afresh,
            // showing the language in force again.
            <select {onchange} key={interface.problem.as_deref().unwrap_or_default().to_string()}>
                { for Locale::ALL.into_iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={l == current}>{ l.own_name() }</option>
                }) }
            </select>
        </label>
        if let Some(problem) = interface.problem.clone() {
            <p class="interface-problem" role="alert">{ problem }</p>
        }
        </>
    }
}
