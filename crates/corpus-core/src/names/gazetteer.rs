//! Open knowledge of places, peoples and persons: the names of every country
//! and of their main subdivisions (states, provinces, constituent countries),
//! their nationalities ("Serbian", "Dutch"), cities, and English given names. Places
//! and nationalities are
//! English and as the ISO lists write them, from the `keshvar` crate (data of
//! the `countries` Ruby gem, itself from ISO 3166 and the Unicode CLDR;
//! BSD-3-Clause); given names from the `fake` crate (from Ruby's Faker; MIT OR
//! Apache-2.0). Read at build time only (the `gazetteer` feature): without
//! it, nothing is known.

use crate::text::fold::fold_str;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Whether `name` is the name of a country or of a main subdivision of one
/// (never a lone compass word: "Western", "North").
pub fn is_known_place(name: &str) -> bool {
    let key = fold_str(name);
    // "U.S.", "UK": a country's acronym, dotted or not.
    let undotted = name.replace('.', "");
    (!crate::names::words::COMPASS_WORDS.contains(&key.as_str()) && places().contains(&key))
        || crate::names::words::COUNTRY_ACRONYMS.contains(&undotted.as_str())
}

/// Whether `name` is the name of a city (of about 10,600 the world over,
/// from the `cities` crate, MIT): weaker evidence than a country's name, as
/// many cities share their name with persons ("Washington", "Florence").
pub fn is_known_city(name: &str) -> bool {
    cities().contains(&fold_str(name))
}

#[cfg(feature = "gazetteer")]
fn cities() -> &'static HashSet<String> {
    static CITIES: OnceLock<HashSet<String>> = OnceLock::new();
    CITIES.get_or_init(|| {
        cities::all()
            .iter()
            .map(|c| c.city)
            // Names of one or two letters are abbreviations more often.
            .filter(|n| n.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            .map(fold_str)
            .collect()
    })
}

#[cfg(not(feature = "gazetteer"))]
fn cities() -> &'static HashSet<String> {
    static CITIES: OnceLock<HashSet<String>> = OnceLock::new();
    CITIES.get_or_init(|| installed(List::Cities))
}

/// Whether `word` is a nationality ("Serbian", "Iraqis", "Dutch", "European"):
/// names of kind other, as news annotation counts them.
pub fn is_nationality(word: &str) -> bool {
    nationalities().contains(&fold_str(word))
}

/// Whether `word` is a given name ("Phil" is not, "Andy" is) and no country's
/// or nationality's name ("Jordan", "Israel" are places first).
pub fn is_given_name(word: &str) -> bool {
    is_listed_given_name(word) && !is_known_place(word) && !is_nationality(word)
}

/// Whether `word` is in the list of given names, even if it names a place or
/// a people too ("Chad", "Christian"): for the first word of a longer name.
pub fn is_listed_given_name(word: &str) -> bool {
    given_names().contains(&fold_str(word))
}

#[cfg(feature = "gazetteer")]
fn given_names() -> &'static HashSet<String> {
    static NAMES: OnceLock<HashSet<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        use fake::locales::{Data, EN};
        <EN as Data>::NAME_FIRST_NAME
            .iter()
            .map(|n| fold_str(n))
            .collect()
    })
}

#[cfg(not(feature = "gazetteer"))]
fn given_names() -> &'static HashSet<String> {
    static NAMES: OnceLock<HashSet<String>> = OnceLock::new();
    NAMES.get_or_init(|| installed(List::GivenNames))
}

/// Peoples the country lists do not hold: continents', Britain's nations',
/// and the major religions' and peoples' names and adjectives.
const PEOPLES: &[&str] = &[
    "European",
    "African",
    "Asian",
    "Arab",
    "Latin American",
    "English",
    "Scottish",
    "Welsh",
    "Northern Irish",
    "Scot",
    "Scots",
    "Muslim",
    "Moslem",
    "Christian",
    "Catholic",
    "Protestant",
    "Orthodox",
    "Jewish",
    "Jew",
    "Jews",
    "Hindu",
    "Sikh",
    "Buddhist",
    "Sunni",
    "Shi'ite",
    "Shiite",
    "Kurd",
    "Kurds",
    "Kurdish",
    "Roma",
    "Basque",
    "Catalan",
    "Tamil",
    "Pashtun",
    "Tatar",
    "Chechen",
    "Uighur",
    "Berber",
    "Bedouin",
];

#[cfg(feature = "gazetteer")]
fn nationalities() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut out = HashSet::new();
        let all = keshvar::CountryIterator::new()
            .filter_map(|c| c.maybe_nationality())
            .flat_map(|n| n.split(", "))
            .chain(PEOPLES.iter().copied());
        for n in all {
            out.insert(fold_str(n));
            // "Serbians", "Iraqis"; not "Dutchs" or "Chineses".
            if n.ends_with(['n', 'i']) {
                out.insert(fold_str(&format!("{n}s")));
            }
        }
        for people in peoples_by_derivation(&out) {
            out.insert(format!("{people}s"));
            out.insert(people);
        }
        out
    })
}

