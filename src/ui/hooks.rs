//! Effects that touch the DOM, kept out of the reducer and the components' logic.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Scrolls the scrollable `container` so that its first element matching
/// `selector` is in view, whenever `key` changes. Only the container scrolls,
/// never the page, so typing in the search field does not move the page.
#[hook]
pub fn use_scroll_to_first<K: PartialEq + Clone + 'static>(container: NodeRef, selector: &'static str, key: K) {
    use_effect_with(key, move |_| {
        if let Some(el) = container.cast::<HtmlElement>() {
            let target = el
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok());
            match target {
                Some(t) => {
                    let offset = t.offset_top() - el.offset_top();
                    el.set_scroll_top((offset - el.client_height() / 3).max(0));
                }
                None => el.set_scroll_top(0),
            }
        }
    });
}
