//! The host-page API (version 1): messages a page embedding the explorer sends
//! it with `postMessage`, and those the explorer sends back. Only the types and
//! their validation live here; `host.rs` moves them across the frame.
//!
//! From the host:
//! - `{type: "corpus-explorer:show", version: 1, query?, chips?, range?, doc?, passage?, view?}`
//!   shows that view (what it leaves out takes its default: an empty query, no
//!   chips…). `chips` holds names (id, name or spelling) or `{name, exclude}`;
//!   `range` is `{from: "YYYY-MM-DD", to?}`; `doc` a document id; `passage` text
//!   of that document, which opens there.
//!   With `story` (a story's name) and `step` (from 1; the first if absent) it
//!   plays that step: its view, unless the message gives view fields too.
//! - `{type: "corpus-explorer:get", version: 1}` asks for a `view` message.
//!
//! To the host: `ready` once started, `view` after every change, `step` when a
//! story starts, moves or ends (`{story, step, steps, title}`, `story` null
//! when it ends), `height` when the page's height changes, `error` for a
//! message that cannot be used.

use super::link::{self, Mode};
use super::request::{name_of, Part, PassageAsked, Request, VIEWS};
use super::state::{StoryAt, ViewState};
use crate::i18n::Texts;
use crate::model::index::Index;
use crate::model::story::Story;
use crate::time::calendar::civil_from_days;

/// The prefix of every message type.
pub const PREFIX: &str = "corpus-explorer:";
/// The version of the messages described here.
pub const VERSION: u32 = 1;

/// A value of a message as the host sent it, before it is checked: messages
/// are read field by field, so a wrong one is named ("query: expected text,
/// found a number") instead of failing the whole message. `host.rs` reads it
/// from the JavaScript value.
#[derive(Clone, Debug)]
pub enum Value {
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Map(Fields),
    /// `null`, `undefined`, and what JSON cannot hold.
    Null,
}

impl Value {
    /// What it is, for messages: "a number", "a list"…
    fn kind(&self) -> &'static str {
        match self {
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::Text(_) => "text",
            Value::List(_) => "a list",
            Value::Map(_) => "an object",
            Value::Null => "null",
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

/// A number as a message shows it, to six decimals at most, without the
/// float formatting machinery (about 15 KB of the app's code for this alone).
fn number_text(v: f64) -> String {
    if !v.is_finite() || v.abs() >= 1e15 {
        return "out of range".into();
    }
    let millionths = (v.abs() * 1e6).round() as u64;
    let (whole, mut fraction) = (millionths / 1_000_000, millionths % 1_000_000);
    let sign = if v < 0.0 && millionths > 0 { "-" } else { "" };
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let mut digits = 6;
    while fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    format!("{sign}{whole}.{fraction:0digits$}")
}

/// An object's fields by name, in the order the host wrote them.
#[derive(Clone, Debug, Default)]
pub struct Fields(Vec<(String, Value)>);

impl Fields {
    /// The value of field `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// The names of the fields.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The fields, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl FromIterator<(String, Value)> for Fields {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(pairs: I) -> Fields {
        Fields(pairs.into_iter().collect())
    }
}

/// What every message carries; read first to route the rest.
#[derive(Debug)]
pub struct Envelope<'a> {
    pub kind: &'a str,
    pub version: Option<&'a Value>,
}

impl Envelope<'_> {
    /// The envelope of a message, if it has a `type` (others are not ours).
    pub fn of(fields: &Fields) -> Option<Envelope<'_>> {
        match fields.get("type") {
            Some(Value::Text(kind)) => Some(Envelope {
                kind,
                version: fields.get("version").filter(|v| !v.is_null()),
            }),
            _ => None,
        }
    }
}

/// `corpus-explorer:show`.
#[derive(Debug, Default)]
pub struct Show {
    pub query: Option<String>,
    pub chips: Vec<Chip>,
    pub range: Option<Range>,
    pub doc: Option<String>,
    pub passage: Option<String>,
    pub view: Option<String>,
    /// A story's name, and its step (from 1) as given.
    pub story: Option<String>,
    pub step: Option<String>,
}

