//! Scoring the names found against a gold standard: exact-span mention
//! precision, recall and F1, typed (the kind must match) and untyped, overall
//! and per kind, with the commonest false positives and negatives. Gold
//! mentions are given by a line of the source file and a column in it (as in
//! `../shared/eval/`); they are placed in the built text by finding that line.

use crate::model::index::Index;
use crate::model::kinds::EntityKind;
use std::collections::{BTreeMap, HashMap};

/// One annotated mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldMention {
    /// The document's id.
    pub doc: String,
    /// The text of the source line it is on, and its column there in chars.
    pub line_text: String,
    pub column: usize,
    pub text: String,
    pub kind: EntityKind,
}

/// One line of a gold file (`{doc, line, column, text, kind}`, as in
/// `../shared/eval/`), decoded by the caller (serde_json).
#[derive(Clone, Debug, serde::Deserialize)]
pub struct GoldRecord {
    pub doc: String,
    /// 1-based line of the document's source file.
    pub line: usize,
    /// Column in that line, in chars.
    pub column: usize,
    pub text: String,
    /// `person`, `organization`, `place` or `other`.
    pub kind: String,
}

impl GoldRecord {
    /// The mention, with its line's text from `line_of(doc, line)` (`None`
    /// for a document the corpus lacks); an error says what is wrong.
    pub fn mention(
        self,
        line_of: &mut impl FnMut(&str, usize) -> Option<String>,
    ) -> Result<GoldMention, String> {
        let kind = EntityKind::parse(&self.kind).ok_or_else(|| {
            format!(
                "`kind` {:?} is not person, organization, place or other",
                self.kind
            )
        })?;
        let line_text = line_of(&self.doc, self.line)
            .ok_or_else(|| format!("no document `{}` in the corpus", self.doc))?;
        Ok(GoldMention {
            doc: self.doc,
            line_text,
            column: self.column,
            text: self.text,
            kind,
        })
    }
}

/// Precision, recall and F1 of one comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub true_positives: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores.
#[derive(Clone, Debug, Default)]
pub struct Score {
    pub typed: Prf,
    pub untyped: Prf,
    /// Typed, per gold (recall) and predicted (precision) kind.
    pub per_kind: BTreeMap<EntityKind, Prf>,
    /// Gold mentions whose line is not in the built text (cleaning lost it).
    pub lost_lines: usize,
    /// Texts found but not gold, commonest first: (text, kind, count).
    pub false_positives: Vec<(String, EntityKind, usize)>,
    /// Gold texts not found with their kind, commonest first.
    pub false_negatives: Vec<(String, EntityKind, usize)>,
    /// Every span where found and gold differ, in document order.
    pub errors: Vec<ScoreError>,
}

/// One span where the names found and the gold differ.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreError {
    /// The document's id.
    pub doc: String,
    /// The span's text.
    pub text: String,
    /// Its kind in the gold, if it is a gold mention.
    pub gold: Option<EntityKind>,
    /// Its kind as found, if it was found.
    pub found: Option<EntityKind>,
    /// The line of the built text it is on.
    pub line: String,
}

/// Scores the entities of `index` against `gold`.
pub fn score(index: &Index, gold: &[GoldMention]) -> Score {
    let doc_of: HashMap<&str, usize> = index
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut out = Score::default();
    // Gold spans, as (doc, start, end) → kind.
    let mut gold_spans: HashMap<(usize, usize, usize), (EntityKind, &str)> = HashMap::new();
    for g in gold {
        let Some(&d) = doc_of.get(g.doc.as_str()) else {
            out.lost_lines += 1;
            continue;
        };
        match place(&index.documents[d].text, g) {
            Some((start, end)) => {
                gold_spans.insert((d, start, end), (g.kind, &g.text));
            }
            None => out.lost_lines += 1,
        }
    }
    let mut predicted: HashMap<(usize, usize, usize), (EntityKind, String)> = HashMap::new();
    for e in &index.entities {
        for m in &e.mentions {
            let d = m.doc as usize;
            let text = m.span.slice(&index.documents[d].text).to_string();
            predicted.insert((d, m.span.start(), m.span.end()), (e.kind, text));
        }
    }
    let gold_total = gold.len();
    out.typed.gold = gold_total;
    out.untyped.gold = gold_total;
    out.typed.predicted = predicted.len();
    out.untyped.predicted = predicted.len();
    let mut fp: HashMap<(String, EntityKind), usize> = HashMap::new();
    let mut fneg: HashMap<(String, EntityKind), usize> = HashMap::new();
    for kind in EntityKind::ALL {
        out.per_kind.insert(kind, Prf::default());
    }
    for g in gold {
        out.per_kind.get_mut(&g.kind).expect("every kind").gold += 1;
    }
    for (key, (kind, text)) in &predicted {
        out.per_kind.get_mut(kind).expect("every kind").predicted += 1;
        match gold_spans.get(key) {
            Some((gold_kind, _)) => {
                out.untyped.true_positives += 1;
                if gold_kind == kind {
                    out.typed.true_positives += 1;
                    out.per_kind
                        .get_mut(kind)
                        .expect("every kind")
                        .true_positives += 1;
                } else {
                    *fp.entry((text.clone(), *kind)).or_default() += 1;
                }
            }
            None => *fp.entry((text.clone(), *kind)).or_default() += 1,
        }
    }
    for (key, (kind, text)) in &gold_spans {
        let found = predicted.get(key).is_some_and(|(k, _)| k == kind);
        if !found {
            *fneg.entry((text.to_string(), *kind)).or_default() += 1;
        }
    }
    out.false_positives = commonest(fp);
    out.false_negatives = commonest(fneg);
    out.errors = errors(index, &gold_spans, &predicted);
    out
}

