//! The quotations a view shows and who said them: the Quotes tab's lists, its
//! counts, and how often each name is quoted (the chips' "Quoted 7 times").

use crate::model::index::Index;
use crate::order::{self, down, key};

/// A speaker's quotations among those shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerQuotes {
    /// The speaker's entity; `None` for quotations whose speaker is not known.
    pub speaker: Option<u32>,
    /// Indices into the index's quotations, in document order.
    pub quotes: Vec<usize>,
}

/// The quotations of the documents `shown` lets through (indices into the
/// index's quotations, in order); when some of the `required` names are ever
/// quoted, only theirs.
pub fn shown(index: &Index, shown: impl Fn(u32) -> bool, required: &[usize]) -> Vec<usize> {
    let quoted = |e: usize| index.quotes.iter().any(|q| q.speaker == Some(e as u32));
    let speakers: Vec<u32> = required
        .iter()
        .filter(|&&e| quoted(e))
        .map(|&e| e as u32)
        .collect();
    (0..index.quotes.len())
        .filter(|&i| {
            let q = &index.quotes[i];
            shown(q.doc)
                && (speakers.is_empty() || q.speaker.is_some_and(|s| speakers.contains(&s)))
        })
        .collect()
}

/// The first `limit` of the quotations `shown`, grouped by speaker: the most
/// quoted first (ties in order of appearance), those whose speaker is not
/// known last.
pub fn by_speaker(index: &Index, shown: &[usize], limit: usize) -> Vec<SpeakerQuotes> {
    let mut speakers: Vec<SpeakerQuotes> = Vec::new();
    for &i in shown.iter().take(limit) {
        let speaker = index.quotes[i].speaker;
        match speakers.iter_mut().find(|s| s.speaker == speaker) {
            Some(s) => s.quotes.push(i),
            None => speakers.push(SpeakerQuotes {
                speaker,
                quotes: vec![i],
            }),
        }
    }
    order::sort_by_key(&mut speakers, |s| {
        key([
            u32::from(s.speaker.is_none()),
            down(s.quotes.len() as u32),
            0,
            0,
        ])
    });
    speakers
}

/// How many documents the quotations `shown` (in order) come from.
pub fn documents(index: &Index, shown: &[usize]) -> usize {
    let mut docs: Vec<u32> = shown.iter().map(|&i| index.quotes[i].doc).collect();
    docs.dedup();
    docs.len()
}

/// How many quotations each entity of the index speaks, by entity.
pub fn times_quoted(index: &Index) -> Vec<u32> {
    let mut times = vec![0; index.entities.len()];
    for s in index.quotes.iter().filter_map(|q| q.speaker) {
        if let Some(t) = times.get_mut(s as usize) {
            *t += 1;
        }
    }
    times
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::index::{Document, Entity, Quote};
    use crate::model::kinds::EntityKind;
    use crate::text::span::Span;

    /// Three documents; Kurti quoted twice, Vučić once, one speaker unknown.
    fn index() -> Index {
        let docs = ["Kurti: “One.” Vučić: “Two.”", "Kurti: “Three.”", "“Four.”"];
        let documents = docs
            .iter()
            .enumerate()
            .map(|(i, t)| Document::from_text(&format!("d{i}"), t))
            .collect();
        let entity = |name: &str| Entity {
            id: name.to_lowercase(),
            name: name.into(),
            kind: EntityKind::Person,
            roles: vec![],
            description: None,
            variants: vec![],
            mentions: vec![],
        };
        let mut index = Index::new(
            documents,
            vec![entity("Kurti"), entity("Vučić"), entity("NATO")],
            vec![],
        );
        let quote = |doc: u32, speaker: Option<u32>| Quote {
            doc,
            span: {
                let text = &index.documents[doc as usize].text;
                Span::new(text, 0, text.len())
            },
            speaker,
            source: None,
            verb: None,
            channel: None,
            partial: false,
        };
        index.quotes = vec![
            quote(0, Some(0)),
            quote(0, Some(1)),
            quote(1, Some(0)),
            quote(2, None),
        ];
        index
    }

    #[test]
    fn quotations_of_the_documents_and_names_shown() {
        let index = index();
        let check = |docs: &[u32], required: &[usize], expected: &[usize]| {
            assert_eq!(
                shown(&index, |d| docs.contains(&d), required),
                expected,
                "{docs:?} {required:?}"
            );
        };
        check(&[0, 1, 2], &[], &[0, 1, 2, 3]);
        check(&[1, 2], &[], &[2, 3]);
        check(&[0, 1, 2], &[1], &[1]);
        check(&[0, 1, 2], &[0, 1], &[0, 1, 2]);
        // A required name never quoted narrows nothing.
        check(&[0, 1, 2], &[2], &[0, 1, 2, 3]);
        assert_eq!(documents(&index, &[0, 1, 2, 3]), 3);
        assert_eq!(documents(&index, &[0, 1]), 1);
    }

    #[test]
    fn speakers_most_quoted_first_the_unknown_last() {
        let index = index();
        let groups = |shown: &[usize], limit: usize| -> Vec<(Option<u32>, Vec<usize>)> {
            by_speaker(&index, shown, limit)
                .into_iter()
                .map(|s| (s.speaker, s.quotes))
                .collect()
        };
        assert_eq!(
            groups(&[3, 1, 0, 2], 10),
            [(Some(0), vec![0, 2]), (Some(1), vec![1]), (None, vec![3])]
        );
        assert_eq!(
            groups(&[0, 1, 2, 3], 2),
            [(Some(0), vec![0]), (Some(1), vec![1])]
        );
        assert_eq!(times_quoted(&index), [2, 1, 0]);
    }
}
