//! Quotations and who said them: the quoted passages of each article (in
//! typographic or straight marks, « » and „ “ too; a quote left open at the
//! end of a paragraph runs to its end), whether each is a whole statement or
//! words taken into the writer's sentence (partial), the verb that reports it
//! and the speaker, resolved to one of the index's names:
//!
//! - named by the cue after the quote (`“…,” Kurti said`, `“…,” said Kurti`),
//!   or before it (`Kurti said that … “…”`, `according to Kurti, “…”`);
//! - by a pronoun or a title (`he said`, `the prime minister said`), as the
//!   nearest name before it, or the one whose title it is;
//! - after a colon, the sentence's first name (`Vučić expected a difficult
//!   talk with Kurti: “…”` is Vučić's);
//! - without a cue, the speaker of the paragraph's last reporting sentence.
//!
//! A quoted word or two is a term, not a statement (`what he called
//! “incidents”`), and a headline's quote repeats the body's: neither is
//! counted. A speaker that cannot be found stays unresolved.

pub mod compare;
pub mod listing;
pub mod score;

use crate::model::index::{Document, Entity, Quote};
use crate::model::kinds::{EntityKind, ParaKind};
use crate::text::span::Span;
use crate::time::calendar::is_month_or_weekday;

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

/// Words after `on` or `in` that say when, not where (`in late March`),
/// besides months and weekdays (`said on Friday`).
const TIME_WORDS: &[&str] = &["recent", "early", "late"];
/// Pronouns that stand for a person who speaks.
const PRONOUNS: &[&str] = &["he", "she"];

/// How many words a cue after the quote may put before its verb
/// (`the small Balkan country's prime minister said`).
const CUE_WORDS: usize = 7;

/// Every quotation of every document, in document and text order.
pub fn find_quotes(documents: &[Document], entities: &[Entity]) -> Vec<Quote> {
    let mut out = Vec::new();
    // Every mention, by document: (span, entity).
    let mut by_doc: Vec<Vec<(Span, u32)>> = vec![Vec::new(); documents.len()];
    for (e, entity) in entities.iter().enumerate() {
        for m in &entity.mentions {
            if let Some(list) = by_doc.get_mut(m.doc as usize) {
                list.push((m.span, e as u32));
            }
        }
    }
    for (d, doc) in documents.iter().enumerate() {
        let mentions = Mentions::of(std::mem::take(&mut by_doc[d]), entities);
        // The speaker of the last quotation of the previous paragraph, if that
        // paragraph ended quoting them.
        let mut carried: Option<u32> = None;
        for p in doc
            .paragraphs
            .iter()
            .filter(|p| p.kind != ParaKind::Headline)
        {
            let mut last_speaker = None;
            let found_before = out.len();
            for (span, open) in marked(&doc.text, p.span) {
                if words(span.slice(&doc.text)) <= 2 {
                    continue;
                }
                let opens_paragraph = doc.text[p.span.start()..open].trim().is_empty();
                let previous = last_speaker.or(carried.filter(|_| opens_paragraph));
                let q = attribute(doc, p.span, span, open, &mentions, previous);
                last_speaker = q.speaker.or(last_speaker);
                out.push(Quote { doc: d as u32, ..q });
            }
            carried = out[found_before..]
                .last()
                .filter(|q| ends_quoting(&doc.text, p.span, q.span))
                .and_then(|q| q.speaker);
        }
    }
    out
}

/// Whether paragraph `para` ends with the quotation `quote` or its cue
/// (`… the crisis,” he said.`): the next paragraph may go on quoting.
fn ends_quoting(text: &str, para: Span, quote: Span) -> bool {
    let tail = &text[quote.end()..para.end()];
    tail.len() < 60 && !tail.contains(['“', '"']) && words(tail) <= CUE_WORDS + 3
}

/// The number of words of `s`.
fn words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .count()
}

/// The quoted passages of paragraph `para` of `text`, without their marks
/// (and without a comma closing the quote): each with the offset of its
/// opening mark.
fn marked(text: &str, para: Span) -> Vec<(Span, usize)> {
    let p = para.slice(text);
    let base = para.start();
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in p.char_indices() {
        match open {
            None if is_opening(p, i, c) => open = Some((i, c)),
            Some((at, o)) if closes(o, p, i, c) => {
                let start = at + o.len_utf8();
                let end = trim_end(p, start, i);
                if end > start {
                    out.push((Span::new(text, base + start, base + end), base + at));
                }
                open = None;
            }
            _ => {}
        }
    }
    // Left open: the quote runs to the end of the paragraph (the next one
    // opens again).
    if let Some((at, o)) = open {
        let start = at + o.len_utf8();
        let end = trim_end(p, start, p.len());
        if end > start {
            out.push((Span::new(text, base + start, base + end), base + at));
        }
    }
    out
}

/// `end` moved back over spaces and a comma the quote closes with.
fn trim_end(p: &str, start: usize, end: usize) -> usize {
    let trimmed = p[start..end].trim_end().trim_end_matches(',').trim_end();
    start + trimmed.len()
}

