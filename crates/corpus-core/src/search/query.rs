//! The query language, parsed without ever failing: the query that could be read
//! plus errors positioned in the input.
//!
//! ```text
//! kurti troops          every term must match (whole words)
//! troop*                words starting with "troop"
//! stoltenberg~          words within a few edits of it (~0, ~1, ~2 set how many)
//! "kurti troops"~10     both words within 10 words of each other, either order
//! kurti NEAR/10 troop*  the same, with words or prefixes on each side
//! "prime minister"      an exact phrase
//! kfor OR nato          either term
//! -russia               documents without the term
//! /sold(ier|iers)\b/    a regular expression on the original text
//! outlet:DW             outlet filter (several: any of them)
//! lang:sr lang:albanian  language filter, by tag or English name (several: any)
//! date:2022-08..2022-09 publication date filter (also date:2022, date:..2022-09)
//! ```
//!
//! Words, prefixes and phrases match the folded text (case and accents ignored)
//! unless the query is exact; regexes ignore case unless the query is exact.

use crate::i18n::{Msg, Texts};
use crate::search::pattern::{default_engine, Compiled, Pattern, RegexEngine};
use crate::text::fold::{fold_str, is_word_char};
use crate::text::language;
use crate::time::calendar::PartialDate;
use std::rc::Rc;

/// The tags a `lang:` filter's value asks for: itself when it is a tag
/// (`sr`, `sr-Latn`), else the languages whose English name it starts
/// (`serbian`, `alban`).
fn language_tags(value: &str) -> Vec<String> {
    if language::is_language_tag(value) {
        return vec![value.to_string()];
    }
    language::tags_named(value).map(String::from).collect()
}

/// How a term matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    /// A whole word.
    Word,
    /// Words starting with the text (`troop*`, or the word being typed).
    Prefix,
    /// Whole words in order.
    Phrase,
    /// Whole words at most this many edits from the word (on folded text).
    Fuzzy(u8),
    /// Two words (or prefixes, or names) at most this many words apart, in
    /// either order: the text holds both sides (see [`near_operands`]).
    Near(u16),
    /// The mentions of a name, whatever their spelling (`name:Kurti`,
    /// `name:"Albin Kurti"`): the text is the name as typed, folded, looked up
    /// with [`Index::entity_named`](crate::model::index::Index::entity_named).
    Name,
    /// A regular expression.
    Regex,
}

impl TermKind {
    /// Whether the term is found through the word index only (its words are
    /// the index's, on folded text), whatever the query's exactness.
    pub fn needs_words(self) -> bool {
        matches!(
            self,
            TermKind::Fuzzy(_) | TermKind::Near(_) | TermKind::Name
        )
    }
}

#[derive(Clone, Debug)]
pub struct Term {
    pub kind: TermKind,
    /// What to look for: folded (or, for an exact query, as typed but trimmed) text;
    /// for a regex, its source.
    pub text: String,
    /// The term as typed, for display.
    pub raw: String,
    /// Byte range in the input.
    pub at: usize,
    pub end: usize,
    /// The compiled expression of a regex term.
    pub regex: Option<Rc<dyn Pattern>>,
}

impl PartialEq for Term {
    fn eq(&self, other: &Self) -> bool {
        (self.kind, &self.text, &self.raw, self.at, self.end)
            == (other.kind, &other.text, &other.raw, other.at, other.end)
    }
}

/// A publication-date filter: either end may be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

impl DateRange {
    /// Whether `date` overlaps the range.
    pub fn overlaps(&self, date: PartialDate) -> bool {
        self.from.is_none_or(|f| date.last_day() >= f.first_day())
            && self.to.is_none_or(|t| date.first_day() <= t.last_day())
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    /// Terms to find and highlight; a term's index is its colour.
    pub terms: Vec<Term>,
    /// Every group must match; a group matches when any of its terms does
    /// (indices into `terms`).
    pub groups: Vec<Vec<usize>>,
    /// Documents matching any of these are left out.
    pub excluded: Vec<Term>,
    /// Folded outlet names; a document must have one of them.
    pub outlets: Vec<String>,
    /// Language tags; a document's language must be one of them or narrow
    /// one (`sr` takes `sr-Latn`).
    pub languages: Vec<String>,
    pub date: Option<DateRange>,
    /// Days (first, last) picked on the timeline: a document must be published
    /// in them or mention a date that falls in them. Set by the app, not typed.
    pub timeline: Option<(i64, i64)>,
    /// Case and accents count.
    pub exact: bool,
}

impl Query {
    /// Leaves the terms out (found, grouped and excluded), keeping the
    /// filters: what a page runs while the terms wait for the word index.
    pub fn drop_terms(&mut self) {
        self.terms.clear();
        self.groups.clear();
        self.excluded.clear();
    }

    /// True when nothing restricts the documents.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
            && self.excluded.is_empty()
            && self.outlets.is_empty()
            && self.languages.is_empty()
            && self.date.is_none()
            && self.timeline.is_none()
    }

