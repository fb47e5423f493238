//! Articles opened in the page: files handed over one by one (chosen, or a
//! folder dropped), each read and built as it comes so the reader sees
//! progress, then the names and dates found across them. The same steps as a
//! build from a folder ([`build_dir`](crate::ingest::pipeline::build_dir)),
//! but a file with an error is left out and reported instead of stopping the
//! rest: a reader in a classroom cannot fix a file and rebuild.

use crate::ingest::folder::{decode, extensions_listed, skipped_name, Format, SETTINGS};
use crate::ingest::pipeline::{
    build_document, entity_list_of, index_of, settle_languages, FileReport, SourceFile, ENTITY_LIST,
};
use crate::ingest::settings;
use crate::ingest::stories::{self, story_name};
use crate::model::error::SourceError;
use crate::model::index::{Document, Index};
use crate::model::remark::Remark;
use serde::{Deserialize, Serialize};

/// How much a problem matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Level {
    /// The file (or the list, or the settings) was left out.
    Error,
    /// Read, but something looks wrong: most of it removed, a repeat, a file
    /// that is not an article.
    Warning,
    /// Worth knowing: another encoding, a field not used, a hidden file skipped.
    Note,
}

/// One line of the report: a file (and a line in it, 0 for the whole file)
/// and what happened, said in the reader's language when shown
/// ([`Remark::message`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub level: Level,
    pub file: String,
    pub line: u32,
    pub remark: Remark,
}

impl Problem {
    fn new(level: Level, file: &str, line: usize, remark: Remark) -> Problem {
        Problem {
            level,
            file: file.to_string(),
            line: line as u32,
            remark,
        }
    }

    fn error(e: SourceError) -> Problem {
        Problem::at(Level::Error, e)
    }

    fn at(level: Level, e: SourceError) -> Problem {
        Problem::new(level, &e.file, e.line, e.remark)
    }

    /// "a.txt:3", or "a.txt" for the whole file (empty for files chosen one
    /// by one, none of which could be read).
    pub fn place(&self) -> String {
        if self.line == 0 {
            self.file.clone()
        } else {
            format!("{}:{}", self.file, self.line)
        }
    }
}

/// What opening the files did, for the reader: how many articles are in the
/// explorer and every problem, errors first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opening {
    /// Articles read into the index.
    pub articles: u32,
    /// Files handed over.
    pub files: u32,
    pub problems: Vec<Problem>,
}

impl Opening {
    /// Encoded to hand from the ingestion module to the app (postcard).
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("the report encodes")
    }

    pub fn decode(bytes: &[u8]) -> Result<Opening, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("the report is damaged: {e}"))
    }

    /// How many problems of `level` there are.
    pub fn count(&self, level: Level) -> usize {
        self.problems.iter().filter(|p| p.level == level).count()
    }
}

/// The title of articles opened without a folder or a title of their own,
/// when the reader's language gives none.
pub const UNTITLED: &str = "Your articles";

/// Files being opened.
#[derive(Default)]
pub struct Opened {
    /// The folder every path starts with (a folder dropped or chosen): its
    /// name titles the corpus and is left out of the documents' paths.
    folder: Option<String>,
    /// The title of files without a folder ("Your articles", "Vaši članci").
    untitled: String,
    built: Vec<(Document, FileReport)>,
    list: Option<SourceFile>,
    settings: Option<SourceFile>,
    /// Stories (`stories/NAME.toml`), read once the articles are.
    stories: Vec<SourceFile>,
    files: u32,
    problems: Vec<Problem>,
    /// The bytes of articles handed over (or read, past the limit) and the
    /// number of files, when more than [`PAGE_LIMIT`]: then none is read,
    /// or no more ([`Opened::weigh`], [`Opened::add`]).
    too_large: Option<(u64, u32)>,
    /// The files weighed, and the bytes of the articles' text built so far.
    weighed: u32,
    text: u64,
    /// A limit other than [`PAGE_LIMIT`] (tests).
    limit: Option<u64>,
}

/// The most bytes of articles the page opens at once, about 20,000 news
/// articles: twice the 10,000 (53 MB) that Chromium opened here in a minute,
/// its page's process at 0.9 GB (the worker reading, then the page holding
/// the corpus and its word index; a page's WebAssembly has 4 GB at most). A
/// larger corpus is built into an explorer of its own (`cargo xtask dist
/// --corpus`), which has no such limit.
pub const PAGE_LIMIT: u64 = 100_000_000;

