//! Automatic name detection, for what the curated entity list lacks: runs of
//! capitalised words (not a sentence's common first word, not month or day
//! names), titles stripped and kept as a role ("Prime Minister Albin Kurti" →
//! Albin Kurti, prime minister), acronyms with their definitions ("Kosovo Force
//! (KFOR)", "KFOR, short for Kosovo Force", "KFOR (Kosovo Force)"), and the edit
//! distance used to merge misspellings conservatively.

use super::gazetteer;
use crate::model::kinds::EntityKind;
use crate::text::fold::fold_str;
use crate::text::span::Span;
use crate::text::tokens::tokens;

/// A name found in one document's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The name as written, without its title.
    pub span: Span,
    /// The title in front of it, lower-cased ("prime minister").
    pub role: Option<String>,
    /// What the context says about its kind.
    pub kind: Option<EntityKind>,
    /// The acronym this name is defined with, or the name this acronym stands for.
    pub defines: Option<String>,
}

/// Titles that make the following name a person's, longest first.
const TITLES: &[&str] = &[
    "prime minister",
    "deputy prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "secretary general",
    "secretary-general",
    "president",
    "vice president",
    "chancellor",
    "minister",
    "ambassador",
    "envoy",
    "special envoy",
    "commander",
    "general",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "mr",
    "mrs",
    "ms",
    "dr",
    "pope",
    "king",
    "queen",
    "secretary",
    "state secretary",
    "assistant secretary",
    "governor",
    "gov",
    "director",
    "judge",
    "cardinal",
    "bishop",
    "archbishop",
    "senator",
    "sen",
    "rep",
    "chairman",
    "chairwoman",
    "chief executive",
    "ceo",
    "coach",
    "manager",
    "captain",
    "mayor",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "ayatollah",
    "imam",
    "rabbi",
    "democrat",
    "republican",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "premier",
    "lieutenant",
    "colonel",
    "sergeant",
    "professor",
    "prof",
    "reverend",
    "rev",
    "father",
    "leader",
    "speaker",
    "chief",
    "deputy",
];

/// Words that make a name an organisation's.
const ORGANIZATION_WORDS: &[&str] = &[
    "organization",
    "organisation",
    "force",
    "forces",
    "union",
    "nations",
    "group",
    "party",
    "ministry",
    "council",
    "agency",
    "army",
    "police",
    "bank",
    "committee",
    "commission",
    "office",
    "institute",
    "university",
    "parliament",
    "government",
    "assembly",
    "news",
    "times",
    "post",
    "press",
    "corporation",
    "company",
    "command",
    "mission",
    "alliance",
    "association",
    "court",
    "department",
    // Companies, clubs, media and institutions.
    "corp",
    "inc",
    "ltd",
    "plc",
    "co",
    "holdings",
    "industries",
    "airlines",
    "airways",
    "motors",
    "securities",
    "exchange",
    "bancorp",
    "financial",
    "insurance",
    "trust",
    "federation",
    "club",
    "united",
    "rovers",
    "athletic",
    "reserve",
    "fund",
    "foundation",
    "board",
    "network",
    "radio",
    "television",
    "journal",
    "herald",
    "tribune",
    "telegraph",
    "railways",
    "church",
    "college",
    "academy",
    "hospital",
    "senate",
    "congress",
    "cabinet",
    "movement",
    "front",
    "newsroom",
    "bureau",
    "desk",
    "pharmaceuticals",
    "pharmaceutical",
    "medical",
    "electric",
    "electronics",
    "energy",
    "power",
    "oil",
    "petroleum",
    "telecom",
    "telecommunications",
    "communications",
    "technologies",
    "technology",
    "systems",
    "services",
    "partners",
    "capital",
    "investments",
    "brothers",
    "bros",
    "sa",
    "ag",
    "ab",
    "nv",
    "gmbh",
    "spa",
    "llc",
    "bv",
    "authority",
    "navy",
    "guard",
    "secretariat",
    "treasury",
    "service",
    "fc",
    "afc",
    "wanderers",
    "rangers",
    "hotspur",
    "albion",
    "dynamo",
    "dinamo",
    "sporting",
    "cross",
    "crescent",
    "institution",
    "society",
    "corps",
    "brigade",
    "brigades",
    "militia",
    "tribunal",
    "school",
    "magazine",
    "daily",
    "gazette",
    "review",
    "broadcasting",
    "airport",
];