    /// True when there is something to highlight.
    pub fn has_terms(&self) -> bool {
        !self.terms.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError {
    /// Byte offset in the input.
    pub at: usize,
    /// What is wrong there.
    pub problem: Problem,
}

impl QueryError {
    /// The problem in the interface's words.
    pub fn message(&self, t: &Texts) -> String {
        self.problem.message(t)
    }
}

/// What is wrong with a query, or left out of it; said in the interface's
/// words by [`Problem::message`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `OR` without a term on each side.
    OrSides,
    /// `OR` followed by an exclusion.
    OrExclusion,
    /// `OR` followed by a filter.
    OrFilter,
    /// A term given twice (as typed): counted once.
    Repeated(String),
    /// Terms past [`MAX_TERMS`].
    TooManyTerms,
    /// Regular expressions past [`MAX_REGEXES`].
    TooManyRegexes,
    LoneMinus,
    /// A quote never closed: a phrase's, a name's, an outlet's name's.
    UnclosedPhrase,
    UnclosedName,
    UnclosedOutlet,
    /// `~n` after a phrase not of two words.
    PhraseTilde,
    EmptyPhrase,
    UnclosedRegex,
    EmptyRegex,
    /// The regular-expression engine's own words.
    Regex(String),
    NegatedFilter,
    NameNeeded,
    OutletNeeded,
    LangNeeded,
    DateNeeded,
    TildeNoSpace,
    PrefixFuzzy,
    TildeWord,
    TildeOneWord,
    TildeEdits,
    StarStart,
    NearSides,
    NearZero,
    NearTooFar,
    NearNumber,
    /// `name:` naming no name of the articles.
    NoSuchName(String),
}

impl Problem {
    /// The problem in the interface's words.
    pub fn message(&self, t: &Texts) -> String {
        let m = match self {
            Problem::Repeated(raw) => return t.fill(Msg::QRepeated, &[raw]),
            Problem::NoSuchName(name) => return t.fill(Msg::QNoSuchName, &[name]),
            Problem::Regex(why) => return why.clone(),
            Problem::TooManyTerms => return t.fill(Msg::QTooManyTerms, &[&MAX_TERMS.to_string()]),
            Problem::TooManyRegexes => {
                return t.fill(Msg::QTooManyRegexes, &[&MAX_REGEXES.to_string()])
            }
            Problem::OrSides => Msg::QOrSides,
            Problem::OrExclusion => Msg::QOrExclusion,
            Problem::OrFilter => Msg::QOrFilter,
            Problem::LoneMinus => Msg::QLoneMinus,
            Problem::UnclosedPhrase => Msg::QUnclosedPhrase,
            Problem::UnclosedName => Msg::QUnclosedName,
            Problem::UnclosedOutlet => Msg::QUnclosedOutlet,
            Problem::PhraseTilde => Msg::QPhraseTilde,
            Problem::EmptyPhrase => Msg::QEmptyPhrase,
            Problem::UnclosedRegex => Msg::QUnclosedRegex,
            Problem::EmptyRegex => Msg::QEmptyRegex,
            Problem::NegatedFilter => Msg::QNegatedFilter,
            Problem::NameNeeded => Msg::QNameNeeded,
            Problem::OutletNeeded => Msg::QOutletNeeded,
            Problem::LangNeeded => Msg::QLangNeeded,
            Problem::DateNeeded => Msg::QDateNeeded,
            Problem::TildeNoSpace => Msg::QTildeNoSpace,
            Problem::PrefixFuzzy => Msg::QPrefixFuzzy,
            Problem::TildeWord => Msg::QTildeWord,
            Problem::TildeOneWord => Msg::QTildeOneWord,
            Problem::TildeEdits => Msg::QTildeEdits,
            Problem::StarStart => Msg::QStarStart,
            Problem::NearSides => Msg::QNearSides,
            Problem::NearZero => Msg::QNearZero,
            Problem::NearTooFar => Msg::QNearTooFar,
            Problem::NearNumber => Msg::QNearNumber,
        };
        t.get(m).to_string()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub query: Query,
    pub errors: Vec<QueryError>,
    /// What was read but left out, without making the query wrong: a term
    /// given twice, terms past the limits. Shown, the results kept.
    pub notes: Vec<QueryError>,
    /// A regular expression waits for its engine (still being fetched): it
    /// is left out until then, without an error.
    pub regex_loading: bool,
}

/// The most terms a query searches for, and leaves out: each costs a pass over
/// the corpus, and no query may block the page.
pub const MAX_TERMS: usize = 16;
/// The most regular expressions, which scan every document's text.
pub const MAX_REGEXES: usize = 4;

/// How to read a query.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Case and accents must match exactly.
    pub exact: bool,
    /// The reader is still typing the last word: let it match as a prefix.
    pub typing: bool,
}

#[derive(Debug)]
enum Token {
    Or,
    /// `NEAR/n` between two terms.
    Near(u16),
    Atom {
        negated: bool,
        term: Term,
    },
    Outlet(String),
    Languages(Vec<String>),
    Date(DateRange),
}

/// Whether `input` may hold a regular expression: an item starting with `/`
/// (or `-/`). The app fetches its regex engine when this first holds, not for
/// every `/` ("a/b" is a phrase).
pub fn may_hold_regex(input: &str) -> bool {
    input
        .split_whitespace()
        .any(|item| item.strip_prefix('-').unwrap_or(item).starts_with('/'))
}

/// Parses `input`, with the build's own regex engine (see [`parse_with`]).
pub fn parse(input: &str, options: Options) -> Parsed {
    parse_with(input, options, default_engine())
}

/// Parses `input`, compiling regular expressions with `engine`. Never fails
/// and never panics. A term given twice counts once, and terms past
/// [`MAX_TERMS`] or [`MAX_REGEXES`] are left out, each with a note.
pub fn parse_with(input: &str, options: Options, engine: &dyn RegexEngine) -> Parsed {
    let mut errors = Vec::new();
    let mut regex_loading = false;
    let tokens = tokenize(input, options, engine, &mut errors, &mut regex_loading);
    let tokens = join_near(input, tokens, &mut errors);
    let mut query = Query {
        exact: options.exact,
        ..Query::default()
    };
    let mut notes = Notes::default();
    let mut pending_or: Option<usize> = None; // position of an OR waiting for its right side
    for (i, (at, token)) in tokens.into_iter().enumerate() {
        match token {
            Token::Or => {
                let after_term = i > 0 && pending_or.is_none() && !query.groups.is_empty();
                if !after_term || pending_or.is_some() {
                    errors.push(QueryError {
                        at,
                        problem: Problem::OrSides,
                    });
                } else {
                    pending_or = Some(at);
                }
            }
            Token::Atom {
                negated: true,
                term,
            } => {
                dangling_or(&mut pending_or, &mut errors, Problem::OrExclusion);
                if notes.admits(&query.excluded, &query, &term) {
                    query.excluded.push(term);
                }
            }
            Token::Atom {
                negated: false,
                term,
            } => {
                if !notes.admits(&query.terms, &query, &term) {
                    // `kurti OR kurti`: the group stays as it was.
                    pending_or = None;
                    continue;
                }
                let index = query.terms.len();
                query.terms.push(term);
                match (pending_or.take(), query.groups.last_mut()) {
                    (Some(_), Some(group)) => group.push(index),
                    _ => query.groups.push(vec![index]),
                }
            }
            // Joined with its sides, or reported, by `join_near`.
            Token::Near(_) => {}
            Token::Outlet(o) => {
                dangling_or(&mut pending_or, &mut errors, Problem::OrFilter);
                query.outlets.push(o)
            }
            Token::Languages(tags) => {
                dangling_or(&mut pending_or, &mut errors, Problem::OrFilter);
                query.languages.extend(tags)
            }
            Token::Date(d) => {
                dangling_or(&mut pending_or, &mut errors, Problem::OrFilter);
                query.date = Some(d)
            }
        }
    }
    if let Some(or) = pending_or {
        errors.push(QueryError {
            at: or,
            problem: Problem::OrSides,
        });
    }
    // Errors at one position keep the order they were found in.
    crate::order::sort_by_key(&mut errors, |e| crate::order::up(e.at).into());
    Parsed {
        query,
        errors,
        notes: notes.list,
        regex_loading,
    }
}

/// The notes on terms left out, each limit said once.
#[derive(Default)]
struct Notes {
    list: Vec<QueryError>,
    said_terms: bool,
    said_regexes: bool,
}

impl Notes {
    /// Whether `term` joins `terms` (the query's terms or its exclusions):
    /// not when it is there already (a word still being typed that is an
    /// earlier word counts as that word), nor past the limits.
    fn admits(&mut self, terms: &[Term], query: &Query, term: &Term) -> bool {
        let same = terms.iter().any(|t| {
            t.text == term.text
                && (t.kind == term.kind
                    || (term.kind == TermKind::Prefix && t.kind == TermKind::Word))
        });
        let regexes = query
            .terms
            .iter()
            .chain(&query.excluded)
            .filter(|t| t.kind == TermKind::Regex)
            .count();
        if same {
            self.note(term.at, Problem::Repeated(term.raw.clone()));
            false
        } else if terms.len() >= MAX_TERMS {
            if !std::mem::replace(&mut self.said_terms, true) {
                self.note(term.at, Problem::TooManyTerms);
            }
            false
        } else if term.kind == TermKind::Regex && regexes >= MAX_REGEXES {
            if !std::mem::replace(&mut self.said_regexes, true) {
                self.note(term.at, Problem::TooManyRegexes);
            }
            false
        } else {
            true
        }
    }

