//! Names found without the list, in one document's text: runs of capitalised
//! words (not a sentence's common first word, not month or day names), titles
//! stripped and kept as a role ("Prime Minister Albin Kurti" → Albin Kurti,
//! prime minister), peoples in front of names, words joined by hyphens and
//! dots, and acronyms with their definitions ("Kosovo Force (KFOR)", "KFOR,
//! short for Kosovo Force", "KFOR (Kosovo Force)").

use super::gazetteer;
use super::inflection::Declension;
use super::words::*;
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

/// Whether the word at byte `start` of `text` opens a sentence or paragraph
/// (`sentence_starts` in order).
pub fn sentence_initial(text: &str, sentence_starts: &[usize], start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let stop = before
        .trim_end_matches(['"', '“', '‘', '\'', '(', '—', '–', '-'])
        .trim_end();
    // Not after an initial or an abbreviation ("J. Benjamin", "Mr. Kurti").
    let abbreviated = stop
        .strip_suffix('.')
        .is_some_and(crate::text::sentences::is_abbreviation);
    sentence_starts.binary_search(&start).is_ok()
        || before.is_empty()
        || before.ends_with('\n')
        || (stop.ends_with(['.', '!', '?', ':']) && !abbreviated)
}

/// How the corpus writes a word, which says whether a sentence's capitalised
/// first word is an ordinary word or a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordUse {
    /// Seen in lower case somewhere: an ordinary word.
    Lower,
    /// Capitalised only where sentences open: ordinary or a name, the corpus
    /// cannot tell.
    OnlyOpening,
    /// Capitalised inside sentences and never in lower case: a name.
    Name,
}

/// One word of the text with its byte range.
#[derive(Clone, Copy)]
struct Word<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