/// Words that make a name a place's.
const PLACE_WORDS: &[&str] = &[
    "republic",
    "kingdom",
    "sea",
    "river",
    "mountains",
    "city",
    "province",
    "region",
    "street",
    "square",
    "bridge",
    "valley",
    "county",
    "island",
    "islands",
    "balkans",
    "road",
    "avenue",
    "park",
    "stadium",
    "gulf",
    "bay",
    "lake",
    "ocean",
    "peninsula",
    "strait",
    "straits",
    "desert",
    "coast",
    "hills",
    "heights",
    "mount",
    "mountain",
    "canal",
    "port",
    "oblast",
    "district",
];

/// Words that make a name an event (kind other): contests, games, wars,
/// gatherings, prizes.
pub const EVENT_WORDS: &[&str] = &[
    "cup",
    "championship",
    "championships",
    "games",
    "olympics",
    "open",
    "tournament",
    "league",
    "series",
    "trophy",
    "prix",
    "rally",
    "tour",
    "war",
    "festival",
    "summit",
    "conference",
    "prize",
    "award",
    "awards",
    "marathon",
    "derby",
    "day",
    "act",
    "treaty",
    "accord",
    "accords",
    "protocol",
    "revolution",
    "slam",
    "bowl",
    "classic",
    "masters",
    "olympiad",
    "stakes",
    "race",
    "crisis",
    "plan",
    "agreement",
];

/// Verbs of speech, whose subject or object next to a one-word name makes it
/// a person's ("Wang said", "said Lebed").
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "added", "asked", "replied", "insisted",
];

/// Compass points and their adjectives, which start names of regions.
pub const COMPASS_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater",
];

/// Words that may join capitalised words inside a name ("Republic of Kosovo").
const CONNECTORS: &[&str] = &["of", "the", "for", "de", "von", "van", "al"];

/// Whether `word` starts with a capital letter.
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more letters, all capitals (digits allowed): "KFOR", "N1", "EU".
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// An acronym's plural: "IDs", "MPs", "GDRs".
pub fn is_acronym_plural(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(is_acronym)
}

/// The kind a name's own words suggest.
pub fn kind_by_words(name: &str) -> Option<EntityKind> {
    let folded = fold_str(name);
    let has = |list: &[&str]| folded.split(' ').any(|w| list.contains(&w));
    if has(ORGANIZATION_WORDS) {
        Some(EntityKind::Organization)
    } else if has(PLACE_WORDS) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

/// Whether `acronym` can stand for `name` (of two or more capitalised words):
/// each capitalised word gives, in order, its initial and maybe more of its own
/// letters ("KFOR" ← Kosovo FORce); lower-case words ("of", "and") give nothing.
pub fn abbreviates(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<Vec<char>> = name
        .split([' ', '-'])
        .filter(|w| capitalised(w))
        .map(|w| {
            fold_str(w)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect()
        })
        .collect();
    words.len() >= 2 && fits(&letters, &words)
}

fn fits(letters: &[char], words: &[Vec<char>]) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    if letters.first() != word.first() {
        return false;
    }
    (1..=letters.len())
        .any(|k| is_subsequence(&letters[1..k], &word[1..]) && fits(&letters[k..], rest))
}

fn is_subsequence(needle: &[char], hay: &[char]) -> bool {
    let mut hay = hay.iter();
    needle.iter().all(|c| hay.any(|h| h == c))
}

/// Whether the word at byte `start` of `text` opens a sentence or paragraph
/// (`sentence_starts` in order).
pub fn sentence_initial(text: &str, sentence_starts: &[usize], start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    sentence_starts.binary_search(&start).is_ok()
        || before.is_empty()
        || before.ends_with('\n')
        || before
            .trim_end_matches(['"', '“', '‘', '\'', '(', '—', '–', '-'])
            .trim_end()
            .ends_with(['.', '!', '?', ':'])
}

/// One word of the text with its byte range.
#[derive(Clone, Copy)]
struct Word<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

