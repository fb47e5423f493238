//! The user's inputs, held in one reducer. The view and its rules are the
//! core's ([`corpus_core::view::state`]); here they become yew's reducer.

pub use corpus_core::view::state::{Action, View, ViewState};
use std::rc::Rc;
use yew::Reducible;

/// The reducer of [`ViewState`]: an action that changes nothing (the view a
/// link restores coming back in its own fragment) keeps the same state, so
/// nothing is drawn again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inputs(pub ViewState);

impl std::ops::Deref for Inputs {
    type Target = ViewState;
    fn deref(&self) -> &ViewState {
        &self.0
    }
}

impl Reducible for Inputs {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Inputs(next))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unchanged_view_is_not_drawn_again() {
        let state = Rc::new(Inputs::default());
        let same = Rc::clone(&state).reduce(Action::Restore(Box::default()));
        assert!(Rc::ptr_eq(&state, &same));
        let other = Rc::clone(&state).reduce(Action::SetQuery("kfor".into()));
        assert_eq!(other.query, "kfor");
    }
}