/// The fields a `show` message may have besides `type` and `version`.
const SHOW_FIELDS: &[&str] = &[
    "query", "chips", "range", "doc", "passage", "view", "story", "step",
];

impl Show {
    /// Reads a `show` message's fields; a field of the wrong kind, or one this
    /// version does not know, is a problem naming it. `null` is as if absent.
    pub fn read(fields: &Fields) -> Result<Show, Vec<String>> {
        let mut problems = Vec::new();
        let mut text = |name: &str| match fields.get(name) {
            Some(Value::Text(t)) => Some(t.clone()),
            Some(v) if !v.is_null() => {
                problems.push(format!("{name}: expected text, found {}", v.kind()));
                None
            }
            _ => None,
        };
        let mut show = Show {
            query: text("query"),
            doc: text("doc"),
            passage: text("passage"),
            view: text("view"),
            story: text("story"),
            ..Show::default()
        };
        match fields.get("step") {
            Some(Value::Number(n)) => show.step = Some(number_text(*n)),
            Some(v) if !v.is_null() => {
                problems.push(format!("step: expected a number, found {}", v.kind()))
            }
            _ => {}
        }
        if show.step.is_some() && show.story.is_none() {
            problems.push("step: a step needs its story (story)".into());
        }
        match fields.get("chips") {
            Some(Value::List(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match Chip::read(item) {
                        Some(chip) => show.chips.push(chip),
                        None => problems.push(format!(
                            "chips[{i}]: expected a name or {{name, exclude}}, found {}",
                            item.kind()
                        )),
                    }
                }
            }
            Some(v) if !v.is_null() => {
                problems.push(format!("chips: expected a list, found {}", v.kind()))
            }
            _ => {}
        }
        show.range = read_range(fields.get("range"), &mut problems);
        for name in fields.keys() {
            if !(SHOW_FIELDS.contains(&name.as_str()) || name == "type" || name == "version") {
                problems.push(format!(
                    "“{name}” is not a field of show ({})",
                    SHOW_FIELDS.join(", ")
                ));
            }
        }
        if problems.is_empty() {
            Ok(show)
        } else {
            Err(problems)
        }
    }
}

/// A `show` message's `range`, if it is one; else its problem in `problems`.
fn read_range(value: Option<&Value>, problems: &mut Vec<String>) -> Option<Range> {
    match value {
        Some(Value::Map(m)) => match (m.get("from"), m.get("to")) {
            (Some(Value::Text(from)), None | Some(Value::Null)) => Some(Range {
                from: from.clone(),
                to: None,
            }),
            (Some(Value::Text(from)), Some(Value::Text(to))) => Some(Range {
                from: from.clone(),
                to: Some(to.clone()),
            }),
            _ => {
                problems.push("range: expected {from: \"YYYY-MM-DD\", to?: \"YYYY-MM-DD\"}".into());
                None
            }
        },
        Some(v) if !v.is_null() => {
            problems.push(format!("range: expected an object, found {}", v.kind()));
            None
        }
        _ => None,
    }
}

/// A name to require, or one to leave out.
#[derive(Debug)]
pub enum Chip {
    Name(String),
    Filter { name: String, exclude: bool },
}

impl Chip {
    fn read(value: &Value) -> Option<Chip> {
        match value {
            Value::Text(name) => Some(Chip::Name(name.clone())),
            Value::Map(m) => {
                let Some(Value::Text(name)) = m.get("name") else {
                    return None;
                };
                let exclude = match m.get("exclude") {
                    None | Some(Value::Null) => false,
                    Some(Value::Bool(b)) => *b,
                    Some(_) => return None,
                };
                Some(Chip::Filter {
                    name: name.clone(),
                    exclude,
                })
            }
            _ => None,
        }
    }
}