/// Whether `c` at `i` opens a quote: a typographic opening mark, or a
/// straight one at the start or after a space or an opening bracket.
fn is_opening(p: &str, i: usize, c: char) -> bool {
    match c {
        '“' | '«' | '„' => true,
        '"' => p[..i]
            .chars()
            .next_back()
            .is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b)),
        _ => false,
    }
}

/// Whether `c` at `i` closes a quote opened by `open`.
fn closes(open: char, p: &str, i: usize, c: char) -> bool {
    match (open, c) {
        ('“', '”') | ('«', '»') | ('„', '“') => true,
        // Writers mix them: “…" and "…”.
        ('“', '"') | ('"', '”') => true,
        ('"', '"') => !is_opening(p, i, c) || i + 1 == p.len(),
        _ => false,
    }
}

/// The entities mentioned in one document: where, and which.
struct Mentions {
    /// (span, entity), in text order.
    all: Vec<(Span, u32)>,
    /// Persons with titles ("prime minister"), for titles used alone.
    titled: Vec<(u32, Vec<String>)>,
    kinds: Vec<EntityKind>,
}

impl Mentions {
    /// The mentions `all` of one document (span, entity), in any order.
    fn of(mut all: Vec<(Span, u32)>, entities: &[Entity]) -> Mentions {
        all.sort_by_key(|(s, _)| s.start());
        let titled = entities
            .iter()
            .enumerate()
            .filter(|(e, entity)| {
                entity.kind == EntityKind::Person
                    && !entity.roles.is_empty()
                    && all.iter().any(|(_, m)| *m == *e as u32)
            })
            .map(|(e, entity)| {
                let roles = entity.roles.iter().map(|r| r.to_lowercase()).collect();
                (e as u32, roles)
            })
            .collect();
        Mentions {
            all,
            titled,
            kinds: entities.iter().map(|e| e.kind).collect(),
        }
    }

    /// The entity mentioned last in `range` (nearest its end).
    fn last_in(&self, range: (usize, usize)) -> Option<u32> {
        self.all
            .iter()
            .rev()
            .find(|(s, _)| s.start() >= range.0 && s.end() <= range.1)
            .map(|&(_, e)| e)
    }

    /// The entity mentioned first in `range`.
    fn first_in(&self, range: (usize, usize), kind: Option<EntityKind>) -> Option<u32> {
        self.all
            .iter()
            .find(|(s, e)| {
                s.start() >= range.0
                    && s.end() <= range.1
                    && kind.is_none_or(|k| self.kinds[*e as usize] == k)
            })
            .map(|&(_, e)| e)
    }

    /// The person a title (`the prime minister`, `Kosovo's prime minister`)
    /// names: the titled person mentioned in the document whose title it holds.
    fn titled(&self, phrase: &str) -> Option<u32> {
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

    /// The person a pronoun at `at` stands for: the nearest person named, or
    /// titled, before it in the document.
    fn antecedent(&self, text: &str, at: usize) -> Option<u32> {
        let named = self
            .all
            .iter()
            .rev()
            .find(|(s, e)| s.end() <= at && self.kinds[*e as usize] == EntityKind::Person)
            .map(|&(s, e)| (s.start(), e));
        let before = text[..at].to_lowercase();
        let titled = self
            .titled
            .iter()
            .filter_map(|(e, roles)| {
                let found = roles
                    .iter()
                    .filter_map(|r| before.rfind(r.as_str()))
                    .max()?;
                Some((found, *e))
            })
            .max_by_key(|&(at, _)| at);
        match (named, titled) {
            (Some(n), Some(t)) => Some(if t.0 > n.0 { t.1 } else { n.1 }),
            (n, t) => n.or(t).map(|(_, e)| e),
        }
    }
}

/// The sentence of `doc` holding offset `at`, within paragraph `para`.
fn sentence_at(doc: &Document, para: Span, at: usize) -> (usize, usize) {
    doc.sentences
        .iter()
        .find(|s| s.start() <= at && at < s.end().max(s.start() + 1))
        .map_or((para.start(), para.end()), |s| {
            (s.start().max(para.start()), s.end().min(para.end()))
        })
}

/// The words of `s` with their byte ranges in it.
fn word_ranges(s: &str) -> Vec<(usize, usize)> {
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

fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word.to_lowercase().as_str())
}

/// A quote's speaker and reporting verb, as found.
struct Cue {
    speaker: Option<u32>,
    verb: Option<Span>,
    channel: Option<Span>,
}

