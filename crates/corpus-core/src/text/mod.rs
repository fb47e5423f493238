//! Text primitives, below everything else: the [`Span`](span::Span) byte range
//! every position in the corpus is, search folding and its map back to the
//! original ([`fold`]), sentence segmentation ([`sentences`]), the word tokenizer
//! ([`tokens`]) and the inverted index of words built with it ([`word_index`]).
//! Nothing here knows about documents, names or dates.

pub mod fold;
pub mod sentences;
pub mod span;
pub mod tokens;
pub mod word_index;
