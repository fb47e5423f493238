//! Named entities: a curated list (`kind: Name | alias | alias; description` per
//! line, the description optional) matched
//! case- and diacritic-insensitively on the folded text. Aliases written in capitals
//! (acronyms like `US`, `EU`) match only in capitals, so "us" is not the US.

use crate::model::error::SourceError;
use crate::model::kinds::EntityKind;
use crate::model::remark::Remark;
use crate::text::fold::{fold_str, FoldMap};
use crate::text::span::Span;
use crate::text::tokens::is_boundary;
use aho_corasick::{AhoCorasick, MatchKind};

/// One entry of the curated list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityDef {
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    /// Who or what it is, in a few words, shown with the entity.
    pub description: Option<String>,
    /// 1-based line in the list file.
    pub line: usize,
}

/// The curated list: entities, and names automatic detection must leave alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityList {
    pub entities: Vec<EntityDef>,
    /// `not: Name | Name` lines: never made entities automatically.
    pub not: Vec<String>,
}

/// Parses the curated list. Blank lines and `#` comments are skipped; every bad
/// line is reported, not just the first.
pub fn parse_list(file: &str, content: &str) -> Result<EntityList, Vec<SourceError>> {
    let mut reading = Reading {
        file,
        list: EntityList::default(),
        errors: Vec::new(),
        seen: Vec::new(),
        ids: Vec::new(),
    };
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    for (i, line) in content.lines().enumerate() {
        let line = line.trim();
        if !(line.is_empty() || line.starts_with('#')) {
            reading.line(i + 1, line);
        }
    }
    if reading.errors.is_empty() {
        Ok(reading.list)
    } else {
        Err(reading.errors)
    }
}

/// The list as read so far, and what was wrong with it.
struct Reading<'a> {
    file: &'a str,
    list: EntityList,
    errors: Vec<SourceError>,
    /// Each name and alias folded, with its line.
    seen: Vec<(String, usize)>,
    /// Ids made from each entity's name, with the line that made them.
    ids: Vec<(String, usize)>,
}

impl Reading<'_> {
    fn error(&mut self, line: usize, remark: Remark) {
        self.errors.push(SourceError::new(self.file, line, remark));
    }

    /// Line `no`: `kind: Name | alias | …; description`, or `not: Name | …`.
    fn line(&mut self, no: usize, line: &str) {
        let Some((kind, names)) = line.split_once(':') else {
            return self.error(no, Remark::NotAListLine);
        };
        if kind.trim() == "not" {
            let names: Vec<String> = names.split('|').map(|n| n.trim().to_string()).collect();
            if names.iter().any(|n| fold_str(n).trim().is_empty()) {
                self.error(no, Remark::EmptyName);
            }
            return self.list.not.extend(names);
        }
        let Some(kind) = EntityKind::parse(kind.trim()) else {
            let kind = kind.trim();
            return self.error(no, Remark::UnknownKind(kind.to_string()));
        };
        let (names, description) = match names.split_once(';') {
            Some((names, d)) if d.trim().is_empty() => {
                self.error(no, Remark::EmptyDescription);
                (names, None)
            }
            Some((names, d)) => (names, Some(d.trim().to_string())),
            None => (names, None),
        };
        let names: Vec<String> = names.split('|').map(|n| n.trim().to_string()).collect();
        if names.iter().any(|n| fold_str(n).trim().is_empty()) {
            return self.error(no, Remark::EmptyNameOrAlias);
        }
        self.listed_once(no, &names);
        if let Err(why) = claim_id(&names[0], no, &mut self.ids) {
            self.error(no, why);
        }
        self.list.entities.push(EntityDef {
            name: names[0].clone(),
            kind,
            aliases: names[1..].to_vec(),
            description,
            line: no,
        });
    }

    /// Each name of line `no` listed on no other line (acronyms may be).
    fn listed_once(&mut self, no: usize, names: &[String]) {
        for n in names {
            let key = fold_str(n);
            let other = self
                .seen
                .iter()
                .find(|(k, l)| *k == key && *l != no && !is_acronym(n))
                .map(|(_, l)| *l);
            if let Some(other) = other {
                self.error(no, Remark::AlreadyListed(n.clone(), other));
            }
            self.seen.push((key, no));
        }
    }
}

pub use crate::text::fold::slug;

/// Takes the id that entity `name` (on line `no`) makes, if it has one and no
/// earlier line has it ("Albin Kurti" and "Albin-Kurti" make one id).
fn claim_id(name: &str, no: usize, ids: &mut Vec<(String, usize)>) -> Result<(), Remark> {
    let id = slug(name);
    if id.is_empty() {
        return Err(Remark::NoId(name.to_string()));
    }
    if let Some((_, other)) = ids.iter().find(|(i, _)| *i == id) {
        return Err(Remark::SameEntityId(name.to_string(), id, *other));
    }
    ids.push((id, no));
    Ok(())
}

/// Two or more capitals and no lower-case letter: matched case-sensitively.
fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_uppercase()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

