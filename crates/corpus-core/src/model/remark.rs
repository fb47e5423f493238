//! What ingestion says about an input file — an error, a warning or a note —
//! as a value ([`Remark`]) said in the interface's words when shown
//! ([`Remark::message`]): the build's log in English, the report on a
//! reader's own articles in the language of the page. The texts are the
//! interface table's ([`crate::i18n::messages`]), so each is written once.
//!
//! Values stay as the file has them (a key, a date, a file's name); a
//! library's own message (TOML's, the file system's) is carried as it
//! comes, in English, inside the sentence of the reader's language.

use super::kinds::Reason;
use super::link_problem::LinkProblem;
use crate::i18n::{Msg, Texts};
use serde::{Deserialize, Serialize};

/// One thing ingestion says about a file, with its values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Remark {
    // Reading files and folders.
    /// The folder cannot be read (the system's reason).
    CannotReadFolder(String),
    /// A file or folder cannot be read (the system's reason).
    CannotRead(String),
    /// No article in the folder (the extensions read).
    NoArticles(String),
    /// Left out by its name: hidden.
    Hidden,
    /// Left out by its name: a backup or temporary file.
    Backup,
    /// Left out by its name: a README.
    Readme,
    /// Left out: a link to a place outside the folder.
    LinkOutside(String),
    /// Left out: a folder already read (a link back).
    LinkBack,
    /// Left out: not an article (the extensions read).
    NotAnArticle(String),
    /// Starts with a byte-order mark but is not valid in its encoding.
    NotValidText(String),
    /// Read as Windows-1252: not UTF-8 from this line on.
    NotUtf8(usize),
    /// Two articles with one id: the id, the other file.
    SameId(String, String),
    /// Too large for the page: the bytes of articles, the most it opens.
    TooLargeForPage(u64, u64),

    // The front matter and the settings.
    /// The front matter is never closed (by this fence).
    NeverClosed(String),
    /// A key given twice.
    GivenTwice(String),
    /// A key with no value.
    NoValue(String),
    /// A line that is not `key: value` (the line).
    NotKeyValue(String),
    /// TOML that cannot be read (the library's reason).
    NotToml(String),
    /// A key the explorer does not use, on a line.
    NotUsed(usize, String),
    /// A setting that must be text.
    NotText(String),
    /// A setting or field left empty.
    Empty(String),
    /// `language` not a language tag (the value).
    BadLanguage(String),
    /// `interface` not an interface language (the value).
    BadInterface(String),
    /// `file_name` without a letter or digit (the value).
    BadFileName(String),
    /// `url` not a web address: the line, the value.
    NotAWebAddress(usize, String),
    /// `date` not a date (the value).
    BadDate(String),
    /// `date_basis` neither `stated` nor `inferred` (the value).
    BadDateBasis(String),
    /// `date_basis: inferred` without a `date_note`.
    InferredWithoutNote,
    /// `date_basis` without a `date`.
    BasisWithoutDate,
    /// The stated date and the article's dateline: both dates.
    DatelineContradicts(String, String),
    /// The news dateline's date and the date kept.
    NewsDatelineDiffers(String, String),
    /// The publication date taken from the dateline.
    DateFromDateline(String),
    /// The publication date taken from the news dateline.
    DateFromNewsDateline(String),

    // The text.
    /// Bidirectional control characters removed (how many).
    BidiRemoved(usize),
    /// A saved page: the words of the article kept, the page's words.
    SavedPage(usize, usize),
    /// A saved page that cannot be read (the library's reason).
    PageUnreadable(String),
    /// A saved page without an article (the library's reason).
    NoArticleInPage(String),
    /// A saved page opened in the browser, where pages are not read.
    PagesAtBuildOnly,
    /// A `drop:` or `keep:` line matching no line (its text).
    OverrideUnused(String),
    /// Nothing left after cleaning.
    NothingLeft,
    /// A rule going by shape alone removed much: percent, rule, words
    /// removed, words in all.
    RemovedByShape(usize, Reason, usize, usize),
    /// The title is the front matter's; the text has no headline.
    HeadlineNotFound,
    /// No title: made from the first sentence.
    TitleFromFirstSentence,
    /// Probably one article twice: same text (this file, the first).
    SameText(String, String),
    /// Probably one article twice: same title (this file, the first).
    SameTitle(String, String),

    // The entity list.
    /// A line not of the list's shape.
    NotAListLine,
    /// `not:` with an empty name.
    EmptyName,
    /// An entity line with an empty name or alias.
    EmptyNameOrAlias,
    /// `;` with nothing after it.
    EmptyDescription,
    /// A kind not known (as written).
    UnknownKind(String),
    /// A name listed on another line too: the name, that line.
    AlreadyListed(String, usize),
    /// A name without a letter or digit to make an id from.
    NoId(String),
    /// Two entities making one id: the name, the id, the other's line.
    SameEntityId(String, String, usize),
    /// Listed, and in no article (the name).
    ListedNotFound(String),

    // Stories.
    /// A key a story's file does not use.
    KeyIgnored(String),
    /// A story without a step.
    NoSteps,
    /// `step` not written as `[[step]]` tables.
    StepsNotTables,
    /// Step n without a view.
    StepWithoutView(usize),
    /// What step n's view could not use.
    StepView(usize, LinkProblem),
    /// Step n answers without a question.
    AnswerWithoutQuestion(usize),

    // Why a whole file was set aside.
    /// The entity list has errors and was not used (this one).
    ListNotUsed(Box<Remark>),
    /// The settings have errors and were not used (this one).
    SettingsNotUsed(Box<Remark>),
}

