//! Effects that touch the DOM, kept out of the reducer and the components' logic:
//! scrolling, focus, element sizes, timers, downloads; the timeline's zoom and
//! brush ([`zoom`], [`brush`]), the search derived from the view ([`search`])
//! and the interface's language ([`interface`]).

pub mod brush;
pub mod interface;
pub mod marks;
pub mod own;
pub mod search;
pub mod zoom;

use super::keys::Step;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// `value` as of the latest render, for listeners set up once (a message
/// or history listener) that must read what holds when they are called.
#[hook]
pub fn use_latest<T: Clone + 'static>(value: T) -> std::rc::Rc<std::cell::RefCell<T>> {
    let latest = use_mut_ref(|| value.clone());
    *latest.borrow_mut() = value;
    latest
}

/// False for a component's first render, true from the next animation frame
/// on: what the first frame can do without (the timeline's marks, the names)
/// waits for it, so that the page answers sooner.
#[hook]
pub fn use_after_first_frame() -> bool {
    let ready = use_state_eq(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let frame = gloo::render::request_animation_frame(move |_| ready.set(true));
            move || drop(frame)
        });
    }
    *ready
}

/// Scrolls the scrollable `container` so that its first element matching
/// `selector` is in view, whenever `key` changes. Only the container scrolls,
/// never the page, so typing in the search field does not move the page.
#[hook]
pub fn use_scroll_to_first<K: PartialEq + Clone + 'static>(
    container: NodeRef,
    selector: &'static str,
    key: K,
) {
    use_effect_with(key, move |_| {
        // In the next frame: reading positions now would force a layout of its own.
        let frame = gloo::render::request_animation_frame(move |_| {
            let Some(el) = container.cast::<HtmlElement>() else {
                return;
            };
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
        });
        move || drop(frame)
    });
}

/// The width of `element` in CSS pixels, kept up to date as the window resizes.
/// Starts at `fallback` until the element is mounted.
#[hook]
pub fn use_element_width(element: NodeRef, fallback: f64) -> f64 {
    let width = use_state_eq(|| fallback);
    {
        let width = width.clone();
        use_effect_with(element, move |element| {
            let measure = {
                let element = element.clone();
                move || {
                    if let Some(el) = element.cast::<web_sys::Element>() {
                        width.set(el.client_width() as f64);
                    }
                }
            };
            measure();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    measure()
                });
            move || drop(listener)
        });
    }
    *width
}

/// Moves keyboard focus to the element with id `id`, if there is one.
pub fn focus_id(id: &str) {
    let target = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(el) = target {
        let _ = el.focus();
    }
}

/// Prints the page with `data-print="{what}"` on its body (the style sheet
/// then prints something else than the view: a story's worksheet), taken
/// off after.
pub fn print_as(what: &'static str) {
    let window = gloo::utils::window();
    let _ = gloo::utils::body().set_attribute("data-print", what);
    gloo::events::EventListener::once(&window, "afterprint", move |_| {
        let _ = gloo::utils::body().remove_attribute("data-print");
    })
    .forget();
    let _ = window.print();
}

thread_local! {
    /// The id of an element to focus when it is drawn (see [`focus_when_shown`]).
    static FOCUS_WHEN_SHOWN: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// Asks for the focus to go to the element with id `id` when it is next drawn:
/// a view the reader just asked for, which may come only after its part is
/// fetched (see [`use_focus_if_asked`]).
pub fn focus_when_shown(id: &'static str) {
    FOCUS_WHEN_SHOWN.set(Some(id));
}

/// Gives the focus to the element with id `id`, drawn by this component, if
/// [`focus_when_shown`] asked for it; views drawn otherwise (a link, the host
/// page) never take the focus.
#[hook]
pub fn use_focus_if_asked(id: &'static str) {
    use_effect(move || {
        if FOCUS_WHEN_SHOWN.get() == Some(id) {
            FOCUS_WHEN_SHOWN.set(None);
            focus_id(id);
        }
    });
}

/// Moves keyboard focus to the element with id `id` whenever `key` becomes or
/// changes to `Some`: used when the reader explicitly opens a document, so the
/// focus (and, on a phone, the page) follows to the text.
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(id: &'static str, key: Option<K>) {
    use_effect_with(key, move |key| {
        if key.is_some() {
            focus_id(id);
        }
    });
}

/// Offers `text` to the reader as a file download named `filename`. The file is
/// made in the page (a Blob URL): nothing is fetched.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    download_value(filename, mime, &text.into())
}

/// [`download`] of a JavaScript string or `ArrayBuffer`, never copied into the app.
pub fn download_value(
    filename: &str,
    mime: &str,
    part: &wasm_bindgen::JsValue,
) -> Result<(), wasm_bindgen::JsValue> {
    download_url(filename, blob_url(mime, part)?);
    Ok(())
}

