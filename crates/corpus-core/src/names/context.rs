//! What the words around a name say of its kind: a place after "in" or
//! "from", an organisation before "said" with "the", a person who speaks, a
//! team in a sports result.

use super::words::*;
use crate::model::kinds::EntityKind;
use crate::text::span::Span;

/// Reporting verbs whose object is who is spoken to, not who speaks.
const SPOKEN_TO: &[&str] = &[
    "told", "tells", "telling", "asked", "urged", "accused", "assured", "warned", "answered",
];

/// What the words around a one-word name say about its kind, from one mention
/// at `span` of `text`: a place after "in", "from", "to the"…; an organisation
/// when an acronym, or after "the" at the end of a noun phrase ("the Bundestag
/// voted"). `None` when the context says nothing.
pub fn kind_by_context(text: &str, span: Span) -> Option<EntityKind> {
    let name = span.slice(text);
    let code = name.chars().count() >= 2
        && name.chars().any(char::is_uppercase)
        && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    if code {
        return Some(if COUNTRY_ACRONYMS.contains(&name) {
            EntityKind::Place
        } else {
            EntityKind::Organization
        });
    }
    let before: Vec<&str> = text[..span.start()]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let after = text[span.end()..]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty());
    // Only whitespace between the name and the word before: not "in. Kosovo".
    let head = &text[..span.start()];
    let adjacent =
        head.ends_with(char::is_whitespace) && head.trim_end().ends_with(char::is_alphanumeric);
    let is = |w: Option<&&str>, list: &[&str]| w.is_some_and(|w| list.contains(w));
    let speaks = |w: Option<&&str>| w.is_some_and(|w| SPEECH_VERBS.contains(w));
    // "Lebed said", also at a sentence's start: who speaks, unless "the" makes
    // it a body ("the Bundestag said").
    let next_to_verb = text[span.end()..].starts_with(' ');
    if next_to_verb && speaks(after.as_ref()) && !(adjacent && before.first() == Some(&"the")) {
        return Some(EntityKind::Person);
    }
    if !adjacent {
        return None;
    }
    // "Interfax news agency said", "the Pirelli group": a body named by a
    // word for one.
    if named_as_body(text, span) {
        return Some(EntityKind::Organization);
    }
    // Followed by a lower-case content word, the name modifies it ("the Kosovo
    // government", "in the Balkan region") and says nothing of its own kind.
    let ends_phrase = after.is_none_or(|w| {
        // A past-tense verb ends the phrase too: "the Bundestag voted".
        !w.starts_with(char::is_lowercase) || FUNCTION_WORDS.contains(&w) || w.ends_with("ed")
    }) || text[span.end()..].starts_with(['.', ',', ';', ':', ')', '?', '!'])
        // A possessive ends the name's own phrase: "the Treasury's bonds".
        || ["'s ", "\u{2019}s "]
            .iter()
            .any(|p| text[span.end()..].starts_with(p));
    if !ends_phrase {
        return None;
    }
    let (first, second) = (before.first(), before.get(1));
    // "said Lebed"; not "told Reuters", "asked Kurti": who is spoken to.
    if speaks(first) && !first.is_some_and(|w| SPOKEN_TO.contains(w)) {
        return Some(EntityKind::Person);
    }
    if is(first, PLACE_CUES) || (first == Some(&"the") && is(second, PLACE_CUES)) {
        return Some(EntityKind::Place);
    }
    if first == Some(&"the") {
        return Some(EntityKind::Organization);
    }
    None
}

/// Whether the name at `span` is followed by a word for a body ("Interfax
/// news agency", "the Pirelli group"): what the writer says it is, stronger
/// than any verb around it.
pub fn named_as_body(text: &str, span: Span) -> bool {
    let rest = &text[span.end()..];
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    BODY_NOUNS.contains(&next) || rest.starts_with("news agency")
}

