//! The timeline's rules, drawn by the app: a zoomable day scale and ticks that
//! fit ([`scale`]), the corpus's extent and the two lanes of marks with their
//! rows ([`lanes`]), and counts in pixel bins for dense lanes ([`bins`]).

pub mod bins;
pub mod lanes;
pub mod scale;
