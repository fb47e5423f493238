//! Why part of a link, a host page's message or a story step's view could not
//! be used ([`LinkProblem`]), as a value said in the interface's words where
//! it is shown: in the page's notice, the host's `error` message, a story's
//! report. The model's, so that what ingestion says of a story (a
//! [`Remark`](super::remark::Remark)) can carry it.

use crate::i18n::{Locale, Msg, Texts};
use serde::{Deserialize, Serialize};

/// The part of a request a problem is about (the host names its field).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    Name,
    Day,
    Document,
    Passage,
    View,
    Sort,
    ConcordanceSort,
}

/// Why part of a link (or a host page's message) could not be used: said in
/// the interface's words ([`LinkProblem::message`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkProblem {
    /// A setting's value is not text once decoded.
    NotText(String),
    /// The link names other articles (its `corpus`, and this corpus's title).
    OtherCorpus(String, String),
    UnknownSetting(String),
    NullOrigin,
    NotAnOrigin(String),
    /// `ui=` names no interface language.
    NotAnInterface(String),
    NoName(String),
    NotADate(String),
    NoDocument(String),
    PassageWithoutDocument,
    NotAPassage(String),
    NotInDocument(String),
    /// `story=` names no story of this corpus.
    NoStory(String),
    /// The story (its name) has no such step (as asked; how many it has).
    NoStep(String, String, usize),
    /// A view, order or concordance order not in the list: the part, what
    /// was asked, the names there are.
    NotOneOf(Part, String, Vec<String>),
}

impl LinkProblem {
    /// In words a reader understands: "no name “xyz” in this corpus".
    pub fn message(&self, t: &Texts) -> String {
        use LinkProblem::*;
        match self {
            NotText(key) => t.fill(Msg::LinkNotText, &[key]),
            OtherCorpus(asked, title) => t.fill(
                Msg::LinkOtherCorpus,
                &[asked, title, t.get(Msg::OpenYourArticles)],
            ),
            UnknownSetting(key) => t.fill(Msg::LinkUnknownSetting, &[key]),
            NullOrigin => t.get(Msg::LinkNullOrigin).to_string(),
            NotAnOrigin(value) => t.fill(Msg::LinkNotAnOrigin, &[value]),
            NotAnInterface(value) => {
                let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
                t.fill(Msg::LinkBadInterface, &[value, &tags.join(", ")])
            }
            NoName(name) => t.fill(Msg::LinkNoName, &[name]),
            NotADate(asked) => t.fill(Msg::LinkNotADate, &[asked]),
            NoDocument(id) => t.fill(Msg::LinkNoDocument, &[id]),
            PassageWithoutDocument => t.get(Msg::LinkPassageWithoutDocument).to_string(),
            NotAPassage(at) => t.fill(Msg::LinkNotAPassage, &[at]),
            NotInDocument(words) => t.fill(Msg::LinkNotInDocument, &[words]),
            NoStory(name) => t.fill(Msg::LinkNoStory, &[name]),
            NoStep(name, asked, count) => {
                t.fill(Msg::LinkNoStep, &[name, asked, &t.number(*count)])
            }
            NotOneOf(part, asked, names) => {
                let m = match part {
                    Part::Sort => Msg::LinkBadSort,
                    Part::ConcordanceSort => Msg::LinkBadConcordanceSort,
                    _ => Msg::LinkBadView,
                };
                t.fill(m, &[asked, &names.join(", ")])
            }
        }
    }
}