/// The names of peoples English derives from nationalities and countries:
/// "Serb", "Croat" of "Serbian", "Croatian" (a stem in b or t: "Armen" of
/// "Armenian" is a given name too); "Tajik", "Uzbek" of "Tajikistan",
/// "Uzbekistan". A stem shorter than four letters, or a word of a place's
/// name or a given name, is left out.
#[cfg(feature = "gazetteer")]
fn peoples_by_derivation(nationalities: &HashSet<String>) -> Vec<String> {
    let from_nationalities = nationalities
        .iter()
        .filter_map(|n| n.strip_suffix("ian"))
        .filter(|stem| stem.ends_with(['b', 't']));
    let from_countries = places()
        .iter()
        .filter_map(|p| p.strip_suffix("istan").or_else(|| p.strip_suffix("stan")));
    let place_words: HashSet<&str> = places().iter().flat_map(|p| p.split(' ')).collect();
    from_nationalities
        .chain(from_countries)
        .filter(|stem| stem.chars().count() >= 4 && !stem.contains(' '))
        .filter(|stem| !place_words.contains(*stem) && !given_names().contains(*stem))
        .map(str::to_string)
        .collect()
}

#[cfg(not(feature = "gazetteer"))]
fn nationalities() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = installed(List::Nationalities);
        words.extend(PEOPLES.iter().map(|n| fold_str(n)));
        words
    })
}

#[cfg(feature = "gazetteer")]
fn places() -> &'static HashSet<String> {
    static PLACES: OnceLock<HashSet<String>> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut out = HashSet::new();
        let mut add = |name: &str| {
            // Names in Latin letters only (the lists hold many scripts).
            if name
                .chars()
                .all(|c| c.is_alphabetic() && c < '\u{0250}' || " -'.".contains(c))
                && name.chars().next().is_some_and(char::is_uppercase)
            {
                out.insert(fold_str(name));
            }
        };
        // A country the ISO list leaves out.
        add("Kosovo");
        for country in keshvar::CountryIterator::new() {
            add(country.iso_short_name());
            if let Some(en) = country.translations().get("en") {
                add(en);
            }
            for name in country.unofficial_name_list() {
                add(name);
            }
            for sub in country.subdivisions().values() {
                if !main_subdivision(sub.subdivision_type()) {
                    continue;
                }
                add(sub.name());
                if let Some(en) = sub.translations().get("en") {
                    add(en);
                }
            }
        }
        out
    })
}

#[cfg(not(feature = "gazetteer"))]
fn places() -> &'static HashSet<String> {
    static PLACES: OnceLock<HashSet<String>> = OnceLock::new();
    PLACES.get_or_init(|| installed(List::Places))
}

/// The lists, in the order [`data`] writes them.
#[cfg(not(feature = "gazetteer"))]
#[derive(Clone, Copy)]
enum List {
    Places,
    Cities,
    Nationalities,
    GivenNames,
}

/// The lists as text, made where the crates are compiled in (a build
/// script): one folded word or name per line, each list ended by an empty
/// line. [`install`] gives them to a build without the crates (the ingestion
/// module in the browser), which then knows what a build knows.
#[cfg(feature = "gazetteer")]
pub fn data() -> String {
    let mut out = String::new();
    for list in [places(), cities(), nationalities(), given_names()] {
        let mut words: Vec<&String> = list.iter().collect();
        words.sort();
        for w in words {
            out.push_str(w);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// The lists [`data`] wrote, for a build without the crates; to be called
/// before any name is looked up (later calls change nothing).
pub fn install(data: &'static str) {
    let _ = INSTALLED.set(data);
}

static INSTALLED: OnceLock<&'static str> = OnceLock::new();

/// List `list` of the installed data, if any.
#[cfg(not(feature = "gazetteer"))]
fn installed(list: List) -> HashSet<String> {
    let data = INSTALLED.get().copied().unwrap_or_default();
    data.split("\n\n")
        .nth(list as usize)
        .map(|words| words.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

/// The subdivisions whose names are known as places on their own: states,
/// provinces, regions and the like, not counties, districts or communes
/// (whose names are often those of teams, clubs and people).
#[cfg(feature = "gazetteer")]
fn main_subdivision(kind: keshvar::SubdivisionType) -> bool {
    let kind = format!("{kind:?}");
    // Not "regions": many are named by a compass point or an adjective
    // ("Western", "Balkan").
    [
        "State",
        "Province",
        "Country",
        "Territory",
        "Republic",
        "Emirate",
        "Oblast",
        "Governorate",
        "Canton",
        "AutonomousCommunity",
    ]
    .iter()
    .any(|k| kind.contains(k))
}

#[cfg(all(test, feature = "gazetteer"))]
mod tests {
    use super::*;

    #[test]
    fn countries_and_their_main_parts_are_places() {
        for name in [
            "Germany",
            "GERMANY",
            "United States",
            "Côte d'Ivoire",
            "Texas",
            "Scotland",
            "Bavaria",
        ] {
            assert!(is_known_place(name), "{name}");
        }
        for name in [
            "Reuters", "Simmons", "English", "Essex", "Western", "Balkan",
        ] {
            assert!(!is_known_place(name), "{name}");
        }
    }
}