impl Remark {
    /// In the interface's words: "`date_basis` without a `date`".
    pub fn message(&self, t: &Texts) -> String {
        self.about_files(t)
            .or_else(|| self.about_fields(t))
            .or_else(|| self.about_text(t))
            .or_else(|| self.about_stories(t))
            .unwrap_or_default()
    }

    /// What is said of reading files and folders, if it is that.
    fn about_files(&self, t: &Texts) -> Option<String> {
        use Remark::*;
        let n = |v: &usize| t.number(*v);
        Some(match self {
            CannotReadFolder(why) => t.fill(Msg::CannotReadFolder, &[why]),
            CannotRead(why) => t.fill(Msg::CannotRead, &[why]),
            NoArticles(ext) => t.fill(Msg::NoArticles, &[ext]),
            Hidden => t.get(Msg::LeftOutHidden).into(),
            Backup => t.get(Msg::LeftOutBackup).into(),
            Readme => t.get(Msg::LeftOutReadme).into(),
            LinkOutside(to) => t.fill(Msg::LeftOutLinkOutside, &[to]),
            LinkBack => t.get(Msg::LeftOutLinkBack).into(),
            NotAnArticle(ext) => t.fill(Msg::LeftOutNotAnArticle, &[ext]),
            NotValidText(encoding) => t.fill(Msg::NotValidText, &[encoding]),
            NotUtf8(line) => t.fill(Msg::NotUtf8, &[&n(line)]),
            SameId(id, other) => t.fill(Msg::SameId, &[id, other]),
            TooLargeForPage(bytes, limit) => {
                // In megabytes, to a tenth.
                let mb = |b: &u64| t.tenths(b.div_ceil(100_000));
                t.fill(Msg::TooLargeForPage, &[&mb(bytes), &mb(limit)])
            }
            ListNotUsed(r) => t.fill(Msg::ListNotUsed, &[&r.message(t)]),
            SettingsNotUsed(r) => t.fill(Msg::SettingsNotUsed, &[&r.message(t)]),
            _ => return None,
        })
    }