/// The quotation at `span` (its mark at `open`) in paragraph `para`:
/// whether partial, and its cue. `previous` is the paragraph's last speaker.
fn attribute(
    doc: &Document,
    para: Span,
    span: Span,
    open: usize,
    mentions: &Mentions,
    previous: Option<u32>,
) -> Quote {
    let text = &doc.text;
    let sentence = sentence_at(doc, para, open);
    let before = text[sentence.0..open].trim_end();
    let partial = !(before.is_empty() || before.ends_with(':'))
        || span.slice(text).starts_with(char::is_lowercase);
    let after = cue_after(doc, para, span, mentions);
    // A cue after the quote that names nobody (`a witness said`) leaves the
    // speaker to a cue before it in the sentence, if any; never to a guess.
    let cue = match after {
        Some(c) if c.speaker.is_none() => cue_before(text, (sentence.0, open), mentions)
            .filter(|b| b.speaker.is_some())
            .or(Some(c)),
        found => found,
    }
    .or_else(|| cue_before(text, (sentence.0, open), mentions))
    .or_else(|| {
        before.ends_with(':').then(|| Cue {
            speaker: mentions
                .first_in(sentence, Some(EntityKind::Person))
                .or_else(|| mentions.first_in(sentence, None)),
            verb: None,
            channel: None,
        })
    })
    .or_else(|| {
        let speaker = previous.or_else(|| reporting_speaker(doc, para, open, mentions));
        Some(Cue {
            speaker,
            verb: None,
            channel: None,
        })
    })
    .expect("a cue, maybe empty");
    Quote {
        doc: 0,
        span,
        speaker: cue.speaker,
        partial,
        verb: cue.verb,
        channel: cue.channel,
    }
}

/// The cue after a quote, in its sentence: `…,” Kurti said`, `…,” said
/// Kurti`, `…,” the prime minister told Die Welt`.
fn cue_after(doc: &Document, para: Span, span: Span, mentions: &Mentions) -> Option<Cue> {
    let text = &doc.text;
    // Past the closing mark and a comma.
    let from = text[span.end()..para.end()]
        .char_indices()
        .find(|&(_, c)| !matches!(c, '”' | '"' | '»' | '“' | ',' | ' '))
        .map(|(i, _)| span.end() + i)?;
    let rest = &text[from..para.end()];
    let clause_end = rest
        .find(['.', '!', '?', ';', '"', '“', '”'])
        .unwrap_or(rest.len());
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
    // Not a participle: `…,” adding that …` goes on to another quote.
    let v = words
        .iter()
        .take(CUE_WORDS + 1)
        .position(|&(a, b)| is_speech_verb(&clause[a..b]) && !clause[a..b].ends_with("ing"))?;
    let (va, vb) = words[v];
    let verb = Span::new(text, from + va, from + vb);
    let speaker = if v == 0 {
        // "said Kurti": the name after the verb.
        mentions.first_in((from + vb, from + clause_end), None)
    } else {
        subject(text, (from, from + va), mentions)
    };
    Some(Cue {
        speaker,
        verb: Some(verb),
        channel: channel(text, from + vb, from + clause_end),
    })
}

/// The cue before a quote in its sentence (`range`): the last reporting verb
/// before it and who is named (or titled) before that verb.
fn cue_before(text: &str, range: (usize, usize), mentions: &Mentions) -> Option<Cue> {
    let before = &text[range.0..range.1];
    let lower = before.to_lowercase();
    if let Some(at) = lower.rfind("according to ") {
        let from = range.0 + at + "according to ".len();
        return Some(Cue {
            speaker: mentions.first_in((from, range.1), None),
            verb: None,
            channel: None,
        });
    }
    let words = word_ranges(before);
    let (va, vb) = *words
        .iter()
        .rev()
        .find(|&&(a, b)| is_speech_verb(&before[a..b]))?;
    Some(Cue {
        speaker: subject(text, (range.0, range.0 + va), mentions),
        verb: Some(Span::new(text, range.0 + va, range.0 + vb)),
        channel: channel(text, range.0 + vb, range.1),
    })
}

/// Who the words `range` (before a reporting verb) name: the entity
/// mentioned last, else a pronoun's antecedent, else a title's holder.
fn subject(text: &str, range: (usize, usize), mentions: &Mentions) -> Option<u32> {
    if let Some(e) = mentions.last_in(range) {
        return Some(e);
    }
    let words = &text[range.0..range.1];
    let ranges = word_ranges(words);
    if let Some(&(a, _)) = ranges
        .iter()
        .rev()
        .find(|&&(a, b)| PRONOUNS.contains(&words[a..b].to_lowercase().as_str()))
    {
        return mentions.antecedent(text, range.0 + a);
    }
    mentions.titled(words)
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

/// The speaker of the nearest reporting sentence before `at` in its
/// paragraph: `Stoltenberg announced that … . “…”`.
fn reporting_speaker(doc: &Document, para: Span, at: usize, mentions: &Mentions) -> Option<u32> {
    doc.sentences
        .iter()
        .rev()
        .filter(|s| s.start() >= para.start() && s.end() <= at)
        .find_map(|s| {
            let cue = cue_before(&doc.text, (s.start(), s.end()), mentions)?;
            cue.speaker
        })
}

#[cfg(test)]
mod tests;