/// Names in `text`. `sentence_starts` are the byte offsets where sentences (and
/// paragraphs) begin, in order; `common` says whether a lower-cased word is an ordinary
/// word of the corpus (seen in lower case somewhere); `places` are offsets where a
/// place's name starts whole (news datelines: "NEW YORK 1996-08-30" keeps "NEW").
pub fn candidates(
    text: &str,
    sentence_starts: &[usize],
    common: &dyn Fn(&str) -> bool,
    places: &[usize],
) -> Vec<Candidate> {
    let ws = joined_words(
        text,
        dotted_acronyms(
            text,
            tokens(text)
                .map(|(start, w)| Word {
                    start,
                    end: start + w.len(),
                    text: w,
                })
                .collect(),
        ),
    );
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !capitalised(ws[i].text) || excluded(&ws[i]) {
            i += 1;
            continue;
        }
        let j = run_end(text, &ws, i);
        let run = &ws[i..j];
        i = j;
        let (role, prefix, rest) = title_in_front(text, run);
        let initial = sentence_initial(text, sentence_starts, run[0].start)
            && !places.contains(&run[0].start);
        // The words before a title name who the person works for
        // ("Cofinec CEO Stephen Frater", "Serbian President Aleksandar Vučić");
        // a people's name may open the rest ("Australian Tom Moody").
        let rest_initial = initial && prefix.is_empty();
        let mut parts = vec![(None, prefix, initial)];
        match nationality_in_front(rest) {
            Some((people, name)) => {
                parts.push((None, people, rest_initial));
                parts.push((role, name, false));
            }
            None => parts.push((role, rest, rest_initial)),
        }
        for (role, part, initial) in parts {
            if let Some(c) = candidate(text, part, role, initial, common) {
                out.push(c);
            }
        }
    }
    out
}

/// The candidate of a run of capitalised words (`role`: the title in front of
/// it; `initial`: whether it opens a sentence), if any is left once a common
/// first word, one letter alone and trailing connectors are taken off.
fn candidate(
    text: &str,
    mut run: &[Word],
    role: Option<String>,
    initial: bool,
    common: &dyn Fn(&str) -> bool,
) -> Option<Candidate> {
    // A sentence's first word, when it is an ordinary word (not a country's
    // or a people's name: "U.S. debt futures fell").
    let ordinary = |w: &Word| {
        common(&fold_str(w.text))
            && !gazetteer::is_known_place(w.text)
            && !gazetteer::is_nationality(w.text)
    };
    if role.is_none() && initial && run.first().is_some_and(ordinary) {
        run = &run[1..];
    }
    // One letter is no name ("I", "A").
    if run.len() == 1 && run[0].text.chars().count() == 1 {
        return None;
    }
    // Trailing connectors never end a name.
    while run.last().is_some_and(|w| CONNECTORS.contains(&w.text)) {
        run = &run[..run.len() - 1];
    }
    let (first, last) = run.first().zip(run.last())?;
    let span = Span::new(text, first.start, last.end);
    let kind = if role.is_some() {
        Some(EntityKind::Person)
    } else {
        kind_by_words(span.slice(text))
    };
    let mut candidate = Candidate {
        span,
        role,
        kind,
        defines: None,
    };
    define_acronym(text, run.len(), &mut candidate);
    Some(candidate)
}

/// A people's name in front of a name, which news writes as one run
/// ("Australian Tom Moody", "Jewish West Bank settlers"): the two apart,
/// unless the rest is one word or names a body or an event ("British
/// Airways", "Bosnian Serbs", "African Nations Cup").
fn nationality_in_front<'r, 't>(run: &'r [Word<'t>]) -> Option<(&'r [Word<'t>], &'r [Word<'t>])> {
    let n = (1..=2.min(run.len().saturating_sub(1))).rev().find(|&n| {
        let words: Vec<&str> = run[..n].iter().map(|w| w.text).collect();
        gazetteer::is_nationality(&words.join(" "))
    })?;
    let rest = &run[n..];
    let telling = rest.iter().any(|w| {
        let w = fold_str(w.text);
        ORGANIZATION_WORDS.contains(&w.as_str()) || EVENT_WORDS.contains(&w.as_str())
    });
    // "Muslim Kosovo": a people's and a place's name side by side.
    let place = rest.len() == 1 && gazetteer::is_known_place(rest[0].text);
    ((rest.len() >= 2 || place) && !telling).then_some((&run[..n], rest))
}

