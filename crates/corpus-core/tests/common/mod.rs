//! Fixtures shared by the integration tests: the seed articles of `corpus/`,
//! built as the app's build does (with or without their curated list), and
//! small made-up corpora.
#![allow(dead_code)] // each test binary uses some of them

use corpus_core::ingest::pipeline::{self, SourceFile};
use corpus_core::Index;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The seed articles' folder.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

fn build_seed(with_list: bool) -> Index {
    let folder = pipeline::load_dir(&corpus_dir(), "corpus").expect("corpus reads");
    let list = if with_list { folder.list } else { None };
    pipeline::build(&folder.articles, list.as_ref())
        .expect("corpus builds")
        .0
}

/// The five seed articles with their curated list (built once per test binary).
pub fn seed() -> Index {
    static SEED: OnceLock<Index> = OnceLock::new();
    SEED.get_or_init(|| build_seed(true)).clone()
}

/// The five seed articles without their list: automatic names only.
pub fn seed_without_list() -> Index {
    build_seed(false)
}

/// A seed article by the start of its id ("003").
pub fn doc<'a>(index: &'a Index, id_prefix: &str) -> &'a corpus_core::model::index::Document {
    index
        .documents
        .iter()
        .find(|d| d.id.starts_with(id_prefix))
        .unwrap_or_else(|| panic!("no document {id_prefix}"))
}

/// A source file.
pub fn file(path: &str, content: &str) -> SourceFile {
    SourceFile::new(path, content.into())
}

/// A made-up corpus: (outlet, date, body) per document, either metadata
/// possibly empty; ids are a, b, c…
pub fn made_up(docs: &[(&str, &str, &str)]) -> Index {
    let files: Vec<SourceFile> = docs
        .iter()
        .enumerate()
        .map(|(i, (outlet, date, body))| {
            let mut head = String::from("---\n");
            if !outlet.is_empty() {
                head += &format!("outlet: {outlet}\n");
            }
            if !date.is_empty() {
                head += &format!("date: {date}\ndate_basis: stated\n");
            }
            file(
                &format!("{}.txt", (b'a' + i as u8) as char),
                &format!("{head}---\n{body}\n"),
            )
        })
        .collect();
    pipeline::build(&files, None).expect("test corpus builds").0
}

/// Made-up bodies without metadata (ids 0, 1, 2…) and a curated list.
pub fn made_up_with_list(bodies: &[&str], list: &str) -> Index {
    let files: Vec<SourceFile> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| file(&format!("{i}.txt"), &format!("---\n---\n{b}\n")))
        .collect();
    let list = file("entities.list", list);
    pipeline::build(&files, Some(&list)).expect("builds").0
}
