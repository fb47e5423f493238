//! The cue of a quotation: the reporting verb and who it names, after the
//! quote (`…,” Kurti said`, `…,” said the 26-year-old Kurti, ranked first`)
//! or before it (`Kurti, who met Vučić, said: “…”`).
//!
//! Who speaks is read from the noun phrase that is the verb's subject:
//! appositions (`Kurti, 48,`), relative clauses and adverbs between it and
//! the verb are passed over, and the phrase's last word, its head, tells:
//! a name; a pronoun or a definite description of a person (`he`, `the
//! Briton`, `the 35-year-old`), resolved to the person most recently the
//! subject of a sentence; a title (`the prime minister`); an organisation's
//! noun (`the ministry`), resolved to the organisation of that name; or a
//! common noun (`a spokesman`, `one trader`, `police`): a source the article
//! leaves unnamed, kept as its description, never given a nearby name.

use crate::model::index::Document;
use crate::model::kinds::EntityKind;
use crate::text::sentences::is_abbreviation;
use crate::text::span::Span;
use crate::time::calendar::is_month_or_weekday;

use super::mentions::{Mentions, SALIENCE_SENTENCES};

/// Verbs of Serbian (either script; folded, so `rekao` is also `рекао`) and
/// Albanian that report speech: the past participles Serbian builds its past
/// with (`rekao je Vučić`, `Kurti je izjavio`), in the three genders and
/// plural, and the present; Albanian's aorist (`tha Kurti`) and present.
const OTHER_SPEECH_VERBS: &[&str] = &[
    // Serbian
    "rekao",
    "rekla",
    "rekli",
    "izjavio",
    "izjavila",
    "izjavili",
    "kazao",
    "kazala",
    "kazali",
    "naveo",
    "navela",
    "naveli",
    "dodao",
    "dodala",
    "dodali",
    "istakao",
    "istakla",
    "istakli",
    "porucio",
    "porucila",
    "porucili",
    "naglasio",
    "naglasila",
    "naglasili",
    "upozorio",
    "upozorila",
    "upozorili",
    "ocenio",
    "ocenila",
    "ocenili",
    "ocijenio",
    "ocijenila",
    "saopstio",
    "saopstila",
    "saopstili",
    "napisao",
    "napisala",
    "odgovorio",
    "odgovorila",
    "tvrdi",
    "tvrde",
    "kaze",
    "kazu",
    "izjavljuje",
    "pise",
    // Albanian
    "tha",
    "thote",
    "thone",
    "deklaroi",
    "deklaruan",
    "shtoi",
    "theksoi",
    "nenvizoi",
    "paralajmeroi",
    "njoftoi",
    "pohoi",
    "shkroi",
    "shpreh",
    "shprehu",
    "pergjigj",
    "thene",
    "kumtoi",
];

/// Words between a Serbian participle and its subject, either side
/// (`rekao je Vučić`, `Kurti je izjavio`), or before an Albanian verb (`u
/// shpreh`): auxiliaries and particles, folded.
const AUXILIARIES: &[&str] = &[
    "je", "su", "sam", "smo", "ste", "bi", "ce", "u", "ka", "kane",
];

/// What opens a source named before a quote: `according to X`, and
/// Serbian's and Albanian's (`prema rečima X`, `sipas X`), lower-case.
const ACCORDING_TO: &[&str] = &[
    "according to ",
    "prema rečima ",
    "prema recima ",
    "према речима ",
    "sipas ",
];

/// Verbs (and forms) that report speech, lower-case.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "telling",
    "added",
    "adds",
    "adding",
    "stressed",
    "stressing",
    "stated",
    "states",
    "emphasised",
    "emphasized",
    "noted",
    "warned",
    "insisted",
    "claimed",
    "declared",
    "explained",
    "wrote",
    "tweeted",
    "posted",
    "argued",
    "announced",
    "asked",
    "replied",
    "urged",
    "denied",
    "accused",
    "reiterated",
    "remarked",
    "commented",
    "acknowledged",
    "admitted",
    "confirmed",
    "promised",
    "vowed",
    "underlined",
    "observed",
    "recalled",
    "continued",
    "concluded",
    "agreed",
    "cautioned",
    "predicted",
    "complained",
    "conceded",
    "suggested",
    "responded",
    "answered",
    "assured",
    "joked",
    "quipped",
    "demanded",
    "pledged",
    "threatened",
    "boasted",
    "estimated",
    "maintained",
];

