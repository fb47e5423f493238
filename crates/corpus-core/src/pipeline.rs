//! The ingestion pipeline: article files and the entity list in, an [`Index`] and a
//! human-readable [`Report`] out. Pure apart from [`load_dir`].

use crate::clean::{self, Overrides, ParaKind, Removal};
use crate::dates::{self, PartialDate};
use crate::entities::{self, EntityDef};
use crate::error::SourceError;
use crate::fold::{fold, fold_str};
use crate::frontmatter;
use crate::index::{DateBasis, DateMention, Document, Entity, Index, Mention, Paragraph};
use crate::span::Span;
use crate::text;
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
    pub unmatched_entities: Vec<String>,
    pub dates: usize,
}

/// The entity list's file name inside the corpus folder.
pub const ENTITY_LIST: &str = "entities.list";

/// Reads every `*.txt` article (sorted by name) and the entity list from `dir`.
/// `shown` is how the folder is named in messages (e.g. `corpus`).
pub fn load_dir(
    dir: &Path,
    shown: &str,
) -> Result<(Vec<SourceFile>, Option<SourceFile>), SourceError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| SourceError::new(shown, 0, format!("cannot read the folder: {e}")))?;
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
    let mut articles = Vec::new();
    for name in names.iter().filter(|n| n.ends_with(".txt")) {
        articles.push(read(name)?);
    }
    if articles.is_empty() {
        return Err(SourceError::new(
            shown,
            0,
            "no `*.txt` articles in the folder",
        ));
    }
    let list = if names.iter().any(|n| n == ENTITY_LIST) {
        Some(read(ENTITY_LIST)?)
    } else {
        None
    };
    Ok((articles, list))
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
    let (articles, list) = load_dir(dir, shown).map_err(|e| vec![e])?;
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
    let defs = match entity_list {
        Some(f) => entities::parse_list(&f.path, &f.content).unwrap_or_else(|e| {
            errors.extend(e);
            Vec::new()
        }),
        None => Vec::new(),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let (entities, unmatched) = find_entities(&documents, &defs);
    report.entities = entities.len();
    report.mentions = entities.iter().map(|e| e.mentions.len()).sum();
    report.unmatched_entities = unmatched;
    let dates = find_dates(&documents);
    report.dates = dates.len();
    Ok((Index::new(documents, entities, dates), report))
}

fn build_document(file: &SourceFile) -> Result<(Document, FileReport), Vec<SourceError>> {
    let path = file.path.as_str();
    let (fm, body) = frontmatter::parse(path, &file.content).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut err = |line: usize, msg: String| errors.push(SourceError::new(path, line, msg));
    let value = |key: &str| fm.get(key).map(|f| f.value.clone());

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
        (Some(d), None) => {
            err(
                d.line,
                "`date` needs a `date_basis: stated` or `date_basis: inferred` line".into(),
            );
            DateBasis::Unknown
        }
        (None, Some(b)) => {
            err(b.line, "`date_basis` without a `date`".into());
            DateBasis::Unknown
        }
        (None, None) => DateBasis::Unknown,
    };
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
    let mut notes = Vec::new();
    let (published, basis) = match (date, cleaned.dateline) {
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
    };
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut text = String::new();
    let mut paragraphs = Vec::new();
    for p in &cleaned.paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&p.text);
        paragraphs.push((start, text.len(), p.kind));
    }
    let paragraphs: Vec<Paragraph> = paragraphs
        .into_iter()
        .map(|(s, e, kind)| Paragraph {
            span: Span::new(&text, s, e),
            kind,
        })
        .collect();
    let sentences = paragraphs
        .iter()
        .flat_map(|p| text::sentences(&text, p.span))
        .collect();
    let headline_found = paragraphs
        .first()
        .is_some_and(|p| p.kind == ParaKind::Headline);
    let (title, title_derived) = match title {
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
            let first = text::sentences(&text, lede.span)[0].slice(&text);
            notes.push("no title: made from the first sentence".into());
            (shorten(first, 90), true)
        }
    };
    let (folded, fold_map) = fold(&text);
    let words = crate::text::word_count(&folded);
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
            sentences,
            words,
        },
        report,
    ))
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

fn find_entities(documents: &[Document], defs: &[EntityDef]) -> (Vec<Entity>, Vec<String>) {
    let matcher = entities::Matcher::new(defs);
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); defs.len()];
    for (d, doc) in documents.iter().enumerate() {
        for (e, span) in matcher.find(&doc.text, &doc.folded, &doc.fold_map) {
            mentions[e].push(Mention {
                doc: d as u32,
                span,
            });
        }
    }
    let mut out = Vec::new();
    let mut unmatched = Vec::new();
    for (def, mentions) in defs.iter().zip(mentions) {
        if mentions.is_empty() {
            unmatched.push(def.name.clone());
            continue;
        }
        let mut variants: Vec<(String, usize)> = Vec::new();
        for m in &mentions {
            let form = m.span.slice(&documents[m.doc as usize].text);
            match variants.iter_mut().find(|(v, _)| v == form) {
                Some((_, n)) => *n += 1,
                None => variants.push((form.to_string(), 1)),
            }
        }
        variants.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out.push(Entity {
            id: slug(&def.name),
            name: def.name.clone(),
            kind: def.kind,
            variants: variants.into_iter().map(|(v, _)| v).collect(),
            mentions,
        });
    }
    out.sort_by(|a, b| {
        (b.doc_count(), b.mentions.len())
            .cmp(&(a.doc_count(), a.mentions.len()))
            .then_with(|| a.name.cmp(&b.name))
    });
    (out, unmatched)
}

/// "Aleksandar Vučić" → "aleksandar-vucic".
pub fn slug(name: &str) -> String {
    let folded = fold_str(name);
    let parts: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    parts.join("-")
}

fn find_dates(documents: &[Document]) -> Vec<DateMention> {
    let mut out = Vec::new();
    for (d, doc) in documents.iter().enumerate() {
        for p in &doc.paragraphs {
            let base = p.span.start();
            for t in dates::extract(p.span.slice(&doc.text), doc.published) {
                out.push(DateMention {
                    doc: d as u32,
                    span: Span::new(&doc.text, base + t.start, base + t.end),
                    value: t.value,
                    kind: t.kind,
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
        if !self.unmatched_entities.is_empty() {
            writeln!(
                f,
                "  listed but in no article: {}",
                self.unmatched_entities.join(", ")
            )?;
        }
        writeln!(f, "dates: {} expressions", self.dates)
    }
}
