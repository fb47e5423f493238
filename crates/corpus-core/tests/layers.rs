//! The core's layers depend only downwards: text, the shared sort and the
//! work on every core (`order.rs`, `parallel.rs`: files that use nothing) at the bottom, time on text (a
//! month's name is read folded, in any script), the interface's words on
//! time (dates in each language), then the model, then names, quotations, search and the timeline, then the view model,
//! and ingestion (which reads a story's steps as the page reads a link) and the
//! figures (pictures of the timeline, trends and matrix) on top. A module reaching up (or sideways into a peer) would bring back an
//! import cycle. Inside a layer, no file may import one that imports it back:
//! `tests/structure.rs` at the repository's root checks that, for every crate.

use std::path::Path;

/// Each layer and the layers it may use.
const LAYERS: &[(&str, &[&str])] = &[
    ("text", &["order"]),
    ("time", &["text"]),
    ("i18n", &["text", "time"]),
    ("model", &["i18n", "text", "time"]),
    ("names", &["model", "parallel", "text", "time"]),
    ("quotes", &["model", "order", "parallel", "text", "time"]),
    ("search", &["i18n", "model", "order", "text", "time"]),
    ("timeline", &["i18n", "model", "order", "text", "time"]),
    ("view", &["i18n", "model", "search", "text", "time"]),
    (
        "ingest",
        &[
            "i18n", "model", "names", "parallel", "quotes", "text", "time", "view",
        ],
    ),
    (
        "figure",
        &["i18n", "model", "search", "text", "time", "timeline"],
    ),
];

/// The layers `source` names through `crate::`.
fn used_layers(source: &str) -> Vec<String> {
    let mut used: Vec<String> = source
        .match_indices("crate::")
        .map(|(i, m)| {
            source[i + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    used.sort();
    used.dedup();
    used
}

fn check(layer: &str, allowed: &[&str], dir: &Path) {
    for entry in std::fs::read_dir(dir).expect("layer folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            check(layer, allowed, &path);
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("source");
        for used in used_layers(&source) {
            assert!(
                used == layer || allowed.contains(&used.as_str()),
                "{} uses crate::{used}: {layer} may use only {allowed:?}",
                path.display()
            );
        }
    }
}

#[test]
fn layers_depend_only_downwards() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for file in ["order.rs", "parallel.rs"] {
        let source = std::fs::read_to_string(src.join(file)).expect(file);
        assert_eq!(
            used_layers(&source),
            Vec::<String>::new(),
            "{file} uses nothing"
        );
    }
    for (layer, allowed) in LAYERS {
        check(layer, allowed, &src.join(layer));
    }
    assert_eq!(
        used_layers("use crate::text::span::Span; crate::time::x"),
        ["text", "time"]
    );
}
