//! Names in their case forms. Serbian, Croatian, Bosnian and Albanian decline
//! names as they do nouns: Vučić is `Vučića`, `Vučiću`, `Vučićem`; Kurti is
//! `Kurtija` in Serbian and `Kurtit`, `Kurtin` in Albanian; Stoltenberg is
//! `Stoltenbergom`, `Stoltenbergun`. A name in such an article is the name the
//! corpus writes in the base form (the nominative), when it writes it: the
//! forms a name may be the case form of are its words less a case ending, with
//! the base form's own ending put back (`Srbije` → `Srbij` → `Srbija`,
//! `Kosovës` → `Kosov` → `Kosova`), and a fleeting a (`Aleksandra` →
//! `Aleksandar`). The endings are the grammars' (Serbo-Croatian noun and
//! adjective declension; Albanian definite declension), on folded text.

/// How a language declines names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Declension {
    /// Serbian (both scripts), Croatian, Bosnian, Montenegrin.
    SouthSlavic,
    Albanian,
}

impl Declension {
    /// The declension of a language, by its tag; none for a language whose
    /// names keep one form (English) or that is not known here.
    pub fn of(tag: &str) -> Option<Declension> {
        let language = tag.split('-').next().unwrap_or(tag);
        match language.to_ascii_lowercase().as_str() {
            "sr" | "hr" | "bs" | "cnr" | "sh" => Some(Declension::SouthSlavic),
            "sq" => Some(Declension::Albanian),
            _ => None,
        }
    }

    /// Case endings, shortest first (the likelier cut is tried first).
    fn endings(self) -> &'static [&'static str] {
        match self {
            // -a -u -e -i (genitive, dative, plural); -om -em -oj -og (instrumental,
            // adjectives); -ja -ju -je -jem -jom after a vowel (Kurti: Kurtija).
            Declension::SouthSlavic => &[
                "a", "u", "e", "i", "om", "em", "oj", "og", "ja", "ju", "je", "ima", "ama", "jem",
                "jom", "oga", "ome",
            ],
            // Definite and oblique forms: -i -u -a -e -t -n -s, -it -in -ut -un -es -en -et (ë folded to e).
            Declension::Albanian => &[
                "t", "n", "u", "s", "a", "e", "i", "it", "in", "ut", "un", "es", "en", "et", "ve",
            ],
        }
    }

    /// What a base form may end in where the case ending was: nothing
    /// (`Vučić`), or its own vowel (`Srbija`, `Kosovo`, `Kosova`).
    fn base_endings(self) -> &'static [&'static str] {
        match self {
            Declension::SouthSlavic => &["", "a", "o"],
            Declension::Albanian => &["", "a", "e", "o"],
        }
    }
}

/// The base forms `word` (folded, one word) may be a case form of, likeliest
/// first; never `word` itself.
fn word_bases(word: &str, d: Declension) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // An acronym's ending after a hyphen: "nato-a", "kfor-om".
    if let Some((acronym, ending)) = word.rsplit_once('-') {
        if d.endings().contains(&ending) && acronym.chars().count() >= 2 {
            out.push(acronym.to_string());
        }
        return out;
    }
    for ending in d.endings() {
        let Some(stem) = word.strip_suffix(ending) else {
            continue;
        };
        if stem.chars().count() < 3 {
            continue;
        }
        for stem in [Some(stem.to_string()), fleeting_a(stem)]
            .into_iter()
            .flatten()
        {
            for base in d.base_endings() {
                let form = format!("{stem}{base}");
                if form != word && !out.contains(&form) {
                    out.push(form);
                }
            }
        }
    }
    out
}

