//! What a link, a host page's message or a story step asks to show, as text
//! ([`Request`]), and the one place it is checked against the articles
//! ([`Request::resolve`]): names, documents, days, passages and views are
//! looked up the same way, and what cannot be used is said the same way,
//! whoever asked.

use super::state::{View, ViewState};
use crate::model::index::Index;
use crate::search::concordance::ConcordanceSort;
use crate::search::{EntityFilter, Sort};
use crate::text::span::Span;
use crate::time::calendar::{day_range, parse_day};

/// The names links and host messages give the views, default first.
pub const VIEWS: [(&str, View); 4] = [
    ("reader", View::Reader),
    ("concordance", View::Concordance),
    ("connections", View::Connections),
    ("quotes", View::Quotes),
];
/// The names of the document list's orders, default first.
pub const SORTS: [(&str, Sort); 3] = [
    ("relevance", Sort::Relevance),
    ("date", Sort::Date),
    ("outlet", Sort::Outlet),
];
/// The names of the concordance's orders, default first.
pub const CONCORDANCE_SORTS: [(&str, ConcordanceSort); 3] = [
    ("document", ConcordanceSort::Document),
    ("left", ConcordanceSort::Left),
    ("right", ConcordanceSort::Right),
];

/// The name `table` gives `value`.
pub fn name_of<T: PartialEq + Copy>(table: &[(&'static str, T)], value: T) -> &'static str {
    table
        .iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(n, _)| n)
}

/// The value `table` names `name`.
pub fn named<T: Copy>(table: &[(&str, T)], name: &str) -> Option<T> {
    table.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// A passage of the document asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PassageAsked {
    /// `start-end` byte offsets into its text, as links write them.
    Offsets(String),
    /// Words it holds (case, accents and spacing ignored): the whole
    /// sentences holding them are shown.
    Words(String),
}

/// A view asked for, every part as text; `None` and empty parts take their
/// defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    /// The search field's text.
    pub query: Option<String>,
    /// Names (an id, a name or a spelling) to require, or to leave out (`true`).
    pub names: Vec<(String, bool)>,
    /// The first and last days picked (`YYYY-MM-DD`); one alone picks that day.
    pub from: Option<String>,
    pub to: Option<String>,
    /// The open document's id.
    pub doc: Option<String>,
    pub passage: Option<PassageAsked>,
    /// The view's name (see [`VIEWS`]).
    pub view: Option<String>,
    /// The list's order (see [`SORTS`]).
    pub sort: Option<String>,
    /// The concordance's order (see [`CONCORDANCE_SORTS`]).
    pub concordance_sort: Option<String>,
    /// Case and accents must match.
    pub exact: bool,
    /// The reader's underlining of names is switched off.
    pub hide_mentions: bool,
}

pub use crate::model::link_problem::{LinkProblem, Part};

/// What could not be used, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub part: Part,
    pub what: LinkProblem,
}

impl Request {
    /// The view asked for, in `index`, and what of the request it could not
    /// use (left at its default). Never fails.
    pub fn resolve(&self, index: &Index) -> (ViewState, Vec<Problem>) {
        let mut out = Resolving {
            state: ViewState {
                query: self.query.clone().unwrap_or_default(),
                exact: self.exact,
                hide_mentions: self.hide_mentions,
                ..ViewState::default()
            },
            problems: Vec::new(),
        };
        out.names(index, &self.names);
        out.days(&self.from, &self.to);
        out.document(index, self.doc.as_deref(), self.passage.as_ref());
        if let Some(v) = out.pick(Part::View, &VIEWS, &self.view) {
            out.state.view = v;
        }
        if let Some(s) = out.pick(Part::Sort, &SORTS, &self.sort) {
            out.state.sort = s;
        }
        let (kwic, asked) = (&CONCORDANCE_SORTS, &self.concordance_sort);
        if let Some(s) = out.pick(Part::ConcordanceSort, kwic, asked) {
            out.state.concordance_sort = s;
        }
        (out.state, out.problems)
    }
}

/// A view being resolved, and what could not be used so far.
struct Resolving {
    state: ViewState,
    problems: Vec<Problem>,
}

impl Resolving {
    fn problem(&mut self, part: Part, what: LinkProblem) {
        self.problems.push(Problem { part, what });
    }

    /// Chips for the names asked for, each name once.
    fn names(&mut self, index: &Index, names: &[(String, bool)]) {
        for (name, exclude) in names {
            match index.entity_named(name) {
                Some(e) if self.state.chips.iter().any(|c| c.entity == e) => {}
                Some(entity) => self.state.chips.push(EntityFilter {
                    entity,
                    exclude: *exclude,
                }),
                None => self.problem(Part::Name, LinkProblem::NoName(name.clone())),
            }
        }
    }

    /// The days picked: from the first to the last, or one alone.
    fn days(&mut self, from: &Option<String>, to: &Option<String>) {
        let mut day = |asked: &Option<String>| {
            let asked = asked.as_deref()?;
            let day = parse_day(asked);
            if day.is_none() {
                self.problem(Part::Day, LinkProblem::NotADate(asked.to_string()));
            }
            day
        };
        self.state.timeline_range = match (day(from), day(to)) {
            (Some(a), Some(b)) => Some(day_range(a, b)),
            (Some(a), None) | (None, Some(a)) => Some((a, a)),
            (None, None) => None,
        };
    }

    /// The open document, and the passage shown in it.
    fn document(&mut self, index: &Index, id: Option<&str>, asked: Option<&PassageAsked>) {
        if let Some(id) = id {
            match index.document_by_id(id) {
                Some(d) => self.state.open_doc = Some(d),
                None => self.problem(Part::Document, LinkProblem::NoDocument(id.to_string())),
            }
        }
        if let Some(asked) = asked {
            match passage(index, self.state.open_doc, asked) {
                Ok(span) => self.state.passage = Some(span),
                Err(why) => self.problem(Part::Passage, why),
            }
        }
    }

    /// The value `table` names `asked`, if one is asked for; else the problem,
    /// listing the names there are.
    fn pick<T: Copy>(
        &mut self,
        part: Part,
        table: &[(&'static str, T)],
        asked: &Option<String>,
    ) -> Option<T> {
        let asked = asked.as_deref()?;
        let found = named(table, asked);
        if found.is_none() {
            let names = table.iter().map(|(n, _)| n.to_string()).collect();
            self.problem(part, LinkProblem::NotOneOf(part, asked.to_string(), names));
        }
        found
    }
}

/// The passage `asked` of document `doc`, or why there is none.
fn passage(index: &Index, doc: Option<u32>, asked: &PassageAsked) -> Result<Span, LinkProblem> {
    let Some(doc) = doc.and_then(|d| index.documents.get(d as usize)) else {
        return Err(LinkProblem::PassageWithoutDocument);
    };
    match asked {
        PassageAsked::Offsets(at) => {
            offsets(&doc.text, at).ok_or_else(|| LinkProblem::NotAPassage(at.clone()))
        }
        PassageAsked::Words(words) => doc
            .find_passage(words)
            .ok_or_else(|| LinkProblem::NotInDocument(words.clone())),
    }
}

/// `start-end` byte offsets of a passage of `text`, on character boundaries.
fn offsets(text: &str, at: &str) -> Option<Span> {
    let (a, b) = at.split_once('-')?;
    let (start, end): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
    (start < end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end))
        .then(|| Span::new(text, start, end))
}
