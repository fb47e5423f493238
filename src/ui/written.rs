//! The stories told with each corpus the page shows, as the reader writes
//! them in the page: a reducer of the core's edits
//! ([`corpus_core::model::story_edit`], as [`Change`]s), started from the
//! corpus's own stories. Nothing is stored or sent anywhere: the stories last as long as
//! the page, and leave it as a downloaded `.toml` or in a saved single file;
//! leaving the page asks first once any was changed.

use super::Corpus;
use corpus_core::model::story::Story;
use corpus_core::model::story_edit::{apply, StoryEdit};

/// A change to the stories told: made by the writer (a part) of the core's
/// edits ([`change`]), so that their rules are fetched with it, and applied
/// here in turn, each to what the one before left.
pub type Change = Box<dyn FnOnce(&mut Vec<Story>)>;

/// The change `edit` makes. Stories written in the page are stored
/// nowhere: from the first change on, leaving the page asks first.
pub fn change(edit: StoryEdit) -> Change {
    ask_before_leaving();
    Box::new(move |stories| apply(stories, edit))
}

thread_local! {
    /// Whether leaving the page asks first.
    static ASKS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// From now on, leaving or reloading the page asks first (the browser's own
/// question), for the page's life: a story downloaded or saved is not seen
/// kept by the page.
fn ask_before_leaving() {
    // (Not in native tests, which have no window.)
    if cfg!(target_arch = "wasm32") && !ASKS.replace(true) {
        gloo::events::EventListener::new_with_options(
            &gloo::utils::window(),
            "beforeunload",
            gloo::events::EventListenerOptions::enable_prevent_default(),
            |e| e.prevent_default(),
        )
        .forget();
    }
}
use std::rc::Rc;
use yew::Reducible;

/// Which corpus the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The page's own.
    Page,
    /// Articles the reader opened (the last ones).
    Own,
}

/// The stories the reader has changed, per corpus shown.
#[derive(Clone, Default, PartialEq)]
pub struct Written {
    page: Option<Rc<Vec<Story>>>,
    /// With the articles they are told with: articles opened anew start
    /// from their own stories.
    own: Option<(Corpus, Rc<Vec<Story>>)>,
}

impl Written {
    /// The stories told with `corpus`, shown as `shown`: as written in the
    /// page, else the corpus's own.
    pub fn told(&self, shown: Shown, corpus: &Corpus) -> Rc<Vec<Story>> {
        let written = match (shown, &self.own) {
            (Shown::Page, _) => self.page.clone(),
            (Shown::Own, Some((of, stories))) if of == corpus => Some(stories.clone()),
            (Shown::Own, _) => None,
        };
        written.unwrap_or_else(|| Rc::new(corpus.stories.clone()))
    }
}

/// An edit of the stories told with a corpus.
pub struct Edit {
    pub shown: Shown,
    pub corpus: Corpus,
    pub change: Change,
}

impl Reducible for Written {
    type Action = Edit;

    fn reduce(self: Rc<Self>, action: Edit) -> Rc<Self> {
        let before = self.told(action.shown, &action.corpus);
        let mut stories = (*before).clone();
        (action.change)(&mut stories);
        if stories == *before {
            return self;
        }
        let mut next = (*self).clone();
        match action.shown {
            Shown::Page => next.page = Some(Rc::new(stories)),
            Shown::Own => next.own = Some((action.corpus, Rc::new(stories))),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus_core::model::index::Document;
    use corpus_core::model::story::Step;
    use corpus_core::Index;

    fn corpus(story: &str) -> Corpus {
        let mut index = Index::new(vec![Document::from_text("a", "Text.")], vec![], vec![]);
        index.stories.push(Story {
            name: story.into(),
            title: story.into(),
            description: None,
            steps: vec![Step::default()],
        });
        Corpus::new(index)
    }

    fn names(stories: &[Story]) -> Vec<&str> {
        stories.iter().map(|s| s.name.as_str()).collect()
    }

    fn start(title: &str) -> Change {
        change(StoryEdit::Start {
            title: title.into(),
            view: String::new(),
        })
    }

    #[test]
    fn stories_are_written_per_corpus_shown_each_change_on_the_last() {
        let (page, own, other) = (corpus("tour"), corpus("lesson"), corpus("walk"));
        let edit = |w: Rc<Written>, shown, corpus: &Corpus, change| {
            w.reduce(Edit {
                shown,
                corpus: corpus.clone(),
                change,
            })
        };
        let w = Rc::new(Written::default());
        assert_eq!(names(&w.told(Shown::Page, &page)), ["tour"]);
        let w = edit(w, Shown::Page, &page, start("A"));
        let w = edit(w, Shown::Page, &page, start("B"));
        assert_eq!(names(&w.told(Shown::Page, &page)), ["tour", "a", "b"]);
        let w = edit(w, Shown::Own, &own, start("C"));
        assert_eq!(names(&w.told(Shown::Own, &own)), ["lesson", "c"]);
        // The page's stories outlive a switch; articles opened anew start
        // from their own.
        assert_eq!(names(&w.told(Shown::Page, &page)), ["tour", "a", "b"]);
        assert_eq!(names(&w.told(Shown::Own, &other)), ["walk"]);
        // A change that changes nothing keeps the same state.
        let same = edit(
            w.clone(),
            Shown::Page,
            &page,
            change(StoryEdit::DeleteStory { story: 9 }),
        );
        assert!(Rc::ptr_eq(&w, &same));
    }
}
