//! Links that reproduce a view: the reader's inputs as a URL fragment, and back.
//!
//! `#q=kfor&with=albin-kurti&without=nato&from=2022-08-01&to=2022-08-31&doc=dw-2022-08-17&at=120-236`
//!
//! Names and documents are named by their stable ids (slugs of names, file stems),
//! so a link survives a rebuild of the index. Decoding never fails: what it cannot
//! use is left out and described in `problems`, for a quiet notice.

use super::request::{
    name_of, LinkProblem, PassageAsked, Request, CONCORDANCE_SORTS, SORTS, VIEWS,
};
use super::state::{StoryAt, View, ViewState};
use crate::i18n::Locale;
use crate::model::index::Index;
use crate::model::story::Story;
use crate::search::concordance::ConcordanceSort;
use crate::search::Sort;
use crate::time::calendar::civil_from_days;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};

/// Characters escaped in a fragment value: those that separate settings or
/// cannot stand in a URL. Letters, digits and `:-_.~*'()!,/` stay readable.
const VALUE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'=')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// How the page is shown: settings of the frame rather than of the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mode {
    /// Compact layout for an article column, with a link to the full explorer.
    pub embed: bool,
    /// Origins whose messages the embed accepts (empty: the parent page's, whatever it is).
    pub origins: Vec<String>,
    /// The interface's language the link asks for (`ui=sr-Cyrl`): an
    /// explorer embedded in an article in that language.
    pub interface: Option<Locale>,
}

/// What a fragment says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub state: ViewState,
    pub mode: Mode,
    /// What was left out, and why ("no name “xyz” in this corpus").
    pub problems: Vec<LinkProblem>,
}

/// Whether a flag's value switches it on: `embed`, `embed=1`, `embed=on`,
/// `embed=true` (`embed=0` and anything else leave it off). The one rule for
/// flags, in the fragment and in the page's query string alike.
pub fn flag(value: &str) -> bool {
    matches!(value, "" | "1" | "on" | "true")
}

/// The settings that say a view (not a story, a corpus or a mode).
const VIEW_KEYS: [&str; 12] = [
    "q",
    "with",
    "without",
    "from",
    "to",
    "doc",
    "at",
    "view",
    "sort",
    "kwic",
    "exact",
    "underline",
];

/// The fragment (without `#`) for `state` shown in `mode`. A story's step is
/// `story=NAME&step=N`, followed by the view only when the reader has made
/// another of it (an empty one written `q=`). `stories`: those being told
/// (the index's, and those written in the page).
pub fn encode(index: &Index, stories: &[Story], state: &ViewState, mode: &Mode) -> String {
    let mut parts: Vec<String> = Vec::new();
    let playing = state
        .story
        .and_then(|at| Some((at, stories.get(at.story)?)));
    if let Some((at, story)) = playing {
        parts.push(format!("story={}", utf8_percent_encode(&story.name, VALUE)));
        parts.push(format!("step={}", at.step + 1));
        let on_step = step_view(index, stories, at).is_some_and(|v| v.same_view(state));
        if !on_step {
            let view = view_settings(index, state);
            if view.is_empty() {
                parts.push("q=".into());
            }
            parts.extend(view);
        }
    } else {
        parts = view_settings(index, state);
    }
    // A view names the corpus it is of: opened over other articles, it says so.
    if !parts.is_empty() {
        parts.push(format!(
            "corpus={}",
            utf8_percent_encode(&index.info.file_name, VALUE)
        ));
    }
    if let Some(l) = mode.interface {
        parts.push(format!("ui={}", l.tag()));
    }
    if mode.embed {
        parts.push("embed".into());
        for o in &mode.origins {
            parts.push(format!("origin={}", utf8_percent_encode(o, VALUE)));
        }
    }
    parts.join("&")
}

/// The view of `state` as a story's step keeps it: a link's fragment
/// (without `#`) of its view alone, with no story or corpus named.
pub fn step_fragment(index: &Index, state: &ViewState) -> String {
    view_settings(index, state).join("&")
}