/// Verbs that report speech whatever follows them; the others report it
/// only when no preposition follows (`agreed on a plan`, `continued to`).
const ALWAYS_REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "stated",
    "declared",
    "announced",
    "tweeted",
    "posted",
];

/// Words that end a subject's noun phrase after a reporting verb
/// (`said Kurti about the talks`, `said a spokesman for the ministry`).
const PHRASE_ENDS: &[&str] = &[
    "about", "at", "of", "for", "in", "on", "to", "after", "before", "when", "while", "as", "with",
    "from", "during", "who", "which", "that", "but", "adding",
];

/// Words between a subject and its verb that are not part of the subject
/// (`Kurti also said`, `the minister later told`).
const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "earlier",
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "once",
    "further",
    "previously",
    "today",
    "yesterday",
    "recently",
    "last",
    "had",
    "who",
    "did",
    "does",
    "do",
];

/// Words after which a new clause, and its subject, begins.
const CLAUSE_BOUNDS: &[&str] = &[
    "that", "which", "who", "whom", "when", "where", "because", "if", "and", "but", "while",
];

/// Conjunctions a subject's clause may open with.
const CLAUSE_OPENERS: &[&str] = &["but", "and", "while", "as", "so", "then", "yet"];

/// Nouns that name an organisation by its kind (`the ministry said`).
const ORGANISATION_NOUNS: &[&str] = &[
    "agency",
    "army",
    "association",
    "bank",
    "board",
    "club",
    "commission",
    "committee",
    "company",
    "council",
    "court",
    "daily",
    "department",
    "embassy",
    "federation",
    "firm",
    "government",
    "group",
    "institute",
    "league",
    "magazine",
    "ministry",
    "movement",
    "network",
    "newspaper",
    "office",
    "organisation",
    "organization",
    "paper",
    "party",
    "police",
    "radio",
    "station",
    "team",
    "television",
    "union",
    "weekly",
];

/// Organisation nouns any organisation may be called by (`the company
/// said`): the one most recently the subject of a sentence.
const GENERIC_ORGANISATION_NOUNS: &[&str] =
    &["company", "firm", "group", "organisation", "organization"];

/// Words after `on` or `in` that say when, not where (`in late March`),
/// besides months and weekdays (`said on Friday`).
const TIME_WORDS: &[&str] = &["recent", "early", "late"];

/// How many words a subject's phrase may have, appositions aside
/// (`the small Balkan country's prime minister said`).
const CUE_WORDS: usize = 7;
/// How many words may stand between a quote and its verb, appositions in.
const CUE_SPAN: usize = 18;

/// A quote's speaker and reporting verb, as found.
pub(super) struct Cue {
    /// The entity who speaks, when named or resolved.
    pub speaker: Option<u32>,
    /// How the article describes a speaker it leaves unnamed.
    pub source: Option<Span>,
    pub verb: Option<Span>,
    pub channel: Option<Span>,
}

impl Cue {
    /// Whether the cue tells who speaks, by name or by description.
    pub fn tells(&self) -> bool {
        self.speaker.is_some() || self.source.is_some()
    }
}

/// Who a subject's phrase stands for.
enum Who {
    Named(u32),
    Described(Span),
    Unknown,
}

impl Who {
    fn cue(self, verb: Option<Span>, channel: Option<Span>) -> Cue {
        let (speaker, source) = match self {
            Who::Named(e) => (Some(e), None),
            Who::Described(s) => (None, Some(s)),
            Who::Unknown => (None, None),
        };
        Cue {
            speaker,
            source,
            verb,
            channel,
        }
    }
}

