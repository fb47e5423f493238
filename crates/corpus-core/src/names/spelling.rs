//! Spellings of one name: demonyms and adjectives derived from other names
//! ("Serbian" of "Serbia"), one-word names, and the edit distance used to
//! merge misspellings conservatively.

use crate::text::fold::fold_str;

/// Whether `word` looks like a demonym or adjective of one of `others` (other
/// one-word capitalised names of the corpus): "Serbian", "Serb" and "Serbs" of
/// "Serbia", "Kosovar" of "Kosovo", "German" of "Germany", "Balkans" of "Balkan".
pub fn is_demonym(word: &str, others: &[&str]) -> bool {
    OneWordNames::new(others).has_demonym(word)
}

/// The one-word names a demonym may derive from, folded once: asking about
/// every name of a corpus costs one pass over them each, not a fold each.
pub struct OneWordNames(Vec<String>);

impl OneWordNames {
    pub fn new(names: &[&str]) -> OneWordNames {
        OneWordNames(
            names
                .iter()
                .map(|o| fold_str(o))
                .filter(|o| !o.contains(' ') && o.chars().count() >= 4)
                .collect(),
        )
    }

    /// [`is_demonym`] against these names.
    pub fn has_demonym(&self, word: &str) -> bool {
        let w = fold_str(word);
        if ["western", "eastern", "northern", "southern"].contains(&w.as_str()) {
            return true;
        }
        let short = w.trim_end_matches('s');
        self.0.iter().filter(|o| **o != w).any(|o| {
            // "Serbian" of "Serbia", "Kosovar" of "Kosovo".
            derived_from(&w, o)
                // "Serb", "Serbs", "German": the beginning of "Serbia", "Germany",
                // unless that is the derived one ("Serbia" of "Serbian").
                || (short.chars().count() >= 4
                    && o.starts_with(short)
                    && o != short
                    && !derived_from(o, short)
                    && !derived_from(o, &w))
        })
    }
}

/// Whether `a` is `b`, or `b` less its last letter, plus an ending that makes
/// demonyms and adjectives.
fn derived_from(a: &str, b: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "n", "an", "ian", "s", "ns", "ans", "ians", "r", "ar", "ars", "ese", "ish", "i", "is",
    ];
    let ends = |stem: &str| {
        a.strip_prefix(stem)
            .is_some_and(|rest| ENDINGS.contains(&rest))
    };
    let cut = b.char_indices().last().map_or(0, |(i, _)| i);
    ends(b) || (b.chars().count() > 4 && a.len() > b.len() && ends(&b[..cut]))
}

/// Whether `a` and `b` differ by at most one insertion, deletion or substitution
/// of a char.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let p = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[p + 1..] == long[p + 1..]
    } else {
        short[p..] == long[p + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_and_adjectives_of_other_names() {
        let others = [
            "Serbia",
            "Serbian",
            "Serb",
            "Serbs",
            "Kosovo",
            "Kosovar",
            "Kosovars",
            "Germany",
            "German",
            "Balkan",
            "Balkans",
            "Russia",
            "Russian",
            "EU",
            "European Union",
        ];
        for w in [
            "Serbian", "Serb", "Serbs", "Kosovar", "Kosovars", "German", "Balkans", "Russian",
            "Western",
        ] {
            assert!(is_demonym(w, &others), "{w} is a demonym");
        }
        for w in [
            "Serbia", "Kosovo", "Germany", "Balkan", "Russia", "EU", "Belgrade",
        ] {
            assert!(!is_demonym(w, &others), "{w} is a name");
        }
        // Nothing to derive from: not a demonym.
        assert!(!is_demonym("Serbian", &["Belgrade"]));
    }

    #[test]
    fn one_edit() {
        for (a, b, ok) in [
            ("soltenberg", "stoltenberg", true),
            ("stoltenberg", "stoltenburg", true),
            ("stoltenberg", "stoltenberg", true),
            ("stoltenberg", "stoltenbreg", false),
            ("kurti", "kurtin", true),
            ("pristina", "prishtina", true),
            ("abc", "xyz", false),
            ("", "a", true),
        ] {
            assert_eq!(within_one_edit(a, b), ok, "{a} / {b}");
        }
    }
}
