//! The explorer's view as data: the reader's inputs and what changes them
//! ([`state`]), filters added to the query ([`filter`]), and what a link, a
//! host page's message or a story step asks to show ([`request`]), read from a
//! URL fragment ([`link`]) or a `postMessage` ([`host`]) and checked against
//! the articles in one place. The app holds the state in its reducer and
//! renders it; everything here is tested natively.

pub mod filter;
pub mod host;
pub mod link;
pub mod request;
pub mod state;