/// The spans where `gold` and `predicted` differ, in document order.
fn errors(
    index: &Index,
    gold: &HashMap<(usize, usize, usize), (EntityKind, &str)>,
    predicted: &HashMap<(usize, usize, usize), (EntityKind, String)>,
) -> Vec<ScoreError> {
    let mut keys: Vec<&(usize, usize, usize)> = gold.keys().chain(predicted.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|key| {
            let g = gold.get(key).map(|(k, _)| *k);
            let f = predicted.get(key).map(|(k, _)| *k);
            (g != f).then(|| {
                let text = &index.documents[key.0].text;
                let from = text[..key.1].rfind('\n').map_or(0, |i| i + 1);
                let to = text[key.2..].find('\n').map_or(text.len(), |i| key.2 + i);
                ScoreError {
                    doc: index.documents[key.0].id.clone(),
                    text: text[key.1..key.2].to_string(),
                    gold: g,
                    found: f,
                    line: text[from..to].to_string(),
                }
            })
        })
        .collect()
}

fn commonest(counts: HashMap<(String, EntityKind), usize>) -> Vec<(String, EntityKind, usize)> {
    let mut list: Vec<(String, EntityKind, usize)> =
        counts.into_iter().map(|((t, k), n)| (t, k, n)).collect();
    list.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    list
}

/// Where a gold mention lies in a document's built text: its line found in the
/// text (spaces collapsed, as cleaning does), then its column in that line.
fn place(text: &str, g: &GoldMention) -> Option<(usize, usize)> {
    let line = g.line_text.split_whitespace().collect::<Vec<_>>().join(" ");
    // The column counts chars of the raw line; leading spaces are trimmed.
    let raw_start: usize = g
        .line_text
        .char_indices()
        .nth(g.column)
        .map_or(g.line_text.len(), |(i, _)| i);
    let before = &g.line_text[..raw_start];
    let lead = g.line_text.len() - g.line_text.trim_start().len();
    let collapsed_before = before
        .get(lead.min(before.len())..)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // A space stays between the text before and the mention only where the
    // raw line has one.
    let space = !collapsed_before.is_empty() && before.ends_with(char::is_whitespace);
    let offset = collapsed_before.len() + space as usize;
    let at = find_line(text, &line)?;
    let start = at + offset;
    let end = start + g.text.len();
    (text.get(start..end) == Some(g.text.as_str())).then_some((start, end))
}

/// The start of `line` in `text` as a whole paragraph line (bounded by the
/// text's ends or line breaks), else anywhere.
fn find_line(text: &str, line: &str) -> Option<usize> {
    text.match_indices(line)
        .map(|(i, _)| i)
        .find(|&i| {
            let before = text[..i].ends_with('\n') || i == 0;
            let after = text[i + line.len()..].starts_with('\n') || i + line.len() == text.len();
            before && after
        })
        .or_else(|| text.find(line))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::index::{Document, Entity, Mention};
    use crate::text::span::Span;

    #[test]
    fn mentions_are_matched_by_span_and_kind() {
        let text = "LONDON 1996-08-30\n\nPhil Simmons took four for 38 as Leicestershire won.\n\nBowled (Simmons) 4";
        let doc = Document::from_text("a", text);
        let entity = |name: &str, kind, start, end| Entity {
            id: name.to_lowercase(),
            name: name.into(),
            kind,
            roles: vec![],
            description: None,
            variants: vec![],
            mentions: vec![Mention {
                doc: 0,
                span: Span::new(text, start, end),
            }],
        };
        let index = Index::new(
            vec![doc],
            vec![
                entity("LONDON", EntityKind::Organization, 0, 6),
                entity("Phil Simmons", EntityKind::Person, 19, 31),
                entity("Simmons", EntityKind::Person, 24, 31),
                entity("Simmons", EntityKind::Person, 81, 88),
            ],
            vec![],
        );
        let g = |line: &str, column, text: &str, kind| GoldMention {
            doc: "a".into(),
            line_text: line.into(),
            column,
            text: text.into(),
            kind,
        };
        let body = "Phil Simmons took four for 38 as Leicestershire won.";
        let gold = [
            g("LONDON 1996-08-30", 0, "LONDON", EntityKind::Place),
            g(body, 0, "Phil Simmons", EntityKind::Person),
            g(body, 33, "Leicestershire", EntityKind::Organization),
            g("(Simmons)", 1, "Simmons", EntityKind::Person),
            // Found after a bracket, with no space before it.
            g("Bowled   (Simmons) 4", 10, "Simmons", EntityKind::Person),
            g("a line cleaning dropped", 2, "line", EntityKind::Other),
        ];
        let s = score(&index, &gold);
        assert_eq!(
            (
                s.untyped.true_positives,
                s.untyped.predicted,
                s.untyped.gold
            ),
            (3, 4, 6)
        );
        assert_eq!(
            (s.typed.true_positives, s.typed.predicted, s.typed.gold),
            (2, 4, 6)
        );
        // "(Simmons)" is found inside a line; "a line cleaning dropped" nowhere.
        assert_eq!(s.lost_lines, 1);
        assert!((s.typed.f1() - 2.0 * 0.5 * (2.0 / 6.0) / (0.5 + 2.0 / 6.0)).abs() < 1e-9);
        assert_eq!(s.per_kind[&EntityKind::Person].true_positives, 2);
        assert_eq!(s.false_positives[0].2, 1);
        assert!(s
            .false_negatives
            .iter()
            .any(|(t, k, _)| t == "Leicestershire" && *k == EntityKind::Organization));
    }
}
