//! Reading a corpus folder: every article file in it and its subfolders, the
//! entity list, and what was skipped and why. Build time only (the file system).

use crate::ingest::source::SourceFile;
use crate::ingest::stories::story_name;
use crate::model::error::SourceError;
use crate::model::remark::Remark;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// The entity list's file name inside the corpus folder.
pub const ENTITY_LIST: &str = "entities.list";

/// The corpus settings' file name inside the corpus folder.
pub const SETTINGS: &str = "corpus.toml";

/// An article file's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// The extensions of the article files read, and their formats (in any case:
/// `.TXT`, `.Md`).
pub const ARTICLE_EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
];

impl Format {
    /// The format of the file at `path`, by its extension; `None` for a file
    /// that is not an article.
    pub fn of(path: &str) -> Option<Format> {
        let ext = Path::new(path).extension()?.to_str()?;
        ARTICLE_EXTENSIONS
            .iter()
            .find(|(e, _)| e.eq_ignore_ascii_case(ext))
            .map(|&(_, f)| f)
    }
}

/// ".txt, .md, .markdown, .html, .htm", for messages.
pub fn extensions_listed() -> String {
    ARTICLE_EXTENSIONS
        .iter()
        .map(|(e, _)| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a folder holds.
#[derive(Clone, Debug, Default)]
pub struct Folder {
    /// Articles, sorted by their path in the folder.
    pub articles: Vec<SourceFile>,
    pub list: Option<SourceFile>,
    /// The settings file's text, if there is one.
    pub settings: Option<SourceFile>,
    /// Stories (`stories/NAME.toml`), sorted by their path.
    pub stories: Vec<SourceFile>,
    /// Files and folders left out (their path in the folder), each with why.
    pub skipped: Vec<(String, Remark)>,
}

/// Reads every article under `dir` and the entity list. `shown` is how the
/// folder is named in messages (e.g. `corpus`). Every unreadable file is
/// reported at once.
pub fn load_dir(dir: &Path, shown: &str) -> Result<Folder, Vec<SourceError>> {
    let root = dir.canonicalize().map_err(|e| {
        vec![SourceError::new(
            shown,
            0,
            Remark::CannotReadFolder(e.to_string()),
        )]
    })?;
    let mut walk = Walk {
        root: root.clone(),
        shown: shown.to_string(),
        visited: HashSet::from([root.clone()]),
        folder: Folder::default(),
        errors: Vec::new(),
    };
    walk.dir(&root, "");
    let Walk {
        mut folder,
        mut errors,
        ..
    } = walk;
    folder.articles.sort_by(|a, b| a.relative.cmp(&b.relative));
    folder.stories.sort_by(|a, b| a.relative.cmp(&b.relative));
    same_ids(&folder.articles, &mut errors);
    if folder.articles.is_empty() && errors.is_empty() {
        errors.push(SourceError::new(
            shown,
            0,
            Remark::NoArticles(extensions_listed()),
        ));
    }
    if errors.is_empty() {
        Ok(folder)
    } else {
        Err(errors)
    }
}

struct Walk {
    root: PathBuf,
    shown: String,
    /// Folders already read (a link back to a parent would loop).
    visited: HashSet<PathBuf>,
    folder: Folder,
    errors: Vec<SourceError>,
}

impl Walk {
    /// Reads folder `path`, which is `relative` inside the corpus folder.
    fn dir(&mut self, path: &Path, relative: &str) {
        let entries = match std::fs::read_dir(path) {
            Ok(entries) => entries,
            Err(e) => {
                let at = self.shown_path(relative);
                self.errors
                    .push(SourceError::new(&at, 0, Remark::CannotRead(e.to_string())));
                return;
            }
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            let rel = if relative.is_empty() {
                name.clone()
            } else {
                format!("{relative}/{name}")
            };
            self.entry(&path.join(&name), &name, rel);
        }
    }

    fn entry(&mut self, path: &Path, name: &str, rel: String) {
        if let Some(why) = skipped_name(name) {
            self.folder.skipped.push((rel, why));
            return;
        }
        let target = match path.canonicalize() {
            Ok(t) => t,
            Err(e) => {
                let at = self.shown_path(&rel);
                self.errors
                    .push(SourceError::new(&at, 0, Remark::CannotRead(e.to_string())));
                return;
            }
        };
        if !target.starts_with(&self.root) {
            let to = target.display().to_string();
            self.folder.skipped.push((rel, Remark::LinkOutside(to)));
            return;
        }
        if target.is_dir() {
            if self.visited.insert(target.clone()) {
                self.dir(&target, &rel);
            } else {
                self.folder.skipped.push((rel, Remark::LinkBack));
            }
            return;
        }
        let at_root = !rel.contains('/');
        let slot = if at_root && name == ENTITY_LIST {
            Slot::List
        } else if at_root && name == SETTINGS {
            Slot::Settings
        } else if story_name(&rel).is_some() {
            Slot::Story
        } else if is_article(name) {
            Slot::Article
        } else {
            let why = Remark::NotAnArticle(extensions_listed());
            self.folder.skipped.push((rel, why));
            return;
        };
        match read(&target, &self.shown_path(&rel), &rel) {
            Ok(file) => match slot {
                Slot::Article => self.folder.articles.push(file),
                Slot::List => self.folder.list = Some(file),
                Slot::Settings => self.folder.settings = Some(file),
                Slot::Story => self.folder.stories.push(file),
            },
            Err(e) => self.errors.push(e),
        }
    }

    /// A path inside the folder as messages show it: `corpus/a.txt`.
    fn shown_path(&self, rel: &str) -> String {
        if rel.is_empty() {
            self.shown.clone()
        } else {
            format!("{}/{rel}", self.shown.trim_end_matches('/'))
        }
    }
}

enum Slot {
    Article,
    List,
    Settings,
    Story,
}

/// Why a file or folder is left out by its name alone: hidden, a backup, a
/// README.
pub fn skipped_name(name: &str) -> Option<Remark> {
    let lower = name.to_lowercase();
    if name.starts_with('.') {
        Some(Remark::Hidden)
    } else if lower.ends_with('~')
        || [".bak", ".orig", ".swp", ".tmp"]
            .iter()
            .any(|e| lower.ends_with(e))
    {
        Some(Remark::Backup)
    } else if lower.starts_with("readme") {
        Some(Remark::Readme)
    } else {
        None
    }
}

fn is_article(name: &str) -> bool {
    Format::of(name).is_some()
}

/// Reads a file as text: UTF-8 (a byte-order mark is dropped later), UTF-16
/// with a byte-order mark, else Windows-1252 (a superset of Latin-1, which is
/// what most older non-UTF-8 news text is) with a note saying so.
fn read(path: &Path, shown: &str, rel: &str) -> Result<SourceFile, SourceError> {
    let bytes = std::fs::read(path)
        .map_err(|e| SourceError::new(shown, 0, Remark::CannotRead(e.to_string())))?;
    decode(bytes, shown, rel)
}

/// A file's bytes as text (see [`read`]); `shown` names it in messages, `rel`
/// is its path inside the corpus folder.
pub fn decode(bytes: Vec<u8>, shown: &str, rel: &str) -> Result<SourceFile, SourceError> {
    let mut file = SourceFile::new(shown, String::new());
    file.relative = rel.nfc().collect();
    match String::from_utf8(bytes) {
        Ok(text) => file.content = text,
        Err(e) => {
            let bytes = e.into_bytes();
            if let Some(text) = with_byte_order_mark(&bytes) {
                file.content = text.map_err(|name| {
                    SourceError::new(shown, 0, Remark::NotValidText(name.into()))
                })?;
            } else {
                let valid = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| 0);
                let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count();
                file.content = windows_1252(&bytes);
                file.notes.push(Remark::NotUtf8(line));
            }
        }
    }
    Ok(file)
}

/// The text of a file that starts with a byte-order mark: UTF-16 (either
/// order), or the encoding's name if the rest is not valid in it; `None`
/// without a mark.
fn with_byte_order_mark(bytes: &[u8]) -> Option<Result<String, &'static str>> {
    let (little_endian, name) = match bytes {
        [0xEF, 0xBB, 0xBF, ..] => return Some(Err("UTF-8")),
        [0xFF, 0xFE, ..] => (true, "UTF-16LE"),
        [0xFE, 0xFF, ..] => (false, "UTF-16BE"),
        _ => return None,
    };
    let body = &bytes[2..];
    if !body.len().is_multiple_of(2) {
        return Some(Err(name));
    }
    let units = body.chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    Some(
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| name),
    )
}

