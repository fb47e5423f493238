//! Links that reproduce a view: the user's inputs as a URL fragment, and back.
//!
//! `#q=kfor&with=albin-kurti&without=nato&from=2022-08-01&to=2022-08-31&doc=dw-2022-08-17&at=120-236`
//!
//! Names and documents are named by their stable ids (slugs of names, file stems),
//! so a link survives a rebuild of the index. Decoding never fails: what it cannot
//! use is left out and described in `problems`, for a quiet notice.

use super::state::{View, ViewState};
use corpus_core::search::concordance::ConcordanceSort;
use corpus_core::search::{EntityFilter, Sort};
use corpus_core::time::calendar::{civil_from_days, day_range, days_from_civil, PartialDate};
use corpus_core::{Index, Span};
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

/// The names links and host messages give the views, default first.
pub const VIEWS: [(&str, View); 4] = [
    ("reader", View::Reader),
    ("concordance", View::Concordance),
    ("connections", View::Connections),
    ("quotes", View::Quotes),
];
const SORTS: [(&str, Sort); 3] = [
    ("relevance", Sort::Relevance),
    ("date", Sort::Date),
    ("outlet", Sort::Outlet),
];
const KWIC_SORTS: [(&str, ConcordanceSort); 3] = [
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

/// Sets `field` to `value` if there is one; else the problem.
fn set<T>(field: &mut T, value: Option<T>, problem: impl FnOnce() -> String) -> Option<String> {
    match value {
        Some(v) => {
            *field = v;
            None
        }
        None => Some(problem()),
    }
}

/// How the page is shown: settings of the frame rather than of the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mode {
    /// Compact layout for an article column, with a link to the full explorer.
    pub embed: bool,
    /// Origins whose messages the embed accepts (empty: the parent page's, whatever it is).
    pub origins: Vec<String>,
}

/// What a fragment says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub state: ViewState,
    pub mode: Mode,
    /// What was left out, in words ("no name “xyz” in this corpus").
    pub problems: Vec<String>,
}

/// The fragment (without `#`) for `state` shown in `mode`.
pub fn encode(index: &Index, state: &ViewState, mode: &Mode) -> String {
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
    // Defaults are left out.
    if state.view != View::default() {
        put("view", name_of(&VIEWS, state.view));
    }
    if state.sort != Sort::default() {
        put("sort", name_of(&SORTS, state.sort));
    }
    if state.concordance_sort != ConcordanceSort::default() {
        put("kwic", name_of(&KWIC_SORTS, state.concordance_sort));
    }
    if state.exact {
        parts.push("exact".into());
    }
    if state.hide_mentions {
        parts.push("underline=off".into());
    }
    // A view names the corpus it is of: opened over other articles, it says so.
    if !parts.is_empty() {
        parts.push(format!(
            "corpus={}",
            utf8_percent_encode(&index.info.file_name, VALUE)
        ));
    }
    if mode.embed {
        parts.push("embed".into());
        for o in &mode.origins {
            parts.push(format!("origin={}", utf8_percent_encode(o, VALUE)));
        }
    }
    parts.join("&")
}

/// The view a fragment (with or without its `#`) describes.
pub fn decode(index: &Index, fragment: &str) -> Decoded {
    let mut out = Decoded::default();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut later = Later::default();
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = part.split_once('=').unwrap_or((part, ""));
        let problem = match percent_decode_str(raw).decode_utf8() {
            Ok(value) => read_setting(index, key, value.as_ref(), &mut out, &mut later),
            Err(_) => Some(format!("“{key}” is not valid text in this link")),
        };
        out.problems.extend(problem);
    }
    later.apply(index, &mut out);
    out
}

/// Settings read once every part has been: the days picked and the passage
/// (which needs its document).
#[derive(Default)]
struct Later {
    from: Option<i64>,
    to: Option<i64>,
    at: Option<String>,
}

