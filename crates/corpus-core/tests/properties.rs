//! Properties over arbitrary input: parsing never panics, highlights and hits
//! always lie on char boundaries, folding maps back inside the original.

use corpus_core::model::index::{Document, Index};
use corpus_core::search::highlight::segments;
use corpus_core::search::{self, query};
use corpus_core::text::fold::fold;
use corpus_core::Span;
use proptest::prelude::*;

fn doc_of(text: &str) -> Index {
    Index::new(vec![Document::from_text("t", text)], vec![], vec![])
}

const TEXTY: &str = "[a-zA-Z čćžšđČĆŽŠĐßæé’“”–\u{301}\u{30C}ЖУК'\".,-]{0,60}";

proptest! {
    #[test]
    fn any_query_parses_without_panicking(q in ".{0,80}") {
        let p = query::parse(&q, query::Options::default());
        for e in &p.errors {
            prop_assert!(q.is_char_boundary(e.at.min(q.len())));
        }
    }

    #[test]
    fn every_hit_is_on_char_boundaries(text in TEXTY, q in TEXTY) {
        let index = doc_of(&text);
        let parsed = query::parse(&q, query::Options { exact: q.len() % 2 == 0, typing: true });
        let results = search::run(&index, &parsed.query, &[]);
        for r in &results.docs {
            for h in &r.hits {
                prop_assert!(h.span.is_valid_for(&text));
                prop_assert!(!h.span.is_empty());
            }
            let marks: Vec<(Span, u16)> = r.hits.iter().map(|h| (h.span, h.term)).collect();
            let segs = segments(&text, Span::new(&text, 0, text.len()), &marks);
            let joined: String = segs.iter().map(|s| s.span.slice(&text)).collect();
            prop_assert_eq!(joined, text.clone());
        }
    }

    #[test]
    fn folded_offsets_map_inside_the_original(text in TEXTY) {
        let (folded, map) = fold(&text);
        for f in 0..=folded.len() {
            if folded.is_char_boundary(f) {
                let s = map.start_to_original(f);
                let e = map.end_to_original(f);
                prop_assert!(s <= text.len() && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }
}