/// The settings of a link that say `state`'s view, defaults left out.
fn view_settings(index: &Index, state: &ViewState) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut put = |key: &str, value: &str| {
        parts.push(format!("{key}={}", utf8_percent_encode(value, VALUE)));
    };
    if !state.query.is_empty() {
        put("q", &state.query);
    }
    for chip in &state.chips {
        if let Some(e) = index.entities.get(chip.entity) {
            put(if chip.exclude { "without" } else { "with" }, &e.id);
        }
    }
    if let Some((from, to)) = state.timeline_range {
        put("from", &civil_from_days(from).to_string());
        put("to", &civil_from_days(to).to_string());
    }
    if let Some(doc) = state.open_doc.and_then(|d| index.documents.get(d as usize)) {
        put("doc", &doc.id);
        if let Some(p) = state.passage {
            put("at", &format!("{}-{}", p.start(), p.end()));
        }
    }
    if state.view != View::default() {
        put("view", name_of(&VIEWS, state.view));
    }
    if state.sort != Sort::default() {
        put("sort", name_of(&SORTS, state.sort));
    }
    if state.concordance_sort != ConcordanceSort::default() {
        put("kwic", name_of(&CONCORDANCE_SORTS, state.concordance_sort));
    }
    if state.exact {
        parts.push("exact".into());
    }
    if state.hide_mentions {
        parts.push("underline=off".into());
    }
    parts
}

/// Whether the reader, playing a story, has made another view of its step's
/// (then the story offers to go back to it).
pub fn left_step(index: &Index, stories: &[Story], state: &ViewState) -> bool {
    let step = state.story.and_then(|at| step_view(index, stories, at));
    step.is_some_and(|v| !v.same_view(state))
}

/// The view step `at` shows (its link read as the page reads one), playing
/// it; `None` if `stories` have no such step.
pub fn step_view(index: &Index, stories: &[Story], at: StoryAt) -> Option<ViewState> {
    let step = stories.get(at.story)?.steps.get(at.step)?;
    let mut state = decode_with(index, None, &step.view).state;
    state.story = Some(at);
    Some(state)
}

/// The settings of a fragment (with or without its `#`), decoded, in order;
/// a value that is not UTF-8 once decoded is `None`.
fn settings(fragment: &str) -> impl Iterator<Item = (&str, Option<String>)> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').filter(|p| !p.is_empty()).map(|part| {
        let (key, raw) = part.split_once('=').unwrap_or((part, ""));
        let value = percent_decode_str(raw).decode_utf8().ok();
        (key, value.map(|v| v.into_owned()))
    })
}

/// The view a fragment (with or without its `#`) describes, its story's step
/// one of `stories`.
pub fn decode(index: &Index, stories: &[Story], fragment: &str) -> Decoded {
    decode_with(index, Some(stories), fragment)
}

/// A story's step's own view: a link read as [`decode`] reads it, without
/// `story=` and `step=`.
pub fn decode_view(index: &Index, fragment: &str) -> Decoded {
    decode_with(index, None, fragment)
}

/// [`decode`], reading `story=` and `step=` if given `stories` (not in a
/// step's own view).
fn decode_with(index: &Index, stories: Option<&[Story]>, fragment: &str) -> Decoded {
    let (mut request, mut mode, mut problems) = (Request::default(), Mode::default(), Vec::new());
    let (mut story, mut step, mut view_given) = (None, None, false);
    for (key, value) in settings(fragment) {
        view_given |= VIEW_KEYS.contains(&key);
        let problem = match (key, value) {
            ("story", Some(v)) if stories.is_some() => {
                story = Some(v);
                None
            }
            ("step", Some(v)) if stories.is_some() => {
                step = Some(v);
                None
            }
            ("story" | "step", Some(_)) => None,
            (key, Some(value)) => read_setting(index, (key, &value), &mut request, &mut mode),
            (key, None) => Some(LinkProblem::NotText(key.to_string())),
        };
        problems.extend(problem);
    }
    let (mut state, unused) = request.resolve(index);
    problems.splice(0..0, unused.into_iter().map(|p| p.what));
    if let (Some(name), Some(stories)) = (story, stories) {
        match story_step(stories, &name, step.as_deref()) {
            Ok(at) => {
                if !view_given {
                    state = step_view(index, stories, at).unwrap_or_default();
                }
                state.story = Some(at);
            }
            Err(problem) => problems.push(problem),
        }
    }
    Decoded {
        state,
        mode,
        problems,
    }
}