    /// What is said of the front matter and the settings, if it is that.
    fn about_fields(&self, t: &Texts) -> Option<String> {
        use Remark::*;
        Some(match self {
            NeverClosed(fence) => t.fill(Msg::NeverClosed, &[fence]),
            GivenTwice(key) => t.fill(Msg::GivenTwice, &[key]),
            NoValue(key) => t.fill(Msg::NoValue, &[key]),
            NotKeyValue(line) => t.fill(Msg::NotKeyValue, &[line]),
            NotToml(why) => t.fill(Msg::NotToml, &[why]),
            NotUsed(line, key) => t.fill(Msg::KeyNotUsed, &[&t.number(*line), key]),
            NotText(key) => t.fill(Msg::NotTextInQuotes, &[key]),
            Empty(key) => t.fill(Msg::KeyEmpty, &[key]),
            BadLanguage(v) => t.fill(Msg::BadLanguageTag, &[v]),
            BadInterface(v) => t.fill(Msg::BadInterfaceSetting, &[v]),
            BadFileName(v) => t.fill(Msg::BadFileName, &[v]),
            NotAWebAddress(line, v) => t.fill(Msg::NotAWebAddress, &[&t.number(*line), v]),
            BadDate(v) => t.fill(Msg::BadDateField, &[v]),
            BadDateBasis(v) => t.fill(Msg::BadDateBasis, &[v]),
            InferredWithoutNote => t.get(Msg::InferredWithoutNote).into(),
            BasisWithoutDate => t.get(Msg::BasisWithoutDate).into(),
            DatelineContradicts(d, line) => t.fill(Msg::DatelineContradicts, &[d, line]),
            NewsDatelineDiffers(news, d) => t.fill(Msg::NewsDatelineDiffers, &[news, d]),
            DateFromDateline(d) => t.fill(Msg::DateFromDateline, &[d]),
            DateFromNewsDateline(d) => t.fill(Msg::DateFromNewsDateline, &[d]),
            _ => return None,
        })
    }

    /// What is said of the text and of the entity list, if it is that.
    fn about_text(&self, t: &Texts) -> Option<String> {
        use Remark::*;
        let n = |v: &usize| t.number(*v);
        Some(match self {
            BidiRemoved(count) => t.count(Msg::BidiRemoved, *count),
            SavedPage(kept, all) => t.fill(Msg::SavedPage, &[&n(kept), &n(all)]),
            PageUnreadable(why) => t.fill(Msg::PageUnreadable, &[why]),
            NoArticleInPage(why) => t.fill(Msg::NoArticleInPage, &[why]),
            PagesAtBuildOnly => t.get(Msg::PagesAtBuildOnly).into(),
            OverrideUnused(line) => t.fill(Msg::OverrideUnused, &[line]),
            NothingLeft => t.get(Msg::NothingLeft).into(),
            RemovedByShape(percent, reason, words, all) => t.fill(
                Msg::RemovedByShape,
                &[&n(percent), reason.name(t), &n(words), &n(all)],
            ),
            HeadlineNotFound => t.get(Msg::HeadlineNotFound).into(),
            TitleFromFirstSentence => t.get(Msg::TitleFromFirstSentence).into(),
            SameText(this, first) => t.fill(Msg::SameText, &[this, first]),
            SameTitle(this, first) => t.fill(Msg::SameTitle, &[this, first]),
            NotAListLine => t.get(Msg::NotAListLine).into(),
            EmptyName => t.get(Msg::EmptyName).into(),
            EmptyNameOrAlias => t.get(Msg::EmptyNameOrAlias).into(),
            EmptyDescription => t.get(Msg::EmptyDescription).into(),
            UnknownKind(kind) => t.fill(Msg::UnknownKind, &[kind]),
            AlreadyListed(name, line) => t.fill(Msg::AlreadyListed, &[name, &n(line)]),
            NoId(name) => t.fill(Msg::NoId, &[name]),
            SameEntityId(name, id, line) => t.fill(Msg::SameEntityId, &[name, id, &n(line)]),
            ListedNotFound(name) => t.fill(Msg::ListedNotFound, &[name]),
            _ => return None,
        })
    }
}

