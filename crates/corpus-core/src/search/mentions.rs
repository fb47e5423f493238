//! A name as a search term (`name:Kurti`, or a side of NEAR): the mentions of
//! the entity it names, whatever their spelling, as occurrences in the folded
//! text like the word index's.

use super::query::{near_operands, NearSide, Problem, Query, QueryError, TermKind};
use crate::model::index::Index;

/// The mentions of the entity called `name` (folded; see
/// [`Index::entity_named`]) as (document, start, end) in the folded text,
/// sorted; none when no entity has that name.
pub fn occurrences(index: &Index, name: &str) -> Vec<(u32, u32, u32)> {
    let Some(entity) = index.entity_named(name) else {
        return Vec::new();
    };
    let mut out: Vec<(u32, u32, u32)> = index.entities[entity]
        .mentions
        .iter()
        .map(|m| {
            let map = &index.documents[m.doc as usize].fold_map;
            let start = map.start_to_folded(m.span.start()) as u32;
            let end = map.end_to_folded(m.span.end()) as u32;
            (m.doc, start, end)
        })
        .collect();
    crate::order::sort_by_key(&mut out, |&(d, s, e)| crate::order::key([d, s, e, 0]));
    out
}

/// Notes for the names of `query` (typed `input`) that name no entity in
/// `index`: "no name “Kurtii” in these articles", at the term. A name still
/// being typed (the input's last item, while `typing`) is not noted yet.
pub fn unknown_names(index: &Index, query: &Query, input: &str, typing: bool) -> Vec<QueryError> {
    let mut notes = Vec::new();
    for term in query.terms.iter().chain(&query.excluded) {
        if typing && input[term.end..].trim().is_empty() {
            continue;
        }
        let names: Vec<&str> = match term.kind {
            TermKind::Name => vec![term.text.as_str()],
            TermKind::Near(_) => near_operands(&term.text)
                .into_iter()
                .filter_map(|side| match side {
                    NearSide::Name(n) => Some(n),
                    _ => None,
                })
                .collect(),
            _ => continue,
        };
        for name in names {
            if index.entity_named(name).is_none() {
                notes.push(QueryError {
                    at: term.at,
                    problem: Problem::NoSuchName(name.to_string()),
                });
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Texts;
    use crate::search::query::{parse, Options};

    #[test]
    fn notes_names_the_articles_do_not_have() {
        let index = Index::new(vec![], vec![], vec![]);
        let check = |input: &str, typing: bool, expected: &[(usize, &str)]| {
            let query = parse(
                input,
                Options {
                    typing,
                    exact: false,
                },
            )
            .query;
            let notes: Vec<(usize, String)> = unknown_names(&index, &query, input, typing)
                .into_iter()
                .map(|n| (n.at, n.message(&Texts::default())))
                .collect();
            let expected: Vec<(usize, String)> = expected
                .iter()
                .map(|&(at, m)| (at, m.to_string()))
                .collect();
            assert_eq!(notes, expected, "{input:?}");
        };
        check(
            "kfor name:Kurtii",
            false,
            &[(5, "no name “kurtii” in these articles")],
        );
        check("kfor name:Kurtii", true, &[]);
        check(
            "name:Kurtii kfor",
            true,
            &[(0, "no name “kurtii” in these articles")],
        );
        check(
            "troops NEAR name:\"Albin K\" kfor",
            true,
            &[(0, "no name “albin k” in these articles")],
        );
        check(
            "-name:Nobody kfor",
            false,
            &[(0, "no name “nobody” in these articles")],
        );
        check("kfor troops", false, &[]);
    }
}