/// Days picked on the timeline, inclusive.
#[derive(Debug, PartialEq, Eq)]
pub struct Range {
    pub from: String,
    pub to: Option<String>,
}

impl Range {
    /// `{from, to?}`.
    fn value(&self) -> Value {
        let mut fields = vec![("from", text(&self.from))];
        fields.extend(self.to.as_deref().map(|to| ("to", text(to))));
        object(fields)
    }
}

/// Text as a message's value.
fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// An object of a message: its fields in order.
fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Map(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Checks a message's envelope: `Ok(None)` for messages of other senders (left
/// alone), an error for ours that this version cannot read.
pub fn route<'a>(envelope: &Envelope<'a>) -> Result<Option<&'a str>, String> {
    let Some(verb) = envelope.kind.strip_prefix(PREFIX) else {
        return Ok(None);
    };
    match envelope.version {
        Some(Value::Number(v)) if *v == VERSION as f64 => Ok(Some(verb)),
        Some(Value::Number(v)) => Err(format!(
            "version {} is not supported; this explorer speaks version {VERSION}",
            number_text(*v)
        )),
        Some(Value::Text(t)) => Err(format!(
            "version must be the number {VERSION}, not the text “{t}”"
        )),
        Some(other) => Err(format!(
            "version must be the number {VERSION}, not {}",
            other.kind()
        )),
        None => Err(format!("a message needs \"version\": {VERSION}")),
    }
}

/// The view a `show` message asks for, or everything wrong with it, each
/// problem led by the field it is about (`stories`: those being told).
pub fn view_of(index: &Index, stories: &[Story], show: Show) -> Result<ViewState, Vec<String>> {
    let story = show.story.clone().map(|name| {
        link::story_step(stories, &name, show.step.as_deref())
            .map_err(|p| format!("story: {}", p.message(&Texts::english())))
    });
    let view_given = show.query.is_some()
        || !show.chips.is_empty()
        || show.range.is_some()
        || show.doc.is_some()
        || show.view.is_some();
    let (mut state, problems) = show.request().resolve(index);
    if let Some(story) = story {
        let at = story.map_err(|p| vec![p])?;
        if !view_given {
            state = link::step_view(index, stories, at).unwrap_or_default();
        }
        state.story = Some(at);
    }
    if problems.is_empty() {
        return Ok(state);
    }
    let field = |part| match part {
        Part::Name => "chips",
        Part::Day => "range",
        Part::Document => "doc",
        Part::Passage => "passage",
        Part::View => "view",
        Part::Sort | Part::ConcordanceSort => "show",
    };
    Err(problems
        .into_iter()
        .map(|p| format!("{}: {}", field(p.part), p.what.message(&Texts::english())))
        .collect())
}

impl Show {
    /// What the message asks for, as a link would ask: what it leaves out
    /// takes its default.
    pub fn request(self) -> Request {
        let names = self.chips.into_iter().map(|chip| match chip {
            Chip::Name(name) => (name, false),
            Chip::Filter { name, exclude } => (name, exclude),
        });
        let (from, to) = self.range.map_or((None, None), |r| (Some(r.from), r.to));
        Request {
            query: self.query,
            names: names.collect(),
            from,
            to,
            doc: self.doc,
            passage: self.passage.map(PassageAsked::Words),
            view: self.view,
            ..Request::default()
        }
    }
}

/// `corpus-explorer:view`: the view as the host sees it.
#[derive(Debug, PartialEq)]
pub struct ViewMessage {
    pub kind: &'static str,
    pub version: u32,
    pub query: String,
    pub chips: Vec<ChipOut>,
    pub range: Option<Range>,
    pub doc: Option<String>,
    pub passage: Option<String>,
    pub view: &'static str,
    /// The fragment that reproduces this view (without `#`).
    pub fragment: String,
}

#[derive(Debug, PartialEq)]
pub struct ChipOut {
    pub id: String,
    pub name: String,
    pub exclude: bool,
}

