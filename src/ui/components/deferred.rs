use crate::ui::context::use_texts;
use crate::ui::parts::{Draw, Part};
use corpus_core::i18n::Msg;
use yew::prelude::*;

#[derive(Properties)]
pub struct DeferredProps<P: PartialEq + 'static> {
    /// The view's part: its module, fetched the first time it is drawn.
    pub part: &'static Part<Draw<P>>,
    /// The view's own properties, handed to it once it is there.
    pub props: P,
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

impl<P: PartialEq + 'static> PartialEq for DeferredProps<P> {
    fn eq(&self, other: &Self) -> bool {
        self.part.name == other.part.name
            && self.props == other.props
            && self.class == other.class
            && self.children == other.children
    }
}

/// Where a part stands.
enum Stage<P: 'static> {
    Loading,
    Failed,
    Ready(Draw<P>),
}

/// A view fetched the first time it is shown (see [`crate::ui::parts`]):
/// drawn at once when its part is there; else its place, kept, says it is
/// loading, then the view takes it; a part that cannot be fetched is said,
/// with a button that tries again.
#[function_component]
pub fn Deferred<P: PartialEq + 'static>(props: &DeferredProps<P>) -> Html {
    let t = use_texts();
    let part = props.part;
    let stage = use_state(|| part.loaded().map_or(Stage::Loading, Stage::Ready));
    // Each attempt is a fetch; "Try again" makes another.
    let attempt = use_state(|| 0u32);
    {
        let stage = stage.clone();
        use_effect_with(*attempt, move |_| {
            if !matches!(*stage, Stage::Ready(_)) {
                if matches!(*stage, Stage::Failed) {
                    stage.set(Stage::Loading);
                }
                wasm_bindgen_futures::spawn_local(async move {
                    stage.set(match part.fetch().await {
                        Ok(draw) => Stage::Ready(draw),
                        Err(_) => Stage::Failed,
                    });
                });
            }
        });
    }
    let class = classes!("part-place", props.class.clone());
    match *stage {
        Stage::Ready(draw) => draw(&props.props),
        Stage::Loading if props.children != Html::default() => props.children.clone(),
        Stage::Loading => html! {
            <div {class} role="status" aria-busy="true">
                <p class="part-loading">{ t.get(Msg::PartLoading) }</p>
            </div>
        },
        Stage::Failed => {
            let retry = attempt.setter();
            let next = *attempt + 1;
            html! {
                <div {class}>
                    <p class="part-failed" role="alert">{ t.get(Msg::PartFailed) }</p>
                    <button type="button" onclick={move |_| retry.set(next)}>{ t.get(Msg::TryAgain) }</button>
                </div>
            }
        }
    }
}
