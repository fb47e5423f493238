//! The ingestion pipeline: article files and the entity list in, an [`Index`] and a
//! human-readable [`Report`] out. Pure apart from [`load_dir`].

use crate::ingest::clean::{self, Overrides, Removal};
use crate::ingest::frontmatter::{self, FrontMatter};
use crate::model::error::SourceError;
use crate::model::index::{DateBasis, DateMention, Document, Index, Paragraph};
use crate::model::kinds::ParaKind;
use crate::names::list::{self, EntityList};
use crate::names::passes::{find_entities, EntityReport};
use crate::text::fold::fold;
use crate::text::sentences::sentences;
use crate::text::span::Span;
use crate::text::tokens::word_count;
use crate::time::calendar::PartialDate;
use crate::time::expressions;
use std::fmt;
use std::path::Path;

/// An input file: its path as shown in messages, and its content.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub content: String,
}

/// What the pipeline did to one article.
#[derive(Clone, Debug)]
pub struct FileReport {
    pub path: String,
    pub paragraphs: usize,
    pub removed: Vec<Removal>,
    pub notes: Vec<String>,
}

/// What the pipeline did, for the build log.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub files: Vec<FileReport>,
    pub entities: usize,
    pub mentions: usize,
    pub entity_report: EntityReport,
    pub dates: usize,
}

/// The entity list's file name inside the corpus folder.
pub const ENTITY_LIST: &str = "entities.list";

