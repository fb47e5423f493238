//! The reader's own articles as a reducer of what happened: opening,
//! reading, saving, switching between them and the page's own corpus (see
//! [`crate::ui::hooks::own`], where the work is started).

use crate::ui::Corpus;
use corpus_core::i18n::Msg;
use corpus_core::ingest::opened::Opening;
use std::rc::Rc;
use yew::prelude::*;

/// Articles the reader opened, ready to explore.
#[derive(Clone, PartialEq)]
pub struct Own {
    pub corpus: Corpus,
    /// The index as the worker wrote it (an `ArrayBuffer`, for saving).
    pub index: wasm_bindgen::JsValue,
    /// The data export (`corpus.json`, an `ArrayBuffer`) and its `blob:`
    /// address, for "Download data".
    pub data: wasm_bindgen::JsValue,
    pub data_href: AttrValue,
}

/// What is under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Work {
    #[default]
    Idle,
    /// Reading files: `done` of `total` read (all read: finding names).
    Reading {
        done: u32,
        total: u32,
    },
    Saving,
}

/// The state of the reader's own articles.
#[derive(Clone, PartialEq, Default)]
pub struct OwnState {
    /// The last articles opened, if any could be read.
    pub own: Option<Own>,
    /// Whether they are shown (else the page's own corpus is).
    pub showing: bool,
    /// Bumped at every switch of corpus: the app is drawn anew.
    pub generation: u32,
    pub work: Work,
    /// What the last opening did, until dismissed.
    pub report: Option<Rc<Opening>>,
    /// Why the last opening or saving failed as a whole: what failed (the
    /// interface's sentence, with a place for the reason) and the reason.
    pub failure: Option<(Msg, AttrValue)>,
}

/// What happens to the reader's own articles.
pub enum OwnAction {
    /// Reading `total` files began.
    StartReading(u32),
    ReadFile {
        done: u32,
        total: u32,
    },
    /// Reading ended: the articles (if any could be read) and the report.
    FinishReading(Option<Own>, Opening),
    StartSaving,
    FinishSaving,
    /// Opening ([`Msg::CouldNotOpen`]) or saving ([`Msg::SavingFailed`])
    /// failed as a whole, for the reason given.
    Fail(Msg, String),
    /// Show the reader's articles (true) or the page's own (false).
    ShowOwn(bool),
    DismissReport,
}

impl Reducible for OwnState {
    type Action = OwnAction;

    fn reduce(self: Rc<Self>, action: OwnAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            OwnAction::StartReading(total) => {
                s.work = Work::Reading { done: 0, total };
                (s.report, s.failure) = (None, None);
            }
            OwnAction::ReadFile { done, total } => s.work = Work::Reading { done, total },
            OwnAction::FinishReading(own, report) => {
                s.work = Work::Idle;
                s.report = Some(Rc::new(report));
                if own.is_some() {
                    (s.own, s.showing) = (own, true);
                    s.generation += 1;
                }
            }
            OwnAction::StartSaving => (s.work, s.failure) = (Work::Saving, None),
            OwnAction::FinishSaving => s.work = Work::Idle,
            OwnAction::Fail(what, why) => {
                (s.work, s.failure) = (Work::Idle, Some((what, why.into())))
            }
            OwnAction::ShowOwn(show) => {
                let show = show && s.own.is_some();
                if show != s.showing {
                    s.showing = show;
                    s.generation += 1;
                }
            }
            OwnAction::DismissReport => (s.report, s.failure) = (None, None),
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus_core::model::index::Document;
    use corpus_core::Index;

    fn own() -> Own {
        let index = Index::new(
            vec![Document::from_text("a", "Kurti spoke.")],
            vec![],
            vec![],
        );
        Own {
            corpus: Corpus::new(index),
            index: wasm_bindgen::JsValue::NULL,
            data: wasm_bindgen::JsValue::NULL,
            data_href: "blob:x".into(),
        }
    }

    fn run(actions: Vec<OwnAction>) -> OwnState {
        let mut s = Rc::new(OwnState::default());
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    #[test]
    fn opening_switches_to_the_articles_read_and_back() {
        let s = run(vec![
            OwnAction::StartReading(3),
            OwnAction::ReadFile { done: 2, total: 3 },
        ]);
        assert_eq!(s.work, Work::Reading { done: 2, total: 3 });
        let s = run(vec![
            OwnAction::StartReading(3),
            OwnAction::FinishReading(Some(own()), Opening::default()),
        ]);
        assert!(s.showing && s.own.is_some() && s.report.is_some());
        assert_eq!((s.work, s.generation), (Work::Idle, 1));
        let back = run(vec![
            OwnAction::FinishReading(Some(own()), Opening::default()),
            OwnAction::ShowOwn(false),
            OwnAction::ShowOwn(false),
        ]);
        assert_eq!(
            (back.showing, back.generation),
            (false, 2),
            "one switch, one redraw"
        );
    }

    #[test]
    fn nothing_read_keeps_the_corpus_shown() {
        let s = run(vec![
            OwnAction::StartReading(1),
            OwnAction::FinishReading(None, Opening::default()),
        ]);
        assert!(!s.showing && s.own.is_none() && s.report.is_some());
        assert_eq!(s.generation, 0);
        let s = run(vec![OwnAction::ShowOwn(true)]);
        assert!(!s.showing, "nothing to show");
        let s = run(vec![
            OwnAction::StartSaving,
            OwnAction::Fail(Msg::SavingFailed, "no".into()),
        ]);
        let failure = s.failure.as_ref().map(|(m, why)| (*m, why.as_str()));
        assert_eq!(
            (s.work, failure),
            (Work::Idle, Some((Msg::SavingFailed, "no")))
        );
        assert!(run(vec![
            OwnAction::Fail(Msg::CouldNotOpen, "no".into()),
            OwnAction::DismissReport
        ])
        .failure
        .is_none());
    }
}
