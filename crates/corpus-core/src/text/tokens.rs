//! The word tokenizer: a word is a maximal run of word characters
//! ([`is_word_char`]). Search's word index, word counts and name detection all
//! cut text into words with it.

use super::fold::is_word_char;

/// The words (maximal runs of word characters) of `folded` with their byte offsets.
pub fn tokens(folded: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = folded.as_bytes();
    // Whether the char at byte `i` is a word char, and its length. Folded text is
    // mostly ASCII: decode only the rest.
    let at = move |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = folded[i..].chars().next().expect("i is a char boundary");
            (is_word_char(c), c.len_utf8())
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (word, len) = at(i);
            if word {
                break;
            }
            i += len;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() {
            let (word, len) = at(i);
            if !word {
                break;
            }
            i += len;
        }
        Some((start, &folded[start..i]))
    })
}

/// Number of words in `text`.
pub fn word_count(text: &str) -> u32 {
    tokens(text).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(folded: &str, expected: &[(usize, &str)]) {
        assert_eq!(
            tokens(folded).collect::<Vec<_>>(),
            expected,
            "tokens of {folded:?}"
        );
    }

    #[test]
    fn splits_on_non_word_characters() {
        check("", &[]);
        check("  ", &[]);
        check("kfor", &[(0, "kfor")]);
        check(
            "kosovo-serbia, 2023!",
            &[(0, "kosovo"), (7, "serbia"), (15, "2023")],
        );
        check(" it's", &[(1, "it"), (4, "s")]);
        // Letters outside ASCII that folding keeps are word characters.
        check("мир и", &[(0, "мир"), (7, "и")]);
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("Kosovo's 2008 declaration, – ok"), 5);
    }
}
