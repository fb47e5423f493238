//! Names: the curated list and its matcher ([`list`]), automatic detection of
//! capitalised names, acronyms, titles and their kinds ([`detect`]), and the
//! passes that turn both into the index's entities, merging spelling variants
//! ([`passes`]), and their score against a gold standard ([`score`]).

pub mod detect;
pub mod gazetteer;
pub mod list;
pub mod passes;
pub mod score;