/// Whether the mention at `span` reads as a sports team's: a score follows it
/// ("Wigan 3 Norwich 1", "Durham 250"), or a word of a match is next to it.
pub fn reads_as_team(text: &str, span: Span) -> bool {
    let after = &text[span.end()..];
    // A number that is no measure: "Surrey 429-7", "Durham 250 and 120", not
    // "Olympic 100 metres champion".
    let score = after.strip_prefix(' ').is_some_and(|a| {
        let number = a.len() - a.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let unit = a[number..]
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !FUNCTION_WORDS.contains(&w));
        number > 0 && !unit
    });
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .filter(|_| after.starts_with(' '));
    let before = text[..span.start()]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(|c: char| !c.is_alphanumeric()).next());
    let matchy = |w: Option<&str>| w.is_some_and(|w| MATCH_WORDS.contains(&w));
    (score || matchy(next) || matchy(before)) && !reads_as_player(text, span)
}

/// Whether the mention at `span` reads as a cricketer's in a scorecard:
/// bowling figures follow ("Gough 9-1-36-2"), or a dismissal's letter comes
/// before ("c Healy", "b McGrath 44", "lbw b Croft").
pub fn reads_as_player(text: &str, span: Span) -> bool {
    let figures = text[span.end()..]
        .strip_prefix(' ')
        .and_then(|a| {
            a.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')'))
                .next()
        })
        .is_some_and(|f| {
            f.split('-').count() >= 3
                && f.split('-')
                    .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
        });
    let before = text[..span.start()]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next());
    figures || matches!(before, Some("b" | "c" | "st" | "lbw"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kinds::EntityKind::*;

    #[test]
    fn context_tells_places_organisations_and_persons() {
        let check = |text: &str, name: &str, expected: Option<EntityKind>| {
            let start = text.find(name).unwrap();
            let span = Span::new(text, start, start + name.len());
            assert_eq!(kind_by_context(text, span), expected, "{name} in {text:?}");
        };
        check("troops in Kosovo were", "Kosovo", Some(Place));
        check("envoys from Belgrade.", "Belgrade", Some(Place));
        check("he flew to the Balkans", "Balkans", Some(Place));
        check("forces in the Balkan region", "Balkan", None);
        check("between Prishtina and Belgrade", "Prishtina", Some(Place));
        check("the EU said", "EU", Some(Organization));
        check("talks with US officials", "US", Some(Place));
        check("N1 reported", "N1", Some(Organization));
        check("a vote in the Bundestag, later", "Bundestag", Some(Place));
        check("the Bundestag voted", "Bundestag", Some(Organization));
        check("the Bundestag.", "Bundestag", Some(Organization));
        check("the Treasury's bonds", "Treasury", Some(Organization));
        // A modifier says nothing: "the Kosovo government", "in Serbian towns"? no.
        check("the Kosovo government", "Kosovo", None);
        check("in. Kosovo", "Kosovo", None);
        // Who speaks is a person, unless "the" makes it a body.
        check("said Kurti on Friday", "Kurti", Some(Person));
        check("as Wang said.", "Wang", Some(Person));
        check("the Bundestag said", "Bundestag", Some(Organization));
        // Also at a sentence's start, where no word comes before.
        check("Lebed said on Friday", "Lebed", Some(Person));
        // Who is spoken to says nothing of their kind.
        check("Duran told Reuters.", "Reuters", None);
    }

    #[test]
    fn teams_in_sports_results() {
        let check = |text: &str, name: &str, expected: bool| {
            let start = text.find(name).unwrap();
            let span = Span::new(text, start, start + name.len());
            assert_eq!(reads_as_team(text, span), expected, "{name} in {text:?}");
        };
        check("Wigan 3 Norwich 1", "Wigan", true);
        check("Durham 250 and 120", "Durham", true);
        check("Olympic 100 metres champion", "Olympic", false);
        check("Chicago beat Atlanta", "Atlanta", true);
        check("Chicago beat Atlanta", "Chicago", true);
        check("Chicago v Atlanta", "Chicago", true);
        check("in Chicago on Friday", "Chicago", false);
        check("Chicago, 3 miles away", "Chicago", false);
        // A cricketer in a scorecard is no team.
        check("Bowling: Gough 9-1-36-2, Croft", "Gough", false);
        check("Jayasuriya c Healy b McGrath 44", "McGrath", false);
    }
}