/// The words with dotted initials joined into one: "U.S.", "U.N.", "U.S.A."
/// (capital letters each followed by a full stop, the last one's included).
fn dotted_acronyms<'t>(text: &'t str, ws: Vec<Word<'t>>) -> Vec<Word<'t>> {
    let initial = |w: &Word| {
        w.text.chars().count() == 1
            && w.text.chars().all(char::is_uppercase)
            && text[w.end..].starts_with('.')
    };
    let mut out: Vec<Word> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let mut j = i;
        while j < ws.len() && initial(&ws[j]) && (j == i || ws[j].start == ws[j - 1].end + 1) {
            j += 1;
        }
        if j - i >= 2 {
            let (start, end) = (ws[i].start, ws[j - 1].end + 1);
            out.push(Word {
                start,
                end,
                text: &text[start..end],
            });
            i = j;
        } else {
            out.push(ws[i]);
            i += 1;
        }
    }
    out
}

/// The words that make one word of a name joined: capitalised parts of a
/// hyphenated name ("Nagorno-Karabakh", "Anne-Gaelle", "Bre-X"), an initial
/// and its apostrophe ("O'Neill", "N'Djamena"), and "St." with what follows
/// ("St. Louis"). "New York-based" keeps "York" alone.
fn joined_words<'t>(text: &'t str, ws: Vec<Word<'t>>) -> Vec<Word<'t>> {
    let known =
        |w: &str| gazetteer::is_known_place(w) || gazetteer::is_nationality(w) || is_acronym(w);
    let joins = |a: &Word, b: &Word| {
        let gap = &text[a.end..b.start];
        capitalised(a.text)
            && capitalised(b.text)
            && match gap {
                // Not two places or peoples: "Kosovo-Serbia talks".
                "-" => !(known(a.text) && known(b.text)),
                "'" | "\u{2019}" => a.text.chars().count() == 1,
                ". " => a.text == "St",
                _ => false,
            }
    };
    let mut out: Vec<Word> = Vec::with_capacity(ws.len());
    for w in ws {
        match out.last_mut() {
            Some(last) if joins(last, &w) => {
                last.end = w.end;
                last.text = &text[last.start..w.end];
            }
            _ => out.push(w),
        }
    }
    out
}

/// Month and day names are not names.
fn excluded(w: &Word) -> bool {
    crate::time::calendar::is_month_or_weekday(&fold_str(w.text))
}

/// Where the run of capitalised words starting at word `i` ends: words one
/// space apart, with connectors inside ("Republic of Kosovo").
fn run_end(text: &str, ws: &[Word], i: usize) -> usize {
    let gap = |a: &Word, b: &Word| &text[a.end..b.start];
    let mut j = i + 1;
    while j < ws.len() && gap(&ws[j - 1], &ws[j]) == " " {
        if capitalised(ws[j].text) && !excluded(&ws[j]) {
            j += 1;
        } else if CONNECTORS.contains(&ws[j].text)
            && j + 1 < ws.len()
            && gap(&ws[j], &ws[j + 1]) == " "
            && capitalised(ws[j + 1].text)
            && j > i
            && kind_by_words(ws[j - 1].text).is_some()
        {
            j += 2;
        } else {
            break;
        }
    }
    j
}

