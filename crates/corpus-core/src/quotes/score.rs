//! Scoring the quotations found against a gold standard read by hand (as in
//! `../shared/eval/conll2003-dev/quotes.jsonl`): how many are found, and of
//! those whose speaker the article names, how many are given the right
//! speaker, someone else, or nobody; quotations found that the gold lacks;
//! and every difference, with the line of the source file it is on.
//!
//! A gold quotation is given by its first words, copied from the file. It is
//! found when a quotation of the same document covers them. Its speaker is
//! right when a spelling of the speaker found shares its surname (the last
//! word, case and accents ignored) with the gold speaker or one of the names
//! the gold also accepts; wrong when it names someone else, or anyone where
//! the gold says the article names nobody (unless the gold accepts that name).

use crate::model::index::{Document, Index};
use crate::text::fold::fold_str;
use std::collections::HashMap;

/// One line of a gold file, decoded by the caller (serde_json).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct GoldQuote {
    /// The document's id.
    pub doc: String,
    /// The quotation's first words (at most ten), as the file has them.
    pub quote: String,
    /// The speaker's name at its fullest, or `None` when the article does not
    /// name them (a spokesman, an official, a trader).
    pub speaker: Option<String>,
    /// Other names that count as right (or, without a speaker, as not wrong).
    #[serde(default)]
    pub speaker_alt: Vec<String>,
    /// How the cue refers to the speaker: `named`, `pronoun`, `title`, `none`.
    #[serde(default)]
    pub speaker_kind: String,
    /// Words taken into the writer's sentence rather than a statement.
    #[serde(default)]
    pub partial: bool,
    /// Carries on the previous quotation of the same speaker, without a cue.
    #[serde(default)]
    pub continues: bool,
}

/// A quoted item left out of the gold on purpose (a term, a title): a
/// quotation found there is not counted as extra.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct SkippedQuote {
    pub doc: String,
    pub quote: String,
}

/// What became of one gold quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// No quotation found covers its first words.
    Missed,
    /// Found with the right speaker (or, for a speaker the article does not
    /// name, with nobody or a name the gold accepts).
    Right,
    /// Found, attributed to someone else.
    Wrong,
    /// Found, the article names its speaker, but no speaker was found.
    NoSpeaker,
}

/// One quotation where what was found and the gold differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// The document's id.
    pub doc: String,
    /// The line of its source file the quotation starts on (1-based; 0 when
    /// it cannot be told).
    pub line: usize,
    /// Its first words.
    pub quote: String,
    /// The speaker in the gold (`None`: unnamed), and as found.
    pub gold: Option<String>,
    pub found: Option<String>,
    /// What went wrong: `missed`, `wrong`, `no speaker`, `extra`.
    pub what: &'static str,
}

/// The scores.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteScore {
    /// Gold quotations, and those found.
    pub gold: usize,
    pub found: usize,
    /// Gold quotations whose speaker the article names.
    pub named: usize,
    /// Of the named ones found: right, wrong, without a speaker.
    pub right: usize,
    pub wrong: usize,
    pub no_speaker: usize,
    /// Of the unnamed ones found: given a name the gold does not accept.
    pub unnamed_wrong: usize,
    /// Found, in documents of the gold, but neither gold nor left out on purpose.
    pub extra: usize,
    /// Per speaker kind (`named`, `pronoun`, `title`, `none`): gold, found, right.
    pub by_kind: Vec<(String, usize, usize, usize)>,
    /// Every difference, in document order.
    pub differences: Vec<Difference>,
}

impl QuoteScore {
    /// `part` of `whole`, as a percentage.
    pub fn percent(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            0.0
        } else {
            100.0 * part as f64 / whole as f64
        }
    }
}

/// Whitespace runs made one space, with where each kept byte was in `s`.
fn collapsed(s: &str) -> (String, Vec<usize>) {
    let (mut out, mut at) = (String::with_capacity(s.len()), Vec::with_capacity(s.len()));
    let mut space = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            at.push(i);
            space = false;
        }
        out.push(c);
        // Each byte of the character where it was: a match may end inside none.
        at.extend(i..i + c.len_utf8());
    }
    at.push(s.len());
    (out, at)
}

