//! The word tokenizer. A word is a run of word characters ([`is_word_char`]),
//! as Unicode's word boundaries (UAX #29) cut them for spaced scripts: a
//! combining mark stays with the letter before it. Scripts written without
//! spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar)
//! have no word boundaries a tokenizer can see without a dictionary, so each
//! of their letters is a word of its own (with its marks), as Lucene's
//! StandardTokenizer does for ideographs; a query of several such letters is
//! a phrase of them, found anywhere inside a run. Search's word index, word
//! counts and name detection all cut text into words with it.

use super::fold::{is_mark, is_word_char};

/// The words of `folded` with their byte offsets.
pub fn tokens(folded: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = folded.as_bytes();
    // The char at byte `i` and its length. Folded text is mostly ASCII:
    // decode only the rest.
    let at = move |i: usize| -> (char, usize) {
        let b = bytes[i];
        if b.is_ascii() {
            (b as char, 1)
        } else {
            let c = folded[i..].chars().next().expect("i is a char boundary");
            (c, c.len_utf8())
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (c, len) = at(i);
            if c.is_ascii_alphanumeric() || !c.is_ascii() && is_word_char(c) {
                break;
            }
            i += len;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        let (mut base, len) = at(i);
        i += len;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() {
                // A letter or digit after an ASCII one goes on (most words).
                if !b.is_ascii_alphanumeric() || !base.is_ascii() && stands_alone(base) {
                    break;
                }
                base = b as char;
                i += 1;
                continue;
            }
            let (c, len) = at(i);
            if !joins(base, c) {
                break;
            }
            if !is_mark(c) {
                base = c;
            }
            i += len;
        }
        Some((start, &folded[start..i]))
    })
}

/// Whether `next` continues the word whose last letter (marks aside) is
/// `base`.
fn joins(base: char, next: char) -> bool {
    if next.is_ascii() && base.is_ascii() {
        return next.is_ascii_alphanumeric();
    }
    is_word_char(next) && (is_mark(next) || !(stands_alone(base) || stands_alone(next)))
}

/// Whether `c` is a letter of a script written without spaces between
/// words, which is a word of its own.
#[inline]
pub fn stands_alone(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3005..=0x3007 // ideographic iteration mark, closing mark, number zero
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x31F0..=0x31FF // Katakana phonetic extensions
        | 0x3400..=0x4DBF // CJK Unified Ideographs Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xF900..=0xFAFF // CJK Compatibility Ideographs
        | 0xFF66..=0xFF9F // halfwidth Katakana
        | 0x20000..=0x3FFFF // CJK Unified Ideographs Extensions B–H
    )
}

/// Whether byte `at` of `text` (a char boundary) is a word boundary: no
/// word goes on across it.
pub fn is_boundary(text: &str, at: usize) -> bool {
    let (Some(previous), Some(next)) = (text[..at].chars().next_back(), text[at..].chars().next())
    else {
        return true;
    };
    if !is_word_char(previous) {
        return true;
    }
    let base = text[..at]
        .chars()
        .rev()
        .find(|&c| !is_mark(c))
        .unwrap_or(previous);
    !joins(base, next)
}

/// The end of the word going on at byte `at` of `text`: the first word
/// boundary from `at` on.
pub fn word_end(text: &str, at: usize) -> usize {
    let mut end = at;
    for c in text[at..].chars() {
        if is_boundary(text, end) {
            break;
        }
        end += c.len_utf8();
    }
    end
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
        check("كوسوفو وصربيا", &[(0, "كوسوفو"), (13, "وصربيا")]);
    }

    #[test]
    fn marks_stay_inside_their_words() {
        // Devanagari: a virama and vowel signs inside one word.
        check("कोसोवो में", &[(0, "कोसोवो"), (19, "में")]);
        check("प्रधानमंत्री", &[(0, "प्रधानमंत्री")]);
    }

    #[test]
    fn letters_of_unspaced_scripts_are_words_of_their_own() {
        check("设置路障", &[(0, "设"), (3, "置"), (6, "路"), (9, "障")]);
        check("nato部队", &[(0, "nato"), (4, "部"), (7, "队")]);
        check("コソボ", &[(0, "コ"), (3, "ソ"), (6, "ボ")]);
        // Thai: each letter with its marks (ที่ is one letter and two marks).
        check("ที่นี่", &[(0, "ที่"), (9, "นี่")]);
    }

    fn check_boundaries(text: &str, expected: &[usize]) {
        let found: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i) && is_boundary(text, i))
            .collect();
        assert_eq!(found, expected, "boundaries of {text:?}");
    }

    #[test]
    fn boundaries_agree_with_tokens() {
        check_boundaries("ab cd", &[0, 2, 3, 5]);
        check_boundaries("路障x", &[0, 3, 6, 7]);
        check_boundaries("ที่x", &[0, 9, 10]);
        check_boundaries("में", &[0, 9]);
        for text in [
            "kosovo-serbia, 2023!",
            "设置路障 nato部队",
            "ที่นี่ a",
            "कोसोवो में",
        ] {
            for (start, word) in tokens(text) {
                let end = start + word.len();
                assert!(is_boundary(text, start) && is_boundary(text, end));
                let second = start + word.chars().next().unwrap().len_utf8();
                assert_eq!(word_end(text, second), end, "{text:?} at {start}");
                assert_eq!(word_end(text, end), end);
            }
        }
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("Kosovo's 2008 declaration, – ok"), 5);
    }
}