/// Reads every `*.txt` article (sorted by name) and the entity list from `dir`.
/// `shown` is how the folder is named in messages (e.g. `corpus`).
pub fn load_dir(
    dir: &Path,
    shown: &str,
) -> Result<(Vec<SourceFile>, Option<SourceFile>), Vec<SourceError>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        vec![SourceError::new(
            shown,
            0,
            format!("cannot read the folder: {e}"),
        )]
    })?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let read = |name: &str| -> Result<SourceFile, SourceError> {
        let path = format!("{shown}/{name}");
        let bytes = std::fs::read(dir.join(name))
            .map_err(|e| SourceError::new(&path, 0, format!("cannot read: {e}")))?;
        let content = String::from_utf8(bytes).map_err(|e| {
            SourceError::new(
                &path,
                0,
                format!(
                    "not UTF-8 text (bad byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        Ok(SourceFile { path, content })
    };
    // Every file is read, so every unreadable one is named at once.
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for name in names.iter().filter(|n| n.ends_with(".txt")) {
        match read(name) {
            Ok(file) => articles.push(file),
            Err(e) => errors.push(e),
        }
    }
    let list = if names.iter().any(|n| n == ENTITY_LIST) {
        read(ENTITY_LIST).map_err(|e| errors.push(e)).ok()
    } else {
        None
    };
    if articles.is_empty() && errors.is_empty() {
        errors.push(SourceError::new(
            shown,
            0,
            "no `*.txt` articles in the folder",
        ));
    }
    if errors.is_empty() {
        Ok((articles, list))
    } else {
        Err(errors)
    }
}

/// The environment variable that points the build at another corpus folder (the
/// benchmarks use it).
pub const CORPUS_DIR_VAR: &str = "CORPUS_DIR";

/// The corpus folder and how messages name it: `root/corpus`, or `override_dir`
/// (the value of [`CORPUS_DIR_VAR`]) when set.
pub fn corpus_folder(root: &Path, override_dir: Option<String>) -> (std::path::PathBuf, String) {
    match override_dir {
        Some(d) => (d.clone().into(), d),
        None => (root.join("corpus"), "corpus".to_string()),
    }
}

/// Reads the folder with [`load_dir`] and builds its index.
pub fn build_dir(dir: &Path, shown: &str) -> Result<(Index, Report), Vec<SourceError>> {
    let (articles, list) = load_dir(dir, shown)?;
    build(&articles, list.as_ref())
}

/// Builds the index. Reports every error found in every file, not just the first.
pub fn build(
    articles: &[SourceFile],
    entity_list: Option<&SourceFile>,
) -> Result<(Index, Report), Vec<SourceError>> {
    let mut errors = Vec::new();
    let mut report = Report::default();
    let mut documents = Vec::new();
    for file in articles {
        match build_document(file) {
            Ok((doc, file_report)) => {
                documents.push(doc);
                report.files.push(file_report);
            }
            Err(e) => errors.extend(e),
        }
    }
    let list = match entity_list {
        Some(f) => list::parse_list(&f.path, &f.content).unwrap_or_else(|e| {
            errors.extend(e);
            EntityList::default()
        }),
        None => EntityList::default(),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let (entities, entity_report) = find_entities(&documents, &list);
    report.entities = entities.len();
    report.mentions = entities.iter().map(|e| e.mentions.len()).sum();
    report.entity_report = entity_report;
    let dates = find_dates(&documents);
    report.dates = dates.len();
    Ok((Index::new(documents, entities, dates), report))
}

/// One article: front matter checked, cleaned, its text assembled into
/// paragraphs and sentences, titled and folded. Every problem found is returned,
/// each naming the file and line.
fn build_document(file: &SourceFile) -> Result<(Document, FileReport), Vec<SourceError>> {
    let path = file.path.as_str();
    let (fm, body) = frontmatter::parse(path, &file.content).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut err = |line: usize, msg: String| errors.push(SourceError::new(path, line, msg));
    let value = |key: &str| fm.get(key).map(|f| f.value.clone());

    check_url(&fm, &mut err);
    let (date, basis) = stated_date(&fm, &mut err);
    let overrides = Overrides {
        drop: fm.all("drop").map(|f| f.value.clone()).collect(),
        keep: fm.all("keep").map(|f| f.value.clone()).collect(),
    };
    let title = value("title");
    let cleaned = clean::clean(body, fm.body_line, title.as_deref(), &overrides);
    for unused in &cleaned.unused_overrides {
        let line = fm
            .fields
            .iter()
            .find(|f| f.value == *unused)
            .map_or(0, |f| f.line);
        err(line, format!("{unused:?} matches no line of the article"));
    }
    if cleaned.paragraphs.is_empty() {
        err(
            fm.body_line,
            "nothing is left of the article after cleaning".into(),
        );
    }
    let mut notes: Vec<String> = fm
        .unknown
        .iter()
        .map(|f| {
            format!(
                "line {}: `{}` is not used by the explorer (ignored)",
                f.line, f.key
            )
        })
        .collect();
    let (published, basis) = publication(&fm, date, basis, cleaned.dateline, &mut err, &mut notes);
    if !errors.is_empty() {
        return Err(errors);
    }

    let (text, paragraphs) = assemble(&cleaned.paragraphs);
    let sentence_spans: Vec<Span> = paragraphs
        .iter()
        .flat_map(|p| sentences(&text, p.span))
        .collect();
    let (title, title_derived) = title_of(title, &text, &paragraphs, &mut notes);
    let (folded, fold_map) = fold(&text);
    let word_count = word_count(&folded);
    let id = Path::new(path)
        .file_stem()
        .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned());
    let report = FileReport {
        path: path.to_string(),
        paragraphs: paragraphs.len(),
        removed: cleaned.removed,
        notes,
    };
    Ok((
        Document {
            id,
            source: path.to_string(),
            title,
            title_derived,
            outlet: value("outlet"),
            url: value("url"),
            published,
            published_basis: basis,
            date_note: value("date_note"),
            text,
            folded,
            fold_map,
            paragraphs,
            sentences: sentence_spans,
            word_count,
        },
        report,
    ))
}

/// `url`, when given, is a web address.
fn check_url(fm: &FrontMatter, err: &mut impl FnMut(usize, String)) {
    if let Some(url) = fm.get("url") {
        if !(url.value.starts_with("https://") || url.value.starts_with("http://")) {
            err(
                url.line,
                format!(
                    "`url` must start with https:// or http://, found {:?}",
                    url.value
                ),
            );
        }
    }
}

/// The front matter's `date` and how it is known (`date_basis`, with a
/// `date_note` for an inferred date).
fn stated_date(
    fm: &FrontMatter,
    err: &mut impl FnMut(usize, String),
) -> (Option<PartialDate>, DateBasis) {
    let date = fm
        .get("date")
        .and_then(|f| match PartialDate::parse_iso(&f.value) {
            Some(d) => Some(d),
            None => {
                err(
                    f.line,
                    format!(
                        "`date` must be YYYY, YYYY-MM or YYYY-MM-DD (a real day), found {:?}",
                        f.value
                    ),
                );
                None
            }
        });
    let basis = match (fm.get("date"), fm.get("date_basis")) {
        (Some(_), Some(b)) => match b.value.as_str() {
            "stated" => DateBasis::Stated,
            "inferred" => {
                if fm.get("date_note").is_none() {
                    err(
                        b.line,
                        "an inferred date needs a `date_note` saying from what text".into(),
                    );
                }
                DateBasis::Inferred
            }
            other => {
                err(
                    b.line,
                    format!("`date_basis` must be `stated` or `inferred`, found {other:?}"),
                );
                DateBasis::Unknown
            }
        },
        // A date alone is the date the page states (as Hugo and Jekyll write it).
        (Some(_), None) => DateBasis::Stated,
        (None, Some(b)) => {
            err(b.line, "`date_basis` without a `date`".into());
            DateBasis::Unknown
        }
        (None, None) => DateBasis::Unknown,
    };
    (date, basis)
}

/// The publication date: the stated one (which a dateline must not
/// contradict), else the dateline's.
fn publication(
    fm: &FrontMatter,
    date: Option<PartialDate>,
    basis: DateBasis,
    dateline: Option<PartialDate>,
    err: &mut impl FnMut(usize, String),
    notes: &mut Vec<String>,
) -> (Option<PartialDate>, DateBasis) {
    match (date, dateline) {
        (Some(d), Some(line)) if basis == DateBasis::Stated && d != line => {
            let at = fm.get("date").map_or(0, |f| f.line);
            err(
                at,
                format!("`date: {d}` contradicts the article's dateline {line}"),
            );
            (Some(d), basis)
        }
        (Some(d), _) => (Some(d), basis),
        (None, Some(line)) => {
            notes.push(format!("publication date {line} taken from the dateline"));
            (Some(line), DateBasis::Stated)
        }
        (None, None) => (None, DateBasis::Unknown),
    }
}

/// The article's text, paragraphs separated by blank lines, and their spans.
fn assemble(cleaned: &[clean::CleanParagraph]) -> (String, Vec<Paragraph>) {
    let mut text = String::new();
    let mut ranges = Vec::new();
    for p in cleaned {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&p.text);
        ranges.push((start, text.len(), p.kind));
    }
    let paragraphs = ranges
        .into_iter()
        .map(|(s, e, kind)| Paragraph {
            span: Span::new(&text, s, e),
            kind,
        })
        .collect();
    (text, paragraphs)
}

/// The title, and whether it was made from the lede because the front matter
/// gives none.
fn title_of(
    title: Option<String>,
    text: &str,
    paragraphs: &[Paragraph],
    notes: &mut Vec<String>,
) -> (String, bool) {
    let headline_found = paragraphs
        .first()
        .is_some_and(|p| p.kind == ParaKind::Headline);
    match title {
        Some(t) => {
            if !headline_found {
                notes.push(
                    "headline not found in the text; the title comes from the front matter".into(),
                );
            }
            (t, false)
        }
        None => {
            let lede = paragraphs
                .iter()
                .find(|p| p.kind != ParaKind::Caption)
                .expect("an article has a paragraph");
            let first = sentences(text, lede.span)[0].slice(text);
            notes.push("no title: made from the first sentence".into());
            (shorten(first, 90), true)
        }
    }
}

/// Cuts `s` at a word boundary to at most `max` chars, adding an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// Every temporal expression of every paragraph, resolved against its
/// document's publication date, in document and text order.
fn find_dates(documents: &[Document]) -> Vec<DateMention> {
    let mut out = Vec::new();
    for (d, doc) in documents.iter().enumerate() {
        for p in &doc.paragraphs {
            let base = p.span.start();
            for t in expressions::extract(p.span.slice(&doc.text), doc.published) {
                out.push(DateMention {
                    doc: d as u32,
                    span: Span::new(&doc.text, base + t.start, base + t.end),
                    value: t.value,
                    kind: t.kind,
                    modifier: t.modifier,
                    interval: t.interval.map(|(a, b)| (a as i32, b as i32)),
                });
            }
        }
    }
    out
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for file in &self.files {
            writeln!(
                f,
                "{}: kept {} paragraphs, removed {}",
                file.path,
                file.paragraphs,
                file.removed.len()
            )?;
            for r in &file.removed {
                let lines = if r.last_line > r.line {
                    format!("{}-{}", r.line, r.last_line)
                } else {
                    r.line.to_string()
                };
                writeln!(
                    f,
                    "  line {lines:>7}  {:<40} {}",
                    r.reason.describe(),
                    shorten(&r.text, 60)
                )?;
            }
            for n in &file.notes {
                writeln!(f, "  note: {n}")?;
            }
        }
        writeln!(
            f,
            "entities: {} found, {} mentions",
            self.entities, self.mentions
        )?;
        let e = &self.entity_report;
        if !e.unmatched.is_empty() {
            writeln!(f, "  listed but in no article: {}", e.unmatched.join(", "))?;
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
        writeln!(f, "dates: {} expressions", self.dates)
    }
}
