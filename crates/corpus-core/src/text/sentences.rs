//! Sentence segmentation of a paragraph.

use super::span::Span;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "maj", "capt", "prof",
    "jr", "sr", "no", "vs", "etc", "approx", "e.g", "i.e", "inc", "ltd", "co", "corp",
];

/// Splits the paragraph `para` of `text` into sentence spans (trimmed, in order,
/// covering every non-space character of the paragraph).
pub fn sentences(text: &str, para: Span) -> Vec<Span> {
    let p = para.slice(text);
    let base = para.start();
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Take closing quotes and brackets along.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | '»') {
                j += 1;
            }
            let end = chars.get(j).map_or(p.len(), |&(k, _)| k);
            let followed_by_space = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
            let next = chars[j..]
                .iter()
                .map(|&(_, c)| c)
                .find(|c| !c.is_whitespace());
            let starts_sentence = next.is_some_and(|n| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'' | '(')
            });
            if followed_by_space && starts_sentence && !(c == '.' && is_abbreviation(&p[start..at]))
            {
                push_trimmed(text, base, &p[start..end], start, &mut out);
                start = end;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, base, &p[start..], start, &mut out);
    out
}

fn push_trimmed(text: &str, base: usize, piece: &str, offset: usize, out: &mut Vec<Span>) {
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = base + offset + lead;
        out.push(Span::new(text, s, s + trimmed.len()));
    }
}

/// Whether the word before a full stop makes it an abbreviation, not a sentence end.
pub(crate) fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1);
    single_initial || dotted || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let spans = sentences(text, Span::new(text, 0, text.len()));
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn splits_sentences() {
        check("One. Two! Three?", &["One.", "Two!", "Three?"]);
        check(
            "He said “no.” Then left. The U.S. envoy met Mr. Smith. 4,000 troops.",
            &[
                "He said “no.”",
                "Then left.",
                "The U.S. envoy met Mr. Smith.",
                "4,000 troops.",
            ],
        );
        check(
            "a.m. ok. lower case after. Stays",
            &["a.m. ok. lower case after.", "Stays"],
        );
        check(
            "Vučić said so.  Kurti too.",
            &["Vučić said so.", "Kurti too."],
        );
        check("No end", &["No end"]);
    }
}