/// Finds every listed name in folded document texts.
pub struct Matcher {
    automaton: AhoCorasick,
    /// For each pattern: entity index, and the exact form when case-sensitive.
    patterns: Vec<(usize, Option<String>)>,
}

impl Matcher {
    pub fn new(defs: &[EntityDef]) -> Matcher {
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        for (e, def) in defs.iter().enumerate() {
            for name in std::iter::once(&def.name).chain(&def.aliases) {
                keys.push(fold_str(name));
                patterns.push((e, is_acronym(name).then(|| name.clone())));
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&keys)
            .expect("entity patterns are small plain strings");
        Matcher {
            automaton,
            patterns,
        }
    }

    /// Mentions in one document: (entity index, span of the original text).
    pub fn find(&self, text: &str, folded: &str, map: &FoldMap) -> Vec<(usize, Span)> {
        let mut out = Vec::new();
        for m in self.automaton.find_iter(folded) {
            if !is_boundary(folded, m.start()) || !is_boundary(folded, m.end()) {
                continue;
            }
            let (s, e) = (
                map.start_to_original(m.start()),
                map.end_to_original(m.end()),
            );
            let Some(span) = Span::checked(text, s, e) else {
                continue;
            };
            let (entity, exact) = &self.patterns[m.pattern().as_usize()];
            if exact
                .as_ref()
                .is_some_and(|x| fold_diacritics_only(span.slice(text)) != *x)
            {
                continue;
            }
            out.push((*entity, span));
        }
        out
    }
}

/// Strips accents but keeps case, to compare acronyms.
fn fold_diacritics_only(s: &str) -> String {
    s.chars()
        .map(|c| {
            let f = fold_str(&c.to_string());
            match (f.chars().next(), c.is_uppercase()) {
                (Some(l), true) if f.chars().count() == 1 => l.to_ascii_uppercase(),
                _ => c,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    const LIST: &str = "# people\nperson: Aleksandar Vučić | Vucic | Vučić\nplace: Kosovo | Republic of Kosovo\norganization: KFOR | Kosovo Force\nplace: United States | US\n";

    fn check(text: &str, expected: &[(&str, &str)]) {
        let defs = parse_list("e.list", LIST).unwrap().entities;
        let (folded, map) = fold(text);
        let got: Vec<(&str, &str)> = Matcher::new(&defs)
            .find(text, &folded, &map)
            .into_iter()
            .map(|(e, s)| (defs[e].name.as_str(), s.slice(text)))
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn matches_case_and_diacritic_insensitively_longest_first() {
        check(
            "President Aleksandar Vucic and VUČIĆ met KFOR, the Kosovo Force, in Kosovo’s north.",
            &[
                ("Aleksandar Vučić", "Aleksandar Vucic"),
                ("Aleksandar Vučić", "VUČIĆ"),
                ("KFOR", "KFOR"),
                ("KFOR", "Kosovo Force"),
                ("Kosovo", "Kosovo"),
            ],
        );
    }

    #[test]
    fn respects_word_boundaries_and_acronym_case() {
        check(
            "Kosovar troops help us, the US said.",
            &[("United States", "US")],
        );
        check(
            "the Republic of Kosovo.",
            &[("Kosovo", "Republic of Kosovo")],
        );
    }

    #[test]
    fn descriptions_follow_a_semicolon() {
        let list = parse_list(
            "e.list",
            "person: Albin Kurti | Kurti; Prime minister of Kosovo\nplace: Serbia\nnot: Live TV | Reuters\n",
        )
        .unwrap();
        assert_eq!(list.not, vec!["Live TV", "Reuters"]);
        let defs = list.entities;
        assert_eq!(defs[0].aliases, vec!["Kurti"]);
        assert_eq!(
            defs[0].description.as_deref(),
            Some("Prime minister of Kosovo")
        );
        assert_eq!(defs[1].description, None);
    }

    #[test]
    fn list_errors_name_the_line() {
        let errs = parse_list(
            "e.list",
            "person: A | B\nplanet: X\nnonsense\nplace: b\nother: |\nplace: C;  \n",
        )
        .unwrap_err();
        let lines: Vec<usize> = errs.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3, 4, 5, 6]);
        assert_eq!(errs[4].remark, Remark::EmptyDescription);
        assert!(errs[0]
            .to_string()
            .starts_with("e.list:2: unknown kind “planet”"));
        assert_eq!(errs[2].remark, Remark::AlreadyListed("b".into(), 1));
    }

    #[test]
    fn ids_are_distinct_and_a_byte_order_mark_is_skipped() {
        let errs = parse_list(
            "e.list",
            "\u{feff}person: Albin Kurti\nperson: Albin-Kurti\nother: ***\n",
        )
        .unwrap_err();
        let got: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            got,
            vec![
                "e.list:2: “Albin-Kurti” would have the id “albin-kurti” of the entity on line 1; spell them apart or merge them",
                "e.list:3: “***” has no letter or digit to make an id from",
            ]
        );
        let list = parse_list("e.list", "\u{feff}person: Albin Kurti\n").unwrap();
        assert_eq!(list.entities[0].kind, EntityKind::Person);
    }
}
