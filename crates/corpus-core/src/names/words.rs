//! The words names are told by: titles, the words of organisations' and
//! places' names, events, speech verbs, compass points and connectors; the
//! cues of context; and acronyms with the names they abbreviate.

use crate::model::kinds::EntityKind;
use crate::text::fold::fold_str;

/// Titles that make the following name a person's, longest first.
pub const TITLES: &[&str] = &[
    "prime minister",
    "deputy prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "secretary general",
    "secretary-general",
    "president",
    "vice president",
    "chancellor",
    "minister",
    "ambassador",
    "envoy",
    "special envoy",
    "commander",
    "general",
    "major-general",
    "lieutenant-general",
    "lieutenant-colonel",
    "colonel",
    "lieutenant",
    "brigadier",
    "admiral",
    "sergeant",
    "sir",
    "dame",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "mr",
    "mrs",
    "ms",
    "dr",
    "pope",
    "king",
    "queen",
    "secretary",
    "state secretary",
    "assistant secretary",
    "governor",
    "gov",
    "director",
    "judge",
    "cardinal",
    "bishop",
    "archbishop",
    "senator",
    "sen",
    "rep",
    "chairman",
    "chairwoman",
    "chief executive",
    "ceo",
    "coach",
    "manager",
    "captain",
    "mayor",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "ayatollah",
    "imam",
    "rabbi",
    "democrat",
    "republican",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "premier",
    "lieutenant",
    "colonel",
    "sergeant",
    "professor",
    "prof",
    "reverend",
    "rev",
    "father",
    "leader",
    "speaker",
    "chief",
    "deputy",
    // Serbian (both scripts, folded) and Croatian, with the case forms
    // titles take before a name in the same case ("predsednika Vučića").
    "predsednik",
    "predsednika",
    "predsedniku",
    "predsednikom",
    "predsjednik",
    "predsjednika",
    "predsjedniku",
    "predsednica",
    "predsednice",
    "potpredsednik",
    "premijer",
    "premijera",
    "premijeru",
    "premijerom",
    "premijerka",
    "premijerke",
    "ministar",
    "ministra",
    "ministru",
    "ministrom",
    "ministarka",
    "generalni sekretar",
    "generalnog sekretara",
    "sekretar",
    "ambasador",
    "ambasadora",
    "komandant",
    "komandanta",
    "gradonacelnik",
    "gradonacelnika",
    "portparol",
    "patrijarh",
    "kancelar",
    "kancelarka",
    // Albanian (folded: ë as e), definite as titles stand before a name.
    "kryeministri",
    "kryeministrit",
    "kryeministrja",
    "zevendeskryeministri",
    "presidenti",
    "presidentit",
    "presidentja",
    "presidentes",
    "ministri",
    "ministrit",
    "ministrja",
    "sekretari",
    "sekretarit",
    "ambasadori",
    "komandanti",
    "kryetari",
    "kryetarit",
    "zedhenesi",
    "kancelari",
    "kancelarja",
];

/// Words that make a name an organisation's.
/// The legal forms that end companies' names, as written ("Pirelli SpA",
/// "Siemens AG"): only as a name's last word.
pub const COMPANY_SUFFIXES: &[&str] = &[
    "AG", "SA", "S.A.", "NV", "N.V.", "BV", "AB", "ASA", "SpA", "Srl", "GmbH", "LLC", "Oyj", "Bhd",
    "Tbk", "Pty", "KK",
];

/// Companies' legal forms written abbreviated, whose full stop belongs to
/// the name ("NationsBank Corp.", "Barnett Banks Inc.").
pub const ABBREVIATED_SUFFIXES: &[&str] = &["Corp", "Inc", "Co", "Cos", "Ltd", "Bros", "Bhd"];