/// Where `words` stand in `text`, whatever the spacing: the byte range.
pub fn locate(text: &str, words: &str) -> Option<(usize, usize)> {
    let (hay, at) = collapsed(text);
    let (needle, _) = collapsed(words);
    let start = hay.find(&needle)?;
    Some((at[start], at[start + needle.len() - 1] + 1))
}

/// The last word of a name, folded: what two spellings of one person share.
fn surname(name: &str) -> String {
    fold_str(name)
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
        .to_string()
}

/// Whether the entity `e` of `index` is one of `names`, by surname.
fn is_one_of(index: &Index, e: u32, names: &[&str]) -> bool {
    let Some(entity) = index.entities.get(e as usize) else {
        return false;
    };
    let surnames: Vec<String> = names.iter().map(|n| surname(n)).collect();
    std::iter::once(&entity.name)
        .chain(&entity.variants)
        .any(|spelling| surnames.contains(&surname(spelling)))
}

/// The line of `source` (a file's text) the words start on, 1-based; 0 when
/// they are not there.
fn line_in(source: &str, words: &str) -> usize {
    locate(source, words).map_or(0, |(a, _)| source[..a].matches('\n').count() + 1)
}

/// Scores the quotations of `index` against `gold`; `skipped` are quoted items
/// the gold leaves out on purpose; `source(doc)` is a document's source file,
/// to name lines.
pub fn score(
    index: &Index,
    gold: &[GoldQuote],
    skipped: &[SkippedQuote],
    source: &mut impl FnMut(&Document) -> Option<String>,
) -> QuoteScore {
    let mut scoring = Scoring {
        index,
        docs: index
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i as u32))
            .collect(),
        sources: HashMap::new(),
        matched: vec![false; index.quotes.len()],
        score: QuoteScore {
            gold: gold.len(),
            ..QuoteScore::default()
        },
    };
    for g in gold {
        scoring.gold(g, source);
    }
    for k in skipped {
        scoring.skipped(k);
    }
    let gold_docs: Vec<u32> = gold
        .iter()
        .filter_map(|g| scoring.docs.get(g.doc.as_str()).copied())
        .collect();
    scoring.extras(&gold_docs, source);
    let mut s = scoring.score;
    s.by_kind.sort();
    s.differences
        .sort_by(|a, b| (&a.doc, a.line).cmp(&(&b.doc, b.line)));
    s
}

/// A scoring under way.
struct Scoring<'a> {
    index: &'a Index,
    /// Documents by id.
    docs: HashMap<&'a str, u32>,
    /// Source files read so far, by document.
    sources: HashMap<u32, String>,
    /// Quotations found accounted for (gold, or left out on purpose).
    matched: Vec<bool>,
    score: QuoteScore,
}