pub(super) fn is_speech_verb(word: &str) -> bool {
    let lower = word.to_lowercase();
    if SPEECH_VERBS.contains(&lower.as_str()) {
        return true;
    }
    if lower.is_ascii() {
        OTHER_SPEECH_VERBS.contains(&lower.as_str())
    } else {
        OTHER_SPEECH_VERBS.contains(&crate::text::fold::fold_str(&lower).as_str())
    }
}

/// Whether `word` is one of the [`AUXILIARIES`].
fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&crate::text::fold::fold_str(word).as_str())
}

/// `range` without the auxiliaries that open it (`start`) or close it.
fn without_auxiliaries(text: &str, range: (usize, usize), start: bool) -> (usize, usize) {
    let s = &text[range.0..range.1];
    let words = word_ranges(s);
    let aux = |&&(a, b): &&(usize, usize)| is_auxiliary(&s[a..b]);
    if start {
        match words.iter().find(|w| !aux(w)) {
            Some(&(a, _)) if a > 0 && words.iter().take_while(aux).count() > 0 => {
                (range.0 + a, range.1)
            }
            _ => range,
        }
    } else {
        match words.iter().rev().find(|w| !aux(w)) {
            Some(&(_, b)) if words.iter().rev().take_while(aux).count() > 0 => {
                (range.0, range.0 + b)
            }
            _ => range,
        }
    }
}

/// The words of `s` with their byte ranges in it.
pub(super) fn word_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let part = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((a, s.len()));
    }
    out
}

/// The cue after a quote closing at `close`, up to the end of its
/// paragraph `para_end`: `…,” Kurti said`, `…,” said Kurti`, `…,” the prime
/// minister told Die Welt`.
pub(super) fn cue_after(
    doc: &Document,
    close: usize,
    para_end: usize,
    mentions: &Mentions,
) -> Option<Cue> {
    let text = &doc.text;
    // Past the closing mark and a comma.
    let from = text[close..para_end]
        .char_indices()
        .find(|&(_, c)| !matches!(c, '”' | '"' | '»' | '«' | '“' | ',' | ' '))
        .map(|(i, _)| close + i)?;
    let rest = &text[from..para_end];
    let clause_end = clause_end(rest);
    let clause = &rest[..clause_end];
    let words = word_ranges(clause);
    // `…” and reiterated …`: another clause, not a cue.
    let first = words.first().map(|&(a, b)| clause[a..b].to_lowercase());
    if matches!(
        first.as_deref(),
        Some("and" | "but" | "while" | "as" | "which")
    ) {
        return None;
    }
    if let Some(who) = quoted_as(doc, (from, from + clause_end), mentions) {
        return Some(who.cue(None, None));
    }
    // Not a participle: `…,” adding that …` goes on to another quote; not
    // in an apposition (`Edberg, who has announced …, said`).
    let v = words.iter().take(CUE_SPAN + 1).position(|&(a, b)| {
        is_speech_verb(&clause[a..b])
            && !clause[a..b].ends_with("ing")
            && clause[..a].matches(',').count().is_multiple_of(2)
    })?;
    let (va, vb) = words[v];
    let (verb_start, verb_end) = (from + va, from + vb);
    // Where it was said follows the verb, or the speaker after it.
    // `…“, u shpreh Kurti`: only particles before the verb.
    let verb_first = words[..v].iter().all(|&(a, b)| is_auxiliary(&clause[a..b]));
    let (who, said) = if verb_first {
        // "said Kurti", "rekao je Vučić": the phrase after the verb.
        let after = without_auxiliaries(text, (verb_end, from + clause_end), true);
        who_after(doc, after, mentions)
    } else {
        let who = who_before(doc, (from, verb_start), mentions)?;
        // Too far from the quote to be its cue.
        if words_of(&text[from..verb_start]) > CUE_SPAN {
            return None;
        }
        (who, verb_end)
    };
    Some(who.cue(
        Some(Span::new(text, verb_start, verb_end)),
        channel(text, said, from + clause_end),
    ))
}