pub const ORGANIZATION_WORDS: &[&str] = &[
    "organization",
    "organisation",
    "force",
    "forces",
    "union",
    "nations",
    "group",
    "party",
    "ministry",
    "council",
    "agency",
    "army",
    "police",
    "bank",
    "committee",
    "commission",
    "office",
    "institute",
    "university",
    "parliament",
    "government",
    "assembly",
    "news",
    "times",
    "post",
    "press",
    "corporation",
    "company",
    "command",
    "mission",
    "alliance",
    "association",
    "court",
    "department",
    // Companies, clubs, media and institutions.
    "corp",
    "inc",
    "ltd",
    "plc",
    "co",
    "holdings",
    "industries",
    "airlines",
    "airways",
    "motors",
    "securities",
    "exchange",
    "bancorp",
    "bancshares",
    "financial",
    "insurance",
    "trust",
    "federation",
    "club",
    "united",
    "rovers",
    "athletic",
    "reserve",
    "fund",
    "foundation",
    "board",
    "network",
    "radio",
    "television",
    "journal",
    "herald",
    "tribune",
    "telegraph",
    "railways",
    "church",
    "college",
    "academy",
    "hospital",
    "senate",
    "congress",
    "cabinet",
    "movement",
    "front",
    "newsroom",
    "bureau",
    "desk",
    "pharmaceuticals",
    "pharmaceutical",
    "medical",
    "electric",
    "electronics",
    "energy",
    "power",
    "oil",
    "petroleum",
    "telecom",
    "telecommunications",
    "communications",
    "technologies",
    "technology",
    "systems",
    "services",
    "partners",
    "capital",
    "investments",
    "brothers",
    "bros",
    "sa",
    "ag",
    "ab",
    "nv",
    "gmbh",
    "spa",
    "llc",
    "bv",
    "authority",
    "navy",
    "guard",
    "secretariat",
    "treasury",
    "service",
    "fc",
    "afc",
    "wanderers",
    "rangers",
    "hotspur",
    "albion",
    "dynamo",
    "dinamo",
    "sporting",
    "cross",
    "crescent",
    "institution",
    "society",
    "corps",
    "brigade",
    "brigades",
    "militia",
    "tribunal",
    "school",
    "magazine",
    "daily",
    "gazette",
    "review",
    "broadcasting",
    "airport",
];

/// Words that make a name a place's.
pub const PLACE_WORDS: &[&str] = &[
    "republic",
    "kingdom",
    "sea",
    "river",
    "mountains",
    "city",
    "province",
    "region",
    "street",
    "square",
    "bridge",
    "valley",
    "county",
    "island",
    "islands",
    "balkans",
    "road",
    "avenue",
    "park",
    "stadium",
    "gulf",
    "bay",
    "lake",
    "ocean",
    "peninsula",
    "strait",
    "straits",
    "desert",
    "coast",
    "hills",
    "heights",
    "mount",
    "mountain",
    "canal",
    "port",
    "oblast",
    "district",
];

/// Words that make a name an event (kind other): contests, games, wars,
/// gatherings, prizes.
pub const EVENT_WORDS: &[&str] = &[
    "cup",
    "championship",
    "championships",
    "games",
    "olympics",
    "open",
    "tournament",
    "league",
    "series",
    "trophy",
    "prix",
    "rally",
    "tour",
    "war",
    "festival",
    "summit",
    "conference",
    "prize",
    "award",
    "awards",
    "marathon",
    "derby",
    "day",
    "act",
    "treaty",
    "accord",
    "accords",
    "protocol",
    "revolution",
    "slam",
    "bowl",
    "classic",
    "masters",
    "olympiad",
    "stakes",
    "race",
    "crisis",
    "plan",
    "agreement",
];

/// Verbs of speech, whose subject or object next to a one-word name makes it
/// a person's ("Wang said", "said Lebed").
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "added", "asked", "replied", "insisted",
];

/// Compass points and their adjectives, which start names of regions.
pub const COMPASS_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater",
];

/// Words that may join capitalised words inside a name ("Republic of Kosovo").
pub const CONNECTORS: &[&str] = &["of", "the", "for", "de", "von", "van", "al"];

/// Whether `word` starts with a capital letter.
pub fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more letters, all capitals (digits allowed): "KFOR", "N1", "EU".
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// An acronym's plural: "IDs", "MPs", "GDRs".
pub fn is_acronym_plural(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(is_acronym)
}

/// The kind a name's own words suggest.
pub fn kind_by_words(name: &str) -> Option<EntityKind> {
    let folded = fold_str(name);
    let has = |list: &[&str]| {
        folded
            .split(' ')
            .any(|w| list.contains(&w) || list.contains(&w.trim_end_matches('.')))
    };
    let company = name.contains(' ')
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| COMPANY_SUFFIXES.contains(&w));
    if has(ORGANIZATION_WORDS) || company {
        Some(EntityKind::Organization)
    } else if has(PLACE_WORDS) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

/// Whether `acronym` can stand for `name` (of two or more capitalised words):
/// each capitalised word gives, in order, its initial and maybe more of its own
/// letters ("KFOR" ← Kosovo FORce); lower-case words ("of", "and") give nothing.
pub fn abbreviates(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<Vec<char>> = name
        .split([' ', '-'])
        .filter(|w| capitalised(w))
        .map(|w| {
            fold_str(w)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect()
        })
        .collect();
    words.len() >= 2 && fits(&letters, &words)
}

pub fn fits(letters: &[char], words: &[Vec<char>]) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    if letters.first() != word.first() {
        return false;
    }
    (1..=letters.len())
        .any(|k| is_subsequence(&letters[1..k], &word[1..]) && fits(&letters[k..], rest))
}