/// The step a link names: story `name`, step `step` (from 1; the first if
/// not given).
pub fn story_step(
    stories: &[Story],
    name: &str,
    step: Option<&str>,
) -> Result<StoryAt, LinkProblem> {
    let Some(story) = stories.iter().position(|s| s.name == name) else {
        return Err(LinkProblem::NoStory(name.to_string()));
    };
    let count = stories[story].steps.len();
    let step = match step {
        None => 0,
        Some(asked) => match asked.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => n - 1,
            _ => {
                return Err(LinkProblem::NoStep(
                    name.to_string(),
                    asked.to_string(),
                    count,
                ))
            }
        },
    };
    Ok(StoryAt { story, step })
}

/// Reads one setting of a link into `request` (or `mode`): what is wrong with
/// it, beyond what [`Request::resolve`] checks.
fn read_setting(
    index: &Index,
    (key, value): (&str, &str),
    request: &mut Request,
    mode: &mut Mode,
) -> Option<LinkProblem> {
    let text = || Some(value.to_string());
    match key {
        "q" => request.query = text(),
        "with" | "without" => request.names.push((value.to_string(), key == "without")),
        "from" => request.from = text(),
        "to" => request.to = text(),
        "doc" => request.doc = text(),
        "at" => request.passage = Some(PassageAsked::Offsets(value.to_string())),
        "view" => request.view = text(),
        "sort" => request.sort = text(),
        "kwic" => request.concordance_sort = text(),
        "exact" => request.exact = flag(value),
        "underline" => request.hide_mentions = value == "off",
        "corpus" if value == index.info.file_name => {}
        "corpus" => {
            let title = index.info.title.clone();
            return Some(LinkProblem::OtherCorpus(value.to_string(), title));
        }
        "embed" => mode.embed = flag(value),
        "origin" => return read_origin(value, mode),
        "ui" => match Locale::from_tag(value) {
            Some(l) => mode.interface = Some(l),
            None => return Some(LinkProblem::NotAnInterface(value.to_string())),
        },
        _ => return Some(LinkProblem::UnknownSetting(key.to_string())),
    }
    None
}

/// An origin whose messages an embedded explorer accepts.
fn read_origin(value: &str, mode: &mut Mode) -> Option<LinkProblem> {
    if value == "null" {
        return Some(LinkProblem::NullOrigin);
    }
    if !is_origin(value) {
        return Some(LinkProblem::NotAnOrigin(value.to_string()));
    }
    mode.origins.push(value.to_string());
    None
}

/// The value of setting `key` in `fragment`, if set (decoded).
fn setting(fragment: &str, key: &str) -> Option<String> {
    settings(fragment)
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.unwrap_or_default())
}

/// The interface's language a link asks for (`ui=`), if it asks for one the
/// interface speaks.
pub fn interface_of(fragment: &str) -> Option<Locale> {
    setting(fragment, "ui").and_then(|tag| Locale::from_tag(&tag))
}

/// The corpus a link names (`corpus=`), if it names one.
pub fn corpus_of(fragment: &str) -> Option<String> {
    setting(fragment, "corpus")
}

/// Whether a page opened at `fragment`, with the query string `search` (with
/// or without its `?`), shows the embedded layout: `embed` in either (for
/// hosts that cannot set a fragment), by the same rule ([`flag`]).
pub fn embed_asked(fragment: &str, search: &str) -> bool {
    let search = search.strip_prefix('?').unwrap_or(search);
    [fragment, search]
        .into_iter()
        .any(|part| setting(part, "embed").is_some_and(|v| flag(&v)))
}