/// The cue before a quote in its sentence (`range`): the last reporting verb
/// before it and who is its subject; `according to X`.
pub(super) fn cue_before(
    doc: &Document,
    range: (usize, usize),
    mentions: &Mentions,
) -> Option<Cue> {
    let text = &doc.text;
    let before = &text[range.0..range.1];
    let lower = before.to_lowercase();
    let according = ACCORDING_TO
        .iter()
        .filter_map(|opener| Some((lower.rfind(opener)?, opener.len())))
        .max()
        .filter(|_| lower.len() == before.len());
    if let Some((at, len)) = according {
        let from = range.0 + at + len;
        let np = noun_phrase_after(text, (from, range.1));
        return Some(who_is(doc, np, mentions).cue(None, None));
    }
    if let Some(who) = quoted_as(doc, range, mentions) {
        return Some(who.cue(None, None));
    }
    let words = word_ranges(before);
    let (v, &(va, vb)) = words
        .iter()
        .enumerate()
        .rev()
        .find(|&(i, &(a, b))| reports(before, &words, i, (a, b)))?;
    let subject_from = words[..v]
        .iter()
        .rev()
        .find(|&&(a, b)| is_speech_verb(&before[a..b]))
        .map_or(range.0, |&(_, b)| range.0 + b);
    let verb = Span::new(text, range.0 + va, range.0 + vb);
    // `Kurti said …, adding that “…”`: the participle's subject is the
    // sentence's speaker.
    if verb.slice(text).ends_with("ing") {
        if let Some(main) = cue_before(doc, (range.0, range.0 + va), mentions).filter(Cue::tells) {
            return Some(Cue {
                verb: Some(verb),
                channel: channel(text, range.0 + vb, range.1),
                ..main
            });
        }
    }
    let lead = text[subject_from..range.0 + va].trim_end();
    let (who, said) = if lead.ends_with(['"', '”', '»']) {
        // `“…,” said a spokeswoman.`: the subject follows the verb.
        let rest = &text[range.0 + vb..range.1];
        who_after(
            doc,
            (range.0 + vb, range.0 + vb + clause_end(rest)),
            mentions,
        )
    } else {
        let who = who_before(doc, (subject_from, range.0 + va), mentions);
        (who.unwrap_or(Who::Unknown), range.0 + vb)
    };
    Some(who.cue(Some(verb), channel(text, said, range.1)))
}

/// The end of the clause opening `rest`: a stop that is not an
/// abbreviation's (`U.S. captain`), other final punctuation, or a quote mark.
fn clause_end(rest: &str) -> usize {
    rest.char_indices()
        .find(|&(i, c)| match c {
            '!' | '?' | ';' | '"' | '“' | '”' => true,
            '.' => !is_abbreviation(&rest[..i]),
            _ => false,
        })
        .map_or(rest.len(), |(i, _)| i)
}

