//! The explorer inside another page's iframe: hears the host's `postMessage`
//! requests (see `api`), tells it when the view changes and how tall the page is.
//! Nothing here runs when the page is not in a frame.

use super::state::{Action, Inputs, ViewState};
use super::Corpus;
use corpus_core::view::host::{self as api, Envelope, Notice, Show};
use corpus_core::view::link::Mode;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The window framing this page, if there is one.
fn parent() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (JsValue::from(&parent) != JsValue::from(&window)).then_some(parent)
}

/// The framing page's origin, as `location.ancestorOrigins` tells it (Chromium,
/// Firefox and Safari do), if it does.
fn parent_origin() -> Option<String> {
    let location = gloo::utils::window().location();
    let origins = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok()?;
    js_sys::Reflect::get(&origins, &0.into()).ok()?.as_string()
}

/// Where messages go: the origin of the host's last accepted message, else
/// [`api::first_targets`].
type Target = Rc<RefCell<Vec<String>>>;

fn post(target: &Target, message: &api::Value) {
    let Some(parent) = parent() else { return };
    let value = js_of(message);
    for origin in target.borrow().iter() {
        let _ = parent.post_message(&value, origin);
    }
}

/// A message's value as the JavaScript value `postMessage` sends.
fn js_of(v: &api::Value) -> JsValue {
    use api::Value;
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(*n),
        Value::Text(t) => JsValue::from_str(t),
        Value::List(items) => items.iter().map(js_of).collect::<js_sys::Array>().into(),
        Value::Map(fields) => {
            let object = js_sys::Object::new();
            for (name, value) in fields.iter() {
                let _ = js_sys::Reflect::set(&object, &name.into(), &js_of(value));
            }
            object.into()
        }
    }
}

/// How deep a message's values are read: a structured clone may hold cycles.
const MAX_DEPTH: u32 = 16;

/// A JavaScript value as the API reads it: what JSON can hold, anything else
/// (functions, symbols, what lies deeper than [`MAX_DEPTH`]) as null.
fn value_of(v: &JsValue, depth: u32) -> api::Value {
    use api::Value;
    if depth > MAX_DEPTH || v.is_null() || v.is_undefined() || v.is_function() {
        Value::Null
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Value::Number(n)
    } else if let Some(s) = v.as_string() {
        Value::Text(s)
    } else if js_sys::Array::is_array(v) {
        let list = js_sys::Array::from(v);
        Value::List(list.iter().map(|x| value_of(&x, depth + 1)).collect())
    } else if let Some(object) = v.dyn_ref::<js_sys::Object>() {
        let fields = js_sys::Object::entries(object)
            .iter()
            .filter_map(|entry| {
                let pair = js_sys::Array::from(&entry);
                Some((pair.get(0).as_string()?, value_of(&pair.get(1), depth + 1)))
            })
            .collect();
        Value::Map(fields)
    } else {
        Value::Null
    }
}

/// What answering one message from the host needs.
struct Answer<'a> {
    corpus: &'a Corpus,
    target: &'a Target,
    /// The latest view, for `get`.
    latest: &'a RefCell<ViewState>,
    dispatch: &'a yew::functional::UseReducerDispatcher<Inputs>,
}

impl Answer<'_> {
    /// Reads a message from an allowed origin and answers it: messages of
    /// other senders are left alone; ours are routed, checked and acted on, or
    /// answered with an error naming what is wrong.
    fn message(&self, data: &JsValue, origin: String) {
        // Not an object, or without a `type`: not a message for us.
        let api::Value::Map(fields) = value_of(data, 0) else {
            return;
        };
        let Some(envelope) = Envelope::of(&fields) else {
            return;
        };
        let verb = match api::route(&envelope) {
            Ok(Some(verb)) => verb,
            Ok(None) => return,
            Err(problem) => return post(self.target, &Notice::error(vec![problem]).value()),
        };
        // A sandboxed or data: host has the opaque origin "null", which cannot
        // be posted to; the view is public text, so "*".
        *self.target.borrow_mut() = vec![if origin == "null" {
            "*".to_string()
        } else {
            origin
        }];
        match verb {
            "show" => match Show::read(&fields).and_then(|show| api::view_of(self.corpus, show)) {
                Ok(view) => self.dispatch.dispatch(Action::Restore(Box::new(view))),
                Err(problems) => post(self.target, &Notice::error(problems).value()),
            },
            "get" => post(
                self.target,
                &api::view_message(self.corpus, &self.latest.borrow()).value(),
            ),
            other => post(
                self.target,
                &Notice::error(vec![format!(
                    "“{}{other}” is not a message this explorer knows (show, get)",
                    api::PREFIX
                )])
                .value(),
            ),
        }
    }
}

/// Answers the host page: `show` and `get` requests from the parent window
/// (from `mode.origins` only, when the link names any), a `view` message after
/// every change of the view, and `height` messages as the page's height changes,
/// so the host can size the iframe to fit.
#[hook]
pub fn use_host(corpus: &Corpus, state: &UseReducerHandle<Inputs>, mode: Rc<Mode>) {
    let target: Target =
        use_mut_ref(|| api::first_targets(&mode.origins, parent_origin().as_deref()));
    // The latest view, for `get` requests.
    let latest = use_mut_ref(ViewState::default);
    *latest.borrow_mut() = state.0.clone();
    {
        let (corpus, target) = (corpus.clone(), target.clone());
        let dispatch = state.dispatcher();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = parent().map(|parent| {
                post(&target, &Notice::ready().value());
                let window = gloo::utils::window();
                gloo::events::EventListener::new(&window, "message", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let from_parent = e
                        .source()
                        .is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
                    let origin = e.origin();
                    if !from_parent || !(mode.origins.is_empty() || mode.origins.contains(&origin))
                    {
                        return;
                    }
                    let answer = Answer {
                        corpus: &corpus,
                        target: &target,
                        latest: &latest,
                        dispatch: &dispatch,
                    };
                    answer.message(&e.data(), origin);
                })
            });
            move || drop(listener)
        });
    }
    {
        let target = target.clone();
        let framed = *use_memo((), |_| parent().is_some());
        let message = framed.then(|| api::view_message(corpus, state));
        use_effect_with(message, move |message| {
            if let Some(m) = message {
                post(&target, &m.value())
            }
        });
    }
    use_effect_with((), move |_| {
        let observer = parent().and_then(|_| {
            let last = std::cell::Cell::new(0);
            let report = Closure::<dyn FnMut()>::new(move || {
                let height = gloo::utils::body().scroll_height().max(0) as u32;
                if height != last.replace(height) {
                    post(&target, &Notice::height(height).value());
                }
            });
            let observer = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
            observer.observe(&gloo::utils::body());
            Some((observer, report))
        });
        move || {
            if let Some((observer, _report)) = observer {
                observer.disconnect();
            }
        }
    });
}
