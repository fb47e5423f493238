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
mod cues;
pub mod listing;
mod marks;
mod mentions;
pub mod score;

use crate::model::index::{Document, Entity, Quote};
use crate::model::kinds::{EntityKind, ParaKind};
use crate::text::span::Span;

use cues::{cue_after, cue_before, words_of, Cue};
use marks::Passage;
use mentions::Mentions;

/// How long the rest of a paragraph after a quote may be and still be its
/// cue, for the next paragraph to go on quoting.
const CUE_TAIL: usize = 80;

/// Every quotation of every document, in document and text order.
pub fn find_quotes(documents: &[Document], entities: &[Entity]) -> Vec<Quote> {
    // Every mention, by document: (span, entity).
    let mut by_doc: Vec<Vec<(Span, u32)>> = vec![Vec::new(); documents.len()];
    for (e, entity) in entities.iter().enumerate() {
        for m in &entity.mentions {
            if let Some(list) = by_doc.get_mut(m.doc as usize) {
                list.push((m.span, e as u32));
            }
        }
    }
    // Each document on its own (on every core at build time), then in order.
    let docs: Vec<(&Document, Vec<(Span, u32)>)> = documents.iter().zip(by_doc).collect();
    let found = crate::parallel::map_in_order(&docs, |d, (doc, mentions)| {
        let passages = marks::passages(doc);
        let quoted = passages.iter().map(|p| p.span).collect();
        let mentions = Mentions::of(mentions.clone(), entities, quoted);
        let quotes = quotes_of(doc, &passages, &mentions).into_iter();
        quotes
            .map(|q| Quote { doc: d as u32, ..q })
            .collect::<Vec<_>>()
    });
    found.into_iter().flatten().collect()
}

/// A quotation as attributed, before the ones a later cue tells are filled.
struct Found {
    quote: Quote,
    /// Whether its own cue tells who speaks.
    cued: bool,
    passage: Passage,
}

/// The quotations of one document: each passage with its own cue, else the
/// speaker of the quotation it goes on with, else of the sentence reporting
/// speech before it.
fn quotes_of(doc: &Document, passages: &[Passage], mentions: &Mentions) -> Vec<Quote> {
    let text = &doc.text;
    let mut found: Vec<Found> = Vec::new();
    for p in passages {
        // A quoted word or two is a term, not a statement.
        if words_of(p.span.slice(text)) <= 2 && !p.continues {
            continue;
        }
        let sentence = sentence_at(doc, p.open);
        let before = lead(text, (sentence.0, p.open));
        let cue = own_cue(doc, p, before, mentions);
        let cued = cue.tells();
        let mut quote = Quote {
            doc: 0,
            span: p.span,
            speaker: cue.speaker,
            source: cue.source,
            partial: is_partial(doc, p, before),
            verb: cue.verb,
            channel: cue.channel,
        };
        if !cued {
            match found.last().filter(|f| goes_on(doc, f, p)) {
                Some(before) => {
                    quote.speaker = before.quote.speaker;
                    quote.source = before.quote.source;
                }
                None => quote.speaker = reporting_speaker(doc, p, mentions),
            }
        }
        found.push(Found {
            quote,
            cued,
            passage: *p,
        });
    }
    fill_back(&mut found);
    found.into_iter().map(|f| f.quote).collect()
}

/// `“…` ¶ `“…,” he said.`: a paragraph continued by the next takes the
/// cue that comes later.
fn fill_back(found: &mut [Found]) {
    for i in (1..found.len()).rev() {
        let (head, tail) = found.split_at_mut(i);
        let (before, after) = (&mut head[i - 1], &tail[0]);
        if after.passage.continues && after.cued && !before.cued {
            before.quote.speaker = after.quote.speaker;
            before.quote.source = after.quote.source;
            before.cued = true;
        }
    }
}

/// The cue of passage `p` itself: after it, or `before` it in its sentence
/// (the words leading into it), or the subject of a sentence ending in a
/// colon before it.
fn own_cue(doc: &Document, p: &Passage, before: (usize, usize), mentions: &Mentions) -> Cue {
    let text = &doc.text;
    let after = p
        .close
        .and_then(|c| cue_after(doc, c, paragraph_at(doc, c).end(), mentions));
    let cue_before = || cue_before(doc, before, mentions);
    // A cue after the quote that names nobody (`a witness said`) yields to
    // a named speaker before it in the sentence.
    let cue = match after {
        Some(c) if c.speaker.is_none() => cue_before().filter(|b| b.speaker.is_some()).or(Some(c)),
        found => found,
    }
    .or_else(cue_before);
    if let Some(cue) = cue {
        return cue;
    }
    let colon = text[before.0..before.1].trim_end().ends_with(':');
    let speaker = colon.then(|| {
        mentions
            .first_in(before, Some(EntityKind::Person))
            .or_else(|| mentions.first_in(before, None))
    });
    Cue {
        speaker: speaker.flatten(),
        source: None,
        verb: None,
        channel: None,
    }
}

