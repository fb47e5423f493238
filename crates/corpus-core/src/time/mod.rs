//! Time: the calendar ([`calendar`]), TIMEX3 values, modifiers and intervals
//! ([`timex`]), the tense of a clause ([`tense`]), and the extraction of
//! temporal expressions from article text, resolved against the publication
//! date ([`expressions`]).

pub mod calendar;
pub mod expressions;
pub mod tense;
pub mod timex;