    fn note(&mut self, at: usize, problem: Problem) {
        self.list.push(QueryError { at, problem });
    }
}

/// A term token spanning `at..end` of the input.
fn atom(
    negated: bool,
    kind: TermKind,
    text: String,
    raw: String,
    (at, end): (usize, usize),
    regex: Option<Rc<dyn Pattern>>,
) -> (usize, Token) {
    let term = Term {
        kind,
        text,
        raw,
        at,
        end,
        regex,
    };
    (at, Token::Atom { negated, term })
}

/// An `OR` waiting for its right side got `what` instead: report it at the `OR`.
fn dangling_or(pending: &mut Option<usize>, errors: &mut Vec<QueryError>, what: Problem) {
    if let Some(at) = pending.take() {
        errors.push(QueryError { at, problem: what });
    }
}

fn tokenize(
    input: &str,
    options: Options,
    engine: &dyn RegexEngine,
    errors: &mut Vec<QueryError>,
    regex_loading: &mut bool,
) -> Vec<(usize, Token)> {
    let mut lexer = Lexer {
        input,
        options,
        engine,
        tokens: Vec::new(),
        errors,
        regex_loading,
    };
    let mut pos = 0;
    loop {
        let rest = &input[pos..];
        pos += rest.len() - rest.trim_start().len();
        let rest = &input[pos..];
        if rest.is_empty() {
            break;
        }
        let start = pos;
        let (negated, body_start) = match rest.strip_prefix('-') {
            Some(after) if !after.is_empty() && !after.starts_with(char::is_whitespace) => {
                (true, pos + 1)
            }
            Some(_) => {
                lexer.err(pos, Problem::LoneMinus);
                pos += 1;
                continue;
            }
            None => (false, pos),
        };
        let item = Item {
            start,
            negated,
            body_start,
        };
        pos = match input[body_start..].chars().next() {
            Some('"') => lexer.phrase(item),
            Some('/') => lexer.regex(item),
            _ => lexer.bare(item),
        };
    }
    lexer.tokens
}

/// Where a query item starts, whether a minus leaves it out, and where what
/// follows the minus starts.
#[derive(Clone, Copy)]
struct Item {
    start: usize,
    negated: bool,
    body_start: usize,
}

/// Reads the query item by item; each reading returns where the next may start.
struct Lexer<'a> {
    input: &'a str,
    options: Options,
    engine: &'a dyn RegexEngine,
    tokens: Vec<(usize, Token)>,
    errors: &'a mut Vec<QueryError>,
    /// Set when a regular expression waits for its engine.
    regex_loading: &'a mut bool,
}