/// What [`Opened::add`] does with a file, by its path.
enum FileKind {
    /// Left out by its name (hidden, a backup, a README).
    Skipped(Remark),
    /// Not an article, the list, the settings or a story.
    NotAnArticle,
    List,
    Settings,
    Story,
    Article(Format),
}

/// What a file of `bytes` weighs before reading, by its format: plain text
/// and Markdown their size; a saved page, mostly markup, scripts and styles
/// read and dropped one page at a time, a tenth of it (its article is
/// typically a fiftieth). Pages holding more are stopped as they are read
/// ([`Opened::add`]).
fn weight(format: Format, bytes: u64) -> u64 {
    match format {
        Format::Html => bytes / 10,
        Format::Text | Format::Markdown => bytes,
    }
}

impl Opened {
    /// Ready for the files at `paths` (as the browser names them: `a.txt`,
    /// or `folder/sub/a.txt` for a folder), which [`Opened::add`] then takes
    /// in any order; titled `untitled` (in the reader's language; empty for
    /// [`UNTITLED`]) if they are not in one folder.
    pub fn new<'a>(untitled: &str, paths: impl IntoIterator<Item = &'a str>) -> Opened {
        let untitled = if untitled.trim().is_empty() {
            UNTITLED
        } else {
            untitled.trim()
        };
        Opened {
            folder: common_folder(paths),
            untitled: untitled.to_string(),
            ..Opened::default()
        }
    }

    /// The path inside the corpus folder.
    fn relative<'a>(&self, path: &'a str) -> &'a str {
        match &self.folder {
            Some(f) => path
                .strip_prefix(f.as_str())
                .and_then(|p| p.strip_prefix('/'))
                .unwrap_or(path),
            None => path,
        }
    }

    /// The most bytes of articles opened: [`PAGE_LIMIT`].
    fn limit(&self) -> u64 {
        self.limit.unwrap_or(PAGE_LIMIT)
    }

    /// What [`Opened::add`] does with the file at `path`.
    fn kind(&self, path: &str) -> FileKind {
        let rel = self.relative(path);
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let at_root = !rel.contains('/');
        if let Some(why) = rel.split('/').find_map(skipped_name) {
            return FileKind::Skipped(why);
        }
        match Format::of(name) {
            _ if at_root && name == ENTITY_LIST => FileKind::List,
            _ if at_root && name == SETTINGS => FileKind::Settings,
            _ if story_name(rel).is_some() => FileKind::Story,
            Some(format) => FileKind::Article(format),
            None => FileKind::NotAnArticle,
        }
    }

    /// Weighs the files about to be added (their paths and sizes in bytes):
    /// whether their articles fit in the page ([`PAGE_LIMIT`], a saved page
    /// by the article it may hold). If not, none is to be read, and
    /// [`Opened::finish`] says why.
    pub fn weigh<'a>(&mut self, files: impl IntoIterator<Item = (&'a str, u64)>) -> bool {
        let mut articles = 0;
        for (path, bytes) in files {
            self.weighed += 1;
            if let FileKind::Article(format) = self.kind(path) {
                articles += weight(format, bytes);
            }
        }
        self.too_large = (articles > self.limit()).then_some((articles, self.weighed));
        self.too_large.is_none()
    }

    /// Reads and builds the file at `path`: an article, the entity list or
    /// the settings at the top of the folder; anything else is reported as
    /// left out. Whether to go on: not once the articles' text is past
    /// [`PAGE_LIMIT`] (saved pages holding more than they weighed), when
    /// what was read is let go and [`Opened::finish`] says why.
    pub fn add(&mut self, path: &str, bytes: Vec<u8>) -> bool {
        self.files += 1;
        let kind = match self.kind(path) {
            _ if self.too_large.is_some() => return false,
            FileKind::Skipped(why) => {
                self.problems.push(Problem::new(Level::Note, path, 0, why));
                return true;
            }
            FileKind::NotAnArticle => {
                let why = Remark::NotAnArticle(extensions_listed());
                self.problems
                    .push(Problem::new(Level::Warning, path, 0, why));
                return true;
            }
            kind => kind,
        };
        let rel = self.relative(path).to_string();
        let file = match decode(bytes, path, &rel) {
            Ok(f) => f,
            Err(e) => {
                self.problems.push(Problem::error(e));
                return true;
            }
        };
        match kind {
            FileKind::List => self.list = Some(file),
            FileKind::Settings => self.settings = Some(file),
            FileKind::Story => self.stories.push(file),
            _ => match build_document(&file) {
                Ok(built) => self.read(built),
                Err(errors) => self.problems.extend(errors.into_iter().map(Problem::error)),
            },
        }
        self.too_large.is_none()
    }

    /// Keeps an article read, unless the articles' text is now past
    /// [`PAGE_LIMIT`]: then lets every one go.
    fn read(&mut self, built: (Document, FileReport)) {
        self.text += built.0.text.len() as u64;
        if self.text > self.limit() {
            self.too_large = Some((self.text, self.weighed.max(self.files)));
            self.built = Vec::new();
        } else {
            self.built.push(built);
        }
    }

    /// The index of every article read (none if no article could be), and
    /// the report. The articles are in the order of their paths, as a build
    /// from the same folder orders them.
    pub fn finish(mut self) -> (Option<Index>, Opening) {
        if let Some((bytes, files)) = self.too_large {
            let folder = self.folder.as_deref().unwrap_or_default();
            let why = Remark::TooLargeForPage(bytes, self.limit());
            let opening = Opening {
                articles: 0,
                files,
                problems: vec![Problem::new(Level::Error, folder, 0, why)],
            };
            return (None, opening);
        }
        self.built.sort_by(|(a, _), (b, _)| a.source.cmp(&b.source));
        self.leave_out_same_ids();
        let mut list_errors = Vec::new();
        let list = entity_list_of(self.list.as_ref(), &mut list_errors);
        let settings = self
            .settings
            .as_ref()
            .map(|f| (f.path.as_str(), f.content.as_str()));
        // Files chosen one by one have no folder to be titled after.
        let folder_name = self.folder.clone().unwrap_or_else(|| self.untitled.clone());
        let mut settings_errors = Vec::new();
        let (info, notes) = settings::corpus_info(&folder_name, settings).unwrap_or_else(|e| {
            settings_errors = e;
            settings::corpus_info(&folder_name, None).expect("no settings, no errors")
        });
        for (errors, list) in [(list_errors, true), (settings_errors, false)] {
            self.problems.extend(errors.into_iter().map(|mut e| {
                let why = Box::new(e.remark);
                e.remark = if list {
                    Remark::ListNotUsed(why)
                } else {
                    Remark::SettingsNotUsed(why)
                };
                Problem::error(e)
            }));
        }
        let settings_path = self.settings.as_ref().map(|f| f.path.clone());
        for note in notes {
            let file = settings_path.as_deref().unwrap_or(SETTINGS);
            self.problems.push(Problem::new(Level::Note, file, 0, note));
        }
        let articles = self.built.len() as u32;
        let index = (!self.built.is_empty()).then(|| {
            let (mut index, report) = index_of(std::mem::take(&mut self.built), &list);
            index.info = info;
            settle_languages(&mut index, &report.files);
            self.report(report);
            self.read_stories(&mut index);
            index
        });
        if index.is_none() && !self.problems.iter().any(|p| p.level == Level::Error) {
            self.problems.push(Problem::new(
                Level::Error,
                self.folder.as_deref().unwrap_or_default(),
                0,
                Remark::NoArticles(extensions_listed()),
            ));
        }
        self.problems.sort_by_key(|p| p.level as u8);
        let opening = Opening {
            articles,
            files: self.files,
            problems: self.problems,
        };
        (index, opening)
    }

    /// The stories, in the order of their paths, read against `index`: one
    /// with errors is left out and said so, warnings are said.
    fn read_stories(&mut self, index: &mut Index) {
        self.stories.sort_by(|a, b| a.relative.cmp(&b.relative));
        for file in &self.stories {
            match stories::read(file, index) {
                Ok((story, warnings)) => {
                    index.stories.push(story);
                    let warnings = warnings.into_iter().map(|w| Problem::at(Level::Warning, w));
                    self.problems.extend(warnings);
                }
                Err(errors) => self.problems.extend(errors.into_iter().map(Problem::error)),
            }
        }
    }

    /// Two articles with one id (`a.txt` and `a.md`): the second is left out.
    fn leave_out_same_ids(&mut self) {
        let mut seen: Vec<(String, String)> = Vec::new();
        let problems = &mut self.problems;
        self.built.retain(
            |(doc, report)| match seen.iter().find(|(id, _)| *id == doc.id) {
                Some((_, first)) => {
                    problems.push(Problem::new(
                        Level::Error,
                        &report.path,
                        0,
                        Remark::SameId(doc.id.clone(), first.clone()),
                    ));
                    false
                }
                None => {
                    seen.push((doc.id.clone(), report.path.clone()));
                    true
                }
            },
        );
    }

    /// The build report's notes and warnings, as problems.
    fn report(&mut self, report: crate::ingest::pipeline::Report) {
        for file in report.files {
            for n in file.notes {
                self.problems
                    .push(Problem::new(Level::Note, &file.path, 0, n));
            }
            for w in file.warnings {
                self.problems
                    .push(Problem::new(Level::Warning, &file.path, 0, w));
            }
        }
        for r in report.repeats {
            let file = match &r {
                Remark::SameText(file, _) | Remark::SameTitle(file, _) => file.clone(),
                _ => String::new(),
            };
            self.problems
                .push(Problem::new(Level::Warning, &file, 0, r));
        }
        for unmatched in report.entity_report.unmatched {
            let why = Remark::ListedNotFound(unmatched);
            self.problems
                .push(Problem::new(Level::Note, ENTITY_LIST, 0, why));
        }
    }
}

