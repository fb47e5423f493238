//! The timeline as a picture (SVG or PNG): what it is drawn from, and its
//! drawing and saving, which come in a part of their own
//! ([`crate::ui::parts::TIMELINE_PICTURE`]), fetched the first time a reader
//! saves it.

use super::figure::{self, FigureView, Format};
use super::Corpus;
use corpus_core::figure::timeline::{timeline as timeline_figure, TimelineView};
use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::Results;
use corpus_core::timeline::scale::Scale;
use std::rc::Rc;
use yew::Callback;

/// What a picture of the timeline is drawn from, and how it is wanted.
pub struct TimelineShot {
    /// The interface's words.
    pub t: Rc<Texts>,
    pub corpus: Corpus,
    /// The documents shown: their marks are drawn.
    pub results: Rc<Results>,
    /// What the caption says about the view.
    pub view: Rc<FigureView>,
    /// The days picked, shaded.
    pub range: Option<(i64, i64)>,
    /// The span shown.
    pub scale: Scale,
    pub format: Format,
    /// Where to say that the picture could not be made.
    pub report: Callback<()>,
}

/// Draws the timeline as a picture and offers it as a file (in a part of
/// its own, see [`crate::ui::parts::TIMELINE_PICTURE`]).
pub fn save_timeline(shot: TimelineShot) {
    let TimelineShot { t, corpus, .. } = &shot;
    let shown = TimelineView {
        index: corpus,
        results: &shot.results,
        scale: shot.scale,
        range: shot.range,
    };
    let caption = shot.view.caption(t.get(Msg::TimelineTitle), corpus, t);
    let picture = timeline_figure(&shown, &caption, t);
    figure::save(
        corpus,
        &picture,
        "timeline",
        shot.format,
        shot.report.clone(),
    );
}
