use crate::ui::context::use_texts;
use crate::ui::hooks::copy_text;
use corpus_core::i18n::Msg;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The address that reproduces the current view.
    pub link: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard refused (an iframe without permission, an old browser):
    /// the link is shown, selected, to copy by hand.
    Refused,
}

/// "Copy link": puts the address of the current view on the clipboard, or shows
/// it selected when the browser will not allow that.
#[function_component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let t = use_texts();
    let copied = use_state_eq(|| Copied::Not);
    let field = use_node_ref();
    // A changed view makes "Copied" stale.
    {
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(Copied::Not));
    }
    {
        let field = field.clone();
        use_effect_with(*copied, move |c| {
            if *c == Copied::Refused {
                if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }
    let onclick = {
        let (copied, link) = (copied.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy_text(&link, move |ok| {
                copied.set(if ok { Copied::Yes } else { Copied::Refused })
            });
        })
    };
    let onkeydown = {
        let copied = copied.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                copied.set(Copied::Not);
            }
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    });
    html! {
        <span class="copy-link">
            <button type="button" class="link-button" {onclick}>{ t.get(Msg::CopyLink) }</button>
            <span class="copy-status" aria-live="polite">
                if *copied == Copied::Yes { { t.get(Msg::LinkCopied) } }
            </span>
            if *copied == Copied::Refused {
                <label class="copy-field">
                    <span>{ t.get(Msg::PressCtrlC) }</span>
                    <input ref={field} type="text" readonly=true value={props.link.clone()} {onkeydown} {onfocus} />
                </label>
            }
        </span>
    }
}