/// A stem that lost the a between its last two consonants (`aleksandr`,
/// `petr`): with it put back (`aleksandar`, `petar`).
fn fleeting_a(stem: &str) -> Option<String> {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let consonant = |c: char| c.is_alphabetic() && !"aeiou".contains(c);
    (n >= 3 && consonant(chars[n - 2]) && "rlnkc".contains(chars[n - 1])).then(|| {
        let mut s: String = chars[..n - 1].iter().collect();
        s.push('a');
        s.push(chars[n - 1]);
        s
    })
}

/// The base forms a folded name of up to four words may be a case form of:
/// every word in its own form or one of its bases, likeliest first (the
/// name's last words, a surname, cut first); never the name itself.
pub fn bases(name: &str, d: Declension) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() > 4 {
        return Vec::new();
    }
    let mut forms: Vec<String> = vec![String::new()];
    for (i, w) in words.iter().enumerate() {
        let mut options = vec![w.to_string()];
        options.extend(word_bases(w, d));
        forms = forms
            .iter()
            .flat_map(|f| {
                options.iter().map(move |o| {
                    if i == 0 {
                        o.clone()
                    } else {
                        format!("{f} {o}")
                    }
                })
            })
            .collect();
    }
    forms.retain(|f| f != name);
    forms
}

/// Whether a folded South Slavic name of two words opens with an adjective
/// (`-ska`, `-ski`, `-čka`… in any case: "Kosovska Mitrovica", "Kosovskoj
/// Mitrovici", "Srpska lista"): a town's or a body's name, never a person's,
/// whose given name is a noun.
pub fn adjective_first(name: &str) -> bool {
    let mut words = name.split(' ');
    let (Some(first), Some(_), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    ["sk", "ck"].iter().any(|stem| {
        ["a", "e", "i", "o", "u", "oj", "om", "og", "ih", "im", "ima"]
            .iter()
            .any(|ending| first.ends_with(&format!("{stem}{ending}")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, tag: &str, expected_base: &str) {
        let d = Declension::of(tag).unwrap();
        assert!(
            bases(name, d).iter().any(|b| b == expected_base),
            "{name} ({tag}) → {expected_base}: {:?}",
            bases(name, d)
        );
    }

    #[test]
    fn case_forms_lead_to_their_base_forms() {
        check("vucica", "sr-Latn", "vucic");
        check("vucicu", "sr-Cyrl", "vucic");
        check("vucicem", "sr", "vucic");
        check("kurtija", "sr", "kurti");
        check("kurtiju", "hr", "kurti");
        check("stoltenbergom", "sr", "stoltenberg");
        check("jensom stoltenbergom", "sr", "jens stoltenberg");
        check("aleksandra vucica", "sr", "aleksandar vucic");
        check("srbije", "sr", "srbija");
        check("kosova", "sr", "kosovo");
        check("kosovskoj mitrovici", "sr", "kosovska mitrovica");
        check("kosovske mitrovice", "sr", "kosovska mitrovica");
        check("kurtit", "sq", "kurti");
        check("kurtin", "sq", "kurti");
        check("stoltenbergun", "sq", "stoltenberg");
        check("kosoves", "sq", "kosova");
        check("albin kurtit", "sq", "albin kurti");
        check("nato-a", "sr", "nato");
        check("eu-om", "sr", "eu");
    }

    #[test]
    fn an_adjective_opens_no_persons_name() {
        for (name, expected) in [
            ("kosovska mitrovica", true),
            ("kosovskoj mitrovici", true),
            ("srpska lista", true),
            ("aleksandar vucic", false),
            ("jens stoltenberg", false),
            ("kosovska", false),
        ] {
            assert_eq!(adjective_first(name), expected, "{name}");
        }
    }

    #[test]
    fn names_keep_themselves_and_english_is_not_declined() {
        assert!(!bases("vucic", Declension::SouthSlavic).contains(&"vucic".to_string()));
        assert_eq!(Declension::of("en"), None);
        assert_eq!(Declension::of("und"), None);
        // Too short a stem is no stem.
        assert!(bases("ana", Declension::SouthSlavic).is_empty());
    }
}
