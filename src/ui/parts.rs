//! Views and tasks fetched when first needed. The app's main module holds
//! what the first frame shows (the search box, the timeline, the list, the
//! reader, the names); each view behind a tab or a first search, and each
//! task behind a button or a message, is cut into a module of its own at a
//! `#[wasm_split]` function below (by `wasm-split-cli` after the build, see
//! `xtask/src/split.rs`), fetched the first time it is needed. Everything
//! reached only through such a function moves with it: the view's component,
//! its hooks, and the core's work behind it.
//!
//! A view's part is drawn by [`Deferred`](super::components::deferred::Deferred),
//! which keeps its place while the part loads and says when it cannot be had;
//! a task's caller fetches its part ([`Part::fetch`]) and says a failure in
//! its own words.

use super::components::concordance::{Concordance, ConcordanceProps};
use super::components::connections::{Connections, ConnectionsProps};
use super::components::quotes_view::{QuotesView, QuotesViewProps};
use super::components::story_panel::{StoryPanel, StoryPanelProps};
use super::components::story_writer::{StoryWriter, StoryWriterProps};
use super::components::term_trends::{TermTrends, TermTrendsProps};
use super::host_messages::Answer;
use super::own_work::{OwnWork, WORK};
use super::timeline_picture::{save_timeline, TimelineShot};
use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

/// Draws a view from its properties (those of its component, behind
/// [`ViewProps`]): what a view's part gives once fetched.
pub type Draw = fn(&dyn Any) -> Html;

/// A view's properties, whatever their type, so that one
/// [`Deferred`](super::components::deferred::Deferred) serves every view's
/// part: each `Deferred<P>` was a component of its own in the first
/// download (4.5 KB each before gzip).
pub trait ViewProps: Any {
    /// Whether `other` holds the same properties (of the same type).
    fn same(&self, other: &dyn ViewProps) -> bool;
    /// The properties, for the part's component to take back.
    fn as_any(&self) -> &dyn Any;
}

impl<P: PartialEq + 'static> ViewProps for P {
    fn same(&self, other: &dyn ViewProps) -> bool {
        other.as_any().downcast_ref::<P>() == Some(self)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A view's properties, as [`Deferred`](super::components::deferred::Deferred)
/// takes them.
pub fn view_props<P: PartialEq + 'static>(props: P) -> Rc<dyn ViewProps> {
    Rc::new(props)
}

/// A part's fetch: the future of what it gives.
type Fetch<T> = Pin<Box<dyn Future<Output = Result<T, SplitLoaderError>>>>;

/// Code in a module of its own, fetched the first time it is needed: a view
/// (`T` a [`Draw`]) or a task (`T` a function doing it).
pub struct Part<T: Copy + 'static> {
    /// The part's name, as its `#[wasm_split]` function names its module.
    pub name: &'static str,
    /// Starts fetching the part.
    fetch: fn() -> Fetch<T>,
}

impl<T: Copy + 'static> Part<T> {
    /// What the part gives, if it has been fetched.
    pub fn loaded(&self) -> Option<T> {
        LOADED.with_borrow(|loaded| {
            loaded
                .iter()
                .find(|(name, _)| *name == self.name)
                .and_then(|(_, given)| given.downcast_ref::<T>().copied())
        })
    }

    /// Starts fetching the part if it is not there, for a view about to be
    /// shown (a tab under the pointer or the keyboard's focus): it is then
    /// there, or on its way, when the view is.
    pub fn prefetch(&'static self) {
        if self.loaded().is_none() {
            wasm_bindgen_futures::spawn_local(async move {
                // A failure is said where the view is shown, if it is.
                let _ = self.fetch().await;
            });
        }
    }

    /// Fetches the part (once: a part fetched is kept for the page's life;
    /// a failed fetch is tried again at the next call).
    pub async fn fetch(&self) -> Result<T, SplitLoaderError> {
        if let Some(given) = self.loaded() {
            return Ok(given);
        }
        let given = (self.fetch)().await?;
        LOADED.with_borrow_mut(|loaded| loaded.push((self.name, Box::new(given))));
        Ok(given)
    }
}

thread_local! {
    /// The parts fetched so far, by name, with what they give.
    static LOADED: RefCell<Vec<(&'static str, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

/// A view's part: `static NAME`, fetched through `#[wasm_split(module)]`,
/// drawing `Component` from its properties.
macro_rules! view_part {
    ($(#[$doc:meta])* $name:ident, $module:ident, $component:ident, $props:ty) => {
        $(#[$doc])*
        pub static $name: Part<Draw> = Part {
            name: stringify!($module),
            fetch: || Box::pin($module()),
        };

        #[wasm_split($module, fallible)]
        fn $module() -> Result<Draw, SplitLoaderError> {
            Ok(|props| match props.downcast_ref::<$props>() {
                Some(props) => html! { <$component ..props.clone() /> },
                None => Html::default(),
            })
        }
    };
}

view_part!(
    /// The Quotes tab: the quotations by speaker, the same statement in
    /// several outlets, who quotes whom.
    QUOTES, quotes, QuotesView, QuotesViewProps
);
view_part!(
    /// The Concordance tab: every match in its line, sorted, exported as CSV.
    CONCORDANCE, concordance, Concordance, ConcordanceProps
);
view_part!(
    /// The Connections tab: the matrix of names sharing sentences, and its
    /// picture.
    CONNECTIONS, connections, Connections, ConnectionsProps
);
view_part!(
    /// The terms' trends under the timeline, once a search has terms, and
    /// its picture.
    TRENDS, trends, TermTrends, TermTrendsProps
);
view_part!(
    /// A story played: its steps' notes, questions and answers, the moves
    /// between them, its worksheet.
    STORY, story, StoryPanel, StoryPanelProps
);
view_part!(
    /// Writing a story in the page: its steps' texts, their order, adding
    /// the view shown, downloading the story's file (and the edits' rules).
    WRITER, writer, StoryWriter, StoryWriterProps
);

/// Saving the timeline as a picture (SVG or PNG): the picture's drawing, its
/// caption and the making of the files (shared with the other views'
/// pictures, which come with their views).
pub static TIMELINE_PICTURE: Part<fn(TimelineShot)> = Part {
    name: "timeline_picture",
    fetch: || Box::pin(timeline_picture()),
};

#[wasm_split(timeline_picture, fallible)]
fn timeline_picture() -> Result<fn(TimelineShot), SplitLoaderError> {
    Ok(save_timeline)
}

/// Answers a message of the host page (see [`crate::ui::host`]).
pub type AnswerFn = fn(&Answer, &JsValue, String);

/// Reading and answering the host page's messages (`show`, `get`), fetched
/// with the first message an embedding page sends.
pub static HOST_MESSAGES: Part<AnswerFn> = Part {
    name: "host_messages",
    fetch: || Box::pin(host_messages()),
};

#[wasm_split(host_messages, fallible)]
fn host_messages() -> Result<AnswerFn, SplitLoaderError> {
    Ok(|answer, data, origin| answer.message(data, origin))
}

/// Reading the reader's own articles and saving them as one file, fetched
/// the first time a reader opens articles.
pub static OWN_WORK: Part<OwnWork> = Part {
    name: "own_work",
    fetch: || Box::pin(own_work()),
};

#[wasm_split(own_work, fallible)]
fn own_work() -> Result<OwnWork, SplitLoaderError> {
    Ok(WORK)
}
