//! The ingestion pipeline: article files and the entity list in, an [`Index`] and a
//! human-readable [`Report`] out. Pure apart from [`load_dir`].

use crate::ingest::clean::{self, Overrides, Removal};
use crate::ingest::frontmatter::{self, FrontMatter};
use crate::ingest::layout::Layout;
use crate::ingest::markdown;
use crate::ingest::settings;
use crate::ingest::stories;
use crate::model::error::SourceError;
use crate::model::index::{CorpusInfo, DateBasis, DateMention, Document, Index, Paragraph};
use crate::model::kinds::ParaKind;
use crate::model::remark::Remark;
use crate::names::list::{self, EntityList};
use crate::names::passes::find_entities;
use crate::parallel;
use crate::quotes::find_quotes;
use crate::text::fold::{fold, fold_str};
use crate::text::language;
use crate::text::sentences::sentences;
use crate::text::shorten;
use crate::text::span::Span;
use crate::text::tokens::word_count;
use crate::time::calendar::PartialDate;
use crate::time::expressions;
use std::path::Path;

pub use crate::ingest::folder::{load_dir, Format, ENTITY_LIST};
pub use crate::ingest::report::{FileReport, Report, WARN_SHARE_PERCENT};
pub use crate::ingest::source::SourceFile;

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
    let folder = load_dir(dir, shown)?;
    let folder_name = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let settings = folder
        .settings
        .as_ref()
        .map(|f| (f.path.as_str(), f.content.as_str()));
    let info = settings::corpus_info(&folder_name, settings);
    let built = build(&folder.articles, folder.list.as_ref());
    let ((info, notes), (mut index, mut report)) = match (info, built) {
        (Ok(info), Ok(built)) => (info, built),
        (info, built) => {
            return Err(info
                .err()
                .into_iter()
                .chain(built.err())
                .flatten()
                .collect())
        }
    };
    index.info = info;
    settle_languages(&mut index, &report.files);
    report.skipped = folder.skipped;
    report.settings_notes = notes;
    let mut errors = Vec::new();
    for file in &folder.stories {
        match stories::read(file, &index) {
            Ok((story, warnings)) => {
                index.stories.push(story);
                report.story_warnings.extend(warnings);
            }
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((index, report))
}

/// Builds the index. Reports every error found in every file, not just the first.
pub fn build(
    articles: &[SourceFile],
    entity_list: Option<&SourceFile>,
) -> Result<(Index, Report), Vec<SourceError>> {
    let mut errors = Vec::new();
    let mut built = Vec::new();
    for each in parallel::map_in_order(articles, |_, file| build_document(file)) {
        match each {
            Ok(b) => built.push(b),
            Err(e) => errors.extend(e),
        }
    }
    let list = entity_list_of(entity_list, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(index_of(built, &list))
}

/// The entity list read from `file`, if any; its errors added to `errors`
/// (and an empty list in its place).
pub fn entity_list_of(file: Option<&SourceFile>, errors: &mut Vec<SourceError>) -> EntityList {
    let Some(f) = file else {
        return EntityList::default();
    };
    list::parse_list(&f.path, &without_bidi_controls(&f.content).0).unwrap_or_else(|e| {
        errors.extend(e);
        EntityList::default()
    })
}

/// The index of articles built one by one ([`build_document`]), in that
/// order: the names and dates found across them, and the report.
pub fn index_of(built: Vec<(Document, FileReport)>, list: &EntityList) -> (Index, Report) {
    let mut report = Report::default();
    let (documents, files): (Vec<Document>, Vec<FileReport>) = built.into_iter().unzip();
    report.files = files;
    let (entities, entity_report) = find_entities(&documents, list);
    report.entities = entities.len();
    report.mentions = entities.iter().map(|e| e.mentions.len()).sum();
    report.entity_report = entity_report;
    let dates = find_dates(&documents);
    report.dates = dates.len();
    report.repeats = repeated_articles(&documents);
    let quotes = find_quotes(&documents, &entities);
    report.quotes = quotes.len();
    let mut index = Index::new(documents, entities, dates);
    index.quotes = quotes;
    (index, report)
}

/// One article: front matter checked, cleaned, its text assembled into
/// paragraphs and sentences, titled and folded. Every problem found is returned,
/// each naming the file and line.
pub fn build_document(file: &SourceFile) -> Result<(Document, FileReport), Vec<SourceError>> {
    let (content, bidi) = without_bidi_controls(&file.content);
    let file = &SourceFile {
        content,
        ..file.clone()
    };
    // A file named otherwise (tests, generated corpora) is plain text.
    let format = Format::of(&file.relative).unwrap_or(Format::Text);
    let (fm, body, read_note) = front_matter_and_body(file, format)?;
    let mut errors = Vec::new();
    let mut err = |line: usize, why: Remark| errors.push(SourceError::new(&file.path, line, why));
    let (url, url_note) = web_address(&fm);
    let (date, basis) = stated_date(&fm, &mut err);
    let language = stated_language(&fm, &mut err);
    let overrides = Overrides {
        drop: fm.all("drop").map(|f| f.value.clone()).collect(),
        keep: fm.all("keep").map(|f| f.value.clone()).collect(),
    };
    let title = fm.get("title").map(|f| f.value.clone());
    let cleaned = clean_body(
        format,
        body.as_ref(),
        fm.body_line,
        title.as_deref(),
        &overrides,
    );
    check_cleaned(&fm, &cleaned, &mut err);
    let mut notes = file_notes(file, bidi, [read_note, url_note], &fm);
    let found = FoundDates {
        page: cleaned.dateline,
        news: cleaned.news_date,
    };
    let (published, basis) = publication(&fm, date, basis, found, &mut err, &mut notes);
    if !errors.is_empty() {
        return Err(errors);
    }
    let stated = Stated {
        title,
        url,
        published,
        basis,
        language,
    };
    Ok(document(file, &fm, cleaned, stated, notes))
}

/// What the front matter (or the page) says of an article, checked.
struct Stated {
    title: Option<String>,
    url: Option<String>,
    published: Option<PartialDate>,
    basis: DateBasis,
    language: Option<String>,
}

/// What reading the file noticed: another encoding, bidirectional controls,
/// the reader's own notes (`read`: the saved page's, the address's), keys
/// the explorer does not use.
fn file_notes(
    file: &SourceFile,
    bidi: usize,
    read: [Option<Remark>; 2],
    fm: &FrontMatter,
) -> Vec<Remark> {
    let mut notes: Vec<Remark> = file.notes.clone();
    if bidi > 0 {
        notes.push(Remark::BidiRemoved(bidi));
    }
    notes.extend(read.into_iter().flatten());
    notes.extend(
        fm.unknown
            .iter()
            .map(|f| Remark::NotUsed(f.line, f.key.clone())),
    );
    notes
}

/// The document of a cleaned article: its text assembled into paragraphs
/// and sentences, titled and folded; with what was done to it.
fn document(
    file: &SourceFile,
    fm: &FrontMatter,
    cleaned: clean::Cleaned,
    stated: Stated,
    mut notes: Vec<Remark>,
) -> (Document, FileReport) {
    let value = |key: &str| fm.get(key).map(|f| f.value.clone());
    let (text, paragraphs) = assemble(&cleaned.paragraphs);
    let sentence_spans: Vec<Span> = paragraphs
        .iter()
        .flat_map(|p| sentences(&text, p.span))
        .collect();
    let (title, title_derived) = title_of(stated.title, &text, &paragraphs, &mut notes);
    let (folded, fold_map) = fold(&text);
    let language_stated = stated.language.is_some();
    let language = stated
        .language
        .or_else(|| language::detect(&text).map(String::from))
        .unwrap_or_else(|| UNDETERMINED.into());
    let report = FileReport {
        path: file.path.clone(),
        paragraphs: paragraphs.len(),
        warnings: shape_warnings(&cleaned.removed, text.split_whitespace().count()),
        removed: cleaned.removed,
        notes,
        language_stated,
    };
    let document = Document {
        id: file.id(),
        source: file.relative.clone(),
        title,
        title_derived,
        outlet: value("outlet"),
        byline: value("author").or(cleaned.byline),
        url: stated.url,
        published: stated.published,
        published_basis: stated.basis,
        date_note: value("date_note"),
        language,
        word_count: word_count(&folded),
        text,
        folded,
        fold_map,
        paragraphs,
        sentences: sentence_spans,
    };
    (document, report)
}

/// The front matter's `url` when it is a web address (its scheme in any case:
/// HTTPS://EXAMPLE.COM/ is one), else a note saying why no link is shown.
fn web_address(fm: &FrontMatter) -> (Option<String>, Option<Remark>) {
    let Some(u) = fm.get("url") else {
        return (None, None);
    };
    let scheme = u
        .value
        .split_once("://")
        .map(|(s, _)| s.to_ascii_lowercase());
    if matches!(scheme.as_deref(), Some("https" | "http")) {
        (Some(u.value.clone()), None)
    } else {
        let note = Remark::NotAWebAddress(u.line, u.value.clone());
        (None, Some(note))
    }
}

/// Errors in what cleaning did: an override matching no line, nothing left.
fn check_cleaned(fm: &FrontMatter, cleaned: &clean::Cleaned, err: &mut impl FnMut(usize, Remark)) {
    for unused in &cleaned.unused_overrides {
        let line = fm
            .fields
            .iter()
            .find(|f| f.value == *unused)
            .map_or(0, |f| f.line);
        err(line, Remark::OverrideUnused(unused.clone()));
    }
    if cleaned.paragraphs.is_empty() {
        err(fm.body_line, Remark::NothingLeft);
    }
}

/// The explicit bidirectional controls: embeddings, overrides and isolates
/// (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). Unbalanced, one reverses the
/// text after it, the app's own words included ("Out\u{202E}let"). The marks
/// LRM and RLM stay: they only nudge neutral characters.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` without bidirectional controls, and how many there were.
pub fn without_bidi_controls(text: &str) -> (String, usize) {
    let n = text.chars().filter(|&c| is_bidi_control(c)).count();
    if n == 0 {
        return (text.to_string(), 0);
    }
    (text.chars().filter(|&c| !is_bidi_control(c)).collect(), n)
}

/// A file's front matter and body. A saved page's come from its metadata and
/// its article, found by Readability, with a note on how much of the page that is.
fn front_matter_and_body(
    file: &SourceFile,
    format: Format,
) -> Result<(FrontMatter, std::borrow::Cow<'_, str>, Option<Remark>), Vec<SourceError>> {
    if format == Format::Html {
        return saved_page(file);
    }
    let (fm, body) = frontmatter::parse(&file.path, &file.content).map_err(|e| vec![e])?;
    Ok((fm, body.into(), None))
}

#[cfg(feature = "html")]
fn saved_page(
    file: &SourceFile,
) -> Result<(FrontMatter, std::borrow::Cow<'_, str>, Option<Remark>), Vec<SourceError>> {
    let page = crate::ingest::html::extract(&file.content)
        .map_err(|e| vec![SourceError::new(&file.path, 0, e)])?;
    let kept = page.markdown.split_whitespace().count();
    let note = Remark::SavedPage(kept, page.page_words);
    Ok((page.front_matter, page.markdown.into(), Some(note)))
}

#[cfg(not(feature = "html"))]
fn saved_page(
    file: &SourceFile,
) -> Result<(FrontMatter, std::borrow::Cow<'_, str>, Option<Remark>), Vec<SourceError>> {
    Err(vec![SourceError::new(
        &file.path,
        0,
        Remark::PagesAtBuildOnly,
    )])
}

/// Cleans a body by its file's format: plain text as it is, Markdown (and a
/// saved page's article) made plain first, what that leaves out reported with
/// the removals.
fn clean_body(
    format: Format,
    body: &str,
    first_line: usize,
    title: Option<&str>,
    overrides: &Overrides,
) -> clean::Cleaned {
    if format == Format::Text {
        return clean::clean(body, first_line, title, overrides, Layout::Detect);
    }
    let md = markdown::to_text(body);
    let mut cleaned = clean::clean(
        &md.text,
        first_line,
        title,
        overrides,
        Layout::LinePerParagraph,
    );
    for (line, what) in md.dropped {
        cleaned.removed.push(Removal {
            line: first_line + line - 1,
            last_line: first_line + line - 1,
            reason: clean::Reason::Markup,
            words: 0,
            text: what,
        });
    }
    cleaned.removed.sort_by_key(|r| r.line);
    if format == Format::Html {
        // Lines of the extracted article are not lines of the page.
        for r in &mut cleaned.removed {
            (r.line, r.last_line) = (0, 0);
        }
    }
    cleaned
}

/// The front matter's `date` and how it is known (`date_basis`, with a
/// `date_note` for an inferred date).
/// The tag of a language not known.
pub const UNDETERMINED: &str = "und";

/// The front matter's `language`, checked to be a language tag.
fn stated_language(fm: &FrontMatter, err: &mut impl FnMut(usize, Remark)) -> Option<String> {
    let f = fm.get("language")?;
    if language::is_language_tag(&f.value) {
        return Some(f.value.clone());
    }
    err(f.line, Remark::BadLanguage(f.value.clone()));
    None
}

/// Sets the corpus's language and its articles': a language `corpus.toml`
/// states (`info.language` not empty) is every article's that does not state
/// its own; else the corpus's language is its articles' most common one.
/// (`files` are the reports of the documents, in their order.)
pub fn settle_languages(index: &mut Index, files: &[FileReport]) {
    let stated = index.info.language.clone();
    if !stated.is_empty() {
        for (d, _) in index
            .documents
            .iter_mut()
            .zip(files)
            .filter(|(_, f)| !f.language_stated)
        {
            d.language = stated.clone();
        }
        return;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for d in index
        .documents
        .iter()
        .filter(|d| d.language != UNDETERMINED)
    {
        match counts.iter_mut().find(|(t, _)| *t == d.language) {
            Some((_, n)) => *n += 1,
            None => counts.push((&d.language, 1)),
        }
    }
    // The most common; of equals, the first met.
    let most = counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(t, _)| t.to_string());
    index.info.language = most.unwrap_or_else(|| CorpusInfo::default().language);
}

fn stated_date(
    fm: &FrontMatter,
    err: &mut impl FnMut(usize, Remark),
) -> (Option<PartialDate>, DateBasis) {
    let date = fm.get("date").and_then(|f| {
        match PartialDate::parse_iso(frontmatter::date_part(&f.value)) {
            Some(d) => Some(d),
            None => {
                err(f.line, Remark::BadDate(f.value.clone()));
                None
            }
        }
    });
    let basis = match (fm.get("date"), fm.get("date_basis")) {
        (Some(_), Some(b)) => match b.value.as_str() {
            "stated" => DateBasis::Stated,
            "inferred" => {
                if fm.get("date_note").is_none() {
                    err(b.line, Remark::InferredWithoutNote);
                }
                DateBasis::Inferred
            }
            other => {
                err(b.line, Remark::BadDateBasis(other.to_string()));
                DateBasis::Unknown
            }
        },
        // A date alone is the date the page states (as Hugo and Jekyll write it).
        (Some(_), None) => DateBasis::Stated,
        (None, Some(b)) => {
            err(b.line, Remark::BasisWithoutDate);
            DateBasis::Unknown
        }
        (None, None) => DateBasis::Unknown,
    };
    (date, basis)
}

/// Dates the text gives: a date on a line of its own (the page's date), and a
/// news dateline's (the day the story was filed, usually the same).
struct FoundDates {
    page: Option<PartialDate>,
    news: Option<PartialDate>,
}

/// The publication date: the stated one (which the page's own date line must
/// not contradict), else the page's date line, else the news dateline's.
fn publication(
    fm: &FrontMatter,
    date: Option<PartialDate>,
    basis: DateBasis,
    found: FoundDates,
    err: &mut impl FnMut(usize, Remark),
    notes: &mut Vec<Remark>,
) -> (Option<PartialDate>, DateBasis) {
    match (date, found.page, found.news) {
        (Some(d), Some(line), _) if basis == DateBasis::Stated && d != line => {
            let at = fm.get("date").map_or(0, |f| f.line);
            err(
                at,
                Remark::DatelineContradicts(d.to_string(), line.to_string()),
            );
            (Some(d), basis)
        }
        (Some(d), _, Some(news)) if news != d => {
            notes.push(Remark::NewsDatelineDiffers(news.to_string(), d.to_string()));
            (Some(d), basis)
        }
        (Some(d), _, _) => (Some(d), basis),
        (None, Some(line), _) => {
            notes.push(Remark::DateFromDateline(line.to_string()));
            (Some(line), DateBasis::Stated)
        }
        (None, None, Some(news)) => {
            notes.push(Remark::DateFromNewsDateline(news.to_string()));
            (Some(news), DateBasis::Stated)
        }
        (None, None, None) => (None, DateBasis::Unknown),
    }
}

/// A warning for each rule that went by shape alone and removed more than
/// [`WARN_SHARE_PERCENT`] of the file's words (`kept` words are left).
fn shape_warnings(removed: &[Removal], kept: usize) -> Vec<Remark> {
    let total = kept + removed.iter().map(|r| r.words).sum::<usize>();
    let mut by_reason: Vec<(clean::Reason, usize)> = Vec::new();
    for r in removed.iter().filter(|r| r.reason.by_shape()) {
        match by_reason.iter_mut().find(|(reason, _)| *reason == r.reason) {
            Some((_, words)) => *words += r.words,
            None => by_reason.push((r.reason, r.words)),
        }
    }
    by_reason
        .into_iter()
        .filter(|&(_, words)| words * 100 > total * WARN_SHARE_PERCENT)
        .map(|(reason, words)| {
            Remark::RemovedByShape(words * 100 / total.max(1), reason, words, total)
        })
        .collect()
}

/// Pairs of articles with the same text or the same title: probably one
/// article saved twice.
fn repeated_articles(documents: &[Document]) -> Vec<Remark> {
    use std::collections::HashMap;
    let mut out = Vec::new();
    let mut texts: HashMap<&str, &str> = HashMap::new();
    let mut titles: HashMap<String, &str> = HashMap::new();
    for d in documents {
        if let Some(first) = texts.insert(&d.folded, &d.source) {
            out.push(Remark::SameText(d.source.clone(), first.to_string()));
        } else if let Some(first) = titles.insert(fold_str(&d.title), &d.source) {
            out.push(Remark::SameTitle(d.source.clone(), first.to_string()));
        }
    }
    out
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
    notes: &mut Vec<Remark>,
) -> (String, bool) {
    let headline_found = paragraphs
        .first()
        .is_some_and(|p| p.kind == ParaKind::Headline);
    match title {
        Some(t) => {
            if !headline_found {
                notes.push(Remark::HeadlineNotFound);
            }
            (t, false)
        }
        None => {
            let lede = paragraphs
                .iter()
                .find(|p| p.kind != ParaKind::Caption)
                .expect("an article has a paragraph");
            let first = sentences(text, lede.span)[0].slice(text);
            notes.push(Remark::TitleFromFirstSentence);
            (shorten(first, 90), true)
        }
    }
}

/// Every temporal expression of every paragraph, resolved against its
/// document's publication date, in document and text order.
fn find_dates(documents: &[Document]) -> Vec<DateMention> {
    parallel::map_in_order(documents, dates_of)
        .into_iter()
        .flatten()
        .collect()
}

/// Every temporal expression of document `d`, in text order.
fn dates_of(d: usize, doc: &Document) -> Vec<DateMention> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let base = p.span.start();
        let text = p.span.slice(&doc.text);
        for t in expressions::extract_in(text, doc.published, &doc.language) {
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
    out
}
