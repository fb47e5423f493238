//! The user's inputs, held in one reducer. Everything shown is derived from these.

use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The search field's text, as typed.
    pub query: String,
    /// Selected entity chips (indices into the index's entities), in click order.
    pub chips: Vec<usize>,
    /// The document open in the reader; `None` opens the first listed one.
    pub open_doc: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetQuery(String),
    ToggleChip(usize),
    OpenDocument(u32),
    ClearFilters,
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetQuery(q) => next.query = q,
            Action::ToggleChip(e) => match next.chips.iter().position(|&c| c == e) {
                Some(i) => {
                    next.chips.remove(i);
                }
                None => next.chips.push(e),
            },
            Action::OpenDocument(d) => next.open_doc = Some(d),
            Action::ClearFilters => {
                next.query.clear();
                next.chips.clear();
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
                chips: vec![3, 1],
                open_doc: Some(2),
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
                ..ViewState::default()
            },
        );
    }
}