/// A title in a run ("Prime Minister Albin Kurti", "Cofinec CEO Stephen
/// Frater"): the role, the words before the title, and the name after it. A
/// title is only one before a name, never before a body ("General Motors").
#[allow(clippy::type_complexity)]
fn title_in_front<'r, 't>(
    text: &str,
    run: &'r [Word<'t>],
) -> (Option<String>, &'r [Word<'t>], &'r [Word<'t>]) {
    for t in (0..run.len().saturating_sub(1)).rev() {
        let rest = &run[t + 1..];
        if kind_by_words(&text[rest[0].start..rest[rest.len() - 1].end]).is_some() {
            continue;
        }
        for from in 0..=t {
            let title = fold_str(&text[run[from].start..run[t].end]);
            let joined = title
                .split([' ', '-', '.'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            if TITLES.iter().any(|x| joined == x.replace('-', " ")) {
                return (Some(joined), &run[..from], rest);
            }
        }
    }
    (None, &[], run)
}

/// The acronym a name of `words` words is defined with, or the long name an
/// acronym stands for: "Long Name (ACR)", "ACR (Long Name)", "ACR, short for
/// Long Name". A long name defining an acronym is an organisation unless its
/// words say otherwise.
fn define_acronym(text: &str, words: usize, candidate: &mut Candidate) {
    let name = candidate.span.slice(text);
    let after = &text[candidate.span.end()..];
    if let Some(inner) = after.strip_prefix(" (").and_then(|r| r.split_once(')')) {
        let inner = inner.0.trim();
        if is_acronym(inner) && words > 1 && abbreviates(inner, name) {
            candidate.defines = Some(inner.to_string());
            if candidate.kind.is_none() {
                candidate.kind = Some(EntityKind::Organization);
            }
        } else if is_acronym(name) && abbreviates(name, inner) {
            candidate.defines = Some(inner.to_string());
        }
    }
    if !is_acronym(name) {
        return;
    }
    for lead in [", short for ", ", which stands for ", " stands for "] {
        if let Some(rest) = after.strip_prefix(lead) {
            let long: Vec<&str> = rest
                .split([',', '.', ';', '(', ')'])
                .next()
                .unwrap_or("")
                .split(' ')
                .take_while(|w| capitalised(w) || CONNECTORS.contains(w))
                .collect();
            let long = long.join(" ");
            if abbreviates(name, &long) {
                candidate.defines = Some(long);
            }
        }
    }
}

/// Words before a name that say it is a place: "in Kosovo", "from Belgrade".
const PLACE_CUES: &[&str] = &[
    "in",
    "from",
    "to",
    "into",
    "across",
    "near",
    "throughout",
    "inside",
    "visit",
    "visited",
    "visiting",
    "between",
];

/// Acronyms of countries, which are places rather than organisations.
pub const COUNTRY_ACRONYMS: &[&str] = &["US", "USA", "UK", "UAE", "DRC"];

/// Lower-case words that end a noun phrase rather than continue it ("the EU and").
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
    "was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "that", "which",
    "who", "it", "its", "also", "not", "amid", "after", "before", "since", "over", "last", "this",
    "when", "where", "while", "because", "if", "than", "so", "he", "she", "they", "we", "but",
    "until", "during", "about", "against",
];

/// What the words around a one-word name say about its kind, from one mention
/// at `span` of `text`: a place after "in", "from", "to the"…; an organisation
/// when an acronym, or after "the" at the end of a noun phrase ("the Bundestag
/// voted"). `None` when the context says nothing.
pub fn kind_by_context(text: &str, span: Span) -> Option<EntityKind> {
    let name = span.slice(text);
    let code = name.chars().count() >= 2
        && name.chars().any(char::is_uppercase)
        && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    if code {
        return Some(if COUNTRY_ACRONYMS.contains(&name) {
            EntityKind::Place
        } else {
            EntityKind::Organization
        });
    }
    let before: Vec<&str> = text[..span.start()]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let after = text[span.end()..]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty());
    // Only whitespace between the name and the word before: not "in. Kosovo".
    let head = &text[..span.start()];
    let adjacent =
        head.ends_with(char::is_whitespace) && head.trim_end().ends_with(char::is_alphanumeric);
    let is = |w: Option<&&str>, list: &[&str]| w.is_some_and(|w| list.contains(w));
    let speaks = |w: Option<&&str>| w.is_some_and(|w| SPEECH_VERBS.contains(w));
    // "Lebed said", also at a sentence's start: who speaks, unless "the" makes
    // it a body ("the Bundestag said").
    let next_to_verb = text[span.end()..].starts_with(' ');
    if next_to_verb && speaks(after.as_ref()) && !(adjacent && before.first() == Some(&"the")) {
        return Some(EntityKind::Person);
    }
    if !adjacent {
        return None;
    }
    // "Interfax news agency said", "the Pirelli group": a body named by a
    // word for one.
    if after.is_some_and(|w| BODY_NOUNS.contains(&w))
        || text[span.end()..].starts_with(" news agency")
    {
        return Some(EntityKind::Organization);
    }
    // Followed by a lower-case content word, the name modifies it ("the Kosovo
    // government", "in the Balkan region") and says nothing of its own kind.
    let ends_phrase = after.is_none_or(|w| {
        // A past-tense verb ends the phrase too: "the Bundestag voted".
        !w.starts_with(char::is_lowercase) || FUNCTION_WORDS.contains(&w) || w.ends_with("ed")
    }) || text[span.end()..].starts_with(['.', ',', ';', ':', ')', '?', '!']);
    if !ends_phrase {
        return None;
    }
    let (first, second) = (before.first(), before.get(1));
    // "said Lebed".
    if speaks(first) {
        return Some(EntityKind::Person);
    }
    if is(first, PLACE_CUES) || (first == Some(&"the") && is(second, PLACE_CUES)) {
        return Some(EntityKind::Place);
    }
    if first == Some(&"the") {
        return Some(EntityKind::Organization);
    }
    None
}