impl Later {
    fn apply(self, index: &Index, out: &mut Decoded) {
        match (self.from, self.to) {
            (Some(a), Some(b)) => out.state.timeline_range = Some(day_range(a, b)),
            (Some(a), None) | (None, Some(a)) => out.state.timeline_range = Some((a, a)),
            (None, None) => {}
        }
        let Some(at) = self.at else { return };
        match (
            out.state.open_doc,
            parse_passage(index, out.state.open_doc, &at),
        ) {
            (Some(_), Some(span)) => out.state.passage = Some(span),
            (None, _) => out
                .problems
                .push("a passage (“at”) needs a document (“doc”)".into()),
            (Some(_), None) => out
                .problems
                .push(format!("“{at}” is not a passage of that document")),
        }
    }
}

/// Reads one setting of a link into `out` (or `later`): what is wrong with it.
fn read_setting(
    index: &Index,
    key: &str,
    value: &str,
    out: &mut Decoded,
    later: &mut Later,
) -> Option<String> {
    let s = &mut out.state;
    let flag = |v: &str| matches!(v, "" | "1" | "on" | "true");
    let bad = |what: &str| format!("{what} “{value}” is not understood");
    match key {
        "q" => s.query = value.to_string(),
        "with" | "without" => match index.entity_named(value) {
            Some(e) if s.chips.iter().any(|c| c.entity == e) => {}
            Some(e) => s.chips.push(EntityFilter {
                entity: e,
                exclude: key == "without",
            }),
            None => return Some(format!("no name “{value}” in this corpus")),
        },
        "from" | "to" => match parse_day(value) {
            Some(day) if key == "from" => later.from = Some(day),
            Some(day) => later.to = Some(day),
            None => return Some(format!("“{value}” is not a date (YYYY-MM-DD)")),
        },
        "doc" => match document_by_id(index, value) {
            Some(d) => s.open_doc = Some(d),
            None => return Some(format!("no document “{value}” in this corpus")),
        },
        "at" => later.at = Some(value.to_string()),
        "view" => return set(&mut s.view, named(&VIEWS, value), || bad("the view")),
        "sort" => return set(&mut s.sort, named(&SORTS, value), || bad("the order")),
        "kwic" => {
            return set(&mut s.concordance_sort, named(&KWIC_SORTS, value), || {
                bad("the concordance order")
            })
        }
        "corpus" if value == index.info.file_name => {}
        "corpus" => {
            return Some(format!(
                "this link is for other articles (“{value}”), not “{}”: open those with “Open your own articles” to see its view",
                index.info.title
            ))
        }
        "exact" => s.exact = flag(value),
        "underline" => s.hide_mentions = value == "off",
        "embed" => out.mode.embed = flag(value),
        "origin" if is_origin(value) => out.mode.origins.push(value.to_string()),
        "origin" if value == "null" => {
            return Some(
                "“null” cannot be an allowed origin: any sandboxed frame has it".to_string(),
            )
        }
        "origin" => {
            return Some(format!(
                "“{value}” is not an origin (like https://example.org)"
            ))
        }
        _ => return Some(format!("the setting “{key}” is unknown")),
    }
    None
}

/// The value of setting `key` in `fragment`, if set (decoded).
fn setting(fragment: &str, key: &str) -> Option<String> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .split('&')
        .find_map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k == key).then(|| percent_decode_str(v).decode_utf8_lossy().into_owned())
        })
}

/// The corpus a link names (`corpus=`), if it names one.
pub fn corpus_of(fragment: &str) -> Option<String> {
    setting(fragment, "corpus")
}

