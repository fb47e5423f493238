use crate::ui::context::use_texts;
use crate::ui::parts::{Draw, Part, ViewProps};
use corpus_core::i18n::Msg;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct DeferredProps {
    /// The view's part: its module, fetched the first time it is drawn.
    pub part: &'static Part<Draw>,
    /// The view's own properties, handed to it once it is there
    /// ([`view_props`](crate::ui::parts::view_props)).
    pub props: Rc<dyn ViewProps>,
    /// Classes of the place kept for the view while it loads, so that
    /// nothing moves when it comes (its size is the view's).
    #[prop_or_default]
    pub class: Classes,
    /// The view's own outline to show while it loads, where a box of the
    /// right size is not enough (it says that it is loading, itself);
    /// without it, the place of `class` says so.
    #[prop_or_default]
    pub children: Html,
}

impl PartialEq for DeferredProps {
    fn eq(&self, other: &Self) -> bool {
        self.part.name == other.part.name
            && self.props.same(&*other.props)
            && self.class == other.class
            && self.children == other.children
    }
}

/// A view fetched the first time it is shown (see [`crate::ui::parts`]):
/// drawn at once when its part is there; else its place, kept, says it is
/// loading, then the view takes it; a part that cannot be fetched is said,
/// with a button that tries again. One component draws every view's part,
/// so the same place may hold another part at the next render (a tab
/// switched): what stands is read from the part itself at each render.
#[function_component]
pub fn Deferred(props: &DeferredProps) -> Html {
    let t = use_texts();
    let part = props.part;
    // The part whose fetch failed last, if it is still not there.
    let failed = use_state_eq(|| None::<&'static str>);
    let arrived = use_force_update();
    // Each attempt is a fetch; "Try again" makes another.
    let attempt = use_state(|| 0u32);
    {
        let failed = failed.clone();
        use_effect_with((part.name, *attempt), move |_| {
            if part.loaded().is_none() {
                failed.set(None);
                wasm_bindgen_futures::spawn_local(async move {
                    match part.fetch().await {
                        Ok(_) => arrived.force_update(),
                        Err(_) => failed.set(Some(part.name)),
                    }
                });
            }
        });
    }
    if let Some(draw) = part.loaded() {
        return draw((*props.props).as_any());
    }
    let class = classes!("part-place", props.class.clone());
    if *failed == Some(part.name) {
        let retry = attempt.setter();
        let next = *attempt + 1;
        return html! {
            <div {class}>
                <p class="part-failed" role="alert">{ t.get(Msg::PartFailed) }</p>
                <button type="button" onclick={move |_| retry.set(next)}>{ t.get(Msg::TryAgain) }</button>
            </div>
        };
    }
    if props.children != Html::default() {
        return props.children.clone();
    }
    html! {
        <div {class} role="status" aria-busy="true">
            <p class="part-loading">{ t.get(Msg::PartLoading) }</p>
        </div>
    }
}