/// `href` (a page address) showing the view `fragment` in the full explorer:
/// its own fragment replaced and any `embed` flag in its query string dropped.
pub fn full_link(href: &str, fragment: &str) -> String {
    let page = href.split('#').next().unwrap_or(href);
    let (path, search) = page.split_once('?').unwrap_or((page, ""));
    let kept: Vec<&str> = search
        .split('&')
        .filter(|p| !p.is_empty() && *p != "embed" && !p.starts_with("embed="))
        .collect();
    let mut out = path.to_string();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    if !fragment.is_empty() {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// `scheme://host[:port]`, nothing after. Never "null": every sandboxed
/// frame and data: page has that origin, so allowing it allows anyone.
fn is_origin(s: &str) -> bool {
    match s.split_once("://") {
        Some((scheme, rest)) => {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '+')
                && !rest.is_empty()
                && !rest.contains('/')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Texts;

    #[test]
    fn problems_are_said_in_the_interfaces_words() {
        use crate::i18n::Locale;
        let i = index();
        let d = decode(&i, &i.stories, "#with=xyz&view=size&from=soon");
        let said = |l| {
            let t = Texts::new(l);
            d.problems.iter().map(|p| p.message(&t)).collect::<Vec<_>>()
        };
        assert_eq!(
            said(Locale::SrLatn),
            [
                "u ovom korpusu nema imena „xyz“",
                "„soon“ nije datum (YYYY-MM-DD)",
                "prikaz „size“ nije među ponuđenima: reader, concordance, connections, quotes",
            ]
        );
        assert_eq!(said(Locale::SrCyrl)[0], "у овом корпусу нема имена „xyz“");
        assert_eq!(said(Locale::SrCyrl)[1], "„soon“ није датум (YYYY-MM-DD)");
        assert_eq!(said(Locale::Sq)[0], "nuk ka emër „xyz“ në këtë korpus");
    }

    /// A decoded link's problems, in English.
    fn said(d: &Decoded) -> Vec<String> {
        let t = Texts::english();
        d.problems.iter().map(|p| p.message(&t)).collect()
    }
    use crate::model::index::{Document, Entity};
    use crate::model::kinds::EntityKind;
    use crate::model::story::{Step, Story};
    use crate::search::EntityFilter;
    use crate::text::span::Span;
    use crate::time::calendar::days_from_civil;

    fn index() -> Index {
        let documents = vec![
            Document::from_text("dw-1", "Kurti asked for more troops. Vučić said no."),
            Document::from_text("rfe-2", "KFOR was deployed in 1999."),
        ];
        let mut entities = Vec::new();
        for (id, name, variants) in [
            ("albin-kurti", "Albin Kurti", vec!["Kurti"]),
            (
                "aleksandar-vucic",
                "Aleksandar Vučić",
                vec!["Vučić", "Vucic"],
            ),
            ("kfor", "KFOR", vec!["KFOR"]),
        ] {
            entities.push(Entity {
                id: id.into(),
                name: name.into(),
                kind: EntityKind::Person,
                roles: vec![],
                description: None,
                variants: variants.into_iter().map(String::from).collect(),
                mentions: vec![],
            });
        }
        let mut index = Index::new(documents, entities, vec![]);
        (index.info.title, index.info.file_name) = ("Talks".into(), "talks".into());
        let step = |view: &str| Step {
            view: view.into(),
            ..Step::default()
        };
        index.stories.push(Story {
            name: "walk".into(),
            title: "A walk".into(),
            description: None,
            steps: vec![step("q=kfor"), step("with=albin-kurti&doc=dw-1&story=walk")],
        });
        index
    }

    #[test]
    fn a_story_step_is_its_view_until_the_reader_makes_another() {
        let at = |step| Some(StoryAt { story: 0, step });
        let kfor = ViewState {
            query: "kfor".into(),
            story: at(0),
            ..ViewState::default()
        };
        // The first step when none is named; a step's view as its link says it.
        check("story=walk&step=1&corpus=talks", kfor.clone(), &[], None);
        check(
            "story=walk",
            kfor.clone(),
            &[],
            Some("story=walk&step=1&corpus=talks"),
        );
        let kurti = ViewState {
            chips: vec![EntityFilter::include(0)],
            open_doc: Some(0),
            story: at(1),
            ..ViewState::default()
        };
        check("story=walk&step=2&corpus=talks", kurti, &[], None);
        // The reader's own view at a step, and an empty one.
        let explored = ViewState {
            query: "troops".into(),
            story: at(1),
            ..ViewState::default()
        };
        check(
            "story=walk&step=2&q=troops&corpus=talks",
            explored,
            &[],
            None,
        );
        let empty = ViewState {
            story: at(0),
            ..ViewState::default()
        };
        check(
            "story=walk&step=1&q=&corpus=talks",
            empty.clone(),
            &[],
            None,
        );
        let index = index();
        let left = |state: &ViewState| left_step(&index, &index.stories, state);
        assert!(left(&empty));
        assert!(!left(&decode(&index, &index.stories, "story=walk").state));
        assert!(!left(&ViewState::default()));
        // A view kept as a step: its view alone.
        let kurti = decode(&index, &index.stories, "story=walk&step=2").state;
        assert_eq!(step_fragment(&index, &kurti), "with=albin-kurti&doc=dw-1");
        assert_eq!(step_fragment(&index, &ViewState::default()), "");
        // What cannot be used is said; the rest of the view stays.
        let plain = ViewState {
            query: "x".into(),
            ..ViewState::default()
        };
        check(
            "story=tour&q=x",
            plain.clone(),
            &["no story “tour” in this corpus"],
            Some("q=x&corpus=talks"),
        );
        check(
            "story=walk&step=3&q=x",
            plain,
            &["the story “walk” has no step “3” (its steps are 1 to 2)"],
            Some("q=x&corpus=talks"),
        );
    }

    /// Decoding `fragment` gives `expected` and these problems; encoding it again
    /// gives `canonical` (the fragment itself when `None`).
    fn check(fragment: &str, expected: ViewState, problems: &[&str], canonical: Option<&str>) {
        let index = index();
        let decoded = decode(&index, &index.stories, fragment);
        assert_eq!(decoded.state, expected, "{fragment}");
        assert_eq!(said(&decoded), problems, "{fragment}");
        let again = encode(&index, &index.stories, &decoded.state, &decoded.mode);
        assert_eq!(again, canonical.unwrap_or(fragment), "{fragment}");
        assert_eq!(
            decode(&index, &index.stories, &again).state,
            expected,
            "round trip of {fragment}"
        );
    }

    #[test]
    fn links_round_trip() {
        let text = "Kurti asked for more troops. Vučić said no.";
        check("", ViewState::default(), &[], None);
        check(
            "q=kfor%20troops&with=albin-kurti&without=kfor&with=aleksandar-vucic&corpus=talks",
            ViewState {
                query: "kfor troops".into(),
                chips: vec![
                    EntityFilter::include(0),
                    EntityFilter::exclude(2),
                    EntityFilter::include(1),
                ],
                ..ViewState::default()
            },
            &[],
            None,
        );
        check(
            "q=%22more%20troops%22%20-nato%20outlet:DW*&from=2022-08-01&to=2022-08-31&doc=dw-1&at=29-43&view=concordance&sort=date&kwic=left&exact&underline=off&corpus=talks",
            ViewState {
                query: "\"more troops\" -nato outlet:DW*".into(),
                timeline_range: Some((days_from_civil(2022, 8, 1), days_from_civil(2022, 8, 31))),
                open_doc: Some(0),
                passage: Some(Span::new(text, 29, 43)),
                view: View::Concordance,
                sort: Sort::Date,
                concordance_sort: ConcordanceSort::Left,
                exact: true,
                hide_mentions: true,
                ..ViewState::default()
            },
            &[],
            None,
        );
        // Names by spelling; a single day; the reader's defaults said out loud; a+b.
        check(
            "#with=Vucic&from=2022-08-17&view=reader&sort=relevance&q=a+b%26c%3Dd",
            ViewState {
                query: "a+b&c=d".into(),
                chips: vec![EntityFilter::include(1)],
                timeline_range: Some((days_from_civil(2022, 8, 17), days_from_civil(2022, 8, 17))),
                ..ViewState::default()
            },
            &[],
            Some(
                "q=a%2Bb%26c%3Dd&with=aleksandar-vucic&from=2022-08-17&to=2022-08-17&corpus=talks",
            ),
        );
    }

    #[test]
    fn what_cannot_be_used_is_left_out_and_said() {
        check(
            "q=kfor&with=nobody&doc=missing&from=2022-13-01&colour=red&view=map&corpus=other-talks",
            ViewState {
                query: "kfor".into(),
                ..ViewState::default()
            },
            &[
                "no name “nobody” in this corpus",
                "“2022-13-01” is not a date (YYYY-MM-DD)",
                "no document “missing” in this corpus",
                "the view “map” is not one of reader, concordance, connections, quotes",
                "the setting “colour” is unknown",
                "this link is for other articles (“other-talks”), not “Talks”: open those with “Open your own articles” to see its view",
            ],
            Some("q=kfor&corpus=talks"),
        );
        // Passages: outside the text, inside a character, backwards, without a document.
        let at = |fragment: &str, problem: &str| {
            let d = decode(&index(), &[], fragment);
            assert_eq!(d.state.passage, None, "{fragment}");
            assert_eq!(said(&d), [problem], "{fragment}");
        };
        at(
            "doc=dw-1&at=0-400",
            "“0-400” is not a passage of that document",
        );
        at(
            "doc=dw-1&at=30-32",
            "“30-32” is not a passage of that document",
        );
        at("doc=dw-1&at=9-3", "“9-3” is not a passage of that document");
        at("doc=dw-1&at=x", "“x” is not a passage of that document");
        at("at=0-5", "a passage needs a document (doc)");
        let d = decode(&index(), &[], "sort=size&kwic=middle");
        assert_eq!(
            said(&d),
            [
                "the order “size” is not one of relevance, date, outlet",
                "the concordance order “middle” is not one of document, left, right"
            ]
        );
        let d = decode(&index(), &[], "q=%FF%FE&with=kfor&with=kfor");
        assert_eq!(said(&d), ["“q” is not valid text in this link"]);
        assert_eq!(d.state.chips, [EntityFilter::include(2)], "a name once");
    }

    #[test]
    fn full_links_leave_embed_mode() {
        let check = |href: &str, fragment: &str, expected: &str| {
            assert_eq!(full_link(href, fragment), expected, "{href}");
        };
        check(
            "https://x.org/explorer/#q=a&embed",
            "q=a",
            "https://x.org/explorer/#q=a",
        );
        check("https://x.org/?embed&v=2#embed", "", "https://x.org/?v=2");
        check(
            "file:///media/usb/explorer.html?embed=1",
            "doc=d",
            "file:///media/usb/explorer.html#doc=d",
        );
    }

    #[test]
    fn the_interface_language_a_link_asks_for() {
        let d = decode(&index(), &[], "q=kfor&ui=sr-Latn&embed");
        assert_eq!(d.mode.interface, Some(Locale::SrLatn));
        assert!(d.problems.is_empty());
        assert_eq!(
            encode(&index(), &[], &d.state, &d.mode),
            "q=kfor&corpus=talks&ui=sr-Latn&embed"
        );
        assert_eq!(interface_of("#embed&ui=sr"), Some(Locale::SrCyrl));
        assert_eq!(interface_of("#ui=SQ"), Some(Locale::Sq));
        assert_eq!(interface_of("#ui=de"), None);
        assert_eq!(interface_of("#q=ui"), None);
        let d = decode(&index(), &[], "ui=de");
        assert_eq!(d.mode.interface, None);
        assert_eq!(
            said(&d),
            ["the interface language “de” is not one of en, sr-Latn, sr-Cyrl, sq"]
        );
    }

    #[test]
    fn embed_mode_and_origins() {
        let d = decode(
            &index(),
            &[],
            "q=kfor&embed&origin=https://news.example&origin=http://127.0.0.1:8000&origin=javascript:x&origin=null",
        );
        assert_eq!(
            d.mode,
            Mode {
                embed: true,
                origins: vec![
                    "https://news.example".into(),
                    "http://127.0.0.1:8000".into()
                ],
                interface: None,
            }
        );
        assert_eq!(
            said(&d),
            [
                "“javascript:x” is not an origin (like https://example.org)",
                "“null” cannot be an allowed origin: any sandboxed frame has it"
            ]
        );
        assert_eq!(
            encode(&index(), &[], &d.state, &d.mode),
            "q=kfor&corpus=talks&embed&origin=https://news.example&origin=http://127.0.0.1:8000"
        );
        assert!(!decode(&index(), &[], "embed=0").mode.embed);
        assert_eq!(
            encode(&index(), &[], &ViewState::default(), &d.mode)
                .split('&')
                .next(),
            Some("embed"),
            "no view, no corpus"
        );
    }

    #[test]
    fn links_name_their_corpus() {
        let check = |fragment: &str, corpus: Option<&str>| {
            assert_eq!(corpus_of(fragment).as_deref(), corpus, "{fragment}");
        };
        check("#q=kfor&corpus=talks", Some("talks"));
        check("q=kfor&corpus=my%20talks&embed", Some("my talks"));
        check("q=kfor&embed=0", None);
        check("", None);
    }

    #[test]
    fn embed_is_asked_alike_in_the_fragment_and_the_query_string() {
        let check = |fragment: &str, search: &str, embed: bool| {
            assert_eq!(
                embed_asked(fragment, search),
                embed,
                "#{fragment} ?{search}"
            );
            if search.is_empty() {
                assert_eq!(
                    decode(&index(), &[], fragment).mode.embed,
                    embed,
                    "#{fragment}"
                );
            }
        };
        for on in ["embed", "embed=1", "embed=on", "embed=true"] {
            check(&format!("q=kfor&{on}"), "", true);
            check("q=kfor", &format!("?v=2&{on}"), true);
            check("", on, true);
        }
        for off in ["embed=0", "embed=false", "embedded", "q=embed", ""] {
            check(off, "", false);
            check("", &format!("?{off}"), false);
        }
    }

    /// Pieces fragments are made of: keys, values, separators, escapes.
    fn fragment_piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            Just("q=".to_string()),
            Just("with=".to_string()),
            Just("without=".to_string()),
            Just("from=".to_string()),
            Just("to=".to_string()),
            Just("doc=".to_string()),
            Just("at=".to_string()),
            Just("view=".to_string()),
            Just("sort=".to_string()),
            Just("embed".to_string()),
            Just("origin=".to_string()),
            Just("&".to_string()),
            Just("=".to_string()),
            Just("%".to_string()),
            Just("%E2%80%AE".to_string()),
            Just("%FF".to_string()),
            Just("kurti".to_string()),
            Just("dw-1".to_string()),
            Just("2022-08-17".to_string()),
            Just("0-12".to_string()),
            Just("concordance".to_string()),
            "[ -~]{0,5}",
            "\\PC{0,3}",
        ]
    }

    proptest::proptest! {

        /// Any fragment decodes without failing, and what it decodes to
        /// encodes to a fragment that decodes to the same view.
        #[test]
        fn any_fragment_decodes_and_reencodes_stably(parts in proptest::collection::vec(fragment_piece(), 0..16)) {
            let index = index();
            let fragment: String = parts.concat();
            let decoded = decode(&index, &index.stories, &fragment);
            let again = decode(&index, &index.stories, &encode(&index, &index.stories, &decoded.state, &decoded.mode));
            proptest::prop_assert_eq!(&again.state, &decoded.state);
            proptest::prop_assert!(again.problems.is_empty(), "{:?}", again.problems);
        }
    }
}