/// Names in `text`. `sentence_starts` are the byte offsets where sentences (and
/// paragraphs) begin, in order; `usage` says how the corpus writes a folded
/// word; `places` are offsets where a
/// place's name starts whole (news datelines: "NEW YORK 1996-08-30" keeps "NEW");
/// `declension` is how the text's language declines names, if it does.
pub fn candidates(
    text: &str,
    sentence_starts: &[usize],
    usage: &dyn Fn(&str) -> WordUse,
    places: &[usize],
    declension: Option<Declension>,
) -> Vec<Candidate> {
    let ws = joined_words(
        text,
        usage,
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
        declension,
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
        let (mut role, prefix, rest) = title_in_front(text, run);
        let initial = sentence_initial(text, sentence_starts, run[0].start)
            && !places.contains(&run[0].start);
        if let Some(d) = declension {
            role = role.or_else(|| title_before(text, run[0].start, d));
        }
        let (complement, rest) = match declension {
            Some(d) => genitive_in_front(text, rest, role.is_some(), d),
            None => (&rest[..0], rest),
        };
        // The words before a title name who the person works for
        // ("Cofinec CEO Stephen Frater", "Serbian President Aleksandar Vučić");
        // a people's name may open the rest ("Australian Tom Moody").
        let rest_initial = initial && prefix.is_empty();
        let mut parts = vec![(None, prefix, initial), (None, complement, false)];
        match nationality_in_front(rest) {
            Some((people, name)) => {
                parts.push((None, people, rest_initial));
                parts.push((role, name, false));
            }
            None => parts.push((role, rest, rest_initial)),
        }
        for (role, part, initial) in parts {
            if let Some(c) = candidate(text, part, role, initial, usage) {
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
    usage: &dyn Fn(&str) -> WordUse,
) -> Option<Candidate> {
    // A sentence's first word, when it is an ordinary word (not a country's
    // or a people's name: "U.S. debt futures fell"). In front of more
    // capitalised words, a word the corpus writes only there is ordinary when
    // grammar says so ("Later Telvana said") or when the words after it are a
    // name the text writes without it ("Watch Live TV now. Live TV is…"),
    // else it opens the name ("1. Sara Thorsett (U.S.)", "Kamil Jamil
    // didn't"); alone, it is ordinary.
    let named_without_it = || {
        let tail = &text[run[1].start..run[run.len() - 1].end];
        run.len() >= 3 && text.matches(tail).nth(1).is_some()
    };
    let ordinary = |w: &Word| {
        let folded = fold_str(w.text);
        let common = match usage(&folded) {
            WordUse::Lower => true,
            // An acronym is a name wherever it stands ("U.N. officials said").
            WordUse::OnlyOpening if is_acronym(&w.text.replace('.', "")) => false,
            WordUse::OnlyOpening => {
                run.len() == 1 || CLOSED_CLASS.contains(&folded.as_str()) || named_without_it()
            }
            WordUse::Name => false,
        };
        common
            && !w.text.contains(". ")
            && !gazetteer::is_known_place(w.text)
            && !gazetteer::is_nationality(w.text)
    };
    // "South Africa beat New Zealand": a place's name whole.
    let place = run.len() >= 2 && gazetteer::is_known_place(&text[run[0].start..run[1].end]);
    if role.is_none() && initial && !place && run.first().is_some_and(ordinary) {
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
    // "NationsBank Corp. said": the legal form's full stop, unless it ends
    // the paragraph too.
    let stop = run.len() >= 2
        && ABBREVIATED_SUFFIXES.contains(&last.text)
        && text[last.end..].strip_prefix('.').is_some_and(|after| {
            after
                .trim_start_matches(' ')
                .starts_with(|c: char| c != '\n')
        });
    let span = Span::new(text, first.start, last.end + stop as usize);
    // "A. Dale": an initial opens a person's name.
    let initialled = run[0]
        .text
        .split_once(". ")
        .is_some_and(|(i, _)| is_initial(i));
    let kind = if role.is_some() {
        Some(EntityKind::Person)
    } else {
        let firm = span.slice(text).contains(" & ");
        kind_by_words(span.slice(text))
            .or(initialled.then_some(EntityKind::Person))
            .or(firm.then_some(EntityKind::Organization))
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
/// hyphenated name ("Nagorno-Karabakh", "Anne-Gaelle", "Bre-X"), a given
/// name's syllables ("Song-ho", "Jae-in": a short lower-case part that does
/// not end English compounds), an initial and its apostrophe ("O'Neill",
/// "N'Djamena"), an initial and the name it opens ("A. Dale"), and "St." with
/// what follows ("St. Louis"). "New York-based" keeps "York" alone. In a
/// language that declines names, an acronym and its case ending ("НАТО-а",
/// "KFOR-om").
fn joined_words<'t>(
    text: &'t str,
    usage: &dyn Fn(&str) -> WordUse,
    ws: Vec<Word<'t>>,
    declension: Option<Declension>,
) -> Vec<Word<'t>> {
    let known =
        |w: &str| gazetteer::is_known_place(w) || gazetteer::is_nationality(w) || is_acronym(w);
    let syllable = |a: &Word, b: &Word| {
        let letters = b.text.chars().count();
        b.text.chars().all(|c| c.is_lowercase())
            && letters <= 3
            && !known(a.text)
            && !b.text.ends_with("ed")
            && !COMPOUND_ENDS.contains(&b.text)
    };
    let case_ending = |a: &Word, b: &Word| {
        declension.is_some()
            && is_acronym(a.text)
            && b.text.chars().count() <= 3
            && b.text.chars().all(char::is_lowercase)
    };
    let joins = |a: &Word, b: &Word| {
        let gap = &text[a.end..b.start];
        capitalised(a.text)
            && (capitalised(b.text) || (gap == "-" && (syllable(a, b) || case_ending(a, b))))
            && match gap {
                // Not two places or peoples: "Kosovo-Serbia talks".
                "-" => !(known(a.text) && known(b.text)),
                "'" | "\u{2019}" => a.text.chars().count() == 1,
                ". " => {
                    a.text == "St"
                        || (is_initial(a.text) && usage(&fold_str(b.text)) == WordUse::Name)
                }
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

/// Whether `word` is one capital letter: an initial.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// The linking articles of Albanian that open a noun's complement in the
/// genitive ("Kryeministri i Kosovës", "Presidentja e Kosovës").
const LINKING_ARTICLES: &[&str] = &["i", "e", "të", "së"];

/// In a language that declines names, a title written in lower case right
/// before a name ("premijer Kurti", "predsednika Vučića"), or, in Albanian,
/// the title a genitive follows ("Kryeministri i Kosovës Albin Kurti").
fn title_before(text: &str, start: usize, d: Declension) -> Option<String> {
    // One space apart, on the same line.
    let mut before = text[..start].strip_suffix(' ')?.split(' ').rev();
    let is_title = |w: &str| {
        let w = fold_str(w.trim_start_matches(['(', '"', '“', '„', '«', '»']));
        TITLES.contains(&w.as_str()).then_some(w)
    };
    let last = before.next()?;
    if let Some(t) = is_title(last).filter(|_| last.starts_with(char::is_lowercase)) {
        return Some(t);
    }
    if d == Declension::Albanian && LINKING_ARTICLES.contains(&last) {
        return is_title(before.next()?);
    }
    None
}

/// In a language that declines names, a noun in the genitive that opens a
/// run before a name of two or three words, after a title ("Председник
/// Србије Александар Вучић") or, in Albanian, after a linking article
/// ("Kryeministri i Kosovës Albin Kurti"): whose title it is, a name of its
/// own. Returns it (maybe empty) and the rest.
#[allow(clippy::type_complexity)]
fn genitive_in_front<'r, 't>(
    text: &str,
    run: &'r [Word<'t>],
    titled: bool,
    d: Declension,
) -> (&'r [Word<'t>], &'r [Word<'t>]) {
    let linked = d == Declension::Albanian
        && run.first().is_some_and(|w| {
            let before = text[..w.start].strip_suffix(' ').unwrap_or("");
            LINKING_ARTICLES
                .iter()
                .any(|a| before.strip_suffix(a).is_some_and(|b| b.ends_with(' ')))
        });
    if (titled || linked) && (3..=4).contains(&run.len()) {
        run.split_at(1)
    } else {
        (&run[..0], run)
    }
}

/// Words for an office that end titles the list does not hold whole.
const TITLE_HEADS: &[&str] = &[
    "representative",
    "commissioner",
    "adviser",
    "advisor",
    "negotiator",
    "prosecutor",
    "attorney",
    "administrator",
    "counsel",
    "treasurer",
    "president",
    "minister",
    "secretary",
];

/// Short words that end English compounds after a hyphen ("Serb-run",
/// "Soviet-era"), never a given name's syllable.
const COMPOUND_ENDS: &[&str] = &[
    "run", "era", "old", "led", "day", "way", "set", "off", "out", "up", "top", "age", "new",
    "end", "on", "to", "by", "war", "man", "men", "law", "all", "aid", "tax", "air", "sea", "gas",
    "oil", "car", "net", "pay", "use", "key", "low", "big", "hit", "fed", "ups", "ins", "for",
    "and", "the", "one", "two", "six", "ten", "bit", "cut", "fit", "got", "won", "own", "per",
];

/// Month and day names are not names.
fn excluded(w: &Word) -> bool {
    crate::time::calendar::is_month_or_weekday(&fold_str(w.text))
}

/// Where the run of capitalised words starting at word `i` ends: words one
/// space apart, with connectors inside ("Republic of Kosovo").
fn run_end(text: &str, ws: &[Word], i: usize) -> usize {
    let gap = |a: &Word, b: &Word| &text[a.end..b.start];
    let mut j = i + 1;
    // "Douglas & Lomason", "Procter & Gamble": an ampersand joins a firm's name.
    while j < ws.len() && matches!(gap(&ws[j - 1], &ws[j]), " " | " & ") {
        if gap(&ws[j - 1], &ws[j]) == " & " {
            if !capitalised(ws[j].text) {
                break;
            }
            j += 1;
        } else if capitalised(ws[j].text) && !excluded(&ws[j]) {
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
    titled_by_head(text, run).unwrap_or((None, &[], run))
}

/// A title no list holds whole, told by its last word, a title's
/// ("U.S. Trade Representative Mickey Kantor": `representative`), before a
/// person's name of two or three words, a given name first: the title runs
/// back to the first word after a place's, a people's or an acronym's.
#[allow(clippy::type_complexity)]
fn titled_by_head<'r, 't>(
    text: &str,
    run: &'r [Word<'t>],
) -> Option<(Option<String>, &'r [Word<'t>], &'r [Word<'t>])> {
    let known =
        |w: &str| gazetteer::is_known_place(w) || gazetteer::is_nationality(w) || is_acronym(w);
    let t = (1..run.len().saturating_sub(2)).rev().find(|&t| {
        let rest = &run[t + 1..];
        is_title_head(&fold_str(run[t].text))
            && (2..=3).contains(&rest.len())
            && gazetteer::is_listed_given_name(rest[0].text)
    })?;
    let from = (0..t)
        .rev()
        .take_while(|&i| !known(run[i].text))
        .last()
        .unwrap_or(t);
    let role = fold_str(&text[run[from].start..run[t].end]);
    Some((Some(role), &run[..from], &run[t + 1..]))
}

/// Whether a word ends a title: the last word of one the list holds, or a
/// word for an office ("representative", "commissioner").
fn is_title_head(word: &str) -> bool {
    TITLES
        .iter()
        .any(|t| t.rsplit([' ', '-']).next() == Some(word) && !t.contains('.') && t.len() > 3)
        || TITLE_HEADS.contains(&word)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kinds::EntityKind::*;

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
        let usage = |w: &str| {
            if [
                "the", "on", "tensions", "in", "he", "what", "however", "south",
            ]
            .contains(&w)
            {
                WordUse::Lower
            } else if ["later", "watch", "sara", "kurti", "u.n."].contains(&w) {
                WordUse::OnlyOpening
            } else {
                WordUse::Name
            }
        };
        let got: Vec<Found> = candidates(text, &[0], &usage, &[], None)
            .into_iter()
            .map(|c| (c.span.slice(text).to_string(), c.role, c.kind, c.defines))
            .collect();
        let expected: Vec<Found> = expected
            .iter()
            .map(|(n, r, k, d)| (n.to_string(), r.map(String::from), *k, d.map(String::from)))
            .collect();
        assert_eq!(got, expected, "in {text:?}");
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
        check("Belgrade spoke.", &[("Belgrade", None, None, None)]);
        // A word written only where sentences open: alone, an ordinary word;
        // in front of a name, ordinary when grammar says so or when the text
        // names the rest without it, else the name's first word.
        check("Kurti spoke.", &[]);
        check("Later Telvana said so.", &[("Telvana", None, None, None)]);
        check("Sara Thorsett won.", &[("Sara Thorsett", None, None, None)]);
        check(
            "Watch Live TV now. Live TV is on.",
            &[("Live TV", None, None, None), ("Live TV", None, None, None)],
        );
        // An acronym and a place's name are names where sentences open too.
        check("U.N. officials said.", &[("U.N.", None, None, None)]);
        check(
            "South Africa beat Wales.",
            &[
                ("South Africa", None, None, None),
                ("Wales", None, None, None),
            ],
        );
        // An abbreviated legal form keeps its full stop, unless it ends the text.
        check(
            "NationsBank Corp. said so. The bank bought Norwest Corp.",
            &[
                ("NationsBank Corp.", None, Some(Organization), None),
                ("Norwest Corp", None, Some(Organization), None),
            ],
        );
        // After an initial or an abbreviation no sentence opens.
        check(
            "Pooley 111. J. Benjamin 4-52",
            &[
                ("Pooley", None, None, None),
                ("J. Benjamin", None, Some(Person), None),
            ],
        );
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
        // A title the list does not hold whole, told by its last word.
        check(
            "said U.S. Trade Representative Charlene Kantor",
            &[
                ("U.S.", None, None, None),
                (
                    "Charlene Kantor",
                    Some("trade representative"),
                    Some(Person),
                    None,
                ),
            ],
        );
        check(
            "with Trade Commissioner Anna Lindqvist",
            &[(
                "Anna Lindqvist",
                Some("trade commissioner"),
                Some(Person),
                None,
            )],
        );
        // Ranks and honorifics are titles too.
        check(
            "said Lieutenant-Colonel Max Marriner and Sir Anthony Quayle",
            &[
                (
                    "Max Marriner",
                    Some("lieutenant colonel"),
                    Some(Person),
                    None,
                ),
                ("Anthony Quayle", Some("sir"), Some(Person), None),
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
        check(
            "bought Douglas & Lomason last year",
            &[("Douglas & Lomason", None, Some(Organization), None)],
        );
        check("Bre-X said", &[("Bre-X", None, None, None)]);
        // Two places, or a name before a lower-case word, stay apart.
        check(
            "the Serbia-Albania match",
            &[("Serbia", None, None, None), ("Albania", None, None, None)],
        );
        check("New York-based", &[("New York", None, None, None)]);
        // A given name's syllables; not an English compound's end.
        check(
            "said Li Song-ho and Moon Jae-in",
            &[
                ("Li Song-ho", None, None, None),
                ("Moon Jae-in", None, None, None),
            ],
        );
        check("a Serb-run town", &[("Serb", None, None, None)]);
        check("the Soviet-era law", &[("Soviet", None, None, None)]);
        // An initial opens a person's name.
        check("(A. Dale 69)", &[("A. Dale", None, Some(Person), None)]);
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
}
