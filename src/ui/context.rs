//! What every part of the page shares without handing it down: the corpus,
//! the reader's actions, and facts about the corpus computed once. None of it
//! changes while the explorer runs, so reading it re-renders nothing.

use super::state::{Action, Inputs, View};
use super::written::Change;
use super::Corpus;
use corpus_core::i18n::{Locale, Texts};
use corpus_core::model::story::Story;
use corpus_core::search::concordance::ConcordanceSort;
use corpus_core::search::Sort;
use corpus_core::view::filter::Filter;
use corpus_core::view::link::step_view;
use corpus_core::view::state::StoryAt;
use corpus_core::Span;
use std::rc::Rc;
use yew::prelude::*;

/// The explorer's shared context.
#[derive(Clone, PartialEq)]
pub struct Explorer {
    /// The decoded corpus.
    pub corpus: Corpus,
    /// The stories told: the corpus's, as the reader has written them in
    /// the page.
    pub stories: Rc<Vec<Story>>,
    /// The reader's actions, each a callback dispatching to the one reducer.
    pub act: Rc<Actions>,
    /// How many quotations each name speaks, by entity.
    pub times_quoted: Rc<Vec<u32>>,
}

/// A callback per action the page's parts dispatch, made once: the same
/// callbacks from render to render, so the components given them need not
/// be drawn again.
#[derive(PartialEq)]
pub struct Actions {
    /// The search field's text changed.
    pub on_query: Callback<String>,
    /// A filter (an outlet, a period) is added to the query.
    pub on_filter: Callback<Filter>,
    pub on_toggle_exact: Callback<()>,
    /// A name is required, or its chip dropped.
    pub on_toggle: Callback<usize>,
    /// A name is left out, or its chip dropped if it already is.
    pub on_exclude: Callback<usize>,
    /// A chip switches between required and left out.
    pub on_flip: Callback<usize>,
    pub on_remove: Callback<usize>,
    /// Both names of a pair are required.
    pub on_pair: Callback<(usize, usize)>,
    pub on_toggle_mentions: Callback<()>,
    /// Days picked on the timeline, or none.
    pub on_range: Callback<Option<(i64, i64)>>,
    /// A document opens at a passage.
    pub on_passage: Callback<(u32, Span)>,
    pub on_open: Callback<u32>,
    pub on_sort: Callback<Sort>,
    /// A term's highlight is switched off or on (the term as typed).
    pub on_term: Callback<String>,
    /// A hit is selected: its number among all hits, and its document.
    pub on_hit: Callback<(usize, u32)>,
    pub on_view: Callback<View>,
    pub on_concordance_sort: Callback<ConcordanceSort>,
    /// The query, names and days are cleared.
    pub on_clear: Callback<()>,
    /// A story's step is shown, as its link would show it.
    pub on_step: Callback<StoryAt>,
    /// The story stops; the view stays.
    pub on_leave_story: Callback<()>,
    /// The stories told are changed (written in the page).
    pub on_edit_story: Callback<Change>,
}

impl Actions {
    fn new(
        dispatch: &UseReducerDispatcher<Inputs>,
        corpus: &Corpus,
        stories: &Rc<Vec<Story>>,
        on_edit_story: Callback<Change>,
    ) -> Actions {
        fn on<T: 'static>(d: &UseReducerDispatcher<Inputs>, f: fn(T) -> Action) -> Callback<T> {
            let d = d.clone();
            Callback::from(move |x| d.dispatch(f(x)))
        }
        Actions {
            on_query: on(dispatch, Action::SetQuery),
            on_filter: on(dispatch, Action::AddFilter),
            on_toggle_exact: on(dispatch, |()| Action::ToggleExact),
            on_toggle: on(dispatch, Action::ToggleChip),
            on_exclude: on(dispatch, Action::ExcludeChip),
            on_flip: on(dispatch, Action::FlipChip),
            on_remove: on(dispatch, Action::RemoveChip),
            on_pair: on(dispatch, |(a, b)| Action::RequireChips(vec![a, b])),
            on_toggle_mentions: on(dispatch, |()| Action::ToggleMentions),
            on_range: on(dispatch, Action::SetTimelineRange),
            on_passage: on(dispatch, |(doc, passage)| Action::OpenPassage {
                doc,
                passage,
            }),
            on_open: on(dispatch, Action::OpenDocument),
            on_sort: on(dispatch, Action::SetSort),
            on_term: on(dispatch, Action::ToggleTerm),
            on_hit: on(dispatch, |(index, doc)| Action::GoToHit { index, doc }),
            on_view: on(dispatch, Action::SetView),
            on_concordance_sort: on(dispatch, Action::SetConcordanceSort),
            on_clear: on(dispatch, |()| Action::ClearFilters),
            on_step: {
                let (d, corpus, stories) = (dispatch.clone(), corpus.clone(), stories.clone());
                Callback::from(move |at| {
                    if let Some(view) = step_view(&corpus, &stories, at) {
                        d.dispatch(Action::Restore(Box::new(view)));
                    }
                })
            },
            on_leave_story: on(dispatch, |()| Action::LeaveStory),
            on_edit_story,
        }
    }
}

impl Explorer {
    /// The context of `corpus` telling `stories`, its actions going to
    /// `dispatch`, edits of the stories to `on_edit_story`.
    pub fn new(
        corpus: Corpus,
        stories: Rc<Vec<Story>>,
        dispatch: &UseReducerDispatcher<Inputs>,
        on_edit_story: Callback<Change>,
        times_quoted: Rc<Vec<u32>>,
    ) -> Explorer {
        Explorer {
            act: Rc::new(Actions::new(dispatch, &corpus, &stories, on_edit_story)),
            corpus,
            stories,
            times_quoted,
        }
    }
}

/// The explorer's context. Every part of the page is drawn inside
/// [`App`](super::app::App), which provides it.
#[hook]
pub fn use_explorer() -> Explorer {
    use_context::<Explorer>().expect("the parts of the page are drawn inside App")
}

/// The interface's words, and the way to change their language: provided by
/// the page's root, above the explorer, so that a language holds when the
/// corpus shown changes.
#[derive(Clone, PartialEq)]
pub struct Interface {
    /// Every text of the interface, in the language in force.
    pub texts: Rc<Texts>,
    /// Changes the interface's language.
    pub on_choose: Callback<Locale>,
    /// Why the language last chosen could not be shown, if it could not.
    pub problem: Option<AttrValue>,
}

/// The interface's words (English outside the root, as on the load error).
#[hook]
pub fn use_texts() -> Rc<Texts> {
    use_context::<Interface>().map_or_else(|| Rc::new(Texts::default()), |i| i.texts)
}

/// The interface's words and the way to change their language.
#[hook]
pub fn use_interface() -> Interface {
    use_context::<Interface>().unwrap_or_else(|| Interface {
        texts: Rc::new(Texts::default()),
        on_choose: Callback::noop(),
        problem: None,
    })
}