impl<'a> Lexer<'a> {
    fn err(&mut self, at: usize, problem: Problem) {
        self.errors.push(QueryError { at, problem })
    }

    /// A term token from the item to `end`.
    fn term(&mut self, item: Item, kind: TermKind, text: String, raw: String, end: usize) {
        self.tokens
            .push(atom(item.negated, kind, text, raw, (item.start, end), None));
    }

    /// "a phrase", closed or running to the end.
    fn phrase(&mut self, item: Item) -> usize {
        let body = &self.input[item.body_start..];
        let inner = &body[1..];
        let (text, consumed) = match inner.find('"') {
            Some(close) => (&inner[..close], close + 2),
            None => {
                self.err(item.body_start, Problem::UnclosedPhrase);
                (inner, body.len())
            }
        };
        let mut pos = item.body_start + consumed;
        // "kurti troops"~10: the two words near each other.
        let after = &self.input[pos..];
        if let Some(digits) = after.strip_prefix('~') {
            let len = digits
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(digits.len());
            let tilde = pos;
            pos += 1 + len;
            let words = normalized(text, false).unwrap_or_default();
            let words: Vec<&str> = crate::text::tokens::tokens(&words)
                .map(|(_, w)| w)
                .collect();
            match (near_distance(&digits[..len]), &words[..]) {
                (Err(why), _) => self.err(tilde, why),
                (Ok(n), [a, b]) => {
                    let raw = self.input[item.body_start..pos].to_string();
                    let text = near_text(NearSide::Word(a), NearSide::Word(b));
                    self.term(item, TermKind::Near(n), text, raw, pos);
                }
                (Ok(_), _) => self.err(tilde, Problem::PhraseTilde),
            }
            return pos;
        }
        match normalized(text, self.options.exact) {
            Some(t) => self.term(
                item,
                TermKind::Phrase,
                t,
                format!("\"{}\"", text.trim()),
                pos,
            ),
            None => self.err(item.body_start, Problem::EmptyPhrase),
        }
        pos
    }

    /// /a regular expression/, compiled with a size limit.
    fn regex(&mut self, item: Item) -> usize {
        let inner = &self.input[item.body_start + 1..];
        let Some(close) = regex_end(inner) else {
            self.err(item.body_start, Problem::UnclosedRegex);
            return self.input.len();
        };
        let source = &inner[..close];
        let pos = item.body_start + close + 2;
        if source.is_empty() {
            self.err(item.body_start, Problem::EmptyRegex);
            return pos;
        }
        match self.engine.compile(source, !self.options.exact) {
            Compiled::Ready(re) => self.tokens.push(atom(
                item.negated,
                TermKind::Regex,
                source.to_string(),
                format!("/{source}/"),
                (item.start, pos),
                Some(re),
            )),
            Compiled::Invalid(message) => self.err(item.body_start, Problem::Regex(message)),
            Compiled::Loading => *self.regex_loading = true,
        }
        pos
    }

    /// A bare item, running to the next space or quote: OR, a filter, or a word.
    fn bare(&mut self, item: Item) -> usize {
        let body = &self.input[item.body_start..];
        let len = body
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(body.len());
        let word = &body[..len];
        let pos = item.body_start + len;
        if word == "OR" && !item.negated {
            self.tokens.push((item.start, Token::Or));
            return pos;
        }
        if !item.negated && (word == "NEAR" || word.starts_with("NEAR/")) {
            match near_distance(word.strip_prefix("NEAR/").unwrap_or("")) {
                Ok(n) => self.tokens.push((item.start, Token::Near(n))),
                Err(why) => self.err(item.start, why),
            }
            return pos;
        }
        if let Some((field, value)) = word.split_once(':') {
            if let Some(end) = self.filter(item, field, value, pos) {
                return end;
            }
        }
        self.word(item, word, pos);
        pos
    }

    /// `outlet:` and `date:` filters; `None` when `field` names no filter.
    fn filter(&mut self, item: Item, field: &str, value: &'a str, pos: usize) -> Option<usize> {
        match field {
            "outlet" | "date" | "lang" | "language" if item.negated => {
                self.err(item.start, Problem::NegatedFilter);
                Some(pos)
            }
            "name" => {
                let (value, end) = self.quoted_value(value, pos, Problem::UnclosedName);
                let folded = fold_str(value.trim());
                if folded.is_empty() {
                    self.err(item.start, Problem::NameNeeded);
                } else {
                    let raw = self.input[item.body_start..end].to_string();
                    self.term(item, TermKind::Name, folded, raw, end);
                }
                Some(end)
            }
            "outlet" => {
                let (value, end) = self.quoted_value(value, pos, Problem::UnclosedOutlet);
                let folded = fold_str(value.trim());
                if folded.is_empty() {
                    self.err(item.start, Problem::OutletNeeded);
                } else {
                    self.tokens.push((item.start, Token::Outlet(folded)));
                }
                Some(end)
            }
            "lang" | "language" => {
                let tags = language_tags(value);
                if tags.is_empty() {
                    self.err(item.start, Problem::LangNeeded);
                } else {
                    self.tokens.push((item.start, Token::Languages(tags)));
                }
                Some(pos)
            }
            "date" => {
                match parse_date_range(value) {
                    Some(r) => self.tokens.push((item.start, Token::Date(r))),
                    None => self.err(item.start, Problem::DateNeeded),
                }
                Some(pos)
            }
            _ => None,
        }
    }