impl Remark {
    /// What is said of a story's file, if it is that.
    fn about_stories(&self, t: &Texts) -> Option<String> {
        use Remark::*;
        let n = |v: &usize| t.number(*v);
        Some(match self {
            KeyIgnored(key) => t.fill(Msg::KeyIgnored, &[key]),
            NoSteps => t.get(Msg::StoryNoSteps).into(),
            StepsNotTables => t.get(Msg::StepsNotTables).into(),
            StepWithoutView(step) => t.fill(Msg::StepWithoutView, &[&n(step)]),
            StepView(step, problem) => t.fill(Msg::StepView, &[&n(step), &problem.message(t)]),
            AnswerWithoutQuestion(step) => t.fill(Msg::AnswerWithoutQuestion, &[&n(step)]),
            _ => return None,
        })
    }
}

impl std::fmt::Display for Remark {
    /// In English, as the build's log says it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&Texts::english()))
    }
}

#[cfg(all(test, feature = "translations"))]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn check(remark: Remark, locale: Locale, expected: &str) {
        assert_eq!(remark.message(&Texts::new(locale)), expected, "{remark:?}");
    }

    #[test]
    fn said_in_each_language_with_its_values() {
        check(
            Remark::BasisWithoutDate,
            Locale::En,
            "“date_basis” without a “date”",
        );
        check(
            Remark::BasisWithoutDate,
            Locale::SrCyrl,
            "„date_basis“ без поља „date“",
        );
        check(
            Remark::NotAnArticle(".txt, .md".into()),
            Locale::SrLatn,
            "izostavljeno: nije članak (čitaju se samo datoteke .txt, .md)",
        );
        check(
            Remark::AlreadyListed("Kurti".into(), 1234),
            Locale::Sq,
            "„Kurti“ është renditur tashmë në rreshtin 1234",
        );
        check(
            Remark::TooLargeForPage(123_456_789, 100_000_000),
            Locale::SrLatn,
            "123,5 MB članaka, više od 100 MB koliko stranica otvara odjednom: napravite od njih zaseban istraživač (cargo xtask dist --corpus FOLDER, vidite vodič), koji otvara arhivu bilo koje veličine",
        );
        check(
            Remark::BidiRemoved(3),
            Locale::SrLatn,
            "uklonjena su 3 znaka za smer teksta (ugrađivanja, preinačenja, izolacije: mogu da obrnu tekst oko sebe)",
        );
        check(
            Remark::RemovedByShape(48, Reason::Duplicate, 12, 25),
            Locale::En,
            "cleaning removed 48% of its words (12 of 25) as repeated block, by shape alone",
        );
        check(
            Remark::SettingsNotUsed(Box::new(Remark::Empty("title".into()))),
            Locale::Sq,
            "„title“ është bosh; më mirë hiqeni rreshtin (parametrat nuk u përdorën)",
        );
    }

    /// One of each kind, with values to find in what is said.
    fn every_kind() -> Vec<Remark> {
        use Remark::*;
        let v = || "VALUE".to_string();
        vec![
            CannotReadFolder(v()),
            CannotRead(v()),
            NoArticles(v()),
            Hidden,
            Backup,
            Readme,
            LinkOutside(v()),
            LinkBack,
            NotAnArticle(v()),
            NotValidText(v()),
            NotUtf8(7),
            SameId(v(), v()),
            TooLargeForPage(7_000_000, 100_000_000),
            NeverClosed(v()),
            GivenTwice(v()),
            NoValue(v()),
            NotKeyValue(v()),
            NotToml(v()),
            NotUsed(7, v()),
            NotText(v()),
            Empty(v()),
            BadLanguage(v()),
            BadInterface(v()),
            BadFileName(v()),
            NotAWebAddress(7, v()),
            BadDate(v()),
            BadDateBasis(v()),
            InferredWithoutNote,
            BasisWithoutDate,
            DatelineContradicts(v(), v()),
            NewsDatelineDiffers(v(), v()),
            DateFromDateline(v()),
            DateFromNewsDateline(v()),
            BidiRemoved(7),
            SavedPage(7, 7),
            PageUnreadable(v()),
            NoArticleInPage(v()),
            PagesAtBuildOnly,
            OverrideUnused(v()),
            NothingLeft,
            RemovedByShape(7, Reason::Teaser, 7, 7),
            HeadlineNotFound,
            TitleFromFirstSentence,
            SameText(v(), v()),
            SameTitle(v(), v()),
            NotAListLine,
            EmptyName,
            EmptyNameOrAlias,
            EmptyDescription,
            UnknownKind(v()),
            AlreadyListed(v(), 7),
            NoId(v()),
            SameEntityId(v(), v(), 7),
            ListedNotFound(v()),
            ListNotUsed(Box::new(EmptyName)),
            SettingsNotUsed(Box::new(Empty(v()))),
            KeyIgnored(v()),
            NoSteps,
            StepsNotTables,
            StepWithoutView(7),
            StepView(7, LinkProblem::NoName(v())),
            AnswerWithoutQuestion(7),
        ]
    }

    /// The number of `remark`'s kind: a kind added to [`Remark`] does not
    /// compile here until it has one, and then fails the test below until
    /// [`every_kind`] has an example of it.
    fn kind_number(remark: &Remark) -> usize {
        use Remark::*;
        match remark {
            CannotReadFolder(..) => 0,
            CannotRead(..) => 1,
            NoArticles(..) => 2,
            Hidden => 3,
            Backup => 4,
            Readme => 5,
            LinkOutside(..) => 6,
            LinkBack => 7,
            NotAnArticle(..) => 8,
            NotValidText(..) => 9,
            NotUtf8(..) => 10,
            SameId(..) => 11,
            NeverClosed(..) => 12,
            GivenTwice(..) => 13,
            NoValue(..) => 14,
            NotKeyValue(..) => 15,
            NotToml(..) => 16,
            NotUsed(..) => 17,
            NotText(..) => 18,
            Empty(..) => 19,
            BadLanguage(..) => 20,
            BadInterface(..) => 21,
            BadFileName(..) => 22,
            NotAWebAddress(..) => 23,
            BadDate(..) => 24,
            BadDateBasis(..) => 25,
            InferredWithoutNote => 26,
            BasisWithoutDate => 27,
            DatelineContradicts(..) => 28,
            NewsDatelineDiffers(..) => 29,
            DateFromDateline(..) => 30,
            DateFromNewsDateline(..) => 31,
            BidiRemoved(..) => 32,
            SavedPage(..) => 33,
            PageUnreadable(..) => 34,
            NoArticleInPage(..) => 35,
            PagesAtBuildOnly => 36,
            OverrideUnused(..) => 37,
            NothingLeft => 38,
            RemovedByShape(..) => 39,
            HeadlineNotFound => 40,
            TitleFromFirstSentence => 41,
            SameText(..) => 42,
            SameTitle(..) => 43,
            NotAListLine => 44,
            EmptyName => 45,
            EmptyNameOrAlias => 46,
            EmptyDescription => 47,
            UnknownKind(..) => 48,
            AlreadyListed(..) => 49,
            NoId(..) => 50,
            SameEntityId(..) => 51,
            ListedNotFound(..) => 52,
            KeyIgnored(..) => 53,
            NoSteps => 54,
            StepsNotTables => 55,
            StepWithoutView(..) => 56,
            StepView(..) => 57,
            AnswerWithoutQuestion(..) => 58,
            ListNotUsed(..) => 59,
            SettingsNotUsed(..) => 60,
            TooLargeForPage(..) => 61,
        }
    }
    const KINDS: usize = 62;

    #[test]
    fn every_kind_has_an_example() {
        let mut listed: Vec<usize> = every_kind().iter().map(kind_number).collect();
        listed.sort();
        listed.dedup();
        assert_eq!(listed, (0..KINDS).collect::<Vec<_>>());
    }

    #[test]
    fn every_remark_is_said_in_every_language_with_its_values() {
        let english = Texts::english();
        for locale in Locale::ALL {
            let t = Texts::new(locale);
            for remark in every_kind() {
                let said = remark.message(&t);
                let debug = format!("{remark:?}");
                for value in ["VALUE", "7"] {
                    assert_eq!(
                        said.contains(value),
                        debug.contains(value),
                        "{locale:?} {debug}: {said}"
                    );
                }
                if locale != Locale::En {
                    assert_ne!(said, remark.message(&english), "{locale:?} {debug}");
                }
            }
        }
    }
}