impl ViewMessage {
    /// The message as `postMessage` carries it (absent values are null).
    pub fn value(&self) -> Value {
        let or_null = |v: Option<&str>| v.map_or(Value::Null, text);
        let chips = self.chips.iter().map(|c| {
            object(vec![
                ("id", text(&c.id)),
                ("name", text(&c.name)),
                ("exclude", Value::Bool(c.exclude)),
            ])
        });
        object(vec![
            ("type", text(self.kind)),
            ("version", Value::Number(self.version.into())),
            ("query", text(&self.query)),
            ("chips", Value::List(chips.collect())),
            (
                "range",
                self.range.as_ref().map_or(Value::Null, Range::value),
            ),
            ("doc", or_null(self.doc.as_deref())),
            ("passage", or_null(self.passage.as_deref())),
            ("view", text(self.view)),
            ("fragment", text(&self.fragment)),
        ])
    }
}

/// The `view` message for `state`.
pub fn view_message(index: &Index, stories: &[Story], state: &ViewState) -> ViewMessage {
    let doc = state.open_doc.and_then(|d| index.documents.get(d as usize));
    ViewMessage {
        kind: "corpus-explorer:view",
        version: VERSION,
        query: state.query.clone(),
        chips: state
            .chips
            .iter()
            .filter_map(|c| {
                let e = index.entities.get(c.entity)?;
                Some(ChipOut {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    exclude: c.exclude,
                })
            })
            .collect(),
        range: state.timeline_range.map(|(a, b)| Range {
            from: civil_from_days(a).to_string(),
            to: Some(civil_from_days(b).to_string()),
        }),
        doc: doc.map(|d| d.id.clone()),
        passage: doc.and_then(|d| Some(d.text.get(state.passage?.range())?.to_string())),
        view: name_of(&VIEWS, state.view),
        fragment: link::encode(index, stories, state, &Mode::default()),
    }
}

/// `corpus-explorer:step`: where the story played is, `None` when none is.
pub fn step_message(stories: &[Story], at: Option<StoryAt>) -> Value {
    let playing = at.and_then(|at| {
        let story = stories.get(at.story)?;
        Some((at, story, story.steps.get(at.step)?))
    });
    let number = |n: usize| Value::Number(n as f64);
    let (story, step, steps, title) = match playing {
        Some((at, story, step)) => (
            text(&story.name),
            number(at.step + 1),
            number(story.steps.len()),
            text(&step.title),
        ),
        None => (Value::Null, Value::Null, Value::Null, Value::Null),
    };
    object(vec![
        ("type", text("corpus-explorer:step")),
        ("version", Value::Number(VERSION.into())),
        ("story", story),
        ("step", step),
        ("steps", steps),
        ("title", title),
    ])
}

/// `ready`, `height` and `error` messages.
#[derive(Debug)]
pub struct Notice<'a> {
    pub kind: &'a str,
    pub version: u32,
    pub height: Option<u32>,
    pub problems: Vec<String>,
}

impl Notice<'_> {
    /// The message as `postMessage` carries it (`height` and `problems` only
    /// when there are some).
    pub fn value(&self) -> Value {
        let mut fields = vec![
            ("type", text(self.kind)),
            ("version", Value::Number(self.version.into())),
        ];
        fields.extend(self.height.map(|h| ("height", Value::Number(h.into()))));
        if !self.problems.is_empty() {
            let problems = self.problems.iter().map(|p| text(p)).collect();
            fields.push(("problems", Value::List(problems)));
        }
        object(fields)
    }

    pub fn ready() -> Notice<'static> {
        Notice {
            kind: "corpus-explorer:ready",
            version: VERSION,
            height: None,
            problems: Vec::new(),
        }
    }

    pub fn height(height: u32) -> Notice<'static> {
        Notice {
            height: Some(height),
            kind: "corpus-explorer:height",
            ..Notice::ready()
        }
    }

    pub fn error(problems: Vec<String>) -> Notice<'static> {
        Notice {
            kind: "corpus-explorer:error",
            problems,
            ..Notice::ready()
        }
    }
}