impl Scoring<'_> {
    /// The line of document `d`'s source file the words start on.
    fn line(
        &mut self,
        d: u32,
        words: &str,
        source: &mut impl FnMut(&Document) -> Option<String>,
    ) -> usize {
        let index = self.index;
        let text = self
            .sources
            .entry(d)
            .or_insert_with(|| source(&index.documents[d as usize]).unwrap_or_default());
        line_in(text, words)
    }

    /// The quotation found that covers the first words of `g`, if any.
    fn find(&self, doc: &str, words: &str) -> Option<(u32, usize)> {
        let d = *self.docs.get(doc)?;
        let (a, z) = locate(&self.index.documents[d as usize].text, words)?;
        let q = self
            .index
            .quotes
            .iter()
            .position(|q| q.doc == d && q.span.start() <= a && z <= q.span.end())?;
        Some((d, q))
    }

    /// Gold quotation `g`: found or not, its speaker judged, counted.
    fn gold(&mut self, g: &GoldQuote, source: &mut impl FnMut(&Document) -> Option<String>) {
        let found = self.find(&g.doc, &g.quote);
        let outcome = judge(self.index, g, found.map(|(_, q)| q));
        if let Some((_, q)) = found {
            self.matched[q] = true;
        }
        count(&mut self.score, g, outcome);
        let kinds = &mut self.score.by_kind;
        let at = match kinds.iter().position(|(k, ..)| *k == g.speaker_kind) {
            Some(at) => at,
            None => {
                kinds.push((g.speaker_kind.clone(), 0, 0, 0));
                kinds.len() - 1
            }
        };
        let kind = &mut kinds[at];
        kind.1 += 1;
        kind.2 += usize::from(outcome != Outcome::Missed);
        kind.3 += usize::from(outcome == Outcome::Right);
        if outcome != Outcome::Right {
            let line = match self.docs.get(g.doc.as_str()) {
                Some(&d) => self.line(d, &g.quote, source),
                None => 0,
            };
            let difference = difference(self.index, g, found.map(|(_, q)| q), outcome, line);
            self.score.differences.push(difference);
        }
    }

    /// An item the gold leaves out on purpose: quotations found there are no extra.
    fn skipped(&mut self, k: &SkippedQuote) {
        let Some(&d) = self.docs.get(k.doc.as_str()) else {
            return;
        };
        if let Some((a, z)) = locate(&self.index.documents[d as usize].text, &k.quote) {
            for (q, quote) in self.index.quotes.iter().enumerate() {
                if quote.doc == d && quote.span.start() < z && a < quote.span.end() {
                    self.matched[q] = true;
                }
            }
        }
    }

    /// Quotations found in the documents of the gold that it lacks.
    fn extras(&mut self, gold_docs: &[u32], source: &mut impl FnMut(&Document) -> Option<String>) {
        for q in 0..self.index.quotes.len() {
            let quote = &self.index.quotes[q];
            if self.matched[q] || !gold_docs.contains(&quote.doc) {
                continue;
            }
            self.score.extra += 1;
            let doc = &self.index.documents[quote.doc as usize];
            let words: Vec<&str> = quote
                .span
                .slice(&doc.text)
                .split_whitespace()
                .take(10)
                .collect();
            let words = words.join(" ");
            let difference = Difference {
                doc: doc.id.clone(),
                line: self.line(quote.doc, &words, source),
                quote: words,
                gold: None,
                found: speaker_name(self.index, Some(q)),
                what: "extra",
            };
            self.score.differences.push(difference);
        }
    }
}

/// What became of gold quotation `g`, found as the index's quotation `q`.
fn judge(index: &Index, g: &GoldQuote, q: Option<usize>) -> Outcome {
    let Some(q) = q else {
        return Outcome::Missed;
    };
    let alt: Vec<&str> = g.speaker_alt.iter().map(String::as_str).collect();
    match (&g.speaker, index.quotes[q].speaker) {
        (Some(_), None) => Outcome::NoSpeaker,
        (Some(gold), Some(e)) => {
            let names: Vec<&str> = std::iter::once(gold.as_str()).chain(alt).collect();
            if is_one_of(index, e, &names) {
                Outcome::Right
            } else {
                Outcome::Wrong
            }
        }
        (None, None) => Outcome::Right,
        (None, Some(e)) if is_one_of(index, e, &alt) => Outcome::Right,
        (None, Some(_)) => Outcome::Wrong,
    }
}

/// Adds `outcome` of gold quotation `g` to the counts.
fn count(s: &mut QuoteScore, g: &GoldQuote, outcome: Outcome) {
    s.found += usize::from(outcome != Outcome::Missed);
    match (&g.speaker, outcome) {
        (_, Outcome::Missed) if g.speaker.is_some() => s.named += 1,
        (_, Outcome::Missed) => {}
        (Some(_), Outcome::Right) => (s.named, s.right) = (s.named + 1, s.right + 1),
        (Some(_), Outcome::Wrong) => (s.named, s.wrong) = (s.named + 1, s.wrong + 1),
        (Some(_), Outcome::NoSpeaker) => (s.named, s.no_speaker) = (s.named + 1, s.no_speaker + 1),
        (None, Outcome::Wrong) => s.unnamed_wrong += 1,
        (None, _) => {}
    }
}

/// The name of quotation `q`'s speaker, if it has one.
fn speaker_name(index: &Index, q: Option<usize>) -> Option<String> {
    let e = index.quotes.get(q?)?.speaker?;
    index.entities.get(e as usize).map(|e| e.name.clone())
}

