//! The user interface: one reducer of the reader's inputs ([`state`], the
//! core's view model); the shell ([`app`]) that derives what the view shows
//! ([`hooks`]) and lays out the page's parts, which share the corpus and the
//! actions through a context ([`context`]); components and view functions that
//! render and dispatch ([`components`]); the link and the host page kept in
//! step ([`history`], [`host`]); pure rules for keys ([`grid`], [`keys`]);
//! saving pictures ([`figure`], [`timeline_picture`]) and small formatting
//! ([`format`]); the views fetched when first shown ([`parts`]); the stories
//! the reader writes ([`written`]).

pub mod app;
pub mod components;
pub mod context;
pub mod figure;
pub mod format;
pub mod grid;
pub mod history;
pub mod hooks;
pub mod host;
pub mod host_messages;
pub mod keys;
pub mod own_state;
pub mod own_work;
pub mod parts;
pub mod root;
pub mod state;
pub mod timeline_picture;
pub mod written;

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
