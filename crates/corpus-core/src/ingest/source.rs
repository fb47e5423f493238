//! An article or settings file as read, before it is built into a document.

/// An input file: its path as shown in messages, its path inside the corpus
/// folder, its content, and what reading it noticed.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// As messages show it: `corpus/2022/a.txt`.
    pub path: String,
    /// Inside the corpus folder, Unicode-normalised (NFC): `2022/a.txt`. Shown
    /// to readers and in the export; the document's id is made from it.
    pub relative: String,
    pub content: String,
    /// What reading it noticed (another encoding), for the report.
    pub notes: Vec<crate::model::remark::Remark>,
}

impl SourceFile {
    /// A file known by one path (tests, generated corpora).
    pub fn new(path: &str, content: String) -> SourceFile {
        SourceFile {
            path: path.to_string(),
            relative: path.to_string(),
            content,
            notes: Vec::new(),
        }
    }

    /// The document id: the path inside the folder without its extension
    /// (`2022/a`).
    pub fn id(&self) -> String {
        let rel = self.relative.as_str();
        let name_start = rel.rfind('/').map_or(0, |i| i + 1);
        match rel[name_start..].rfind('.') {
            Some(dot) if dot > 0 => rel[..name_start + dot].to_string(),
            _ => rel.to_string(),
        }
    }
}
