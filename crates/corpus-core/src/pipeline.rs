//! The ingestion pipeline: article files and the entity list in, an [`Index`] and a
//! human-readable [`Report`] out. Pure apart from [`load_dir`].

use crate::clean::{self, Overrides, ParaKind, Removal};
use crate::dates::{self, PartialDate};
use crate::entities::{self, EntityKind, EntityList};
use crate::error::SourceError;
use crate::fold::{fold, fold_str};
use crate::frontmatter;
use crate::index::{DateBasis, DateMention, Document, Entity, Index, Mention, Paragraph};
use crate::names;
use crate::span::Span;
use crate::text;
use std::collections::HashMap;
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
    let list = match entity_list {
        Some(f) => entities::parse_list(&f.path, &f.content).unwrap_or_else(|e| {
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

/// What entity finding did beyond the curated list, for the build report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityReport {
    /// Listed entities no article mentions.
    pub unmatched: Vec<String>,
    /// Entities found automatically: "name (kind, N mentions, why)".
    pub found: Vec<String>,
    /// Automatic merges: "variant → entity (why)".
    pub merges: Vec<String>,
    /// Names seen but not made entities, with their mention counts, most first.
    pub unresolved: Vec<(String, usize)>,
    /// Names the list's `not:` lines kept from becoming entities, with counts.
    pub suppressed: std::collections::BTreeMap<String, usize>,
}

/// A name found automatically, gathered over the corpus by its folded form.
struct Found {
    name: String,
    kind: Option<EntityKind>,
    roles: Vec<String>,
    mentions: Vec<Mention>,
    /// The acronym it is defined with, or the long name this acronym stands for.
    defines: Option<String>,
    /// Mentions whose context says place, and organisation (one-word names).
    cues: [u32; 2],
}

fn find_entities(documents: &[Document], list: &EntityList) -> (Vec<Entity>, EntityReport) {
    let defs = &list.entities;
    let matcher = entities::Matcher::new(defs);
    let not: std::collections::HashSet<String> = list.not.iter().map(|n| fold_str(n)).collect();
    let mut report = EntityReport::default();
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); defs.len()];
    let mut roles: Vec<Vec<String>> = vec![Vec::new(); defs.len()];
    // Ordinary words: seen in lower case somewhere, or capitalised only where a
    // sentence starts.
    let starts_of = |doc: &Document| -> Vec<usize> {
        doc.sentences
            .iter()
            .chain(doc.paragraphs.iter().map(|p| &p.span))
            .map(|s| s.start())
            .collect()
    };
    let mut lower = std::collections::HashSet::new();
    let mut capitalised_inside = std::collections::HashSet::new();
    for doc in documents {
        let starts = starts_of(doc);
        for (at, w) in crate::words::words(&doc.text) {
            if !w.chars().any(char::is_uppercase) {
                lower.insert(fold_str(w));
            } else if !names::sentence_initial(&doc.text, &starts, at) {
                capitalised_inside.insert(fold_str(w));
            }
        }
    }
    let is_common = |w: &str| lower.contains(w) || !capitalised_inside.contains(w);
    let mut found: Vec<Found> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (d, doc) in documents.iter().enumerate() {
        let listed = matcher.find(&doc.text, &doc.folded, &doc.fold_map);
        for &(e, span) in &listed {
            mentions[e].push(Mention {
                doc: d as u32,
                span,
            });
        }
        let starts = starts_of(doc);
        for c in names::candidates(&doc.text, &starts, &is_common) {
            // Already a listed entity: only its role is news.
            if let Some(&(e, _)) = listed.iter().find(|(_, s)| s.overlaps(c.span)) {
                if let Some(role) = c.role.filter(|r| !roles[e].contains(r)) {
                    roles[e].push(role);
                }
                continue;
            }
            let name = c.span.slice(&doc.text);
            let key = fold_str(name);
            if not.contains(&key) {
                *report.suppressed.entry(name.to_string()).or_default() += 1;
                continue;
            }
            let f = *by_key.entry(key).or_insert_with(|| {
                found.push(Found {
                    name: name.to_string(),
                    kind: None,
                    roles: Vec::new(),
                    mentions: Vec::new(),
                    defines: None,
                    cues: [0, 0],
                });
                found.len() - 1
            });
            let f = &mut found[f];
            f.kind = f.kind.or(c.kind);
            if let Some(role) = c.role.filter(|r| !f.roles.contains(r)) {
                f.roles.push(role);
            }
            f.defines = f.defines.take().or(c.defines);
            if !name.contains([' ', '-']) {
                match names::kind_by_context(&doc.text, c.span) {
                    Some(EntityKind::Place) => f.cues[0] += 1,
                    Some(EntityKind::Organization) => f.cues[1] += 1,
                    _ => {}
                }
            }
            f.mentions.push(Mention {
                doc: d as u32,
                span: c.span,
            });
        }
    }
    // An acronym and its definition are one entity, named by the long form.
    for i in 0..found.len() {
        let Some(other) = found[i].defines.clone() else {
            continue;
        };
        let Some(&j) = by_key.get(&fold_str(&other)) else {
            continue;
        };
        if i == j || found[j].mentions.is_empty() || found[i].mentions.is_empty() {
            continue;
        }
        let (long, short) = if names::is_acronym(&found[i].name) {
            (j, i)
        } else {
            (i, j)
        };
        let moved = std::mem::take(&mut found[short].mentions);
        report.merges.push(format!(
            "{} → {} (acronym defined in the text)",
            found[short].name, found[long].name
        ));
        found[long].mentions.extend(moved);
        found[long].kind = found[long].kind.or(Some(EntityKind::Organization));
        found[long].defines = Some(found[short].name.clone());
    }
    // Which automatic names become entities: a titled person, a defined acronym,
    // or a name of several words seen twice. Single unknown words (demonyms,
    // sentence openers, products) are left to the list's author.
    let mut entities: Vec<Entity> = Vec::new();
    let mut auto: Vec<(usize, &'static str)> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.mentions.is_empty() {
            continue;
        }
        let words = f.name.split([' ', '-']).count();
        let why = if !f.roles.is_empty() {
            Some("title")
        } else if f.defines.is_some() && words > 1 {
            Some("acronym definition")
        } else if words > 1 && f.mentions.len() >= 2 {
            Some("seen twice")
        } else {
            None
        };
        match why {
            Some(why) => auto.push((i, why)),
            None => report.unresolved.push((f.name.clone(), f.mentions.len())),
        }
    }
    // A lone surname is the person of that name mentioned in the same document.
    let persons: Vec<(usize, String)> = auto
        .iter()
        .filter(|(i, _)| found[*i].kind == Some(EntityKind::Person) && found[*i].name.contains(' '))
        .map(|(i, _)| {
            (
                *i,
                fold_str(found[*i].name.rsplit(' ').next().unwrap_or("")),
            )
        })
        .collect();
    report.unresolved.retain(|(name, _)| {
        let key = fold_str(name);
        let Some(&f) = by_key.get(&key) else {
            return true;
        };
        let Some((p, _)) = persons.iter().find(|(p, last)| {
            *last == key
                && found[f]
                    .mentions
                    .iter()
                    .all(|m| found[*p].mentions.iter().any(|pm| pm.doc == m.doc))
        }) else {
            return true;
        };
        let moved = std::mem::take(&mut found[f].mentions);
        report.merges.push(format!(
            "{name} → {} (surname, same document)",
            found[*p].name
        ));
        found[*p].mentions.extend(moved);
        false
    });
    // A one-word name seen twice whose context says place or organisation ("in
    // Kosovo", "the EU said"), unless it is a demonym of another name ("Serbian").
    let one_word: Vec<&str> = found
        .iter()
        .map(|f| f.name.as_str())
        .chain(
            defs.iter()
                .flat_map(|d| std::iter::once(&d.name).chain(&d.aliases))
                .map(String::as_str),
        )
        .filter(|n| !n.contains(' '))
        .collect();
    let mut promoted = Vec::new();
    report.unresolved.retain(|(name, _)| {
        let Some(&f) = by_key.get(&fold_str(name)) else {
            return true;
        };
        let [place, org] = found[f].cues;
        if found[f].mentions.len() < 2
            || name.contains([' ', '-'])
            || place + org == 0
            || names::is_demonym(name, &one_word)
        {
            return true;
        }
        promoted.push((
            f,
            if place >= org {
                EntityKind::Place
            } else {
                EntityKind::Organization
            },
        ));
        false
    });
    for (f, kind) in promoted {
        found[f].kind = Some(kind);
        auto.push((f, "context"));
    }
    report
        .unresolved
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (def, (mentions, roles)) in defs.iter().zip(mentions.into_iter().zip(roles)) {
        if mentions.is_empty() {
            report.unmatched.push(def.name.clone());
            continue;
        }
        let mut e = entity(documents, &def.name, def.kind, roles, mentions);
        e.description = def.description.clone();
        entities.push(e);
    }
    let listed = entities.len();
    for (i, why) in auto {
        let f = &mut found[i];
        let kind = f.kind.unwrap_or(EntityKind::Other);
        report.found.push(format!(
            "{} ({}, {} mentions, {why})",
            f.name,
            kind.as_str(),
            f.mentions.len()
        ));
        let mentions = std::mem::take(&mut f.mentions);
        entities.push(entity(documents, &f.name, kind, f.roles.clone(), mentions));
    }
    // Misspellings: one edit apart on the folded name, at least 7 letters, same
    // kind; the rarer, found automatically, joins the more frequent.
    let mut i = listed;
    while i < entities.len() {
        let key = fold_str(&entities[i].name);
        let target = (0..entities.len()).find(|&j| {
            j != i
                && entities[j].kind == entities[i].kind
                && entities[j].mentions.len() > entities[i].mentions.len()
                && key.chars().filter(|c| c.is_alphabetic()).count() >= 7
                && names::within_one_edit(&key, &fold_str(&entities[j].name))
        });
        match target {
            Some(j) => {
                let gone = entities.remove(i);
                let j = if j > i { j - 1 } else { j };
                report.merges.push(format!(
                    "{} → {} (one letter apart)",
                    gone.name, entities[j].name
                ));
                let mut all = std::mem::take(&mut entities[j].mentions);
                all.extend(gone.mentions);
                let (name, kind, roles, description) = (
                    entities[j].name.clone(),
                    entities[j].kind,
                    entities[j].roles.clone(),
                    entities[j].description.take(),
                );
                entities[j] = entity(documents, &name, kind, roles, all);
                entities[j].description = description;
            }
            None => i += 1,
        }
    }
    entities.sort_by(|a, b| {
        (b.doc_count(), b.mentions.len())
            .cmp(&(a.doc_count(), a.mentions.len()))
            .then_with(|| a.name.cmp(&b.name))
    });
    (entities, report)
}

/// An entity with its mentions sorted and its spellings counted, most frequent first.
fn entity(
    documents: &[Document],
    name: &str,
    kind: EntityKind,
    roles: Vec<String>,
    mut mentions: Vec<Mention>,
) -> Entity {
    mentions.sort_by_key(|m| (m.doc, m.span.start()));
    mentions.dedup();
    let mut variants: Vec<(String, usize)> = Vec::new();
    for m in &mentions {
        let form = m.span.slice(&documents[m.doc as usize].text);
        match variants.iter_mut().find(|(v, _)| v == form) {
            Some((_, n)) => *n += 1,
            None => variants.push((form.to_string(), 1)),
        }
    }
    variants.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Entity {
        id: slug(name),
        name: name.to_string(),
        kind,
        roles,
        description: None,
        variants: variants.into_iter().map(|(v, _)| v).collect(),
        mentions,
    }
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
                    modifier: t.modifier.map(String::from),
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