    /// A filter's value: `value` itself, or, when it is empty and a quote
    /// follows (`outlet:"Die Welt"`), the quoted words; with where it ends.
    fn quoted_value(&mut self, value: &'a str, pos: usize, unclosed: Problem) -> (&'a str, usize) {
        if !value.is_empty() || !self.input[pos..].starts_with('"') {
            return (value, pos);
        }
        let q = &self.input[pos + 1..];
        match q.find('"') {
            Some(c) => (&q[..c], pos + c + 2),
            None => {
                self.err(pos, unclosed);
                (q, self.input.len())
            }
        }
    }

    /// A word within some edits of this one: `stoltenberg~` (edits by its
    /// length: see [`fuzzy_edits`]), `stoltenberg~1`.
    fn fuzzy(&mut self, item: Item, word: &str, text: &str, edits: &str, pos: usize) {
        let tilde = item.start + text.len();
        if text.is_empty() {
            return self.err(item.start, Problem::TildeNoSpace);
        }
        if text.ends_with('*') {
            return self.err(tilde, Problem::PrefixFuzzy);
        }
        let Some(folded) = normalized(text, false) else {
            return self.err(item.start, Problem::TildeWord);
        };
        // One word as the word index has words ("prime-minister" is two).
        let one_word = matches!(crate::text::tokens::tokens(&folded).collect::<Vec<_>>()[..], [(0, w)] if w.len() == folded.len());
        if !one_word {
            return self.err(tilde, Problem::TildeOneWord);
        }
        let edits = match edits {
            "" => fuzzy_edits(&folded),
            "0" | "1" | "2" => edits.as_bytes()[0] - b'0',
            _ => return self.err(tilde, Problem::TildeEdits),
        };
        self.term(item, TermKind::Fuzzy(edits), folded, word.to_string(), pos);
    }

    /// A word, a prefix (`troop*`, or the word still being typed), or words
    /// joined by punctuation, read as a phrase.
    fn word(&mut self, item: Item, word: &str, pos: usize) {
        if let Some((text, edits)) = word.rsplit_once('~') {
            if edits.bytes().all(|b| b.is_ascii_digit()) {
                return self.fuzzy(item, word, text, edits, pos);
            }
        }
        let (text, explicit_prefix) = match word.strip_suffix('*') {
            Some(w) => (w, true),
            None => (word, false),
        };
        let typing_last = self.options.typing && pos == self.input.len();
        // A single letter still being typed is not a term yet: as a prefix it
        // would mark most of the text, only to be replaced a keystroke later.
        let normal = normalized(text, self.options.exact);
        if typing_last && !explicit_prefix && normal.as_ref().is_some_and(|t| t.chars().count() < 2)
        {
            return;
        }
        match normal {
            Some(t) if !t.contains(' ') || explicit_prefix => {
                let kind = if explicit_prefix || typing_last {
                    TermKind::Prefix
                } else {
                    TermKind::Word
                };
                self.term(item, kind, t, word.to_string(), pos);
            }
            // Punctuation inside a token ("a/b") reads as the words around it, in order.
            Some(t) => self.term(item, TermKind::Phrase, t, word.to_string(), pos),
            None if explicit_prefix => self.err(item.start, Problem::StarStart),
            None => {}
        }
    }
}

/// The words NEAR allows between its two sides when the query does not say.
pub const NEAR_DEFAULT: u16 = 10;
/// The most words NEAR may allow between its sides.
pub const NEAR_MAX: u16 = 100;

/// The distance of `NEAR/n` or `"a b"~n` from its digits (`""`: the default).
fn near_distance(digits: &str) -> Result<u16, Problem> {
    if digits.is_empty() {
        return Ok(NEAR_DEFAULT);
    }
    match digits.parse::<u16>() {
        Ok(0) => Err(Problem::NearZero),
        Ok(n) if n <= NEAR_MAX => Ok(n),
        _ if digits.bytes().all(|b| b.is_ascii_digit()) => Err(Problem::NearTooFar),
        _ => Err(Problem::NearNumber),
    }
}

/// One side of a [`TermKind::Near`] term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NearSide<'t> {
    /// A folded word.
    Word(&'t str),
    /// The folded start of words.
    Prefix(&'t str),
    /// A name, folded (see [`TermKind::Name`]).
    Name(&'t str),
}

/// Between the two sides of a NEAR term's text: folded text holds no capitals.
const NEAR_JOIN: &str = " NEAR ";

impl NearSide<'_> {
    /// The side as a NEAR term's text holds it: `kurti`, `troop*`, `@albin kurti`.
    fn write(self) -> String {
        match self {
            NearSide::Word(w) => w.to_string(),
            NearSide::Prefix(p) => format!("{p}*"),
            NearSide::Name(n) => format!("@{n}"),
        }
    }
}

/// The two sides of a [`TermKind::Near`] term's text.
pub fn near_operands(text: &str) -> Vec<NearSide<'_>> {
    text.split(NEAR_JOIN)
        .map(|w| {
            if let Some(name) = w.strip_prefix('@') {
                NearSide::Name(name)
            } else if let Some(prefix) = w.strip_suffix('*') {
                NearSide::Prefix(prefix)
            } else {
                NearSide::Word(w)
            }
        })
        .collect()
}

/// The text of a NEAR term joining `a` and `b`.
fn near_text(a: NearSide, b: NearSide) -> String {
    format!("{}{NEAR_JOIN}{}", a.write(), b.write())
}

