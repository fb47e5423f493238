//! The user's inputs, held in one reducer. Everything shown is derived from these.

use corpus_core::search::concordance::ConcordanceSort;
use corpus_core::search::{EntityFilter, Sort};
use corpus_core::time::calendar::day_range;
use corpus_core::Span;
use std::rc::Rc;
use yew::Reducible;

/// What the main panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Reader,
    Concordance,
    /// Which entities appear together.
    Connections,
    /// Quotations by speaker and outlet.
    Quotes,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The search field's text, as typed.
    pub query: String,
    /// Case and accents must match.
    pub exact: bool,
    /// Entity chips, required or excluded, in the order they were added.
    pub chips: Vec<EntityFilter>,
    /// The document open in the reader; `None` opens the first listed one.
    pub open_doc: Option<u32>,
    /// Order of the document list.
    pub sort: Sort,
    /// Query terms (as typed) whose highlight the reader switched off.
    pub hidden_terms: Vec<String>,
    /// The hit selected with next/previous, as an index into all hits in list order.
    pub hit_cursor: Option<usize>,
    pub view: View,
    pub concordance_sort: ConcordanceSort,
    /// The reader's underlining of entity mentions is switched off.
    pub hide_mentions: bool,
    /// Days (first, last) picked on the timeline.
    pub timeline_range: Option<(i64, i64)>,
    /// A passage of the open document to show and flash (a sentence a timeline
    /// mark points to).
    pub passage: Option<Span>,
    /// How many times the reader opened a document here (a list item, a match, a
    /// timeline mark). Keyboard focus follows those to the text; a view restored
    /// from a link, back/forward or the host page never takes the focus.
    pub opened: u32,
}

impl ViewState {
    /// The entity most recently required: the one "Appears with" is about.
    pub fn focus_entity(&self) -> Option<usize> {
        self.chips
            .iter()
            .rev()
            .find(|c| !c.exclude)
            .map(|c| c.entity)
    }

    /// Opens `doc` in the reader, at `passage` or at hit number `hit`.
    fn open(&mut self, doc: u32, passage: Option<Span>, hit: Option<usize>) {
        self.opened = self.opened.wrapping_add(1);
        self.open_doc = Some(doc);
        self.passage = passage;
        self.hit_cursor = hit;
        self.view = View::Reader;
    }

