//! Stories: a guided walk through the articles, step by step, written in a
//! corpus folder's `stories/NAME.toml` (read by `ingest::stories`) or in the
//! page. Each step shows a view (any link the explorer makes) with a note, and
//! may ask a question. Notes are plain text: paragraphs split by blank lines,
//! `*emphasis*` between single asterisks, never HTML ([`note_paragraphs`]).

use crate::text::span::Span;
use serde::{Deserialize, Serialize};

/// A story, as the index carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// Its file's name without `.toml`: what links name it by (`story=NAME`).
    pub name: String,
    pub title: String,
    pub description: Option<String>,
    /// At least one.
    pub steps: Vec<Step>,
}

/// One step of a story.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Empty: the step is shown by its number alone.
    pub title: String,
    /// The view it shows, as a link's fragment without its `#` (`q=kfor&with=nato`).
    pub view: String,
    /// Plain text: paragraphs split by blank lines, `*emphasis*`.
    pub note: String,
    pub question: Option<String>,
    /// Hidden until the reader asks for it.
    pub answer: Option<String>,
}

/// Stories as the page hands them to the ingestion module to be saved with
/// the articles (postcard, as the index carries them).
pub fn encode_stories(stories: &[Story]) -> Vec<u8> {
    postcard::to_allocvec(stories).expect("stories encode")
}

/// Stories [`encode_stories`] wrote.
pub fn decode_stories(bytes: &[u8]) -> Result<Vec<Story>, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("the stories: {e}"))
}

/// A stretch of a note's paragraph, emphasised or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// Into the note, without the asterisks.
    pub span: Span,
    pub emphasis: bool,
}

/// The paragraphs of `note` (split by blank lines, trimmed), each a list of
/// runs. An asterisk emphasises up to the next one on the same paragraph when
/// the first is followed, and the second preceded, by a character that is not
/// a space (`*this*`, not `2 * 3 * 4`); any other asterisk is kept as written.
pub fn note_paragraphs(note: &str) -> Vec<Vec<Run>> {
    let mut paragraphs = Vec::new();
    // The paragraph being read: its first and last line's bounds.
    let mut para: Option<(usize, usize)> = None;
    let mut end_of = |para: Option<(usize, usize)>| {
        if let Some(span) = para.and_then(|(s, e)| span_trimmed(note, s, e)) {
            paragraphs.push(runs(note, span));
        }
    };
    let mut at = 0;
    for line in note.split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        if line.trim().is_empty() {
            end_of(para.take());
        } else {
            para = Some((para.map_or(start, |p| p.0), end));
        }
    }
    end_of(para);
    paragraphs
}

/// `note[start..end]` without its surrounding whitespace, if anything is left.
fn span_trimmed(note: &str, start: usize, end: usize) -> Option<Span> {
    let text = &note[start..end];
    let lead = text.len() - text.trim_start().len();
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| Span::new(note, start + lead, start + lead + trimmed.len()))
}

/// The runs of paragraph `para` of `note`.
fn runs(note: &str, para: Span) -> Vec<Run> {
    let mut out = Vec::new();
    let mut plain = para.start();
    let mut at = para.start();
    while let Some(open) = note[at..para.end()].find('*').map(|i| at + i) {
        let after = note[open + 1..para.end()].chars().next();
        let close = after
            .filter(|c| !c.is_whitespace() && *c != '*')
            .and_then(|_| closing(note, open + 1, para.end()));
        let Some(close) = close else {
            at = open + 1;
            continue;
        };
        if plain < open {
            out.push(Run {
                span: Span::new(note, plain, open),
                emphasis: false,
            });
        }
        out.push(Run {
            span: Span::new(note, open + 1, close),
            emphasis: true,
        });
        plain = close + 1;
        at = close + 1;
    }
    if plain < para.end() {
        out.push(Run {
            span: Span::new(note, plain, para.end()),
            emphasis: false,
        });
    }
    out
}

/// The asterisk closing an emphasis opened before `from`: the next one,
/// preceded by a character that is not a space.
fn closing(note: &str, from: usize, end: usize) -> Option<usize> {
    let close = note[from..end].find('*').map(|i| from + i)?;
    let before = note[..close].chars().next_back()?;
    (!before.is_whitespace()).then_some(close)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The note's paragraphs, emphasis written back as `<…>`.
    fn shown(note: &str) -> Vec<String> {
        note_paragraphs(note)
            .iter()
            .map(|runs| {
                runs.iter()
                    .map(|r| {
                        let text = r.span.slice(note);
                        if r.emphasis {
                            format!("<{text}>")
                        } else {
                            text.to_string()
                        }
                    })
                    .collect()
            })
            .collect()
    }

    fn check(note: &str, expected: &[&str]) {
        assert_eq!(shown(note), expected, "{note:?}");
    }

    #[test]
    fn paragraphs_and_emphasis() {
        check("", &[]);
        check("  \n \n", &[]);
        check("KFOR keeps the peace.", &["KFOR keeps the peace."]);
        check(
            "One line\nwrapped.\n\n  Second.  \n",
            &["One line\nwrapped.", "Second."],
        );
        check("a\n \n\n\nb", &["a", "b"]);
        check("Read *how* each outlet", &["Read <how> each outlet"]);
        check("*All of it*", &["<All of it>"]);
        check("*one* and *two*.", &["<one> and <two>."]);
        // Not emphasis: spaces inside the asterisks, one alone, a product.
        check("2 * 3 * 4", &["2 * 3 * 4"]);
        check("a * b", &["a * b"]);
        check("*open", &["*open"]);
        check("**", &["**"]);
        check("* a list item", &["* a list item"]);
        // Emphasis stays in its paragraph.
        check("*start\n\nend*", &["*start", "end*"]);
        check("Ćirilica *Приштина* ok", &["Ćirilica <Приштина> ok"]);
        // Markup is text.
        check("<b>bold</b>", &["<b>bold</b>"]);
    }
}