/// The folder every path is in, if they all are in one (`talks/a.txt`,
/// `talks/2023/b.md` → `talks`).
fn common_folder<'a>(paths: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut folder: Option<&str> = None;
    for path in paths {
        let (first, _) = path.split_once('/')?;
        if folder.is_some_and(|f| f != first) {
            return None;
        }
        folder = Some(first);
    }
    folder.map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(files: &[(&str, &str)]) -> (Option<Index>, Opening) {
        let mut opened = Opened::new("", files.iter().map(|(p, _)| *p));
        for (path, text) in files {
            opened.add(path, text.as_bytes().to_vec());
        }
        opened.finish()
    }

    fn check_folder(paths: &[&str], expected: Option<&str>) {
        assert_eq!(
            common_folder(paths.iter().copied()).as_deref(),
            expected,
            "{paths:?}"
        );
    }

    #[test]
    fn the_folder_is_what_every_path_starts_with() {
        check_folder(&["talks/a.txt", "talks/2023/b.md"], Some("talks"));
        check_folder(&["a.txt", "talks/b.txt"], None);
        check_folder(&["one/a.txt", "two/b.txt"], None);
        check_folder(&["a.txt"], None);
    }

    const ARTICLE: &str = "---\ntitle: Talks resume\noutlet: Wire\ndate: 2023-01-05\n---\n\nKurti met Vučić in Brussels on Monday. The talks resumed.\n";

    #[test]
    fn good_files_are_explored_and_bad_ones_reported() {
        let bad = "---\ntitle: Bad\ndate: 2023-13-45\n---\n\nText here.\n";
        let (index, opening) = open(&[
            ("talks/b.txt", ARTICLE),
            (
                "talks/a.md",
                "# Second\n\nNATO troops arrived in Pristina.\n",
            ),
            ("talks/bad.txt", bad),
            ("talks/notes.pdf", "%PDF"),
            ("talks/.DS_Store", "x"),
        ]);
        let index = index.expect("two articles");
        assert_eq!(index.info.title, "Talks");
        assert_eq!(
            index
                .documents
                .iter()
                .map(|d| d.source.as_str())
                .collect::<Vec<_>>(),
            ["a.md", "b.txt"],
            "in the order of their paths, without the folder"
        );
        assert_eq!((opening.articles, opening.files), (2, 5));
        let first = &opening.problems[0];
        assert_eq!(
            (first.level, first.place().as_str()),
            (Level::Error, "talks/bad.txt:3")
        );
        assert!(opening.problems.iter().any(|p| p.level == Level::Warning
            && p.file == "talks/notes.pdf"
            && matches!(p.remark, Remark::NotAnArticle(_))));
        assert!(opening
            .problems
            .iter()
            .any(|p| p.level == Level::Note && p.file == "talks/.DS_Store"));
        assert_eq!(Opening::decode(&opening.encode()).unwrap(), opening);
    }

    #[test]
    fn settings_and_list_at_the_top_of_the_folder() {
        let (index, opening) = open(&[
            ("f/corpus.toml", "title = \"Border talks\"\n"),
            ("f/entities.list", "person: Albin Kurti | Kurti\n"),
            ("f/a.txt", ARTICLE),
        ]);
        let index = index.unwrap();
        assert_eq!(index.info.title, "Border talks");
        assert!(
            index.entities.iter().any(|e| e.name == "Albin Kurti"),
            "{opening:?}"
        );
    }

    #[test]
    fn a_bad_list_and_bad_settings_are_each_said() {
        let (index, opening) = open(&[
            ("f/corpus.toml", "title = 3\n"),
            ("f/entities.list", "nonsense line\n"),
            ("f/a.txt", ARTICLE),
        ]);
        assert_eq!(index.unwrap().info.title, "F", "the folder titles it");
        let said: Vec<(&str, bool, bool)> = opening
            .problems
            .iter()
            .filter(|p| p.level == Level::Error)
            .map(|p| {
                (
                    p.file.as_str(),
                    matches!(p.remark, Remark::ListNotUsed(_)),
                    matches!(p.remark, Remark::SettingsNotUsed(_)),
                )
            })
            .collect();
        assert_eq!(
            said,
            [
                ("f/entities.list", true, false),
                ("f/corpus.toml", false, true)
            ]
        );
    }

    #[test]
    fn files_without_a_folder_take_the_title_in_the_readers_language() {
        let title = |untitled: &str, paths: &[&str]| {
            let mut opened = Opened::new(untitled, paths.iter().copied());
            for path in paths {
                opened.add(path, ARTICLE.as_bytes().to_vec());
            }
            opened.finish().0.unwrap().info.title
        };
        assert_eq!(title("Vaši članci", &["a.txt"]), "Vaši članci");
        assert_eq!(title("", &["a.txt"]), UNTITLED);
        assert_eq!(title("Vaši članci", &["talks/a.txt"]), "Talks");
    }

    #[test]
    fn articles_too_large_for_the_page_are_refused_before_reading() {
        let check = |files: &[(&str, u64)], fits: bool| {
            let mut opened = Opened::new("", files.iter().map(|(p, _)| *p));
            assert_eq!(opened.weigh(files.iter().copied()), fits, "{files:?}");
            opened
        };
        let half = PAGE_LIMIT / 2;
        check(&[("f/a.txt", half), ("f/b.md", half)], true);
        // Only articles weigh: not what is left out, nor the list; a saved
        // page by the article it may hold.
        check(&[("f/a.txt", half), ("f/b.html", half * 10)], true);
        check(&[("f/a.txt", half), ("f/b.html", half * 10 + 10)], false);
        let others = [".b.txt", "b.txt~", "b.pdf", "entities.list"];
        for other in others {
            let b = format!("f/{other}");
            check(&[("f/a.txt", half), (&b, PAGE_LIMIT)], true);
        }
        let mut refused = check(&[("f/a.txt", half), ("f/b.txt", half + 1)], false);
        // Nothing is read, even if handed over.
        refused.add("f/a.txt", ARTICLE.as_bytes().to_vec());
        let (index, opening) = refused.finish();
        assert!(index.is_none());
        assert_eq!((opening.articles, opening.files), (0, 2));
        let why = Remark::TooLargeForPage(PAGE_LIMIT + 1, PAGE_LIMIT);
        assert_eq!(opening.problems, [Problem::new(Level::Error, "f", 0, why)]);
    }

    #[test]
    fn articles_past_the_limit_as_they_are_read_are_let_go() {
        let mut opened = Opened::new("", ["f/a.txt", "f/b.html", "f/c.txt"]);
        opened.limit = Some(80);
        assert!(opened.weigh([("f/a.txt", 40), ("f/b.html", 300), ("f/c.txt", 10)]));
        let article = |words: &str| format!("---\ntitle: T\n---\n\n{words}\n");
        assert!(opened.add(
            "f/a.txt",
            article("Kurti met Vučić in Brussels.").into_bytes()
        ));
        // A page holding more than it weighed.
        let page = format!(
            "<html><body><article><h1>T</h1><p>{}</p></article></body></html>",
            "Talks went on in Brussels. ".repeat(4)
        );
        assert!(!opened.add("f/b.html", page.into_bytes()));
        assert!(!opened.add("f/c.txt", article("More.").into_bytes()));
        let (index, opening) = opened.finish();
        assert!(index.is_none());
        assert_eq!((opening.articles, opening.files), (0, 3));
        assert!(matches!(
            opening.problems[..],
            [Problem { level: Level::Error, remark: Remark::TooLargeForPage(read, 80), .. }] if read > 80
        ));
    }

    #[test]
    fn nothing_readable_is_an_error() {
        let (index, opening) = open(&[("x/notes.pdf", "%PDF")]);
        assert!(index.is_none());
        assert_eq!(opening.count(Level::Error), 1);
        assert!(matches!(opening.problems[0].remark, Remark::NoArticles(_)));
        let (index, opening) = open(&[("a.txt", ARTICLE), ("a.md", ARTICLE)]);
        assert_eq!(index.unwrap().documents.len(), 1);
        assert!(
            opening.problems[0].remark == Remark::SameId("a".into(), "a.md".into()),
            "{opening:?}"
        );
    }
}
