//! Where quotations are: the passages between quotation marks in a
//! document's body, typographic or straight, « » and „ “ too.
//!
//! A quotation may run over paragraphs. Two ways are read:
//! - the typographic convention: a paragraph's quote is left open and the
//!   next paragraph opens again (`“…` ¶ `“… ,” he said.`): two passages, the
//!   second continuing the first;
//! - a quotation whose paragraphs carry no marks of their own (text split a
//!   sentence a line): the mark left open is closed by the first mark ahead
//!   that can only close (`…the end,” Duran said.`), within a few paragraphs.
//!
//! A mark left open with no closing ahead ends its quote at its paragraph's
//! end, as the writer most likely meant.

use crate::model::index::Document;
use crate::model::kinds::ParaKind;
use crate::text::span::Span;

use super::cues::is_speech_verb;

/// How many paragraphs ahead an open quotation may be closed.
const CARRY_PARAGRAPHS: usize = 6;

/// One quoted passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passage {
    /// The quoted words, without their marks (nor a comma closing them).
    pub span: Span,
    /// The offset of the opening mark (of the passage's start when the
    /// quotation opened in an earlier paragraph).
    pub open: usize,
    /// The offset of the closing mark, when closed.
    pub close: Option<usize>,
    /// The paragraph (index into the document's paragraphs) where it opens.
    pub para: usize,
    /// Whether it goes on with the passage before it by the typographic
    /// convention (the paragraph before left its quote open).
    pub continues: bool,
}

/// An opened quotation being read.
#[derive(Clone, Copy)]
struct Open {
    /// Offset of the mark.
    at: usize,
    /// The mark.
    mark: char,
    /// Paragraph of the mark.
    para: usize,
    continues: bool,
}

/// What a quotation left open at a paragraph's end does next.
#[derive(Debug, PartialEq)]
enum Ahead {
    /// The next paragraph opens again: this passage ends here, and that one
    /// continues it.
    Reopens,
    /// A mark ahead closes it: the quotation runs on.
    RunsOn,
    /// Nothing ahead closes it: it ends with its paragraph.
    Ends,
}

/// Every quoted passage of the body of `doc`, in text order.
pub fn passages(doc: &Document) -> Vec<Passage> {
    let text = doc.text.as_str();
    let body: Vec<(usize, Span)> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind != ParaKind::Headline)
        .map(|(i, p)| (i, p.span))
        .collect();
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut continues = false;
    for (k, &(index, para)) in body.iter().enumerate() {
        open = scan(text, (index, para), open, &mut continues, &mut out);
        let Some(o) = open else { continue };
        match ahead(text, &body[k + 1..], o.mark) {
            Ahead::RunsOn => {}
            end => {
                push(text, &mut out, o, para.end(), None);
                open = None;
                continues = end == Ahead::Reopens;
            }
        }
    }
    out
}

/// Reads paragraph `para` (its index, its span) with `open` carried in from
/// the paragraph before; pushes the passages it closes and returns the one
/// left open at its end.
fn scan(
    text: &str,
    (index, para): (usize, Span),
    mut open: Option<Open>,
    continues: &mut bool,
    out: &mut Vec<Passage>,
) -> Option<Open> {
    let p = para.slice(text);
    let base = para.start();
    for (i, c) in p.char_indices() {
        match open {
            None if is_opening(p, i, c) || strands(p, i, c) => {
                let first = p[..i].trim().is_empty();
                open = Some(Open {
                    at: base + i,
                    mark: c,
                    para: index,
                    continues: std::mem::take(continues) && first,
                });
            }
            Some(o) if closes(o.mark, p, i, c) || (o.para != index && can_only_close(p, i, c)) => {
                push(text, out, o, base + i, Some(base + i));
                open = None;
            }
            _ => {}
        }
    }
    // Only a paragraph's first mark continues the quotation before.
    *continues = false;
    open
}