/// Lower-case words for bodies that follow a name: "Interfax agency",
/// "Pirelli group", "the Koha daily".
const BODY_NOUNS: &[&str] = &[
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "company",
    "firm",
    "group",
    "bank",
    "party",
    "club",
    "broadcaster",
    "network",
    "airline",
    "carrier",
    "maker",
    "manufacturer",
    "conglomerate",
    "subsidiary",
    "unit",
];

/// Words next to a team's name in sports news ("Wigan beat Norwich", "Chicago
/// v Atlanta").
const MATCH_WORDS: &[&str] = &[
    "beat", "beats", "v", "vs", "drew", "defeated", "edged", "routed",
];

/// Whether the mention at `span` reads as a sports team's: a score follows it
/// ("Wigan 3 Norwich 1", "Durham 250"), or a word of a match is next to it.
pub fn reads_as_team(text: &str, span: Span) -> bool {
    let after = &text[span.end()..];
    let score = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .filter(|_| after.starts_with(' '));
    let before = text[..span.start()]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(|c: char| !c.is_alphanumeric()).next());
    let matchy = |w: Option<&str>| w.is_some_and(|w| MATCH_WORDS.contains(&w));
    score || matchy(next) || matchy(before)
}

/// Whether `word` looks like a demonym or adjective of one of `others` (other
/// one-word capitalised names of the corpus): "Serbian", "Serb" and "Serbs" of
/// "Serbia", "Kosovar" of "Kosovo", "German" of "Germany", "Balkans" of "Balkan".
pub fn is_demonym(word: &str, others: &[&str]) -> bool {
    OneWordNames::new(others).has_demonym(word)
}

/// The one-word names a demonym may derive from, folded once: asking about
/// every name of a corpus costs one pass over them each, not a fold each.
pub struct OneWordNames(Vec<String>);

impl OneWordNames {
    pub fn new(names: &[&str]) -> OneWordNames {
        OneWordNames(
            names
                .iter()
                .map(|o| fold_str(o))
                .filter(|o| !o.contains(' ') && o.chars().count() >= 4)
                .collect(),
        )
    }

    /// [`is_demonym`] against these names.
    pub fn has_demonym(&self, word: &str) -> bool {
        let w = fold_str(word);
        if ["western", "eastern", "northern", "southern"].contains(&w.as_str()) {
            return true;
        }
        let short = w.trim_end_matches('s');
        self.0.iter().filter(|o| **o != w).any(|o| {
            // "Serbian" of "Serbia", "Kosovar" of "Kosovo".
            derived_from(&w, o)
                // "Serb", "Serbs", "German": the beginning of "Serbia", "Germany",
                // unless that is the derived one ("Serbia" of "Serbian").
                || (short.chars().count() >= 4
                    && o.starts_with(short)
                    && o != short
                    && !derived_from(o, short)
                    && !derived_from(o, &w))
        })
    }
}

/// Whether `a` is `b`, or `b` less its last letter, plus an ending that makes
/// demonyms and adjectives.
fn derived_from(a: &str, b: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "n", "an", "ian", "s", "ns", "ans", "ians", "r", "ar", "ars", "ese", "ish", "i", "is",
    ];
    let ends = |stem: &str| {
        a.strip_prefix(stem)
            .is_some_and(|rest| ENDINGS.contains(&rest))
    };
    let cut = b.char_indices().last().map_or(0, |(i, _)| i);
    ends(b) || (b.chars().count() > 4 && a.len() > b.len() && ends(&b[..cut]))
}