/// Whether a link asks for the embedded layout (`embed`).
pub fn embed_asked(fragment: &str) -> bool {
    setting(fragment, "embed").is_some_and(|v| matches!(v.as_str(), "" | "1" | "on" | "true"))
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

/// A document by its id (its file's stem).
pub fn document_by_id(index: &Index, id: &str) -> Option<u32> {
    index
        .documents
        .iter()
        .position(|d| d.id == id.trim())
        .map(|d| d as u32)
}

/// A day (`YYYY-MM-DD`) as days since 1970-01-01.
pub fn parse_day(s: &str) -> Option<i64> {
    let d = PartialDate::parse_iso(s.trim())?;
    Some(days_from_civil(d.year as i64, d.month?, d.day?))
}

/// `start-end` byte offsets of a passage of document `doc`, on character boundaries.
fn parse_passage(index: &Index, doc: Option<u32>, s: &str) -> Option<Span> {
    let text = &index.documents.get(doc? as usize)?.text;
    let (a, b) = s.split_once('-')?;
    let (start, end): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
    (start < end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end))
        .then(|| Span::new(text, start, end))
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
    use corpus_core::model::index::{Document, Entity};
    use corpus_core::model::kinds::EntityKind;

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
        index
    }

    /// Decoding `fragment` gives `expected` and these problems; encoding it again
    /// gives `canonical` (the fragment itself when `None`).
    fn check(fragment: &str, expected: ViewState, problems: &[&str], canonical: Option<&str>) {
        let index = index();
        let decoded = decode(&index, fragment);
        assert_eq!(decoded.state, expected, "{fragment}");
        assert_eq!(decoded.problems, problems, "{fragment}");
        let again = encode(&index, &decoded.state, &decoded.mode);
        assert_eq!(again, canonical.unwrap_or(fragment), "{fragment}");
        assert_eq!(
            decode(&index, &again).state,
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
                "no document “missing” in this corpus",
                "“2022-13-01” is not a date (YYYY-MM-DD)",
                "the setting “colour” is unknown",
                "the view “map” is not understood",
                "this link is for other articles (“other-talks”), not “Talks”: open those with “Open your own articles” to see its view",
            ],
            Some("q=kfor&corpus=talks"),
        );
        // Passages: outside the text, inside a character, backwards, without a document.
        let at = |fragment: &str, problem: &str| {
            let d = decode(&index(), fragment);
            assert_eq!(d.state.passage, None, "{fragment}");
            assert_eq!(d.problems, [problem], "{fragment}");
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
        at("at=0-5", "a passage (“at”) needs a document (“doc”)");
        let d = decode(&index(), "q=%FF%FE&with=kfor&with=kfor");
        assert_eq!(d.problems, ["“q” is not valid text in this link"]);
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
    fn embed_mode_and_origins() {
        let d = decode(
            &index(),
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
            }
        );
        assert_eq!(
            d.problems,
            [
                "“javascript:x” is not an origin (like https://example.org)",
                "“null” cannot be an allowed origin: any sandboxed frame has it"
            ]
        );
        assert_eq!(
            encode(&index(), &d.state, &d.mode),
            "q=kfor&corpus=talks&embed&origin=https://news.example&origin=http://127.0.0.1:8000"
        );
        assert!(!decode(&index(), "embed=0").mode.embed);
        assert_eq!(
            encode(&index(), &ViewState::default(), &d.mode)
                .split('&')
                .next(),
            Some("embed"),
            "no view, no corpus"
        );
    }

    #[test]
    fn links_name_their_corpus() {
        let check = |fragment: &str, corpus: Option<&str>, embed: bool| {
            assert_eq!(corpus_of(fragment).as_deref(), corpus, "{fragment}");
            assert_eq!(embed_asked(fragment), embed, "{fragment}");
        };
        check("#q=kfor&corpus=talks", Some("talks"), false);
        check("q=kfor&corpus=my%20talks&embed", Some("my talks"), true);
        check("q=kfor&embed=0", None, false);
        check("", None, false);
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

        /// Any fragment decodes without failing, within a time budget, and what
        /// it decodes to encodes to a fragment that decodes to the same view.
        #[test]
        fn any_fragment_decodes_and_reencodes_stably(parts in proptest::collection::vec(fragment_piece(), 0..16)) {
            let index = index();
            let fragment: String = parts.concat();
            let started = std::time::Instant::now();
            let decoded = decode(&index, &fragment);
            let again = decode(&index, &encode(&index, &decoded.state, &decoded.mode));
            proptest::prop_assert_eq!(&again.state, &decoded.state);
            proptest::prop_assert!(again.problems.is_empty(), "{:?}", again.problems);
            proptest::prop_assert!(started.elapsed() < std::time::Duration::from_secs(1));
        }
    }
}
