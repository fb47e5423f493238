//! What ingestion did, for the build log (`cargo xtask report`): per file,
//! what was kept and removed and why; then the names, dates and quotations
//! found, the settings and files left out, and warnings.

use crate::i18n::Texts;
use crate::ingest::clean::Removal;
use crate::ingest::folder::ENTITY_LIST;
use crate::model::error::SourceError;
use crate::model::remark::Remark;
use crate::names::passes::EntityReport;
use crate::text::shorten;
use std::fmt;

/// What the pipeline did to one article.
#[derive(Clone, Debug)]
pub struct FileReport {
    pub path: String,
    pub paragraphs: usize,
    pub removed: Vec<Removal>,
    pub notes: Vec<Remark>,
    /// Rules that went by shape alone and removed more than
    /// [`WARN_SHARE_PERCENT`] of the file's words.
    pub warnings: Vec<Remark>,
    /// Whether the article states its language (else it was detected, and a
    /// language the corpus states replaces it).
    pub language_stated: bool,
}

/// The share of a file's words (in percent) a rule going by shape alone may
/// remove before the report warns.
pub const WARN_SHARE_PERCENT: usize = 5;

/// What the pipeline did, for the build log.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub files: Vec<FileReport>,
    /// Keys of `corpus.toml` not used.
    pub settings_notes: Vec<Remark>,
    /// Files of the folder left out (their path in it), each with why.
    pub skipped: Vec<(String, Remark)>,
    /// Articles that look like the same one twice (same text or title).
    pub repeats: Vec<Remark>,
    /// What the stories' steps could not use, and keys not used.
    pub story_warnings: Vec<SourceError>,
    pub entities: usize,
    pub mentions: usize,
    pub entity_report: EntityReport,
    pub dates: usize,
    pub quotes: usize,
}

impl Report {
    /// One line naming the files where a rule going by shape alone removed
    /// more than [`WARN_SHARE_PERCENT`] of the words, if any: the report's
    /// last line, repeated at the end of a build.
    pub fn cleaning_warning(&self) -> Option<String> {
        let warned: Vec<&str> = self
            .files
            .iter()
            .filter(|file| !file.warnings.is_empty())
            .map(|file| file.path.as_str())
            .collect();
        (!warned.is_empty()).then(|| {
            format!(
                "warning: cleaning removed more than {WARN_SHARE_PERCENT}% of the words of {} file(s) by shape alone; `cargo xtask report` shows what: {}",
                warned.len(),
                warned.join(", ")
            )
        })
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for file in &self.files {
            file.fmt(f)?;
        }
        self.names(f)?;
        writeln!(f, "dates: {} expressions", self.dates)?;
        writeln!(f, "quotations: {}", self.quotes)?;
        self.left_out(f)
    }
}

impl FileReport {
    /// What was kept and removed from the file, line by line, and what was
    /// noticed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: kept {} paragraphs, removed {}",
            self.path,
            self.paragraphs,
            self.removed.len()
        )?;
        let english = Texts::english();
        for r in &self.removed {
            let lines = if r.line == 0 {
                "-".to_string()
            } else if r.last_line > r.line {
                format!("{}-{}", r.line, r.last_line)
            } else {
                r.line.to_string()
            };
            writeln!(
                f,
                "  line {lines:>7}  {:<40} {}",
                r.reason.name(&english),
                shorten(&r.text, 60)
            )?;
        }
        for n in &self.notes {
            writeln!(f, "  note: {n}")?;
        }
        for w in &self.warnings {
            writeln!(f, "  warning: {w}")?;
        }
        Ok(())
    }
}

impl Report {
    /// The names found, those listed but not found, merged and left out.
    fn names(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "entities: {} found, {} mentions",
            self.entities, self.mentions
        )?;
        let e = &self.entity_report;
        if !e.unmatched.is_empty() {
            let listed = Remark::ListedNotFound(e.unmatched.join(", "));
            writeln!(f, "  {listed}")?;
        }
        for found in &e.found {
            writeln!(f, "  found automatically: {found}")?;
        }
        for merge in &e.merges {
            writeln!(f, "  merged: {merge}")?;
        }
        // "Serbian (10), Serb (9)".
        let counted = |names: &mut dyn Iterator<Item = (&String, &usize)>| {
            names
                .map(|(n, c)| format!("{n} ({c})"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !e.unresolved.is_empty() {
            writeln!(
                f,
                "  names not made entities (add them to {ENTITY_LIST} to keep them): {}",
                counted(&mut e.unresolved.iter().map(|(n, c)| (n, c)))
            )?;
        }
        if !e.suppressed.is_empty() {
            writeln!(
                f,
                "  left out by `not:` in {ENTITY_LIST}: {}",
                counted(&mut e.suppressed.iter())
            )?;
        }
        Ok(())
    }

    /// Settings not used, files skipped, articles repeated, and cleaning
    /// that went by shape alone.
    fn left_out(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for n in &self.settings_notes {
            writeln!(f, "corpus.toml: {n}")?;
        }
        for (path, why) in &self.skipped {
            writeln!(f, "{path}: {why}")?;
        }
        const SHOWN: usize = 10;
        for r in self.repeats.iter().take(SHOWN) {
            writeln!(f, "warning: {r}")?;
        }
        if self.repeats.len() > SHOWN {
            writeln!(
                f,
                "warning: {} more articles with the same text or title as another",
                self.repeats.len() - SHOWN
            )?;
        }
        for w in &self.story_warnings {
            writeln!(f, "warning: {w}")?;
        }
        if let Some(w) = self.cleaning_warning() {
            writeln!(f, "{w}")?;
        }
        Ok(())
    }
}
