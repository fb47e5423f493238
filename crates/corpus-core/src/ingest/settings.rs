//! A corpus folder's settings, `corpus.toml` (optional):
//!
//! ```toml
//! title = "Kosovo–Serbia tensions: a news corpus"
//! description = "Five articles from 2022–23 on the tensions and NATO's KFOR."
//! language = "en"
//! interface = "sr-Latn"
//! file_name = "kosovo-explorer"
//! ```
//!
//! Every key is optional. Without a title the folder's name is the title;
//! without a file name the title makes one; without a language each article's
//! own is used (its front matter's, else detected); without an interface
//! language (`en`, `sr-Latn`, `sr-Cyrl`, `sq`) the reader's browser chooses.
//! Unknown keys are reported, not fatal.

use crate::i18n::Locale;
use crate::model::error::SourceError;
use crate::model::index::CorpusInfo;
use crate::model::remark::Remark;
use crate::text::language::is_language_tag;

/// The keys `corpus.toml` may hold.
pub const KEYS: &[&str] = &["title", "description", "language", "interface", "file_name"];

/// The corpus's info from its settings file (`path` names it in messages), or
/// made from `folder_name` alone when there is none; with notes on keys not
/// used.
pub fn corpus_info(
    folder_name: &str,
    settings: Option<(&str, &str)>,
) -> Result<(CorpusInfo, Vec<Remark>), Vec<SourceError>> {
    // No language until one is stated: the pipeline then takes the articles'.
    let mut info = CorpusInfo {
        title: title_from_folder(folder_name),
        language: String::new(),
        ..CorpusInfo::default()
    };
    let mut notes = Vec::new();
    let Some((path, content)) = settings else {
        info.file_name = file_name_from(&info.title);
        return Ok((info, notes));
    };
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let table: toml::Table = content.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map_or(0, |s| line_of(content, s.start));
        let why = Remark::NotToml(e.message().trim().to_string());
        vec![SourceError::new(path, line, why)]
    })?;
    let mut errors = Vec::new();
    let mut file_name = None;
    for (key, value) in &table {
        let line = key_line(content, key);
        let Some(text) = value.as_str().map(str::trim) else {
            if KEYS.contains(&key.as_str()) {
                errors.push(SourceError::new(path, line, Remark::NotText(key.clone())));
            } else {
                notes.push(Remark::NotUsed(line, key.clone()));
            }
            continue;
        };
        match apply(&mut info, &mut file_name, key, text) {
            Ok(true) => {}
            Ok(false) => notes.push(Remark::NotUsed(line, key.clone())),
            Err(why) => errors.push(SourceError::new(path, line, why)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    info.file_name = file_name.unwrap_or_else(|| file_name_from(&info.title));
    if info.file_name.is_empty() {
        info.file_name = CorpusInfo::default().file_name;
    }
    Ok((info, notes))
}

/// Sets `key` to `text` (a file name in `file_name`, made safe); false for a
/// key not used, an error's message for a value not allowed.
fn apply(
    info: &mut CorpusInfo,
    file_name: &mut Option<String>,
    key: &str,
    text: &str,
) -> Result<bool, Remark> {
    match key {
        _ if text.is_empty() && KEYS.contains(&key) => return Err(Remark::Empty(key.to_string())),
        "title" => info.title = text.to_string(),
        "description" => info.description = Some(text.to_string()),
        "language" if is_language_tag(text) => info.language = text.to_string(),
        "language" => return Err(Remark::BadLanguage(text.to_string())),
        "interface" => match Locale::from_tag(text) {
            Some(locale) => info.interface = locale.tag().to_string(),
            None => return Err(Remark::BadInterface(text.to_string())),
        },
        "file_name" => {
            let name = file_name_from(text);
            if name.is_empty() {
                return Err(Remark::BadFileName(text.to_string()));
            }
            *file_name = Some(name);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// "kosovo_articles" → "Kosovo articles".
pub(crate) fn title_from_folder(name: &str) -> String {
    let words: Vec<&str> = name
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => CorpusInfo::default().title,
    }
}

/// A name safe for a file on every system: lower-case ASCII letters, digits
/// and hyphens ("Kosovo–Serbia tensions" → "kosovo-serbia-tensions").
fn file_name_from(text: &str) -> String {
    let ascii = deaccent(text);
    let parts: Vec<&str> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .take(6)
        .collect();
    parts.join("-").to_ascii_lowercase()
}

/// Accents off ("Vučić" → "Vucic") by the same folding search uses.
fn deaccent(text: &str) -> String {
    crate::text::fold::fold_str(text)
}

pub(crate) fn line_of(content: &str, at: usize) -> usize {
    1 + content[..at.min(content.len())].matches('\n').count()
}

/// The line a top-level key is set on (0 when it cannot be found).
fn key_line(content: &str, key: &str) -> usize {
    content
        .lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .or_else(|| l.strip_prefix(&format!("\"{key}\"")))
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(settings: Option<&str>, expected: (&str, Option<&str>, &str, &str)) {
        let (info, _) = corpus_info("my_articles", settings.map(|s| ("corpus.toml", s))).unwrap();
        let got = (
            info.title.as_str(),
            info.description.as_deref(),
            info.language.as_str(),
            info.file_name.as_str(),
        );
        assert_eq!(got, expected, "{settings:?}");
    }

    fn check_err(settings: &str, expected: &str) {
        let errs = corpus_info("x", Some(("corpus.toml", settings))).unwrap_err();
        let got: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(got, [expected]);
    }

    #[test]
    fn defaults_come_from_the_folder_and_the_title() {
        // No language stated: the pipeline takes the articles' (settle_languages).
        check(None, ("My articles", None, "", "my-articles"));
        check(
            Some("title = \"Kosovo–Serbia tensions: a news corpus\"\nlanguage = \"sr-Latn\"\n"),
            (
                "Kosovo–Serbia tensions: a news corpus",
                None,
                "sr-Latn",
                "kosovo-serbia-tensions-a-news-corpus",
            ),
        );
        check(
            Some("\u{feff}description = \"Five articles.\"\nfile_name = \"Kosovo Explorer\"\n"),
            ("My articles", Some("Five articles."), "", "kosovo-explorer"),
        );
    }

    #[test]
    fn the_interface_language_is_one_the_interface_speaks() {
        let interface = |toml: &str| {
            corpus_info("x", Some(("corpus.toml", toml)))
                .unwrap()
                .0
                .interface
        };
        assert_eq!(interface("interface = \"sr-latn\"\n"), "sr-Latn");
        assert_eq!(interface("interface = \"sq-XK\"\n"), "sq");
        assert_eq!(interface("title = \"x\"\n"), "");
    }

    #[test]
    fn errors_name_the_line_and_unknown_keys_are_notes() {
        check_err(
            "title = \"a\"\nlanguage = 3\n",
            "corpus.toml:2: “language” must be text in quotes",
        );
        check_err("interface = \"de\"\n", "corpus.toml:1: “interface” must be one of the interface's languages (“en”, “sr-Latn”, “sr-Cyrl”, “sq”), found “de”");
        check_err("title = \"a\"\nlanguage = \"english!\"\n", "corpus.toml:2: “language” must be a language tag like “en”, “sr-Latn” or “sq”, found “english!”");
        check_err(
            "title = \"a\"\ntitle = \"b\"\n",
            "corpus.toml:2: not valid TOML: duplicate key `title` in document root",
        );
        check_err(
            "title = \"\"\n",
            "corpus.toml:1: “title” is empty; leave the line out instead",
        );
        let (_, notes) = corpus_info(
            "x",
            Some(("corpus.toml", "title = \"a\"\nauthor = \"me\"\n")),
        )
        .unwrap();
        assert_eq!(notes, [Remark::NotUsed(2, "author".into())]);
    }
}