pub fn is_subsequence(needle: &[char], hay: &[char]) -> bool {
    let mut hay = hay.iter();
    needle.iter().all(|c| hay.any(|h| h == c))
}

/// Words before a name that say it is a place: "in Kosovo", "from Belgrade".
pub const PLACE_CUES: &[&str] = &[
    "in",
    "from",
    "to",
    "into",
    "across",
    "near",
    "throughout",
    "inside",
    "visit",
    "visited",
    "visiting",
    "between",
];

/// Acronyms of countries, which are places rather than organisations.
pub const COUNTRY_ACRONYMS: &[&str] = &["US", "USA", "UK", "UAE", "DRC"];

/// Lower-case words that end a noun phrase rather than continue it ("the EU and").
pub const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
    "was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "that", "which",
    "who", "it", "its", "also", "not", "amid", "after", "before", "since", "over", "last", "this",
    "when", "where", "while", "because", "if", "than", "so", "he", "she", "they", "we", "but",
    "until", "during", "about", "against",
];

/// English words of the closed classes (determiners, pronouns, prepositions,
/// conjunctions, auxiliaries) and the adverbs that open sentences: never the
/// first word of a name, however a corpus writes them ("Later Telvana said",
/// "Then Serbia", "The Kosovo Force").
pub const CLOSED_CLASS: &[&str] = &[
    // determiners and quantifiers
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "some",
    "any",
    "no",
    "every",
    "each",
    "all",
    "both",
    "either",
    "neither",
    "many",
    "much",
    "more",
    "most",
    "few",
    "fewer",
    "several",
    "other",
    "another",
    "such",
    "what",
    "which",
    "whose",
    "whatever",
    "one",
    "two",
    "three",
    // pronouns
    "i",
    "you",
    "he",
    "she",
    "it",
    "we",
    "they",
    "me",
    "him",
    "her",
    "us",
    "them",
    "my",
    "your",
    "his",
    "its",
    "our",
    "their",
    "who",
    "whom",
    "there",
    "here",
    "someone",
    "nobody",
    // prepositions
    "about",
    "above",
    "across",
    "after",
    "against",
    "along",
    "amid",
    "among",
    "around",
    "as",
    "at",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "by",
    "despite",
    "down",
    "during",
    "except",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "like",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "outside",
    "over",
    "past",
    "per",
    "since",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "unlike",
    "until",
    "unless",
    "up",
    "upon",
    "via",
    "with",
    "within",
    "without",
    // conjunctions
    "and",
    "but",
    "or",
    "nor",
    "so",
    "yet",
    "if",
    "when",
    "whenever",
    "where",
    "wherever",
    "while",
    "whilst",
    "although",
    "though",
    "because",
    "once",
    "than",
    "whether",
    // auxiliaries and modals
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "will",
    "would",
    // adverbs that open sentences
    "also",
    "again",
    "already",
    "always",
    "never",
    "not",
    "now",
    "then",
    "later",
    "earlier",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "meanwhile",
    "however",
    "moreover",
    "furthermore",
    "nevertheless",
    "instead",
    "still",
    "even",
    "only",
    "just",
    "perhaps",
    "maybe",
    "indeed",
    "thus",
    "hence",
    "therefore",
    "otherwise",
    "elsewhere",
    "overall",
    "finally",
    "eventually",
    "initially",
    "previously",
    "recently",
    "currently",
    "last",
    "next",
    "first",
    "second",
    "third",
    "why",
    "how",
    "yes",
    "well",
    "too",
    "very",
    "often",
];

/// Lower-case words for bodies that follow a name: "Interfax agency",
/// "Pirelli group", "the Koha daily".
pub const BODY_NOUNS: &[&str] = &[
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "company",
    "firm",
    "group",
    "bank",
    "party",
    "club",
    "broadcaster",
    "network",
    "airline",
    "carrier",
    "maker",
    "manufacturer",
    "conglomerate",
    "subsidiary",
    "unit",
];

/// Words next to a team's name in sports news ("Wigan beat Norwich", "Chicago
/// v Atlanta").
pub const MATCH_WORDS: &[&str] = &[
    "beat", "beats", "v", "vs", "drew", "defeated", "edged", "routed",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations() {
        for (a, n, ok) in [
            ("KFOR", "Kosovo Force", true),
            ("NATO", "North Atlantic Treaty Organization", true),
            ("EU", "European Union", true),
            (
                "OSCE",
                "Organization for Security and Co-operation in Europe",
                true,
            ),
            ("EU", "Kosovo Force", false),
            ("KF", "Kosovo Force Mission", false),
            ("NATO", "Nato", false),
        ] {
            assert_eq!(abbreviates(a, n), ok, "{a} for {n}");
        }
    }
}
