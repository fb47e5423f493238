//! Text primitives, below everything else: the [`Span`](span::Span) byte range
//! every position in the corpus is, search folding and its map back to the
//! original ([`fold`]), sentence segmentation ([`sentences`]), the word tokenizer
//! ([`tokens`]) and the inverted index of words built with it ([`word_index`]).
//! Nothing here knows about documents, names or dates.

pub mod fold;
pub mod language;
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

/// `text` as HTML or XML character data or attribute value: markup
/// characters escaped, and the control characters XML 1.0 cannot hold left
/// out (tabs and line breaks become spaces). The one escape of the pages and
/// pictures the build and the app write.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
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

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        let check =
            |input: &str, expected: &str| assert_eq!(super::escape(input), expected, "{input:?}");
        check("Kurti & NATO", "Kurti &amp; NATO");
        check("<script>", "&lt;script&gt;");
        check("\"a\" 'b'", "&quot;a&quot; &apos;b&apos;");
        check("a\u{0}b\u{1b}c", "abc");
        check("tab\there", "tab here");
        check("Priština – Србија", "Priština – Србија");
    }
}