/// Whether `a` and `b` differ by at most one insertion, deletion or substitution
/// of a char.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let p = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[p + 1..] == long[p + 1..]
    } else {
        short[p..] == long[p + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, role, kind, defines)
    type Expected<'a> = (
        &'a str,
        Option<&'a str>,
        Option<EntityKind>,
        Option<&'a str>,
    );
    type Found = (String, Option<String>, Option<EntityKind>, Option<String>);

    /// Names found in `text` (sentences start at offset 0 and after ". "), as
    /// (name, role, kind, defines).
    fn check(text: &str, expected: &[Expected]) {
        let common =
            |w: &str| ["the", "on", "tensions", "in", "he", "what", "however"].contains(&w);
        let got: Vec<Found> = candidates(text, &[0], &common, &[])
            .into_iter()
            .map(|c| (c.span.slice(text).to_string(), c.role, c.kind, c.defines))
            .collect();
        let expected: Vec<Found> = expected
            .iter()
            .map(|(n, r, k, d)| (n.to_string(), r.map(String::from), *k, d.map(String::from)))
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    use EntityKind::*;

    #[test]
    fn context_tells_places_organisations_and_persons() {
        let check = |text: &str, name: &str, expected: Option<EntityKind>| {
            let start = text.find(name).unwrap();
            let span = Span::new(text, start, start + name.len());
            assert_eq!(kind_by_context(text, span), expected, "{name} in {text:?}");
        };
        check("troops in Kosovo were", "Kosovo", Some(Place));
        check("envoys from Belgrade.", "Belgrade", Some(Place));
        check("he flew to the Balkans", "Balkans", Some(Place));
        check("forces in the Balkan region", "Balkan", None);
        check("between Prishtina and Belgrade", "Prishtina", Some(Place));
        check("the EU said", "EU", Some(Organization));
        check("talks with US officials", "US", Some(Place));
        check("N1 reported", "N1", Some(Organization));
        check("a vote in the Bundestag, later", "Bundestag", Some(Place));
        check("the Bundestag voted", "Bundestag", Some(Organization));
        check("the Bundestag.", "Bundestag", Some(Organization));
        // A modifier says nothing: "the Kosovo government", "in Serbian towns"? no.
        check("the Kosovo government", "Kosovo", None);
        check("in. Kosovo", "Kosovo", None);
        // Who speaks is a person, unless "the" makes it a body.
        check("said Kurti on Friday", "Kurti", Some(Person));
        check("as Wang said.", "Wang", Some(Person));
        check("the Bundestag said", "Bundestag", Some(Organization));
        // Also at a sentence's start, where no word comes before.
        check("Lebed said on Friday", "Lebed", Some(Person));
    }

    #[test]
    fn teams_in_sports_results() {
        let check = |text: &str, name: &str, expected: bool| {
            let start = text.find(name).unwrap();
            let span = Span::new(text, start, start + name.len());
            assert_eq!(reads_as_team(text, span), expected, "{name} in {text:?}");
        };
        check("Wigan 3 Norwich 1", "Wigan", true);
        check("Durham 250 and 120", "Durham", true);
        check("Chicago beat Atlanta", "Atlanta", true);
        check("Chicago beat Atlanta", "Chicago", true);
        check("Chicago v Atlanta", "Chicago", true);
        check("in Chicago on Friday", "Chicago", false);
        check("Chicago, 3 miles away", "Chicago", false);
    }

    #[test]
    fn demonyms_and_adjectives_of_other_names() {
        let others = [
            "Serbia",
            "Serbian",
            "Serb",
            "Serbs",
            "Kosovo",
            "Kosovar",
            "Kosovars",
            "Germany",
            "German",
            "Balkan",
            "Balkans",
            "Russia",
            "Russian",
            "EU",
            "European Union",
        ];
        for w in [
            "Serbian", "Serb", "Serbs", "Kosovar", "Kosovars", "German", "Balkans", "Russian",
            "Western",
        ] {
            assert!(is_demonym(w, &others), "{w} is a demonym");
        }
        for w in [
            "Serbia", "Kosovo", "Germany", "Balkan", "Russia", "EU", "Belgrade",
        ] {
            assert!(!is_demonym(w, &others), "{w} is a name");
        }
        // Nothing to derive from: not a demonym.
        assert!(!is_demonym("Serbian", &["Belgrade"]));
    }

    #[test]
    fn capitalised_runs_without_common_first_words_or_dates() {
        check(
            "The Western Balkans met on Wednesday in May. Tensions rose in Belgrade.",
            &[
                ("Western Balkans", None, Some(Place), None),
                ("Belgrade", None, None, None),
            ],
        );
        // An unusual first word of a sentence stays.
        check("Kurti spoke.", &[("Kurti", None, None, None)]);
        // Connectors only inside names that end like organisations or places.
        check(
            "the Federal Republic of Yugoslavia and Serbia of old",
            &[
                ("Federal Republic of Yugoslavia", None, Some(Place), None),
                ("Serbia", None, None, None),
            ],
        );
    }

    #[test]
    fn titles_become_roles() {
        check(
            "said Prime Minister Albin Kurti and NATO Secretary General Jens Stoltenberg.",
            &[
                ("Albin Kurti", Some("prime minister"), Some(Person), None),
                // The words before a title are a name of their own.
                ("NATO", None, None, None),
                (
                    "Jens Stoltenberg",
                    Some("secretary general"),
                    Some(Person),
                    None,
                ),
            ],
        );
        check(
            "Serbian President Aleksandar Vucic",
            &[
                ("Serbian", None, None, None),
                ("Aleksandar Vucic", Some("president"), Some(Person), None),
            ],
        );
        // A title alone is not a name.
        check("the President said", &[("President", None, None, None)]);
        check(
            "said Cofinec CEO Stephen Frater",
            &[
                ("Cofinec", None, None, None),
                ("Stephen Frater", Some("ceo"), Some(Person), None),
            ],
        );
        // Before a body, a title word is part of its name.
        check(
            "at General Motors",
            &[("General Motors", None, Some(Organization), None)],
        );
    }

    #[test]
    fn peoples_in_front_of_names() {
        check(
            "said Australian Tom Moody",
            &[
                ("Australian", None, None, None),
                ("Tom Moody", None, None, None),
            ],
        );
        check(
            "said British Airways",
            &[("British Airways", None, Some(Organization), None)],
        );
        check("said Bosnian Serbs", &[("Bosnian Serbs", None, None, None)]);
    }

    #[test]
    fn words_joined_into_names() {
        check(
            "in Nagorno-Karabakh",
            &[("Nagorno-Karabakh", None, None, None)],
        );
        check("said Keith O'Neill", &[("Keith O'Neill", None, None, None)]);
        check("in St. Louis", &[("St. Louis", None, None, None)]);
        check("Bre-X said", &[("Bre-X", None, None, None)]);
        // Two places, or a name before a lower-case word, stay apart.
        check(
            "the Serbia-Albania match",
            &[("Serbia", None, None, None), ("Albania", None, None, None)],
        );
        check("New York-based", &[("New York", None, None, None)]);
        // A country's name opens a sentence as a name, not a common word.
        check("U.S. debt fell", &[("U.S.", None, None, None)]);
    }

    #[test]
    fn acronyms_with_their_definitions() {
        check(
            "The Kosovo Force (KFOR) and the North Atlantic Treaty Organization (NATO).",
            &[
                ("Kosovo Force", None, Some(Organization), Some("KFOR")),
                ("KFOR", None, None, None),
                (
                    "North Atlantic Treaty Organization",
                    None,
                    Some(Organization),
                    Some("NATO"),
                ),
                ("NATO", None, None, None),
            ],
        );
        check(
            "KFOR, short for Kosovo Force, is a mission.",
            &[
                ("KFOR", None, None, Some("Kosovo Force")),
                ("Kosovo Force", None, Some(Organization), None),
            ],
        );
        check(
            "the UN (United Nations) said",
            &[
                ("UN", None, None, Some("United Nations")),
                ("United Nations", None, Some(Organization), None),
            ],
        );
        // Letters that do not fit are no definition.
        check(
            "the Kosovo Force (EU)",
            &[
                ("Kosovo Force", None, Some(Organization), None),
                ("EU", None, None, None),
            ],
        );
    }

    #[test]
    fn abbreviations() {
        for (a, n, ok) in [
            ("KFOR", "Kosovo Force", true),
            ("NATO", "North Atlantic Treaty Organization", true),
            ("EU", "European Union", true),
            (
                "OSCE",
                "Organization for Security and Co-operation in Europe",
                true,
            ),
            ("EU", "Kosovo Force", false),
            ("KF", "Kosovo Force Mission", false),
            ("NATO", "Nato", false),
        ] {
            assert_eq!(abbreviates(a, n), ok, "{a} for {n}");
        }
    }

    #[test]
    fn one_edit() {
        for (a, b, ok) in [
            ("soltenberg", "stoltenberg", true),
            ("stoltenberg", "stoltenburg", true),
            ("stoltenberg", "stoltenberg", true),
            ("stoltenberg", "stoltenbreg", false),
            ("kurti", "kurtin", true),
            ("pristina", "prishtina", true),
            ("abc", "xyz", false),
            ("", "a", true),
        ] {
            assert_eq!(within_one_edit(a, b), ok, "{a} / {b}");
        }
    }
}