/// Where the explorer's first messages go, before the host has written: to any
/// page when the link allows no origins in particular (`allowed` is empty: the
/// view is public text); else to the framing page's origin (`parent`, when the
/// browser tells it) if it is allowed, to none if it is not; else (`parent`
/// unknown) to every allowed origin, of which the browser delivers to the one
/// the parent has. Knowing the parent spares its console an error per message
/// sent to an origin it does not have (Firefox logs them); it never widens who
/// hears.
pub fn first_targets(allowed: &[String], parent: Option<&str>) -> Vec<String> {
    match (allowed, parent) {
        ([], _) => vec!["*".to_string()],
        (allowed, Some(origin)) => allowed.iter().filter(|a| *a == origin).cloned().collect(),
        (allowed, None) => allowed.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn first_targets_narrow_to_the_framing_origin() {
        fn check(allowed: &[&str], parent: Option<&str>, expected: &[&str]) {
            let allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
            assert_eq!(
                super::first_targets(&allowed, parent),
                expected,
                "{allowed:?} {parent:?}"
            );
        }
        let (news, blog) = ("https://news.example", "http://127.0.0.1:8080");
        check(&[], None, &["*"]);
        check(&[], Some(news), &["*"]);
        check(&[news, blog], Some(blog), &[blog]);
        check(&[news], Some(blog), &[]);
        check(&[news, blog], None, &[news, blog]);
    }

    /// A message's value as JSON, to compare shapes.
    fn json(v: &super::Value) -> String {
        use super::Value;
        match v {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            Value::Text(t) => format!("{t:?}"),
            Value::List(l) => format!("[{}]", l.iter().map(json).collect::<Vec<_>>().join(",")),
            Value::Map(m) => format!(
                "{{{}}}",
                m.iter()
                    .map(|(k, v)| format!("{k:?}:{}", json(v)))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        }
    }

    #[test]
    fn messages_have_their_documented_shapes() {
        use super::{ChipOut, Notice, Range, ViewMessage};
        assert_eq!(
            json(&Notice::ready().value()),
            r#"{"type":"corpus-explorer:ready","version":1}"#
        );
        assert_eq!(
            json(&Notice::height(640).value()),
            r#"{"type":"corpus-explorer:height","version":1,"height":640}"#
        );
        assert_eq!(
            json(&Notice::error(vec!["x".into()]).value()),
            r#"{"type":"corpus-explorer:error","version":1,"problems":["x"]}"#
        );
        let view = ViewMessage {
            kind: "corpus-explorer:view",
            version: 1,
            query: "kfor".into(),
            chips: vec![ChipOut {
                id: "nato".into(),
                name: "NATO".into(),
                exclude: true,
            }],
            range: Some(Range {
                from: "2022-08-01".into(),
                to: None,
            }),
            doc: None,
            passage: None,
            view: "reader",
            fragment: "q=kfor".into(),
        };
        assert_eq!(
            json(&view.value()),
            r#"{"type":"corpus-explorer:view","version":1,"query":"kfor","chips":[{"id":"nato","name":"NATO","exclude":true}],"range":{"from":"2022-08-01"},"doc":null,"passage":null,"view":"reader","fragment":"q=kfor"}"#
        );
    }

    use super::*;
    use crate::model::index::{Document, Entity};
    use crate::model::kinds::EntityKind;
    use crate::search::EntityFilter;
    use crate::text::span::Span;
    use crate::time::calendar::days_from_civil;
    use crate::view::state::View;

    fn index() -> Index {
        let mut doc = Document::from_text(
            "dw-1",
            "KFOR has 3,700 troops. Kurti asked for more troops on Friday. Vučić said no.",
        );
        let t = doc.text.clone();
        doc.sentences = vec![
            Span::new(&t, 0, 22),
            Span::new(&t, 23, 61),
            Span::new(&t, 62, t.len()),
        ];
        let entity = |id: &str, name: &str, variants: &[&str]| Entity {
            id: id.into(),
            name: name.into(),
            kind: EntityKind::Person,
            roles: vec![],
            description: None,
            variants: variants.iter().map(|v| v.to_string()).collect(),
            mentions: vec![],
        };
        let mut index = Index::new(
            vec![doc],
            vec![
                entity("albin-kurti", "Albin Kurti", &["Kurti"]),
                entity("aleksandar-vucic", "Aleksandar Vučić", &["Vučić"]),
            ],
            vec![],
        );
        let step = |title: &str, view: &str| crate::model::story::Step {
            title: title.into(),
            view: view.into(),
            ..Default::default()
        };
        index.stories.push(crate::model::story::Story {
            name: "walk".into(),
            title: "A walk".into(),
            description: None,
            steps: vec![
                step("Troops", "q=troops"),
                step("Kurti", "with=albin-kurti"),
            ],
        });
        index
    }

    #[test]
    fn show_messages_play_story_steps() {
        let at = |step| Some(StoryAt { story: 0, step });
        let walk = |step: Option<&str>| Show {
            story: Some("walk".into()),
            step: step.map(String::from),
            ..Show::default()
        };
        check(
            walk(None),
            Ok(ViewState {
                query: "troops".into(),
                story: at(0),
                ..ViewState::default()
            }),
        );
        check(
            walk(Some("2")),
            Ok(ViewState {
                chips: vec![EntityFilter::include(0)],
                story: at(1),
                ..ViewState::default()
            }),
        );
        // View fields given with a step: the reader's view at that step.
        check(
            Show {
                query: Some("no".into()),
                ..walk(Some("2"))
            },
            Ok(ViewState {
                query: "no".into(),
                story: at(1),
                ..ViewState::default()
            }),
        );
        check(
            walk(Some("3")),
            Err(vec![
                "story: the story “walk” has no step “3” (its steps are 1 to 2)",
            ]),
        );
        check(
            Show {
                story: Some("tour".into()),
                ..Show::default()
            },
            Err(vec!["story: no story “tour” in this corpus"]),
        );
        let read = |pairs| Show::read(&fields(pairs)).map(|s| (s.story, s.step));
        assert_eq!(
            read(vec![("story", text("walk")), ("step", Value::Number(2.0))]),
            Ok((Some("walk".into()), Some("2".into())))
        );
        assert_eq!(
            read(vec![("step", Value::Number(2.0))]),
            Err(vec!["step: a step needs its story (story)".to_string()])
        );
        assert_eq!(
            read(vec![("story", text("walk")), ("step", text("2"))]),
            Err(vec!["step: expected a number, found text".to_string()])
        );
        assert_eq!(
            json(&step_message(&index().stories, at(1))),
            r#"{"type":"corpus-explorer:step","version":1,"story":"walk","step":2,"steps":2,"title":"Kurti"}"#
        );
        assert_eq!(
            json(&step_message(&index().stories, None)),
            r#"{"type":"corpus-explorer:step","version":1,"story":null,"step":null,"steps":null,"title":null}"#
        );
    }

    fn check(show: Show, expected: Result<ViewState, Vec<&str>>) {
        let got = view_of(&index(), &index().stories, show);
        assert_eq!(
            got.map_err(|e| e.join(" | ")),
            expected.map_err(|e| e.join(" | "))
        );
    }

    #[test]
    fn show_messages_become_views() {
        let text = index().documents[0].text.clone();
        check(Show::default(), Ok(ViewState::default()));
        check(
            Show {
                query: Some("troops".into()),
                chips: vec![
                    Chip::Name("Kurti".into()),
                    Chip::Filter {
                        name: "aleksandar-vucic".into(),
                        exclude: true,
                    },
                ],
                range: Some(Range {
                    from: "2022-08-20".into(),
                    to: Some("2022-08-01".into()),
                }),
                doc: Some("dw-1".into()),
                passage: Some("kurti ASKED for more".into()),
                view: Some("reader".into()),
                ..Show::default()
            },
            Ok(ViewState {
                query: "troops".into(),
                chips: vec![EntityFilter::include(0), EntityFilter::exclude(1)],
                timeline_range: Some((days_from_civil(2022, 8, 1), days_from_civil(2022, 8, 20))),
                open_doc: Some(0),
                // The whole sentence holding the words.
                passage: Some(Span::new(&text, 23, 61)),
                ..ViewState::default()
            }),
        );
        // Across two sentences; accents ignored.
        check(
            Show {
                doc: Some("dw-1".into()),
                passage: Some("on Friday. Vucic".into()),
                view: Some("concordance".into()),
                ..Show::default()
            },
            Ok(ViewState {
                open_doc: Some(0),
                passage: Some(Span::new(&text, 23, text.len())),
                view: View::Concordance,
                ..ViewState::default()
            }),
        );
    }

    #[test]
    fn a_message_with_problems_is_refused_whole() {
        check(
            Show {
                query: Some("troops".into()),
                chips: vec![Chip::Name("Nobody".into())],
                range: Some(Range {
                    from: "August".into(),
                    to: None,
                }),
                doc: Some("dw-9".into()),
                passage: Some("troops".into()),
                view: Some("map".into()),
                ..Show::default()
            },
            Err(vec![
                "chips: no name “Nobody” in this corpus",
                "range: “August” is not a date (YYYY-MM-DD)",
                "doc: no document “dw-9” in this corpus",
                "passage: a passage needs a document (doc)",
                "view: the view “map” is not one of reader, concordance, connections, quotes",
            ]),
        );
        check(
            Show {
                doc: Some("dw-1".into()),
                passage: Some("fewer troops".into()),
                ..Show::default()
            },
            Err(vec!["passage: “fewer troops” is not in that document"]),
        );
        check(
            Show {
                range: Some(Range {
                    from: "2022-08-01".into(),
                    to: Some("soon".into()),
                }),
                ..Show::default()
            },
            Err(vec!["range: “soon” is not a date (YYYY-MM-DD)"]),
        );
    }

    #[test]
    fn envelopes_are_routed_by_prefix_and_version() {
        let route_of = |kind: &str, version: Option<Value>| {
            route(&Envelope {
                kind,
                version: version.as_ref(),
            })
            .map(|v| v.map(str::to_string))
        };
        assert_eq!(
            route_of("corpus-explorer:show", Some(Value::Number(1.0))),
            Ok(Some("show".into()))
        );
        assert_eq!(route_of("react-devtools", None), Ok(None));
        for (v, text) in [
            (2.0, "2"),
            (1.5, "1.5"),
            (-1.0, "-1"),
            (0.125, "0.125"),
            (-0.05, "-0.05"),
            (1e20, "out of range"),
            (f64::NAN, "out of range"),
        ] {
            assert_eq!(number_text(v), text);
        }
        let refused = [
            (
                Some(Value::Number(2.0)),
                "version 2 is not supported; this explorer speaks version 1",
            ),
            (
                Some(Value::Number(1.5)),
                "version 1.5 is not supported; this explorer speaks version 1",
            ),
            (
                Some(Value::Number(-1.0)),
                "version -1 is not supported; this explorer speaks version 1",
            ),
            (
                Some(Value::Text("1".into())),
                "version must be the number 1, not the text “1”",
            ),
            (
                Some(Value::List(vec![])),
                "version must be the number 1, not a list",
            ),
            (None, "a message needs \"version\": 1"),
        ];
        for (version, problem) in refused {
            assert_eq!(
                route_of("corpus-explorer:get", version),
                Err(problem.into())
            );
        }
    }

    fn fields(pairs: Vec<(&str, Value)>) -> Fields {
        pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    }

    #[test]
    fn fields_of_the_wrong_kind_are_named() {
        let problems = |pairs| Show::read(&fields(pairs)).unwrap_err();
        let null = || Value::Null;
        assert_eq!(
            problems(vec![
                ("query", Value::Number(0.0)),
                (
                    "chips",
                    Value::List(vec![Value::Text("Kurti".into()), Value::Number(3.0)])
                ),
                ("range", Value::Text("2022".into())),
                ("colour", Value::Text("red".into())),
            ]),
            [
                "query: expected text, found a number",
                "chips[1]: expected a name or {name, exclude}, found a number",
                "range: expected an object, found text",
                "“colour” is not a field of show (query, chips, range, doc, passage, view, story, step)",
            ]
        );
        assert_eq!(
            problems(vec![("chips", Value::Bool(true))]),
            ["chips: expected a list, found true or false"]
        );
        // null is as if absent.
        let show = Show::read(&fields(vec![
            ("chips", null()),
            ("query", null()),
            ("type", Value::Text("x".into())),
        ]))
        .expect("null fields are absent");
        assert!(show.chips.is_empty() && show.query.is_none());
    }

    #[test]
    fn view_messages_describe_the_view() {
        let index = index();
        let state = view_of(
            &index,
            &index.stories,
            Show {
                chips: vec![Chip::Name("Vučić".into())],
                doc: Some("dw-1".into()),
                passage: Some("asked for".into()),
                ..Show::default()
            },
        )
        .expect("valid");
        let m = view_message(&index, &index.stories, &state);
        assert_eq!(m.doc.as_deref(), Some("dw-1"));
        assert_eq!(
            m.passage.as_deref(),
            Some("Kurti asked for more troops on Friday.")
        );
        assert_eq!(
            m.chips,
            [ChipOut {
                id: "aleksandar-vucic".into(),
                name: "Aleksandar Vučić".into(),
                exclude: false
            }]
        );
        assert_eq!(
            m.fragment,
            "with=aleksandar-vucic&doc=dw-1&at=23-61&corpus=corpus-explorer"
        );
        assert_eq!(m.view, "reader");
    }

    /// Any value a host may post: scalars, lists and objects, nested.
    fn any_value() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            any::<f64>().prop_map(Value::Number),
            prop_oneof![
                Just("Kurti".to_string()),
                Just("dw-1".to_string()),
                Just("2022-08-17".to_string()),
                Just("reader".to_string()),
                Just("troops".to_string()),
                "\\PC{0,8}",
            ]
            .prop_map(Value::Text),
            Just(Value::Null),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::List),
                proptest::collection::btree_map(
                    prop_oneof![
                        Just("name".to_string()),
                        Just("exclude".to_string()),
                        Just("from".to_string()),
                        Just("to".to_string()),
                        "[a-z]{1,6}"
                    ],
                    inner,
                    0..4
                )
                .prop_map(|m| Value::Map(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {

        /// Any show message is read without failing: a view, or problems that
        /// each name a field; the view it gives round-trips through a link.
        #[test]
        fn any_show_message_is_read_or_refused_with_reasons(
            fields in proptest::collection::btree_map(
                proptest::prop_oneof![
                    proptest::strategy::Just("query".to_string()),
                    proptest::strategy::Just("chips".to_string()),
                    proptest::strategy::Just("range".to_string()),
                    proptest::strategy::Just("doc".to_string()),
                    proptest::strategy::Just("passage".to_string()),
                    proptest::strategy::Just("view".to_string()),
                    "[a-z]{1,6}"
                ],
                any_value(),
                0..7
            )
        ) {
            let index = index();
            let fields: Fields = fields.into_iter().collect();
            match Show::read(&fields).and_then(|show| view_of(&index, &index.stories, show)) {
                Ok(state) => {
                    let m = view_message(&index, &index.stories, &state);
                    let again = link::decode(&index, &index.stories, &m.fragment);
                    proptest::prop_assert_eq!(again.state, state);
                }
                Err(problems) => proptest::prop_assert!(!problems.is_empty()),
            }
        }
    }
}
