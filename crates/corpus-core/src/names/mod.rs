//! Names: the curated list and its matcher ([`list`]); names found without it
//! ([`candidates`]), by the words they are told by ([`words`]), the context
//! around them ([`context`]) and open data on places and people
//! ([`gazetteer`]); the passes that turn both into the index's entities
//! ([`passes`]), merging spelling variants ([`spelling`]) and case forms
//! ([`inflection`]); and their score
//! against a gold standard ([`score`]).

pub mod candidates;
pub mod context;
pub mod gazetteer;
pub mod inflection;
pub mod list;
pub mod passes;
pub mod score;
pub mod spelling;
pub mod words;