/// `Interfax quoted Kurti as saying`, `Kurti was quoted as saying`: who is
/// quoted, in `range`.
fn quoted_as(doc: &Document, range: (usize, usize), mentions: &Mentions) -> Option<Who> {
    let text = &doc.text;
    let s = &text[range.0..range.1];
    let words = word_ranges(s);
    let lower = |i: usize| s[words[i].0..words[i].1].to_lowercase();
    let q =
        (0..words.len()).find(|&i| matches!(lower(i).as_str(), "quoted" | "quotes" | "quoting"))?;
    let r#as = (q + 1..words.len().min(q + 1 + CUE_WORDS)).find(|&i| lower(i) == "as")?;
    let reported = words
        .get(r#as + 1)
        .is_some_and(|w| is_speech_verb(&s[w.0..w.1]));
    if !reported {
        return None;
    }
    Some(if r#as == q + 1 {
        // `Kurti was quoted as saying`: the subject before.
        let subject = (range.0, range.0 + words[q].0);
        who_before(doc, subject, mentions)?
    } else {
        who_is(
            doc,
            (range.0 + words[q + 1].0, range.0 + words[r#as - 1].1),
            mentions,
        )
    })
}

/// Whether word `i` of `s` reports speech: a reporting verb, not one of
/// the looser ones followed by a preposition (`agreed on`, `continued to`).
fn reports(s: &str, words: &[(usize, usize)], i: usize, (a, b): (usize, usize)) -> bool {
    let word = s[a..b].to_lowercase();
    if !is_speech_verb(&word) {
        return false;
    }
    if ALWAYS_REPORTING.contains(&word.as_str()) {
        return true;
    }
    let next = words.get(i + 1).map(|&(a, b)| s[a..b].to_lowercase());
    let joined = next.is_some() && s[b..words[i + 1].0].trim().is_empty();
    !(joined
        && matches!(
            next.as_deref(),
            Some("on" | "to" | "with" | "for" | "of" | "in" | "at" | "from" | "by" | "about")
        ))
}

/// Who the subject of a verb is, from the words `range` before it:
/// `Kurti, 48,` or `the minister, who met Vučić,` (apposition passed over),
/// `But Kurti also` (opening conjunction, adverb passed over). `None` when
/// the words before the verb are too many to be a subject.
fn who_before(doc: &Document, range: (usize, usize), mentions: &Mentions) -> Option<Who> {
    let text = &doc.text;
    // `Kurti je izjavio`: the subject without the auxiliary.
    let range = without_auxiliaries(text, range, false);
    let s = &text[range.0..range.1];
    let trimmed = s.trim_end();
    // Comma-separated parts; an apposition ends with the comma before the verb.
    let parts: Vec<(usize, usize)> = split_commas(s);
    let (subject, apposition) = if trimmed.ends_with(',') && parts.len() >= 3 {
        let n = parts.len();
        (parts[n - 3], Some(parts[n - 2]))
    } else {
        (*parts.last()?, None)
    };
    let subject = last_clause(text, (range.0 + subject.0, range.0 + subject.1));
    if words_of(&text[subject.0..subject.1]) > CUE_WORDS {
        return None;
    }
    let who = who_is(doc, subject, mentions);
    // `the tourist, Khaled Hijazi, said`: the name in apposition.
    let named = apposition.and_then(|(a, b)| mentions.exactly(text, (range.0 + a, range.0 + b)));
    Some(match (who, named) {
        (Who::Named(e), _) => Who::Named(e),
        (_, Some(e)) => Who::Named(e),
        (who, None) => who,
    })
}

/// The words of `range` after the last word that opens a clause (`…a
/// message in which he` → `he`), when there are too many to be a subject.
fn last_clause(text: &str, range: (usize, usize)) -> (usize, usize) {
    let s = &text[range.0..range.1];
    if words_of(s) <= CUE_WORDS {
        return range;
    }
    word_ranges(s)
        .iter()
        .rev()
        .find(|&&(a, b)| CLAUSE_BOUNDS.contains(&s[a..b].to_lowercase().as_str()))
        .map_or(range, |&(_, b)| (range.0 + b, range.1))
}

/// Who the words after a verb (`said the 26-year-old Kurti, ranked first`,
/// `said a spokesman for the ministry`) name, and where their phrase ends.
fn who_after(doc: &Document, range: (usize, usize), mentions: &Mentions) -> (Who, usize) {
    let text = &doc.text;
    let np = noun_phrase_after(text, range);
    let who = who_is(doc, np, mentions);
    if matches!(who, Who::Named(_)) {
        return (who, np.1);
    }
    // Serbian and Albanian go on after the speaker's name without a comma
    // (`rekao je Vučić novinarima u Beogradu`, `tha Kurti në Prishtinë`):
    // the name opening the phrase, after a verb of theirs.
    let verb = text[..range.0].trim_end();
    let verb = &verb[verb
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |i| i + 1)..];
    if !SPEECH_VERBS.contains(&verb.to_lowercase().as_str()) {
        if let Some((e, end)) = name_opening(text, np, mentions) {
            return (Who::Named(e), end);
        }
    }
    // `said the tourist, Khaled Hijazi`.
    let rest = &text[np.1..range.1];
    let appositive = rest.trim_start().strip_prefix(',').map(|r| {
        let start = range.1 - r.len();
        let end = r.find(',').map_or(range.1, |c| start + c);
        (start, end)
    });
    match appositive.and_then(|a| Some((mentions.exactly(text, a)?, a.1))) {
        Some((e, end)) => (Who::Named(e), end),
        None => (who, np.1),
    }
}

/// The entity a name opening `np` is a mention of, and where the name ends.
fn name_opening(text: &str, np: (usize, usize), mentions: &Mentions) -> Option<(u32, usize)> {
    let s = &text[np.0..np.1];
    word_ranges(s)
        .iter()
        .take_while(|&&(a, b)| s[a..b].starts_with(char::is_uppercase))
        .map(|&(_, b)| np.0 + b)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find_map(|end| Some((mentions.exactly(text, (np.0, end))?, end)))
}

/// The noun phrase opening `range`: up to a comma or a word that ends it.
fn noun_phrase_after(text: &str, range: (usize, usize)) -> (usize, usize) {
    let s = &text[range.0..range.1];
    let comma = s.find([',', '(']).unwrap_or(s.len());
    let words = word_ranges(&s[..comma]);
    let end = words
        .iter()
        .enumerate()
        .find(|&(i, &(a, b))| i > 0 && PHRASE_ENDS.contains(&s[a..b].to_lowercase().as_str()))
        .map_or(comma, |(_, &(a, _))| a);
    (range.0, range.0 + s[..end].trim_end().len())
}

/// The byte ranges of the comma-separated parts of `s`.
fn split_commas(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == ',' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, s.len()));
    out
}

