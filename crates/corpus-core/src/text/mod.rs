//! Text primitives, below everything else: the [`Span`](span::Span) byte range
//! every position in the corpus is, search folding and its map back to the
//! original ([`fold`]), sentence segmentation ([`sentences`]), the word tokenizer
//! ([`tokens`]) and the inverted index of words built with it ([`word_index`]).
//! Nothing here knows about documents, names or dates.

pub mod fold;
pub mod sentences;
pub mod span;
pub mod tokens;
pub mod word_index;

/// Cuts `s` at a word boundary to at most `max` chars, adding an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    #[test]
    fn shortened_at_a_word() {
        let check =
            |s: &str, max: usize, expected: &str| assert_eq!(super::shorten(s, max), expected);
        check(
            "Kurti asked for more troops",
            40,
            "Kurti asked for more troops",
        );
        check("Kurti asked for more troops", 14, "Kurti asked…");
        check("Kurti, Vučić; Stoltenberg", 14, "Kurti, Vučić…");
        check("Kurti, Vučić; Stoltenberg", 13, "Kurti…");
    }
}
