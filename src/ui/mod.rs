//! The user interface: one reducer of user inputs (`state`), values derived from
//! it in `app`, and presentational components that render and dispatch.

pub mod app;
pub mod components;
pub mod context;
pub mod figure;
pub mod format;
pub mod grid;
pub mod history;
pub mod hooks;
pub mod host;
pub mod keys;
pub mod root;
pub mod state;

use corpus_core::Index;
use std::ops::Deref;
use std::rc::Rc;

/// The decoded corpus, shared by every component. Compared by identity, so
/// passing it as a prop costs nothing.
#[derive(Clone)]
pub struct Corpus(Rc<Index>);

impl Corpus {
    pub fn new(index: Index) -> Corpus {
        Corpus(Rc::new(index))
    }
}

impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Corpus {
    type Target = Index;
    fn deref(&self) -> &Index {
        &self.0
    }
}