/// The words of `range` (a sentence up to a quote) that lead into the
/// quote: none when they end a sentence of their own (`…said Rios. "`).
fn lead(text: &str, range: (usize, usize)) -> (usize, usize) {
    let before = text[range.0..range.1].trim_end();
    if before.ends_with(['.', '!', '?']) {
        (range.1, range.1)
    } else {
        range
    }
}

/// Whether passage `p` is words taken into the writer's sentence: text
/// `before` it in its sentence (not a colon), or it starts in lower case.
fn is_partial(doc: &Document, p: &Passage, (a, b): (usize, usize)) -> bool {
    let text = &doc.text;
    let before = text[a..b].trim_end();
    !(before.is_empty() || before.ends_with(':'))
        || p.span.slice(text).starts_with(char::is_lowercase)
}

/// Whether passage `p`, with no cue of its own, goes on with the quotation
/// `before`: the paragraph before left its quote open and this one opens
/// again; or both are in one paragraph; or `before` ended its paragraph
/// (with its cue at most) and `p` opens the next one.
fn goes_on(doc: &Document, before: &Found, p: &Passage) -> bool {
    let text = &doc.text;
    let ended_in = paragraph_index(doc, before.quote.span.end());
    if p.continues || ended_in == paragraph_index(doc, p.open) {
        return true;
    }
    let para = doc.paragraphs[p.para].span;
    let opens = text_before_is_empty(doc, para, p.open);
    let after = before.passage.close.map_or(before.quote.span.end(), |c| {
        c + text[c..].chars().next().map_or(0, char::len_utf8)
    });
    let end = doc.paragraphs[ended_in].span.end();
    let tail = &text[after.min(end)..end];
    opens
        && ended_in + 1 == p.para
        && tail.len() < CUE_TAIL
        && !tail.contains(['“', '"', '”', '«', '»', '„'])
}

/// The speaker of the nearest sentence reporting speech before passage
/// `p`: in its paragraph (`Stoltenberg announced that … . “…”`), or, for a
/// passage opening its paragraph, the last sentence of the paragraph before
/// (`Jansher said he was disturbed.` ¶ `“What he did was bad…”`).
fn reporting_speaker(doc: &Document, p: &Passage, mentions: &Mentions) -> Option<u32> {
    let para = doc.paragraphs[p.para].span;
    let in_paragraph = doc
        .sentences
        .iter()
        .rev()
        .filter(|s| s.start() >= para.start() && s.end() <= p.open)
        .find_map(|s| cue_before(doc, (s.start(), s.end()), mentions)?.speaker);
    if in_paragraph.is_some() || !text_before_is_empty(doc, para, p.open) || p.para == 0 {
        return in_paragraph;
    }
    let previous = &doc.paragraphs[p.para - 1];
    if previous.kind == ParaKind::Headline {
        return None;
    }
    let previous = previous.span;
    let last = doc
        .sentences
        .iter()
        .rev()
        .find(|s| s.start() >= previous.start() && s.end() <= previous.end())?;
    let sentence = last.slice(&doc.text);
    if sentence.contains(['“', '"', '”', '«', '»', '„']) {
        return None;
    }
    cue_before(doc, (last.start(), last.end()), mentions)?.speaker
}

/// Whether nothing but space comes before `at` in paragraph `para`.
fn text_before_is_empty(doc: &Document, para: Span, at: usize) -> bool {
    doc.text[para.start()..at].trim().is_empty()
}

/// The index of the paragraph of `doc` holding offset `at`.
fn paragraph_index(doc: &Document, at: usize) -> usize {
    doc.paragraphs
        .partition_point(|p| p.span.start() <= at)
        .saturating_sub(1)
}

/// The paragraph of `doc` holding offset `at`.
fn paragraph_at(doc: &Document, at: usize) -> Span {
    doc.paragraphs
        .get(paragraph_index(doc, at))
        .map_or(Span::new(&doc.text, 0, doc.text.len()), |p| p.span)
}

/// The sentence of `doc` holding offset `at`, within its paragraph.
fn sentence_at(doc: &Document, at: usize) -> (usize, usize) {
    let para = paragraph_at(doc, at);
    doc.sentences
        .iter()
        .find(|s| s.start() <= at && at < s.end().max(s.start() + 1))
        .map_or((para.start(), para.end()), |s| {
            (s.start().max(para.start()), s.end().min(para.end()))
        })
}

#[cfg(test)]
mod tests;
