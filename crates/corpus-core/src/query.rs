//! The query language, parsed without ever failing: the query that could be read
//! plus errors positioned in the input.
//!
//! Today: words (each must match, as a word prefix) and `"exact phrases"`.

/// How a term matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    /// Matches words starting with the term.
    Word,
    /// Matches the words in order, as whole words.
    Phrase,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Folded text to look for.
    pub folded: String,
    /// As typed.
    pub raw: String,
    pub kind: TermKind,
    /// Byte offset in the input.
    pub at: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError {
    /// Byte offset in the input.
    pub at: usize,
    pub message: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub query: Query,
    pub errors: Vec<QueryError>,
}

/// Parses `input`. Never fails and never panics.
pub fn parse(input: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut rest = input;
    let mut at = 0;
    loop {
        let skipped = rest.len() - rest.trim_start().len();
        at += skipped;
        rest = &rest[skipped..];
        if rest.is_empty() {
            break;
        }
        if let Some(inner) = rest.strip_prefix('"') {
            let (body, consumed) = match inner.find('"') {
                Some(close) => (&inner[..close], close + 2),
                None => {
                    out.errors.push(QueryError {
                        at,
                        message: "this quote is never closed; the phrase runs to the end".into(),
                    });
                    (inner, rest.len())
                }
            };
            let folded = normalize(body);
            if folded.is_empty() {
                out.errors.push(QueryError {
                    at,
                    message: "empty phrase".into(),
                });
            } else {
                out.query.terms.push(Term {
                    folded,
                    raw: body.to_string(),
                    kind: TermKind::Phrase,
                    at,
                });
            }
            at += consumed;
            rest = &rest[consumed..];
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            let word = &rest[..end];
            let folded = normalize(word);
            if !folded.is_empty() {
                out.query.terms.push(Term {
                    folded,
                    raw: word.to_string(),
                    kind: TermKind::Word,
                    at,
                });
            }
            at += end;
            rest = &rest[end..];
        }
    }
    out
}

/// Folds a term and trims the punctuation around it ("Kurti," → "kurti").
fn normalize(s: &str) -> String {
    let folded = crate::fold::fold_str(s);
    let words: Vec<&str> = folded
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !crate::fold::is_word_char(c)))
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, terms: &[(&str, TermKind, usize)], errors: &[(usize, &str)]) {
        let p = parse(input);
        let got: Vec<(&str, TermKind, usize)> = p
            .query
            .terms
            .iter()
            .map(|t| (t.folded.as_str(), t.kind, t.at))
            .collect();
        assert_eq!(got, terms, "terms of {input:?}");
        let errs: Vec<(usize, &str)> = p
            .errors
            .iter()
            .map(|e| (e.at, e.message.as_str()))
            .collect();
        assert_eq!(errs.len(), errors.len(), "errors of {input:?}: {errs:?}");
        for ((at, msg), (want_at, want)) in errs.iter().zip(errors) {
            assert_eq!(at, want_at);
            assert!(msg.contains(want), "{msg} lacks {want}");
        }
    }

    #[test]
    fn words_and_phrases() {
        use TermKind::*;
        check("", &[], &[]);
        check("  Kurti  ", &[("kurti", Word, 2)], &[]);
        check("Vučić, NATO", &[("vucic", Word, 0), ("nato", Word, 9)], &[]);
        check(
            "\"Prime  Minister\" troops",
            &[("prime minister", Phrase, 0), ("troops", Word, 18)],
            &[],
        );
        check("a\"b c\"", &[("a", Word, 0), ("b c", Phrase, 1)], &[]);
        check(" - , ", &[], &[]);
    }

    #[test]
    fn malformed_queries_keep_what_they_can() {
        use TermKind::*;
        check(
            "nato \"prime min",
            &[("nato", Word, 0), ("prime min", Phrase, 5)],
            &[(5, "never closed")],
        );
        check("\"\" kfor", &[("kfor", Word, 3)], &[(0, "empty phrase")]);
        check("\"", &[], &[(0, "never closed"), (0, "empty phrase")]);
    }
}