/// Pushes the passage opened by `o` and ending at `end`.
fn push(text: &str, out: &mut Vec<Passage>, o: Open, end: usize, close: Option<usize>) {
    let from = o.at + o.mark.len_utf8();
    let inner = &text[from..end];
    let start = from + (inner.len() - inner.trim_start().len());
    let kept = text[start..end].trim_end().trim_end_matches(',').trim_end();
    if kept.is_empty() {
        return;
    }
    out.push(Passage {
        span: Span::new(text, start, start + kept.len()),
        open: o.at,
        close,
        para: o.para,
        continues: o.continues,
    });
}

/// What the quotation opened by `mark` and left open does in the paragraphs
/// `next`: the first quotation mark ahead tells.
fn ahead(text: &str, next: &[(usize, Span)], mark: char) -> Ahead {
    for (k, &(_, para)) in next.iter().take(CARRY_PARAGRAPHS).enumerate() {
        let p = para.slice(text);
        let Some((i, c)) = p.char_indices().find(|&(_, c)| is_mark(c)) else {
            continue;
        };
        let reopens = p[..i].trim().is_empty() && is_opening(p, i, c);
        return if reopens && k == 0 {
            Ahead::Reopens
        } else if reopens {
            // Paragraphs without marks between: the quotation runs over
            // them to the one before the reopening.
            Ahead::RunsOn
        } else if closes(mark, p, i, c) && can_only_close(p, i, c) {
            Ahead::RunsOn
        } else {
            Ahead::Ends
        };
    }
    Ahead::Ends
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Whether `c` at `i` opens a quote: a typographic opening mark, or a
/// straight one at the start or after a space or an opening bracket.
fn is_opening(p: &str, i: usize, c: char) -> bool {
    match c {
        '“' | '«' | '„' => true,
        '"' => after_space(p, i),
        // »…«, as German, Albanian and Serbian print it: before a word, not
        // after one (French closes « … » after a space, before punctuation).
        '»' => {
            after_space(p, i)
                && p[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_alphanumeric() || matches!(n, '…' | '„' | '.'))
        }
        _ => false,
    }
}

/// Whether byte `i` of `p` opens it or follows a space or an opening bracket.
fn after_space(p: &str, i: usize) -> bool {
    p[..i]
        .chars()
        .next_back()
        .is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b))
}

/// Whether a straight mark that cannot open (`…over."`) ends paragraph `p`
/// with no quotation open: text split a sentence a line put the opening
/// mark of the next one there.
fn strands(p: &str, i: usize, c: char) -> bool {
    c == '"' && p[i + 1..].trim().is_empty()
}

/// Whether `c` at `i` closes a quote opened by `open`.
fn closes(open: char, p: &str, i: usize, c: char) -> bool {
    match (open, c) {
        ('“', '”') | ('«', '»') | ('»', '«') | ('„', '“') | ('„', '”') => true,
        // Writers mix them: “…" and "…”.
        ('“', '"') | ('"', '”') => true,
        ('"', '"') => !is_opening(p, i, c) || i + 1 == p.len() || before_cue(p, i),
        _ => false,
    }
}

/// Whether the mark `c` at `i` can only be a closing one: a typographic
/// closing mark, a straight one after a word (`…end."`) or one followed by
/// a reporting verb (`… , "said Rios`).
fn can_only_close(p: &str, i: usize, c: char) -> bool {
    match c {
        '”' => true,
        '»' => !is_opening(p, i, c),
        '"' => !is_opening(p, i, c) || before_cue(p, i),
        _ => false,
    }
}

/// Whether the mark at `i` is followed by a cue: a reporting verb (`"said
/// Rios`), or a pronoun and one (`"he said`).
fn before_cue(p: &str, i: usize) -> bool {
    let mut words = p[i + 1..]
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .take_while(|w| !w.is_empty());
    let verb =
        |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_lowercase) && is_speech_verb(w));
    let first = words.next();
    verb(first) || (matches!(first, Some("he" | "she" | "they")) && verb(words.next()))
}
