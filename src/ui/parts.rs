//! Views fetched when first shown. The app's module holds what the first
//! frame shows (the search box, the timeline, the list, the reader, the
//! names); each view behind a tab or a button is cut into a module of its own
//! at a `#[wasm_split]` function below (by `wasm-split-cli` after the build,
//! see `xtask/src/split.rs`), fetched the first time it is drawn. Everything
//! reached only through such a function moves with it: the view's component,
//! its hooks, and the core's work behind it.
//!
//! A view's part is drawn by [`Deferred`](super::components::deferred::Deferred),
//! which keeps its place while the part loads and says when it cannot be had.

use super::components::quotes_view::{QuotesView, QuotesViewProps};
use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

/// Draws a view from its properties: what a part gives once fetched.
pub type Draw<P> = fn(&P) -> Html;

/// A part's fetch: the future of its drawing function.
type Fetch<P> = Pin<Box<dyn Future<Output = Result<Draw<P>, SplitLoaderError>>>>;

/// A view in a module of its own.
pub struct Part<P: 'static> {
    /// The part's name (the module's, as `#[wasm_split]` names it).
    pub name: &'static str,
    /// Starts fetching the part.
    fetch: fn() -> Fetch<P>,
}

impl<P: 'static> Part<P> {
    /// The part's drawing function if it has been fetched.
    pub fn loaded(&self) -> Option<Draw<P>> {
        LOADED.with_borrow(|loaded| {
            loaded
                .iter()
                .find(|(name, _)| *name == self.name)
                .and_then(|(_, draw)| draw.downcast_ref::<Draw<P>>().copied())
        })
    }

    /// Fetches the part (once: a part fetched is kept for the page's life;
    /// a failed fetch is tried again at the next call).
    pub async fn fetch(&self) -> Result<Draw<P>, SplitLoaderError> {
        if let Some(draw) = self.loaded() {
            return Ok(draw);
        }
        let draw = (self.fetch)().await?;
        LOADED.with_borrow_mut(|loaded| loaded.push((self.name, Box::new(draw))));
        Ok(draw)
    }
}

thread_local! {
    /// The parts fetched so far, by name, with their drawing functions.
    static LOADED: RefCell<Vec<(&'static str, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

/// The Quotes tab: the quotations by speaker, the same statement in several
/// outlets, who quotes whom.
pub static QUOTES: Part<QuotesViewProps> = Part {
    name: "quotes",
    fetch: || Box::pin(quotes()),
};

#[wasm_split(quotes, fallible)]
fn quotes() -> Result<Draw<QuotesViewProps>, SplitLoaderError> {
    Ok(|props| html! { <QuotesView ..props.clone() /> })
}