/// Joins `a NEAR/n b` into one term; a NEAR without a word or prefix on each
/// side is an error at the NEAR.
fn join_near(
    input: &str,
    tokens: Vec<(usize, Token)>,
    errors: &mut Vec<QueryError>,
) -> Vec<(usize, Token)> {
    let operand = |t: &Token| match t {
        Token::Atom {
            negated: false,
            term,
        } if matches!(term.kind, TermKind::Word | TermKind::Prefix) && !term.text.contains(' ')
            || term.kind == TermKind::Name =>
        {
            Some(term.clone())
        }
        _ => None,
    };
    let mut out: Vec<(usize, Token)> = Vec::with_capacity(tokens.len());
    let mut tokens = tokens.into_iter().peekable();
    while let Some((at, token)) = tokens.next() {
        let Token::Near(n) = token else {
            out.push((at, token));
            continue;
        };
        let left = out.last().and_then(|(_, t)| operand(t));
        let right = tokens.peek().and_then(|(_, t)| operand(t));
        let (Some(left), Some(right)) = (left, right) else {
            errors.push(QueryError {
                at,
                problem: Problem::NearSides,
            });
            continue;
        };
        out.pop();
        tokens.next();
        // Folded, even in an exact query: NEAR looks its words up in the word index.
        let (a, b) = (fold_str(&left.text), fold_str(&right.text));
        let side = |t: &Term, folded| match t.kind {
            TermKind::Prefix => NearSide::Prefix(folded),
            TermKind::Name => NearSide::Name(folded),
            _ => NearSide::Word(folded),
        };
        let term = Term {
            kind: TermKind::Near(n),
            text: near_text(side(&left, &a), side(&right, &b)),
            raw: input[left.at..right.end].to_string(),
            at: left.at,
            end: right.end,
            regex: None,
        };
        out.push((
            left.at,
            Token::Atom {
                negated: false,
                term,
            },
        ));
    }
    out
}