/// Who the noun phrase `np` names, by its last word, its head.
fn who_is(doc: &Document, np: (usize, usize), mentions: &Mentions) -> Who {
    let text = &doc.text;
    let words = phrase_words(text, np);
    let Some(&(start, _)) = words.first() else {
        return Who::Unknown;
    };
    let (_, end) = *words.last().expect("not empty");
    // A people's name (`the Iraqis`, `the Briton`) names no one speaker.
    let named = mentions
        .ending_at(start, end)
        .filter(|&e| mentions.kind(e) != EntityKind::Other);
    if let Some(e) = named {
        return Who::Named(e);
    }
    let head = &text[words[words.len() - 1].0..end];
    let lower = head.to_lowercase();
    let phrase = Span::new(text, start, end);
    let determiner = text[start..words[0].1].to_lowercase();
    let definite = matches!(determiner.as_str(), "the" | "its" | "his" | "her" | "their");
    if matches!(lower.as_str(), "he" | "she") && words.len() == 1 {
        return antecedent(doc, start, mentions).unwrap_or(Who::Unknown);
    }
    if words.len() == 1 && matches!(lower.as_str(), "it" | "they" | "we" | "i" | "you" | "who") {
        return Who::Unknown;
    }
    if let Some(e) = mentions.titled(phrase.slice(text)) {
        return Who::Named(e);
    }
    let capital = head.starts_with(char::is_uppercase);
    // `the Briton`, `the 35-year-old`: a person the article spoke of.
    if definite && (capital || lower.ends_with("-year-old")) && words.len() <= 3 {
        return match antecedent(doc, start, mentions) {
            Some(Who::Named(e)) => Who::Named(e),
            _ => Who::Described(phrase),
        };
    }
    if definite && ORGANISATION_NOUNS.contains(&lower.as_str()) {
        let generic = GENERIC_ORGANISATION_NOUNS.contains(&lower.as_str());
        let found = mentions.organisation(&lower, start).or_else(|| {
            generic
                .then(|| mentions.salient_organisation(doc, start))
                .flatten()
        });
        if let Some(e) = found {
            return Who::Named(e);
        }
    }
    Who::Described(phrase)
}

