//! The names of one document as quotations need them: where each is, who
//! holds which title, and who a pronoun or a description stands for.

use std::cell::Cell;

use crate::model::index::{Document, Entity};
use crate::model::kinds::EntityKind;
use crate::text::span::Span;

/// How many sentences back a description looks for what it stands for.
pub(super) const SALIENCE_SENTENCES: usize = 8;

/// Words opening a clause before the main one (`Noting that …, Jordan
/// said`), besides participles in -ing.
const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "asked", "because", "before", "despite", "if", "since", "though",
    "unlike", "until", "when", "while",
];

/// The entities mentioned in one document: where, and which.
pub(super) struct Mentions<'a> {
    /// (span, entity), in text order.
    all: Vec<(Span, u32)>,
    /// Persons with titles ("prime minister"), for titles used alone.
    titled: Vec<(u32, Vec<String>)>,
    entities: &'a [Entity],
    /// The quoted passages: names inside them are not who speaks.
    quoted: Vec<Span>,
    resolving: Cell<bool>,
}

impl<'a> Mentions<'a> {
    /// The mentions `all` of one document (span, entity), in any order, and
    /// its quoted passages.
    pub(super) fn of(
        mut all: Vec<(Span, u32)>,
        entities: &'a [Entity],
        quoted: Vec<Span>,
    ) -> Mentions<'a> {
        all.sort_by_key(|(s, _)| s.start());
        // The persons with titles mentioned here, each once.
        let mut here: Vec<u32> = all.iter().map(|&(_, e)| e).collect();
        here.sort_unstable();
        here.dedup();
        let titled = here
            .into_iter()
            .filter(|&e| {
                let entity = &entities[e as usize];
                entity.kind == EntityKind::Person && !entity.roles.is_empty()
            })
            .map(|e| {
                let roles = entities[e as usize]
                    .roles
                    .iter()
                    .map(|r| r.to_lowercase())
                    .collect();
                (e, roles)
            })
            .collect();
        Mentions {
            all,
            titled,
            entities,
            quoted,
            resolving: Cell::new(false),
        }
    }

    pub(super) fn kind(&self, e: u32) -> EntityKind {
        self.entities[e as usize].kind
    }

    /// The entity mentioned first in `range`, of `kind` if given.
    pub(super) fn first_in(&self, range: (usize, usize), kind: Option<EntityKind>) -> Option<u32> {
        self.all
            .iter()
            .find(|(s, e)| {
                s.start() >= range.0
                    && s.end() <= range.1
                    && kind.is_none_or(|k| self.kind(*e) == k)
            })
            .map(|&(_, e)| e)
    }

    /// The entity whose mention ends at `end` and starts at or after `from`.
    pub(super) fn ending_at(&self, from: usize, end: usize) -> Option<u32> {
        self.all
            .iter()
            .find(|(s, _)| s.end() == end && s.start() >= from)
            .map(|&(_, e)| e)
    }

    /// The entity whose mention is exactly `range`, after trimming.
    pub(super) fn exactly(&self, text: &str, range: (usize, usize)) -> Option<u32> {
        let s = &text[range.0..range.1];
        let start = range.0 + (s.len() - s.trim_start().len());
        let end = range.0 + s.trim_end().len();
        self.all
            .iter()
            .find(|(m, _)| m.start() == start && m.end() == end)
            .map(|&(_, e)| e)
    }

    /// The person a title (`the prime minister`, `Kosovo's prime minister`)
    /// names: the titled person mentioned in the document whose title it holds.
    pub(super) fn titled(&self, phrase: &str) -> Option<u32> {
        let phrase = phrase.to_lowercase();
        let found: Vec<u32> = self
            .titled
            .iter()
            .filter(|(_, roles)| roles.iter().any(|r| phrase.contains(r.as_str())))
            .map(|&(e, _)| e)
            .collect();
        // Two persons with the title: it cannot be told which.
        (found.len() == 1).then(|| found[0])
    }

    /// The organisation a description (`the radio`, `the company`) before
    /// `at` stands for: the last one named before it whose name holds the
    /// description's noun `head`.
    pub(super) fn organisation(&self, head: &str, at: usize) -> Option<u32> {
        let head = head.to_lowercase();
        self.all
            .iter()
            .rev()
            .filter(|(s, e)| s.end() <= at && self.kind(*e) == EntityKind::Organization)
            .find(|(_, e)| {
                self.entities[*e as usize]
                    .name
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == head)
            })
            .map(|&(_, e)| e)
    }

    /// The person who is the subject of the sentence part `range`: the
    /// first named in its main clause (after an opening `Noting that …,`),
    /// outside quotations, not as a possessive.
    pub(super) fn subject_in(&self, text: &str, range: (usize, usize)) -> Option<u32> {
        self.subject_of(text, main_clause(text, range), EntityKind::Person)
    }

    /// Whether a pronoun is being resolved (its search reads cues, whose
    /// pronouns are not resolved again); sets it, returning what it was.
    pub(super) fn resolving(&self, now: bool) -> bool {
        self.resolving.replace(now)
    }

    /// The organisation most recently the subject of a sentence before
    /// `at` (`the company said`).
    pub(super) fn salient_organisation(&self, doc: &Document, at: usize) -> Option<u32> {
        let before = doc.sentences.partition_point(|s| s.start() < at);
        doc.sentences[..before]
            .iter()
            .rev()
            .take(SALIENCE_SENTENCES)
            .find_map(|s| {
                self.subject_of(
                    &doc.text,
                    (s.start(), s.end().min(at)),
                    EntityKind::Organization,
                )
            })
    }

    /// The first of `kind` named in `range` outside quotations, not as a
    /// possessive (`Jansher's rhythm`).
    fn subject_of(&self, text: &str, range: (usize, usize), kind: EntityKind) -> Option<u32> {
        let first = self.all.partition_point(|(s, _)| s.start() < range.0);
        self.all[first..]
            .iter()
            .take_while(|(s, _)| s.end() <= range.1)
            .find(|(s, e)| {
                self.kind(*e) == kind && !self.in_quote(*s) && !possessive(&text[s.end()..])
            })
            .map(|&(_, e)| e)
    }

    /// Whether `span` lies inside a quoted passage (passages are in text
    /// order and do not overlap).
    fn in_quote(&self, span: Span) -> bool {
        let after = self.quoted.partition_point(|q| q.start() <= span.start());
        after > 0 && span.end() <= self.quoted[after - 1].end()
    }

    /// The titled person whose title was written last before `at`.
    pub(super) fn titled_before(&self, text: &str, at: usize) -> Option<u32> {
        let before = text[..at].to_lowercase();
        self.titled
            .iter()
            .filter_map(|(e, roles)| {
                let found = roles
                    .iter()
                    .filter_map(|r| before.rfind(r.as_str()))
                    .max()?;
                Some((found, *e))
            })
            .max_by_key(|&(at, _)| at)
            .map(|(_, e)| e)
    }
}

/// Whether text after a name makes it a possessive (`'s`, `’s`, `'`).
fn possessive(after: &str) -> bool {
    after.starts_with("'s")
        || after.starts_with("’s")
        || after.starts_with("' ")
        || after.starts_with("’ ")
}

/// `range` less a clause opening it before the main one: from a participle
/// or a subordinator to its comma.
fn main_clause(text: &str, range: (usize, usize)) -> (usize, usize) {
    let s = &text[range.0..range.1];
    let first: String = s
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let opens = first.ends_with("ing") || SUBORDINATORS.contains(&first.as_str());
    match s.find(',') {
        Some(comma) if opens => (range.0 + comma + 1, range.1),
        _ => range,
    }
}