    /// The chip actions: names required, excluded, switched, removed.
    fn change_chips(&mut self, action: Action) {
        match action {
            Action::ToggleChip(e) => {
                match self.chips.iter().position(|c| c.entity == e) {
                    Some(i) => {
                        self.chips.remove(i);
                    }
                    None => self.chips.push(EntityFilter::include(e)),
                }
                self.hit_cursor = None;
            }
            Action::ExcludeChip(e) => {
                match self.chips.iter().position(|c| c.entity == e) {
                    Some(i) if self.chips[i].exclude => {
                        self.chips.remove(i);
                    }
                    Some(i) => self.chips[i].exclude = true,
                    None => self.chips.push(EntityFilter::exclude(e)),
                }
                self.hit_cursor = None;
            }
            Action::FlipChip(e) => {
                if let Some(c) = self.chips.iter_mut().find(|c| c.entity == e) {
                    c.exclude = !c.exclude;
                    self.hit_cursor = None;
                }
            }
            Action::RemoveChip(e) => {
                self.chips.retain(|c| c.entity != e);
                self.hit_cursor = None;
            }
            Action::RequireChips(es) => {
                for e in es {
                    match self.chips.iter_mut().find(|c| c.entity == e) {
                        Some(c) => c.exclude = false,
                        None => self.chips.push(EntityFilter::include(e)),
                    }
                }
                self.hit_cursor = None;
            }
            _ => {}
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetQuery(String),
    /// Appends a filter such as `outlet:DW` to the query.
    AddFilter(String),
    ToggleExact,
    /// Requires entity `e`; removes its chip if it has one.
    ToggleChip(usize),
    /// Excludes entity `e`; removes its chip if it is already excluded.
    ExcludeChip(usize),
    /// Switches a chip between required and excluded.
    FlipChip(usize),
    RemoveChip(usize),
    /// Requires all these entities (those without a chip yet).
    RequireChips(Vec<usize>),
    ToggleMentions,
    /// Picks days (first, last) on the timeline, or clears them.
    SetTimelineRange(Option<(i64, i64)>),
    /// Opens document `doc` at `passage`.
    OpenPassage {
        doc: u32,
        passage: Span,
    },
    OpenDocument(u32),
    SetSort(Sort),
    ToggleTerm(String),
    /// Selects hit `index` (of all hits in list order), which is in document `doc`.
    GoToHit {
        index: usize,
        doc: u32,
    },
    SetView(View),
    SetConcordanceSort(ConcordanceSort),
    ClearFilters,
    /// Replaces the view with one from a link, back/forward or the host page
    /// (which do not say which highlights were switched off: those stay).
    Restore(Box<ViewState>),
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetQuery(q) => {
                next.query = q;
                next.hit_cursor = None;
            }
            Action::AddFilter(f) => {
                if !next.query.split_whitespace().any(|t| t == f) {
                    let sep = if next.query.trim().is_empty() {
                        ""
                    } else {
                        " "
                    };
                    next.query = format!("{}{sep}{f} ", next.query.trim_end());
                    next.hit_cursor = None;
                }
            }
            Action::ToggleExact => {
                next.exact = !next.exact;
                next.hit_cursor = None;
            }
            chips @ (Action::ToggleChip(_)
            | Action::ExcludeChip(_)
            | Action::FlipChip(_)
            | Action::RemoveChip(_)
            | Action::RequireChips(_)) => next.change_chips(chips),
            Action::ToggleMentions => next.hide_mentions = !next.hide_mentions,
            Action::OpenDocument(d) => next.open(d, None, None),
            Action::OpenPassage { doc, passage } => next.open(doc, Some(passage), None),
            Action::SetTimelineRange(r) => {
                next.timeline_range = r.map(|(a, b)| day_range(a, b));
                next.hit_cursor = None;
            }
            Action::SetSort(s) => {
                next.sort = s;
                next.hit_cursor = None;
            }
            Action::ToggleTerm(t) => match next.hidden_terms.iter().position(|h| *h == t) {
                Some(i) => {
                    next.hidden_terms.remove(i);
                }
                None => next.hidden_terms.push(t),
            },
            Action::GoToHit { index, doc } => next.open(doc, None, Some(index)),
            Action::SetView(v) => next.view = v,
            Action::SetConcordanceSort(s) => next.concordance_sort = s,
            Action::ClearFilters => {
                next.query.clear();
                next.chips.clear();
                next.timeline_range = None;
                next.hit_cursor = None;
            }
            Action::Restore(view) => {
                next = ViewState {
                    hidden_terms: next.hidden_terms,
                    hit_cursor: None,
                    opened: next.opened,
                    ..*view
                };
                // The same view again (the fragment written for it coming back)
                // renders nothing.
                if next == *self {
                    return self;
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(actions: &[Action], expected: ViewState) {
        let state = actions
            .iter()
            .cloned()
            .fold(Rc::new(ViewState::default()), |s, a| s.reduce(a));
        assert_eq!(*state, expected);
    }

    #[test]
    fn reduces_actions() {
        use Action::*;
        check(
            &[
                SetQuery("kfor".into()),
                ToggleChip(3),
                ToggleChip(1),
                OpenDocument(2),
            ],
            ViewState {
                query: "kfor".into(),
                chips: vec![EntityFilter::include(3), EntityFilter::include(1)],
                open_doc: Some(2),
                opened: 1,
                ..ViewState::default()
            },
        );
        check(&[ToggleChip(3), ToggleChip(3)], ViewState::default());
        check(
            &[
                SetQuery("x".into()),
                ToggleChip(1),
                OpenDocument(4),
                ClearFilters,
            ],
            ViewState {
                open_doc: Some(4),
                opened: 1,
                ..ViewState::default()
            },
        );
    }

    #[test]
    fn chips_are_required_excluded_flipped_and_removed() {
        use Action::*;
        let (inc, exc) = (EntityFilter::include, EntityFilter::exclude);
        let chips = |actions: &[Action], expected: Vec<EntityFilter>| {
            check(
                actions,
                ViewState {
                    chips: expected,
                    ..ViewState::default()
                },
            )
        };
        chips(&[ExcludeChip(2)], vec![exc(2)]);
        chips(&[ExcludeChip(2), ExcludeChip(2)], vec![]);
        chips(&[ToggleChip(2), ExcludeChip(2)], vec![exc(2)]);
        chips(&[ExcludeChip(2), ToggleChip(2)], vec![]);
        chips(
            &[ToggleChip(1), ToggleChip(2), FlipChip(1)],
            vec![exc(1), inc(2)],
        );
        chips(&[ToggleChip(1), FlipChip(1), FlipChip(1)], vec![inc(1)]);
        chips(&[FlipChip(1)], vec![]);
        chips(&[ToggleChip(1), ToggleChip(2), RemoveChip(1)], vec![inc(2)]);
        chips(
            &[ExcludeChip(1), RequireChips(vec![1, 4])],
            vec![inc(1), inc(4)],
        );
        let state = [ToggleChip(1), ExcludeChip(3), ToggleChip(2), ExcludeChip(5)]
            .into_iter()
            .fold(Rc::new(ViewState::default()), |s, a| s.reduce(a));
        assert_eq!(state.focus_entity(), Some(2));
        assert_eq!(ViewState::default().focus_entity(), None);
    }

    #[test]
    fn timeline_ranges_and_passages() {
        use Action::*;
        let passage = Span::new("abc", 0, 3);
        check(
            &[SetTimelineRange(Some((9, 3)))],
            ViewState {
                timeline_range: Some((3, 9)),
                ..ViewState::default()
            },
        );
        check(
            &[SetTimelineRange(Some((3, 9))), SetTimelineRange(None)],
            ViewState::default(),
        );
        check(
            &[SetTimelineRange(Some((3, 9))), ClearFilters],
            ViewState::default(),
        );
        check(
            &[SetView(View::Concordance), OpenPassage { doc: 2, passage }],
            ViewState {
                open_doc: Some(2),
                opened: 1,
                passage: Some(passage),
                ..ViewState::default()
            },
        );
        check(
            &[OpenPassage { doc: 2, passage }, OpenDocument(3)],
            ViewState {
                open_doc: Some(3),
                opened: 2,
                ..ViewState::default()
            },
        );
    }

    #[test]
    fn the_hit_cursor_resets_when_the_results_change() {
        use Action::*;
        let go = GoToHit { index: 3, doc: 1 };
        check(
            &[
                SetQuery("kfor".into()),
                SetView(View::Concordance),
                go.clone(),
            ],
            ViewState {
                query: "kfor".into(),
                hit_cursor: Some(3),
                open_doc: Some(1),
                opened: 1,
                ..ViewState::default()
            },
        );
        for reset in [
            SetQuery("nato".into()),
            ToggleExact,
            ToggleChip(0),
            SetSort(Sort::Date),
            OpenDocument(1),
        ] {
            let s = [go.clone(), reset.clone()]
                .into_iter()
                .fold(Rc::new(ViewState::default()), |s, a| s.reduce(a));
            assert_eq!(s.hit_cursor, None, "{reset:?}");
        }
    }

    #[test]
    fn restoring_keeps_switched_off_highlights() {
        use Action::*;
        let linked = ViewState {
            query: "kfor".into(),
            open_doc: Some(1),
            hit_cursor: Some(4),
            ..ViewState::default()
        };
        check(
            &[
                ToggleTerm("kfor".into()),
                SetQuery("nato".into()),
                Restore(Box::new(linked)),
            ],
            ViewState {
                query: "kfor".into(),
                open_doc: Some(1),
                hidden_terms: vec!["kfor".into()],
                ..ViewState::default()
            },
        );
        let state = Rc::new(ViewState::default());
        let same = Rc::clone(&state).reduce(Restore(Box::default()));
        assert!(
            Rc::ptr_eq(&state, &same),
            "an unchanged view is not re-rendered"
        );
    }

    #[test]
    fn filters_are_appended_once() {
        use Action::*;
        check(
            &[AddFilter("outlet:DW".into())],
            ViewState {
                query: "outlet:DW ".into(),
                ..ViewState::default()
            },
        );
        check(
            &[
                SetQuery("kfor".into()),
                AddFilter("outlet:DW".into()),
                AddFilter("outlet:DW".into()),
            ],
            ViewState {
                query: "kfor outlet:DW ".into(),
                ..ViewState::default()
            },
        );
        check(
            &[
                ToggleTerm("kfor".into()),
                ToggleTerm("nato".into()),
                ToggleTerm("kfor".into()),
            ],
            ViewState {
                hidden_terms: vec!["nato".into()],
                ..ViewState::default()
            },
        );
    }
}