/// Offers the Blob at `url` (a `blob:` address made in the page) as the file
/// `filename`, then revokes the address.
pub fn download_url(filename: &str, url: String) {
    let document = gloo::utils::document();
    let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Firefox may start reading the Blob after `click` returns: revoked at
    // once, its download can fail. A minute is what FileSaver.js allows.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// A `blob:` address of `part` (a JavaScript string or `ArrayBuffer`), of
/// type `mime`: made in the page, valid until revoked
/// (`web_sys::Url::revoke_object_url`).
pub fn blob_url(mime: &str, part: &wasm_bindgen::JsValue) -> Result<String, wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// Scrolls the element matching `selector` to the middle of the view whenever
/// `key` changes to `Some` (used for the selected hit).
#[hook]
pub fn use_scroll_into_view<K: PartialEq + Clone + 'static>(
    selector: &'static str,
    key: Option<K>,
) {
    use_effect_with(key, move |key| {
        let pending = key.is_some();
        let frame = gloo::render::request_animation_frame(move |_| {
            if !pending {
                return;
            }
            if let Ok(Some(el)) = gloo::utils::document().query_selector(selector) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                options.set_behavior(web_sys::ScrollBehavior::Instant);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
        move || drop(frame)
    });
}

/// `value`, except while `key` keeps changing: then the value shown before the
/// change, until `key` has stayed the same for `delay_ms`. The reader follows
/// the top result this way, so it does not jump from document to document with
/// every keystroke while the list updates live.
#[hook]
pub fn use_settled<T, K>(value: T, key: K, delay_ms: u32) -> T
where
    T: Clone + 'static,
    K: PartialEq + Clone + 'static,
{
    // (last key, value shown, waiting for the key to settle)
    let memory = use_mut_ref(|| (key.clone(), value.clone(), false));
    let update = use_force_update();
    let (shown, pending) = {
        let mut m = memory.borrow_mut();
        if m.0 != key {
            m.0 = key.clone();
            m.2 = true;
        }
        if !m.2 {
            m.1 = value;
        }
        (m.1.clone(), m.2)
    };
    use_effect_with((key, pending), move |&(_, pending)| {
        let timer = pending.then(|| {
            gloo::timers::callback::Timeout::new(delay_ms, move || {
                memory.borrow_mut().2 = false;
                update.force_update();
            })
        });
        move || drop(timer)
    });
    shown
}

/// Calls `on_wheel` for wheel events over `element`, which it may cancel (yew's
/// own wheel listeners are passive, so they cannot keep the page from scrolling).
#[hook]
pub fn use_wheel(element: NodeRef, on_wheel: Callback<web_sys::WheelEvent>) {
    use_effect_with((element, on_wheel), |(element, on_wheel)| {
        let listener = element.cast::<web_sys::Element>().map(|el| {
            let on_wheel = on_wheel.clone();
            gloo::events::EventListener::new_with_options(
                &el,
                "wheel",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() {
                        on_wheel.emit(e.clone())
                    }
                },
            )
        });
        move || drop(listener)
    });
}

/// Moves keyboard focus to the element with id `id` whenever `key` changes to
/// `Some` (the timeline's arrow keys move focus from mark to mark this way).
#[hook]
pub fn use_focus_id<K: PartialEq + Clone + 'static>(id: Option<String>, key: Option<K>) {
    use_effect_with(key, move |key| {
        if key.is_some() {
            if let Some(el) = id
                .and_then(|id| gloo::utils::document().get_element_by_id(&id))
                .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
            {
                let _ = el.focus();
            }
        }
    });
}

/// Like [`use_scroll_to_first`], but only when `key` changes to `Some`: used for
/// a passage opened from the timeline, which must not undo other scrolling when
/// there is none.
#[hook]
pub fn use_scroll_to_passage<K: PartialEq + Clone + 'static>(
    container: NodeRef,
    selector: &'static str,
    key: Option<K>,
) {
    use_effect_with(key, move |key| {
        let pending = key.is_some();
        let frame = gloo::render::request_animation_frame(move |_| {
            let Some(el) = container.cast::<HtmlElement>().filter(|_| pending) else {
                return;
            };
            if let Some(t) = el
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
            {
                if el.scroll_height() > el.client_height() {
                    let offset = t.offset_top() - el.offset_top();
                    el.set_scroll_top((offset - el.client_height() / 3).max(0));
                } else {
                    // The container is not scrollable (a phone, an embed sized to
                    // its content): this page scrolls, never the host around it.
                    let window = gloo::utils::window();
                    let top = t.get_bounding_client_rect().top();
                    let (y, height) = (
                        window.scroll_y().unwrap_or(0.0),
                        window
                            .inner_height()
                            .ok()
                            .and_then(|h| h.as_f64())
                            .unwrap_or(0.0),
                    );
                    window.scroll_to_with_x_and_y(0.0, (y + top - height / 3.0).max(0.0));
                }
            }
        });
        move || drop(frame)
    });
}

/// Puts `text` on the clipboard, then calls `done` with whether that worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let navigator = gloo::utils::window().navigator();
    // Absent outside secure contexts; calling into it then would throw.
    let present =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| c.is_object());
    if !present {
        done(false);
        return;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The content of the page's `<meta name="{name}">`, if it has one.
pub fn page_meta(name: &str) -> Option<String> {
    gloo::utils::document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
}

/// Where `step` goes from `el` among its siblings matching `selector`: the
/// neighbour (when it matches), or the first or last. Used by the timeline's
/// count bars and the trends' points, each a row of SVG elements with one stop
/// in the tab order.
pub fn sibling(el: &web_sys::Element, step: Step, selector: &str) -> Option<web_sys::Element> {
    let matching = |e: Option<web_sys::Element>| e.filter(|e| e.matches(selector).unwrap_or(false));
    match step {
        Step::Next => matching(el.next_element_sibling()),
        Step::Previous => matching(el.previous_element_sibling()),
        Step::First | Step::Last => {
            let all = el
                .parent_element()?
                .query_selector_all(&format!(":scope > {selector}"))
                .ok()?;
            let i = if step == Step::First {
                0
            } else {
                all.length().checked_sub(1)?
            };
            all.get(i)?.dyn_into().ok()
        }
    }
}

/// Moves the keyboard's focus to `el`, an SVG element.
pub fn focus_svg(el: web_sys::Element) {
    if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
}
