//! The explorer inside another page's iframe: hears the host's `postMessage`
//! requests (answered by [`super::host_messages`], fetched with the first
//! one), tells it when the view changes and how tall the page is. Nothing
//! here runs when the page is not in a frame.

use super::hooks::use_latest;
use super::host_messages::{parent, post, Answer, Target};
use super::parts;
use super::state::{Inputs, ViewState};
use super::Corpus;
use corpus_core::model::story::Story;
use corpus_core::view::host::{self as api, Notice};
use corpus_core::view::link::Mode;
use corpus_core::view::state::StoryAt;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The framing page's origin, as `location.ancestorOrigins` tells it (Chromium,
/// Firefox and Safari do), if it does.
fn parent_origin() -> Option<String> {
    let location = gloo::utils::window().location();
    let origins = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok()?;
    js_sys::Reflect::get(&origins, &0.into()).ok()?.as_string()
}

/// What the host's messages are answered with, and those heard while their
/// part is being fetched or others answered, kept in order.
struct Inbox {
    corpus: Corpus,
    /// The stories told, as they stand.
    stories: Rc<RefCell<Rc<Vec<Story>>>>,
    target: Target,
    /// The latest view, for `get` requests.
    latest: Rc<RefCell<ViewState>>,
    dispatch: yew::functional::UseReducerDispatcher<Inputs>,
    waiting: RefCell<VecDeque<(JsValue, String)>>,
    /// Whether the part is being fetched or messages are being answered.
    busy: Cell<bool>,
}

impl Inbox {
    /// Keeps a message and, unless that is under way, answers the messages
    /// kept, fetching their part first if it is not there.
    fn hear(self: &Rc<Self>, data: JsValue, origin: String) {
        self.waiting.borrow_mut().push_back((data, origin));
        if self.busy.replace(true) {
            return;
        }
        if let Some(answer) = parts::HOST_MESSAGES.loaded() {
            return self.answer_waiting(answer);
        }
        let inbox = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match parts::HOST_MESSAGES.fetch().await {
                Ok(answer) => inbox.answer_waiting(answer),
                Err(_) => {
                    inbox.waiting.borrow_mut().clear();
                    inbox.busy.set(false);
                    let why = "this explorer could not fetch what answers messages; send it again";
                    post(&inbox.target, &Notice::error(vec![why.into()]).value());
                }
            }
        });
    }

    /// Answers the first message kept, then the next in a task of its own
    /// (so that the view a `show` asked for is drawn, and known to a `get`,
    /// before the next is read), as each had come alone.
    fn answer_waiting(self: &Rc<Self>, answer: parts::AnswerFn) {
        let Some((data, origin)) = self.waiting.borrow_mut().pop_front() else {
            return self.busy.set(false);
        };
        let stories = self.stories.borrow().clone();
        let with = Answer {
            corpus: &self.corpus,
            stories: &stories,
            target: &self.target,
            latest: &self.latest,
            dispatch: &self.dispatch,
        };
        answer(&with, &data, origin);
        let inbox = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            crate::own::next_task().await;
            inbox.answer_waiting(answer);
        });
    }
}

/// Tells the host page where the story played is (a `step` message) when a
/// story starts, moves to another step or ends; nothing while none is played.
#[hook]
fn use_step_notices(stories: &Rc<Vec<Story>>, target: &Target, at: Option<StoryAt>) {
    let target = target.clone();
    let told = use_mut_ref(|| false);
    // A step's title or count changed by the reader writing it is told too.
    use_effect_with((at, stories.clone()), move |(at, stories)| {
        if parent().is_some() && (at.is_some() || *told.borrow()) {
            post(&target, &api::step_message(stories, *at));
            *told.borrow_mut() = true;
        }
    });
}

/// Answers the host page: `show` and `get` requests from the parent window
/// (from `mode.origins` only, when the link names any), a `view` message after
/// every change of the view, a `step` message as a story moves, and `height`
/// messages as the page's height changes,
/// so the host can size the iframe to fit.
#[hook]
pub fn use_host(
    corpus: &Corpus,
    stories: &Rc<Vec<Story>>,
    state: &UseReducerHandle<Inputs>,
    mode: Rc<Mode>,
) {
    let target: Target =
        use_mut_ref(|| api::first_targets(&mode.origins, parent_origin().as_deref()));
    // The latest view, for `get` requests.
    let latest = use_latest(state.0.clone());
    let told = use_latest(stories.clone());
    {
        let inbox = Rc::new(Inbox {
            corpus: corpus.clone(),
            stories: told,
            target: target.clone(),
            latest: latest.clone(),
            dispatch: state.dispatcher(),
            waiting: RefCell::default(),
            busy: Cell::new(false),
        });
        let target = target.clone();
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
                    inbox.hear(e.data(), origin);
                })
            });
            move || drop(listener)
        });
    }
    {
        let target = target.clone();
        let framed = *use_memo((), |_| parent().is_some());
        let message = framed.then(|| api::view_message(corpus, stories, state));
        use_effect_with(message, move |message| {
            if let Some(m) = message {
                post(&target, &m.value())
            }
        });
    }
    use_step_notices(stories, &target, state.story);
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
