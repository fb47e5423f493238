//! A corpus folder as people keep one: subfolders, files in other cases and
//! encodings, backups, hidden files, links. Each case is handled and reported,
//! none silently.

use corpus_core::ingest::pipeline;
use std::path::{Path, PathBuf};

/// A fresh folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("corpus-core-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, rel: &str, content: &[u8]) {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn article(title: &str, body: &str) -> Vec<u8> {
    format!("{title}\n\n{body}\n").into_bytes()
}

#[test]
fn subfolders_cases_backups_hidden_files_and_links() {
    let dir = TempDir::new("folder");
    let outside = TempDir::new("outside");
    outside.write("secret.txt", &article("Secret", "Not part of the corpus."));
    dir.write(
        "a.txt",
        &article("Talks resume", "Talks resumed on Friday."),
    );
    dir.write(
        "2022/b.TXT",
        &article("Troops arrive", "Troops arrived on Monday."),
    );
    dir.write("2022/b.txt~", b"an editor's backup");
    dir.write("c.txt.bak", b"a backup");
    dir.write(".hidden.txt", b"hidden");
    dir.write("README.md", b"# About these articles");
    dir.write("notes.docx", b"binary");
    dir.write(
        "copy.txt",
        &article("Talks resume", "Talks resumed on Friday, officials said."),
    );
    std::os::unix::fs::symlink(outside.0.join("secret.txt"), dir.0.join("link.txt")).unwrap();
    std::os::unix::fs::symlink(dir.0.join("a.txt"), dir.0.join("2022/inside.txt")).unwrap();
    std::os::unix::fs::symlink(&dir.0, dir.0.join("2022/loop")).unwrap();

    let (index, report) = pipeline::build_dir(&dir.0, "articles").expect("builds");
    let ids: Vec<&str> = index.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["2022/b", "2022/inside", "a", "copy"]);
    let sources: Vec<&str> = index.documents.iter().map(|d| d.source.as_str()).collect();
    assert_eq!(
        sources,
        ["2022/b.TXT", "2022/inside.txt", "a.txt", "copy.txt"]
    );
    let skipped: Vec<String> = report
        .skipped
        .iter()
        .map(|(path, why)| format!("{path}: {why}"))
        .collect();
    let skipped = skipped.join("\n");
    for expected in [
        ".hidden.txt: left out: hidden",
        "2022/b.txt~: left out: a backup or temporary file",
        "2022/loop: left out: a folder already read (a link back)",
        "README.md: left out: a README, not an article",
        "c.txt.bak: left out: a backup or temporary file",
        "notes.docx: left out: not an article",
        "link.txt: left out: a link to ",
    ] {
        assert!(skipped.contains(expected), "{expected:?} in {skipped}");
    }
    let repeats: Vec<String> = report.repeats.iter().map(|r| r.to_string()).collect();
    assert_eq!(
        repeats,
        [
            "probably one article twice: a.txt has the same text as 2022/inside.txt",
            "probably one article twice: copy.txt has the same title as 2022/inside.txt"
        ]
    );
    let printed = report.to_string();
    assert!(printed.contains("notes.docx: left out: not an article"));
}

#[test]
fn ids_the_same_once_normalised_are_an_error_naming_both() {
    let dir = TempDir::new("nfc");
    dir.write("caf\u{e9}.txt", &article("One", "One article."));
    dir.write("cafe\u{301}.txt", &article("Two", "Another article."));
    let errs = pipeline::load_dir(&dir.0, "articles").unwrap_err();
    let all: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert_eq!(all.len(), 1, "{all:?}");
    assert!(
        all[0].contains("has the same id “café” as articles/caf"),
        "{all:?}"
    );
}

#[test]
fn every_unreadable_file_is_named_at_once() {
    let dir = TempDir::new("unreadable");
    dir.write("good.txt", &article("Good", "Body."));
    std::os::unix::fs::symlink(Path::new("/nonexistent/x.txt"), dir.0.join("bad.txt")).unwrap();
    std::os::unix::fs::symlink(Path::new("/nonexistent/y.txt"), dir.0.join("worse.txt")).unwrap();
    let errs = pipeline::load_dir(&dir.0, "corpus").unwrap_err();
    let all: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all[0].starts_with("corpus/bad.txt: cannot read"), "{all:?}");
    assert!(
        all[1].starts_with("corpus/worse.txt: cannot read"),
        "{all:?}"
    );
}

#[test]
fn a_folder_without_articles_says_what_it_looks_for() {
    let dir = TempDir::new("empty");
    dir.write("notes.docx", b"binary");
    let errs = pipeline::load_dir(&dir.0, "corpus").unwrap_err();
    assert_eq!(
        errs[0].to_string(),
        "corpus: no articles (files ending in .txt, .md, .markdown, .html, .htm)"
    );
}