/// Who a pronoun at `at` stands for: going back sentence by sentence, the
/// first that names a person as its subject gives them; one whose reporting
/// verb has an unnamed source for subject (`…,” said a spokeswoman.`) gives
/// that source; else the person whose title was written last.
fn antecedent(doc: &Document, at: usize, mentions: &Mentions) -> Option<Who> {
    if mentions.resolving(true) {
        return None;
    }
    let text = &doc.text;
    let before = doc.sentences.partition_point(|s| s.start() < at);
    let found = doc.sentences[..before]
        .iter()
        .rev()
        .take(SALIENCE_SENTENCES)
        .find_map(|s| {
            let range = (s.start(), s.end().min(at));
            if let Some(e) = mentions.subject_in(text, range) {
                return Some(Who::Named(e));
            }
            let source = cue_before(doc, range, mentions)?.source?;
            singular(source.slice(text)).then_some(Who::Described(source))
        })
        .or_else(|| mentions.titled_before(text, at).map(Who::Named));
    mentions.resolving(false);
    found
}

/// Whether a description is of one person (`a spokeswoman`, not
/// `traders` or `police`).
fn singular(description: &str) -> bool {
    let lower = description.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or_default();
    let head = lower.split_whitespace().last().unwrap_or_default();
    matches!(first, "a" | "an" | "one" | "the") && !head.ends_with('s') && head != "police"
}

/// The words of the phrase `np`, less an opening conjunction and the
/// adverbs and auxiliaries that end it (`but Kurti also` → `Kurti`).
fn phrase_words(text: &str, np: (usize, usize)) -> Vec<(usize, usize)> {
    let s = &text[np.0..np.1];
    let mut words: Vec<(usize, usize)> = word_ranges(s)
        .into_iter()
        .map(|(a, b)| (np.0 + a, np.0 + b))
        .collect();
    let lower = |w: &(usize, usize)| text[w.0..w.1].to_lowercase();
    while let Some(w) = words.last() {
        let l = lower(w);
        let adverb = l.ends_with("ly") && text[w.0..w.1].starts_with(char::is_lowercase);
        if BETWEEN.contains(&l.as_str()) || adverb {
            words.pop();
        } else {
            break;
        }
    }
    while words
        .first()
        .is_some_and(|w| CLAUSE_OPENERS.contains(&lower(w).as_str()))
    {
        words.remove(0);
    }
    words
}

/// The number of words of `s`.
pub(super) fn words_of(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .count()
}

/// Where a statement was made, after its verb: `told Die Welt`, `on
/// Instagram`, `in a statement`, up to `that` or the clause's end.
fn channel(text: &str, from: usize, to: usize) -> Option<Span> {
    let rest = &text[from..to];
    let words = word_ranges(rest);
    let first = *words.first()?;
    let lead = rest[first.0..first.1].to_lowercase();
    if !matches!(lead.as_str(), "on" | "in" | "to")
        && !rest[first.0..first.1].starts_with(char::is_uppercase)
    {
        return None;
    }
    // `said on Friday`, `in March`, `on 3 May`: when, not where.
    if let Some(&(a, b)) = words.get(1) {
        let next = rest[a..b].to_lowercase();
        if TIME_WORDS.contains(&next.as_str())
            || is_month_or_weekday(&next)
            || next.starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
    }
    let start = first.0;
    let end = words
        .iter()
        .take(6)
        .take_while(|&&(a, b)| {
            !matches!(
                rest[a..b].to_lowercase().as_str(),
                "that" | "after" | "when" | "on"
            ) || a == start
        })
        .last()?
        .1;
    let cut = rest[start..end].find([',', '.']).map_or(end, |c| start + c);
    (cut > start).then(|| Span::new(text, from + start, from + cut))
}
