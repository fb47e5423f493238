//! The reader's inputs ([`ViewState`]) and what changes them ([`Action`]):
//! everything the explorer shows is derived from these. The app holds them in
//! one reducer that calls [`ViewState::apply`].

use super::filter::{with_filter, Filter};
use crate::search::concordance::ConcordanceSort;
use crate::search::{EntityFilter, Sort};
use crate::text::span::Span;
use crate::time::calendar::day_range;

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

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 4] = [
        View::Reader,
        View::Concordance,
        View::Connections,
        View::Quotes,
    ];

    /// Its tab's label.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            View::Reader => Msg::TabReader,
            View::Concordance => Msg::TabConcordance,
            View::Connections => Msg::TabConnections,
            View::Quotes => Msg::TabQuotes,
        }
    }
}

/// A step of a story being played: both counted from 0 (links count steps
/// from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoryAt {
    /// Which of the index's stories.
    pub story: usize,
    pub step: usize,
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
    /// The story step being played, if any: the view is its step's, or what
    /// the reader made of it since.
    pub story: Option<StoryAt>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetQuery(String),
    /// Adds a filter such as `outlet:DW` to the query, unless it is in force.
    AddFilter(Filter),
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
    /// Replaces the view with one from a link, back/forward, the host page or
    /// a story's step (which do not say which highlights were switched off:
    /// those stay).
    Restore(Box<ViewState>),
    /// Stops playing the story; the view stays.
    LeaveStory,
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

    /// Whether a query, names or days narrow the documents.
    pub fn is_filtering(&self) -> bool {
        !self.query.trim().is_empty() || !self.chips.is_empty() || self.timeline_range.is_some()
    }

    /// Whether `self` shows what `other` shows: the same link, whatever
    /// highlights were switched off, hit selected or story played.
    pub fn same_view(&self, other: &ViewState) -> bool {
        // Every field named, so that a field added must be placed here.
        let ViewState {
            query,
            exact,
            chips,
            open_doc,
            sort,
            hidden_terms: _,
            hit_cursor: _,
            view,
            concordance_sort,
            hide_mentions,
            timeline_range,
            passage,
            opened: _,
            story: _,
        } = self;
        *query == other.query
            && *exact == other.exact
            && *chips == other.chips
            && *open_doc == other.open_doc
            && *sort == other.sort
            && *view == other.view
            && *concordance_sort == other.concordance_sort
            && *hide_mentions == other.hide_mentions
            && *timeline_range == other.timeline_range
            && *passage == other.passage
    }

    /// Whether `self` differs from `before` only by its query (typing).
    pub fn only_query_changed(&self, before: &ViewState) -> bool {
        before.query != self.query
            && ViewState {
                query: self.query.clone(),
                hit_cursor: self.hit_cursor,
                hidden_terms: self.hidden_terms.clone(),
                ..before.clone()
            } == *self
    }

    /// The view after `action`.
    pub fn apply(&mut self, action: Action) {
        // What changes the results drops the selected hit.
        let resets_hits = matches!(
            action,
            Action::SetQuery(_)
                | Action::ToggleExact
                | Action::SetTimelineRange(_)
                | Action::SetSort(_)
                | Action::ClearFilters
        );
        match action {
            Action::SetQuery(q) => self.query = q,
            Action::AddFilter(f) => {
                if let Some(query) = with_filter(&self.query, &f) {
                    self.query = query;
                    self.hit_cursor = None;
                }
            }
            Action::ToggleExact => self.exact = !self.exact,
            chips @ (Action::ToggleChip(_)
            | Action::ExcludeChip(_)
            | Action::FlipChip(_)
            | Action::RemoveChip(_)
            | Action::RequireChips(_)) => self.change_chips(chips),
            Action::ToggleMentions => self.hide_mentions = !self.hide_mentions,
            Action::OpenDocument(d) => self.open(d, None, None),
            Action::OpenPassage { doc, passage } => self.open(doc, Some(passage), None),
            Action::SetTimelineRange(r) => self.timeline_range = r.map(|(a, b)| day_range(a, b)),
            Action::SetSort(s) => self.sort = s,
            Action::ToggleTerm(t) => match self.hidden_terms.iter().position(|h| *h == t) {
                Some(i) => {
                    self.hidden_terms.remove(i);
                }
                None => self.hidden_terms.push(t),
            },
            Action::GoToHit { index, doc } => self.open(doc, None, Some(index)),
            Action::SetView(v) => self.view = v,
            Action::SetConcordanceSort(s) => self.concordance_sort = s,
            Action::ClearFilters => {
                self.query.clear();
                self.chips.clear();
                self.timeline_range = None;
            }
            Action::Restore(view) => {
                *self = ViewState {
                    hidden_terms: std::mem::take(&mut self.hidden_terms),
                    hit_cursor: None,
                    opened: self.opened,
                    ..*view
                };
            }
            Action::LeaveStory => self.story = None,
        }
        if resets_hits {
            self.hit_cursor = None;
        }
    }

    /// Opens `doc` in the reader, at `passage` or at hit number `hit`.
    fn open(&mut self, doc: u32, passage: Option<Span>, hit: Option<usize>) {
        self.opened = self.opened.wrapping_add(1);
        self.open_doc = Some(doc);
        self.passage = passage;
        self.hit_cursor = hit;
        self.view = View::Reader;
    }

    /// The chip actions: names required, excluded, switched, removed. Each
    /// that changes the chips drops the selected hit.
    fn change_chips(&mut self, action: Action) {
        let before = self.chips.clone();
        let at = |chips: &[EntityFilter], e: usize| chips.iter().position(|c| c.entity == e);
        match action {
            Action::ToggleChip(e) => match at(&self.chips, e) {
                Some(i) => {
                    self.chips.remove(i);
                }
                None => self.chips.push(EntityFilter::include(e)),
            },
            Action::ExcludeChip(e) => match at(&self.chips, e) {
                Some(i) if self.chips[i].exclude => {
                    self.chips.remove(i);
                }
                Some(i) => self.chips[i].exclude = true,
                None => self.chips.push(EntityFilter::exclude(e)),
            },
            Action::FlipChip(e) => {
                if let Some(i) = at(&self.chips, e) {
                    self.chips[i].exclude = !self.chips[i].exclude;
                }
            }
            Action::RemoveChip(e) => self.chips.retain(|c| c.entity != e),
            Action::RequireChips(es) => {
                for e in es {
                    match at(&self.chips, e) {
                        Some(i) => self.chips[i].exclude = false,
                        None => self.chips.push(EntityFilter::include(e)),
                    }
                }
            }
            _ => {}
        }
        if self.chips != before {
            self.hit_cursor = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view after `actions`, from the default one.
    fn after(actions: &[Action]) -> ViewState {
        let mut state = ViewState::default();
        for a in actions {
            state.apply(a.clone());
        }
        state
    }

    fn check(actions: &[Action], expected: ViewState) {
        assert_eq!(after(actions), expected, "{actions:?}");
    }

    #[test]
    fn the_same_view_whatever_highlights_hits_or_story() {
        let view = after(&[Action::SetQuery("kfor".into()), Action::ToggleChip(2)]);
        let mut other = view.clone();
        other.hidden_terms = vec!["kfor".into()];
        other.hit_cursor = Some(3);
        other.opened = 7;
        other.story = Some(StoryAt { story: 0, step: 1 });
        assert!(view.same_view(&other));
        // Every field a link says makes another view.
        let changes: [fn(&mut ViewState); 10] = [
            |v| v.query.push('x'),
            |v| v.exact = true,
            |v| v.chips.clear(),
            |v| v.open_doc = Some(1),
            |v| v.sort = Sort::Date,
            |v| v.view = View::Quotes,
            |v| v.concordance_sort = ConcordanceSort::Left,
            |v| v.hide_mentions = true,
            |v| v.timeline_range = Some((1, 2)),
            |v| v.passage = Some(Span::new("ab", 0, 1)),
        ];
        for change in changes {
            let mut changed = view.clone();
            change(&mut changed);
            assert!(!view.same_view(&changed), "{changed:?}");
        }
        let mut left = other.clone();
        left.apply(Action::LeaveStory);
        assert_eq!(left.story, None);
        assert!(left.same_view(&other));
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
        let state = after(&[ToggleChip(1), ExcludeChip(3), ToggleChip(2), ExcludeChip(5)]);
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
            assert_eq!(after(&[go.clone(), reset.clone()]).hit_cursor, None);
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
    }

    #[test]
    fn filters_are_appended_once() {
        use Action::*;
        let outlet = |name: &str| AddFilter(Filter::Outlet(name.into()));
        check(
            &[outlet("DW")],
            ViewState {
                query: "outlet:DW ".into(),
                ..ViewState::default()
            },
        );
        check(
            &[SetQuery("kfor".into()), outlet("DW"), outlet("DW")],
            ViewState {
                query: "kfor outlet:DW ".into(),
                ..ViewState::default()
            },
        );
        // A name of several words is one filter, added once.
        check(
            &[outlet("Die Welt"), outlet("Die Welt")],
            ViewState {
                query: "outlet:\"Die Welt\" ".into(),
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

    #[test]
    fn typing_is_told_from_other_changes() {
        use Action::*;
        let check = |before: &[Action], now: &[Action], typing: bool| {
            let (before, now) = (after(before), after(now));
            assert_eq!(
                now.only_query_changed(&before),
                typing,
                "{before:?} → {now:?}"
            );
        };
        let q = |s: &str| SetQuery(s.into());
        check(&[q("kf")], &[q("kfor")], true);
        check(&[], &[q("k")], true);
        // The highlights switched off and the selected hit follow the query.
        check(
            &[q("kfor")],
            &[ToggleTerm("kfor".into()), q("kfor nato")],
            true,
        );
        check(&[q("kfor")], &[q("kfor")], false);
        check(&[q("kf")], &[q("kfor"), ToggleChip(1)], false);
        check(&[q("kf")], &[q("kfor"), OpenDocument(1)], false);
        check(&[q("kf")], &[q("kfor"), SetView(View::Quotes)], false);
    }
}