/// The edits a fuzzy word allows when the query does not say: none up to 4
/// letters, 1 up to 8, 2 beyond (a short word one edit away is another word).
pub fn fuzzy_edits(folded: &str) -> u8 {
    match folded.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Where an unescaped `/` closes a regex body.
fn regex_end(inner: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in inner.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '/' if !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

fn parse_date_range(value: &str) -> Option<DateRange> {
    let (from, to) = match value.split_once("..") {
        Some((a, b)) => (a, b),
        None => (value, value),
    };
    let side = |s: &str| -> Option<Option<PartialDate>> {
        if s.is_empty() {
            Some(None)
        } else {
            PartialDate::parse_iso(s).map(Some)
        }
    };
    let range = DateRange {
        from: side(from)?,
        to: side(to)?,
    };
    let ordered = match (range.from, range.to) {
        (Some(f), Some(t)) => f.first_day() <= t.last_day(),
        (None, None) => false,
        _ => true,
    };
    ordered.then_some(range)
}

/// Folds (unless exact) and trims punctuation around each word; `None` if nothing is left.
fn normalized(s: &str, exact: bool) -> Option<String> {
    let text = if exact { s.to_string() } else { fold_str(s) };
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use TermKind::*;

    fn terms(q: &Query) -> Vec<(&str, TermKind)> {
        q.terms.iter().map(|t| (t.text.as_str(), t.kind)).collect()
    }

    fn check(input: &str, expected: &[(&str, TermKind)], groups: &[&[usize]]) {
        let p = parse(input, Options::default());
        assert_eq!(p.errors, vec![], "errors of {input:?}");
        assert_eq!(terms(&p.query), expected, "terms of {input:?}");
        let want: Vec<Vec<usize>> = groups.iter().map(|g| g.to_vec()).collect();
        assert_eq!(p.query.groups, want, "groups of {input:?}");
    }

    #[test]
    fn repeated_terms_count_once_and_terms_are_bounded() {
        let notes = |input: &str| -> Vec<(usize, String)> {
            parse(input, Options::default())
                .notes
                .into_iter()
                .map(|n| (n.at, n.message(&Texts::default())))
                .collect()
        };
        let p = parse("kurti kurti OR kurti -nato -nato", Options::default());
        assert_eq!(terms(&p.query), vec![("kurti", Word)]);
        assert_eq!(p.query.groups, vec![vec![0]]);
        assert_eq!(p.query.excluded.len(), 1);
        assert!(p.errors.is_empty());
        assert_eq!(
            notes("kurti troops kurti"),
            [(
                13,
                "“kurti” is already in the query: counted once".to_string()
            )]
        );
        // The word being typed that repeats an earlier word is that word.
        let typing = parse(
            "kurti kurti",
            Options {
                typing: true,
                ..Options::default()
            },
        );
        assert_eq!(terms(&typing.query), vec![("kurti", Word)]);
        // 2,500 times "the": one term; 40 distinct words: the first 16.
        let p = parse(&"the ".repeat(2_500), Options::default());
        assert_eq!(p.query.terms.len(), 1);
        assert_eq!(p.notes.len(), 2_499);
        let many: String = (0..40).map(|i| format!("w{i} ")).collect();
        let p = parse(&many, Options::default());
        assert_eq!(p.query.terms.len(), MAX_TERMS);
        assert_eq!(
            notes(&many),
            [(54, format!("only the first {MAX_TERMS} terms are searched; the rest from here are left out"))]
        );
        let p = parse("/a/ /b/ /c/ /d/ /e/ /f/", Options::default());
        assert_eq!(p.query.terms.len(), MAX_REGEXES);
        assert_eq!(p.notes.len(), 1);
    }

    #[test]
    fn problems_are_said_in_the_interfaces_words() {
        use crate::i18n::Locale;
        let said = |input: &str, locale: Locale| {
            let parsed = parse(input, Options::default());
            parsed.errors[0].message(&Texts::new(locale))
        };
        assert_eq!(said("kurti OR", Locale::En), "OR needs a term on each side");
        assert_eq!(
            said("kurti OR", Locale::SrLatn),
            "OR traži termin sa obe strane"
        );
        // The query's syntax stays in Latin script in Cyrillic.
        assert_eq!(
            said("kurti OR", Locale::SrCyrl),
            "OR тражи термин са обе стране"
        );
        assert_eq!(said("date:soon", Locale::Sq), "date: kërkon data si 2022-08-17, 2022-08 ose 2022, ose një periudhë si 2022-08..2022-09");
    }

    fn check_err(input: &str, at: usize, needle: &str) {
        let p = parse(input, Options::default());
        assert!(
            p.errors
                .iter()
                .any(|e| e.at == at && e.message(&Texts::default()).contains(needle)),
            "{input:?}: wanted {needle:?} at {at}, got {:?}",
            p.errors
        );
    }

    #[test]
    fn words_near_each_other() {
        check(
            "\"Kurti troops\"~10",
            &[("kurti NEAR troops", Near(10))],
            &[&[0]],
        );
        check(
            "kurti NEAR/5 troop*",
            &[("kurti NEAR troop*", Near(5))],
            &[&[0]],
        );
        check(
            "name:\"Albin Kurti\" NEAR/5 troop*",
            &[("@albin kurti NEAR troop*", Near(5))],
            &[&[0]],
        );
        check(
            "troops NEAR name:Vučić",
            &[("troops NEAR @vucic", Near(NEAR_DEFAULT))],
            &[&[0]],
        );
        check(
            "kurti NEAR troops nato",
            &[("kurti NEAR troops", Near(NEAR_DEFAULT)), ("nato", Word)],
            &[&[0], &[1]],
        );
        // The word being typed is a prefix on the right of NEAR.
        let p = parse(
            "kurti NEAR/3 tro",
            Options {
                typing: true,
                ..Options::default()
            },
        );
        assert_eq!(terms(&p.query), vec![("kurti NEAR tro*", Near(3))]);
        assert_eq!(p.query.terms[0].raw, "kurti NEAR/3 tro");
        check_err("kurti NEAR/0 troops", 6, "1 or more");
        check_err("kurti NEAR/500 troops", 6, "at most 100");
        check_err("kurti NEAR/x troops", 6, "number of words");
        check_err("kurti NEAR", 6, "on each side");
        check_err("NEAR/3 kurti", 0, "on each side");
        check_err("-kurti NEAR/3 troops", 7, "on each side");
        check_err("\"kurti troops\"~0", 14, "1 or more");
        check_err("\"prime minister kurti\"~5", 22, "joins two words");
    }

    #[test]
    fn names_whatever_their_spelling() {
        check("name:Kurti", &[("kurti", Name)], &[&[0]]);
        check(
            "name:\"Albin  Kurti\" kfor",
            &[("albin  kurti", Name), ("kfor", Word)],
            &[&[0], &[1]],
        );
        let p = parse("-name:NATO kfor", Options::default());
        assert_eq!(p.query.excluded[0].text, "nato");
        assert_eq!(p.query.excluded[0].kind, Name);
        assert_eq!(
            parse("name:\"Albin Kurti\"", Options::default())
                .query
                .terms[0]
                .raw,
            "name:\"Albin Kurti\""
        );
        check_err("name: kfor", 0, "needs a name");
        check_err("name:\"Albin", 5, "never closed");
    }

    #[test]
    fn fuzzy_words_and_their_edits() {
        check("stoltenberg~", &[("stoltenberg", Fuzzy(2))], &[&[0]]);
        check("Kurti~", &[("kurti", Fuzzy(1))], &[&[0]]);
        check("nato~", &[("nato", Fuzzy(0))], &[&[0]]);
        check(
            "Vučić~2 troops",
            &[("vucic", Fuzzy(2)), ("troops", Word)],
            &[&[0], &[1]],
        );
        check(
            "kurti~ OR kosovo~0",
            &[("kurti", Fuzzy(1)), ("kosovo", Fuzzy(0))],
            &[&[0, 1]],
        );
        assert_eq!(
            parse("-kurti~1", Options::default()).query.excluded[0].kind,
            Fuzzy(1)
        );
        check_err("kurti~3", 5, "0, 1 or 2 edits");
        check_err("troop*~", 6, "prefix cannot also be fuzzy");
        check_err("nato ~", 5, "~ must follow a word");
        check_err("prime-minister~", 14, "one word");
    }

    #[test]
    fn terms_phrases_prefixes_and_or() {
        check("", &[], &[]);
        check("  Kurti  ", &[("kurti", Word)], &[&[0]]);
        check(
            "Vučić, NATO",
            &[("vucic", Word), ("nato", Word)],
            &[&[0], &[1]],
        );
        check(
            "\"Prime  Minister\" troop*",
            &[("prime minister", Phrase), ("troop", Prefix)],
            &[&[0], &[1]],
        );
        check(
            "kfor OR nato troops",
            &[("kfor", Word), ("nato", Word), ("troops", Word)],
            &[&[0, 1], &[2]],
        );
        check(
            "a OR b OR c",
            &[("a", Word), ("b", Word), ("c", Word)],
            &[&[0, 1, 2]],
        );
        check("Kosovo-issued", &[("kosovo-issued", Word)], &[&[0]]);
        check("Kosovo’s", &[("kosovo's", Word)], &[&[0]]);
        check("or", &[("or", Word)], &[&[0]]);
        check(" , ", &[], &[]);
    }

    #[test]
    fn exclusions_regexes_and_filters() {
        let p = parse(
            "-russia /sold(ier)?s/ outlet:DW outlet:\"Die Welt\" date:2022-08..2022-09",
            Options::default(),
        );
        assert_eq!(p.errors, vec![]);
        assert_eq!(terms(&p.query), vec![("sold(ier)?s", Regex)]);
        assert_eq!(p.query.excluded[0].text, "russia");
        assert_eq!(
            p.query.outlets,
            vec!["dw".to_string(), "die welt".to_string()]
        );
        let d = p.query.date.unwrap();
        assert_eq!(d.from, PartialDate::parse_iso("2022-08"));
        assert!(d.overlaps(PartialDate::parse_iso("2022-09-30").unwrap()));
        assert!(!d.overlaps(PartialDate::parse_iso("2022-10-01").unwrap()));
        let open = parse("date:..2022-09", Options::default())
            .query
            .date
            .unwrap();
        assert!(open.overlaps(PartialDate::parse_iso("1999").unwrap()));
        assert!(!parse("outlet:dw", Options::default()).query.has_terms());
        assert!(!parse("outlet:dw", Options::default()).query.is_empty());
        let langs = |q: &str| parse(q, Options::default()).query.languages;
        assert_eq!(langs("lang:sr-Latn"), ["sr-Latn"]);
        assert_eq!(langs("language:albanian lang:en"), ["sq", "en"]);
        assert_eq!(langs("lang:Serb"), ["sr-Latn", "sr-Cyrl", "sr"]);
        let re = p.query.terms[0].regex.as_ref().unwrap();
        assert!(re.is_match("SOLDIERS"), "case-insensitive by default");
    }

    const TYPING: Options = Options {
        typing: true,
        exact: false,
    };
    const EXACT: Options = Options {
        typing: false,
        exact: true,
    };

    #[test]
    fn typing_makes_the_last_word_a_prefix_and_exact_keeps_case() {
        let p = parse("nato kos", TYPING);
        assert_eq!(terms(&p.query), vec![("nato", Word), ("kos", Prefix)]);
        let p = parse("nato kos ", TYPING);
        assert_eq!(terms(&p.query), vec![("nato", Word), ("kos", Word)]);
        let p = parse("nato k", TYPING);
        assert_eq!(
            terms(&p.query),
            vec![("nato", Word)],
            "one typed letter waits"
        );
        let p = parse("nato k*", TYPING);
        assert_eq!(terms(&p.query), vec![("nato", Word), ("k", Prefix)]);
        let p = parse("k nato", TYPING);
        assert_eq!(terms(&p.query), vec![("k", Word), ("nato", Prefix)]);
        let p = parse("Vučić /kfor/", EXACT);
        assert_eq!(p.query.terms[0].text, "Vučić");
        assert!(!p.query.terms[1].regex.as_ref().unwrap().is_match("KFOR"));
    }

    #[test]
    fn malformed_queries_keep_what_they_can() {
        check_err("nato \"prime min", 5, "never closed");
        let p = parse("nato \"prime min", Options::default());
        assert_eq!(terms(&p.query), vec![("nato", Word), ("prime min", Phrase)]);
        check_err("\"\" kfor", 0, "empty phrase");
        check_err("kfor /sold(ier/", 5, "regular expression");
        check_err("kfor /abc", 5, "never closed");
        check_err("kfor outlet:\"Die", 12, "never closed");
        check_err("kfor //", 5, "empty regular expression");
        check_err("OR kfor", 0, "OR needs a term on each side");
        check_err("kfor OR", 5, "OR needs a term on each side");
        check_err("kfor OR OR nato", 8, "OR needs a term on each side");
        check_err("kfor OR -nato", 5, "not an exclusion");
        check_err("kfor - nato", 5, "nothing follows this minus");
        check_err("date:2022-13", 0, "date: needs dates");
        check_err("date:2023..2022", 0, "date: needs dates");
        check_err("outlet:", 0, "outlet: needs a name");
        check_err("-outlet:DW", 0, "cannot be negated");
        check_err("kfor lang:klingon", 5, "lang: needs a language");
        check_err("-lang:sr", 0, "cannot be negated");
        check_err("* nato", 0, "* must follow");
        // After an error the rest still parses.
        let p = parse("OR kfor \"x", Options::default());
        assert_eq!(terms(&p.query), vec![("kfor", Word), ("x", Phrase)]);
        assert_eq!(p.errors.len(), 2);
    }

    #[test]
    fn only_items_starting_with_a_slash_may_be_regexes() {
        for (input, expected) in [
            ("kurti /sold", true),
            ("-/x/", true),
            ("/", true),
            ("a/b", false),
            ("https://dw.com/x", false),
            ("outlet:\"A/B\"", false),
            ("", false),
        ] {
            assert_eq!(may_hold_regex(input), expected, "{input}");
        }
    }

    #[test]
    fn a_regex_waiting_for_its_engine_is_left_out_without_an_error() {
        use crate::search::pattern::NoEngine;
        let p = parse_with("kurti /sold(ier/ nato", Options::default(), &NoEngine);
        assert!(p.regex_loading);
        assert_eq!(p.errors, vec![]);
        assert_eq!(terms(&p.query), vec![("kurti", Word), ("nato", Word)]);
        assert!(!parse("kurti /kfor/", Options::default()).regex_loading);
        assert!(!parse_with("kurti", Options::default(), &NoEngine).regex_loading);
    }

    #[test]
    fn huge_regexes_are_refused_not_compiled() {
        let p = parse("/(a{1000}){1000}/", Options::default());
        assert!(
            p.errors[0].message(&Texts::default()).contains("too large")
                || p.errors[0]
                    .message(&Texts::default())
                    .contains("regular expression")
        );
        assert!(p.query.terms.is_empty());
    }
}