/// Windows-1252 as the WHATWG Encoding Standard reads it: Latin-1 but for
/// 0x80–0x9F, which hold typographic quotes, dashes, the euro sign and the
/// like (the five unassigned bytes stand for themselves).
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Two articles whose ids are the same once Unicode-normalised (`café.txt`
/// written with a combining accent and without) or that differ only by
/// extension (`a.txt`, `a.TXT`): an error naming both.
fn same_ids(articles: &[SourceFile], errors: &mut Vec<SourceError>) {
    let mut seen: Vec<(String, &str)> = Vec::new();
    for a in articles {
        let id = a.id();
        match seen.iter().find(|(i, _)| *i == id) {
            Some((_, other)) => errors.push(SourceError::new(
                &a.path,
                0,
                Remark::SameId(id, other.to_string()),
            )),
            None => seen.push((id, &a.path)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], expected: Result<&str, &str>, note: bool) {
        let file = decode(bytes.to_vec(), "a.txt", "a.txt");
        match (file, expected) {
            (Ok(f), Ok(text)) => {
                assert_eq!(f.content, text, "{bytes:?}");
                assert_eq!(!f.notes.is_empty(), note, "{:?}", f.notes);
            }
            (Err(e), Err(message)) => assert_eq!(e.remark.to_string(), message),
            (got, want) => panic!("{bytes:?}: {got:?}, wanted {want:?}"),
        }
    }

    #[test]
    fn encodings_are_read() {
        check("Vučić “said”".as_bytes(), Ok("Vučić “said”"), false);
        check(b"\x93caf\xe9\x94 \x80 \x81", Ok("“café” € \u{81}"), true);
        check(&[0xFF, 0xFE, b'K', 0, 0x0D, 0x01], Ok("Kč"), false);
        check(&[0xFE, 0xFF, 0, b'K', 0x01, 0x0D], Ok("Kč"), false);
        check(&[0xFF, 0xFE, b'K'], Err("not valid UTF-16LE text"), false);
        check(
            &[0xFE, 0xFF, 0xD8, 0x00, 0, b'K'],
            Err("not valid UTF-16BE text"),
            false,
        );
        check(
            &[0xEF, 0xBB, 0xBF, 0xFF],
            Err("not valid UTF-8 text"),
            false,
        );
    }
}
