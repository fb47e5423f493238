//! What the host page sends the explorer in its iframe, read and answered
//! (`show`, `get`: see `corpus_core::view::host`), and how the explorer posts
//! to it. Reading and answering come in a part of their own
//! ([`crate::ui::parts::HOST_MESSAGES`]), fetched with the first message;
//! posting is the main module's (it tells the host of every change).

use super::state::{Action, Inputs, ViewState};
use super::Corpus;
use corpus_core::model::story::Story;
use corpus_core::view::host::{self as api, Envelope, Notice, Show};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The window framing this page, if there is one.
pub fn parent() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (JsValue::from(&parent) != JsValue::from(&window)).then_some(parent)
}

/// Where messages go: the origin of the host's last accepted message, else
/// [`api::first_targets`].
pub type Target = Rc<RefCell<Vec<String>>>;

/// Posts `message` to the host page, at each origin of `target`.
pub fn post(target: &Target, message: &api::Value) {
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
pub struct Answer<'a> {
    pub corpus: &'a Corpus,
    /// The stories told (the corpus's and those written in the page).
    pub stories: &'a [Story],
    /// Where answers go; set to the sender's origin.
    pub target: &'a Target,
    /// The latest view, for `get`.
    pub latest: &'a RefCell<ViewState>,
    pub dispatch: &'a yew::functional::UseReducerDispatcher<Inputs>,
}

impl Answer<'_> {
    /// Reads a message from an allowed origin and answers it: messages of
    /// other senders are left alone; ours are routed, checked and acted on, or
    /// answered with an error naming what is wrong.
    pub fn message(&self, data: &JsValue, origin: String) {
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
            "show" => match Show::read(&fields)
                .and_then(|show| api::view_of(self.corpus, self.stories, show))
            {
                Ok(view) => self.dispatch.dispatch(Action::Restore(Box::new(view))),
                Err(problems) => post(self.target, &Notice::error(problems).value()),
            },
            "get" => post(
                self.target,
                &api::view_message(self.corpus, self.stories, &self.latest.borrow()).value(),
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