fn difference(
    index: &Index,
    g: &GoldQuote,
    q: Option<usize>,
    outcome: Outcome,
    line: usize,
) -> Difference {
    Difference {
        doc: g.doc.clone(),
        line,
        quote: g.quote.clone(),
        gold: g.speaker.clone(),
        found: speaker_name(index, q),
        what: match outcome {
            Outcome::Missed => "missed",
            Outcome::Wrong => "wrong",
            Outcome::NoSpeaker => "no speaker",
            Outcome::Right => "right",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::index::{Entity, Quote};
    use crate::model::kinds::EntityKind;
    use crate::text::span::Span;

    /// One document quoting Kurti, an unnamed spokesman and Vučić.
    fn index() -> Index {
        let text = "“We will not  give up,” Kurti said. “No comment,” a spokesman said. “Talks go on,” Vucic said. A “ban” was lifted.";
        let mut index = Index::new(vec![Document::from_text("d1", text)], vec![], vec![]);
        let person = |name: &str, variants: &[&str]| Entity {
            id: name.to_lowercase().replace(' ', "-"),
            name: name.into(),
            kind: EntityKind::Person,
            roles: vec![],
            description: None,
            variants: variants.iter().map(|v| v.to_string()).collect(),
            mentions: vec![],
        };
        index.entities = vec![
            person("Albin Kurti", &["Kurti"]),
            person("Aleksandar Vučić", &["Vucic"]),
        ];
        let quote = |words: &str, speaker: Option<u32>| {
            let (a, z) = locate(text, words).expect("in the text");
            Quote {
                doc: 0,
                span: Span::new(text, a, z),
                speaker,
                source: None,
                partial: false,
                verb: None,
                channel: None,
            }
        };
        index.quotes = vec![
            quote("We will not give up", Some(0)),
            quote("No comment", Some(0)),
            quote("Talks go on", None),
            quote("ban", None),
        ];
        index
    }

    fn gold(quote: &str, speaker: Option<&str>) -> GoldQuote {
        GoldQuote {
            doc: "d1".into(),
            quote: quote.into(),
            speaker: speaker.map(String::from),
            speaker_alt: vec![],
            speaker_kind: if speaker.is_some() { "named" } else { "none" }.into(),
            partial: false,
            continues: false,
        }
    }

    #[test]
    fn words_are_found_whatever_the_spacing() {
        assert_eq!(locate("a  b\nc d", "b c"), Some((3, 6)));
        assert_eq!(locate("“We will", "We will"), Some((3, 10)));
        assert_eq!(locate("said Vučić.", "Vučić"), Some((5, 12)));
        assert_eq!(locate("abc", "x"), None);
        assert_eq!(surname("Aleksandar Vučić"), "vucic");
        assert_eq!(line_in("one\ntwo three\n", "two three"), 2);
    }

    #[test]
    fn quotations_found_right_wrong_and_extra() {
        let index = index();
        let gold = [
            gold("We will not give up", Some("Albin Kurti")),
            // An unnamed speaker given a name: wrong.
            gold("No comment", None),
            // Found, no speaker.
            gold("Talks go on", Some("Aleksandar Vucic")),
            gold("Never said", Some("Nobody")),
        ];
        let skipped = [SkippedQuote {
            doc: "d1".into(),
            quote: "ban".into(),
        }];
        let s = score(&index, &gold, &skipped, &mut |d| Some(d.text.clone()));
        assert_eq!((s.gold, s.found, s.named), (4, 3, 3));
        assert_eq!(
            (s.right, s.wrong, s.no_speaker, s.unnamed_wrong),
            (1, 0, 1, 1)
        );
        assert_eq!(s.extra, 0, "the skipped term is not extra");
        let what: Vec<&str> = s.differences.iter().map(|d| d.what).collect();
        assert_eq!(
            what,
            ["missed", "wrong", "no speaker"],
            "by line: the missed one is in no line"
        );
        // A name the gold accepts for an unnamed speaker is not wrong.
        let mut alt = gold_line("No comment");
        alt.speaker_alt = vec!["Kurti".into()];
        let s = score(&index, &[alt], &[], &mut |_| None);
        assert_eq!(
            (s.unnamed_wrong, s.extra),
            (0, 3),
            "the others are extra: {s:?}"
        );
    }

    fn gold_line(quote: &str) -> GoldQuote {
        gold(quote, None)
    }
}
