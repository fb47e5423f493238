//! Front matter: a block of `key: value` lines between two `---` lines at the top of
//! an article file, the form static-site writers already know.

use crate::model::error::SourceError;

/// One `key: value` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    pub value: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// The parsed header and where the body starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontMatter {
    pub fields: Vec<Field>,
    /// Keys this explorer does not use, with their lines: reported, not fatal
    /// (other tools' front matter carries `author`, `tags`, `draft`…).
    pub unknown: Vec<Field>,
    /// 1-based line number of the body's first line.
    pub body_line: usize,
}

impl FrontMatter {
    /// The value of a key that may appear once.
    pub fn get(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// Every value of a key that may repeat (such as `drop`).
    pub fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Field> + 'a {
        self.fields.iter().filter(move |f| f.key == key)
    }
}

/// Keys an article's front matter may use.
pub const KNOWN_KEYS: &[&str] = &[
    "title",
    "outlet",
    "author",
    "url",
    "date",
    "date_basis",
    "date_note",
    "drop",
    "keep",
];

/// Keys that may appear more than once.
const REPEATABLE: &[&str] = &["drop", "keep"];

/// Splits `content` into front matter and body. A file that does not start with
/// `---` has none: its first non-blank line is the title (and stays in the body,
/// where cleaning finds it as the headline).
pub fn parse<'a>(file: &str, content: &'a str) -> Result<(FrontMatter, &'a str), SourceError> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let mut lines = content.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Ok((plain(content), content));
    }
    let mut offset = first.len();
    let mut fields: Vec<Field> = Vec::new();
    let mut unknown: Vec<Field> = Vec::new();
    for (i, raw) in lines.enumerate() {
        let line_no = i + 2;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim_end() == "---" {
            let body = &content[offset..];
            return Ok((
                FrontMatter {
                    fields,
                    unknown,
                    body_line: line_no + 1,
                },
                body,
            ));
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(SourceError::new(
                file,
                line_no,
                format!("expected `key: value`, found {line:?}"),
            ));
        };
        let key = key.trim();
        if !KNOWN_KEYS.contains(&key) {
            unknown.push(Field {
                key: key.to_string(),
                value: unquote(value.trim()),
                line: line_no,
            });
            continue;
        }
        if !REPEATABLE.contains(&key) && fields.iter().any(|f| f.key == key) {
            return Err(SourceError::new(
                file,
                line_no,
                format!("`{key}` is given twice"),
            ));
        }
        let value = unquote(value.trim());
        if value.is_empty() {
            return Err(SourceError::new(
                file,
                line_no,
                format!("`{key}` has no value; leave the line out instead"),
            ));
        }
        fields.push(Field {
            key: key.to_string(),
            value,
            line: line_no,
        });
    }
    Err(SourceError::new(
        file,
        1,
        "the front-matter header is never closed by a `---` line",
    ))
}

/// The front matter of a plain text file: its first non-blank line as the title.
fn plain(content: &str) -> FrontMatter {
    let title = content
        .lines()
        .enumerate()
        .find(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| Field {
            key: "title".into(),
            value: l.trim().to_string(),
            line: i + 1,
        });
    FrontMatter {
        fields: title.into_iter().collect(),
        unknown: Vec::new(),
        body_line: 1,
    }
}

fn unquote(v: &str) -> String {
    let quoted = v.len() >= 2
        && ((v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\'')));
    if quoted {
        v[1..v.len() - 1].to_string()
    } else {
        v.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_err(content: &str, line: usize, needle: &str) {
        let err = parse("a.txt", content).unwrap_err();
        assert_eq!(err.line, line, "{err}");
        assert!(err.message.contains(needle), "{err}");
    }

    #[test]
    fn parses_fields_and_body() {
        let (fm, body) = parse(
            "a.txt",
            "---\ntitle: \"A: B\"\n# comment\ndrop: x\ndrop: y\n---\nBody\n",
        )
        .unwrap();
        assert_eq!(fm.get("title").unwrap().value, "A: B");
        assert_eq!(fm.all("drop").count(), 2);
        assert_eq!(fm.body_line, 7);
        assert_eq!(body, "Body\n");
    }

    #[test]
    fn a_plain_file_is_titled_by_its_first_line() {
        let text = "\n  Kurti asks for troops\nPRISTINA, Aug 17 - Kosovo's prime minister...\n";
        let (fm, body) = parse("a.txt", text).unwrap();
        assert_eq!(
            fm.get("title").map(|f| (f.value.as_str(), f.line)),
            Some(("Kurti asks for troops", 2))
        );
        assert_eq!((fm.body_line, body), (1, text));
        assert!(parse("a.txt", "").unwrap().0.fields.is_empty());
    }

    #[test]
    fn errors_name_the_line() {
        check_err("---\ntitle: a\n", 1, "never closed");
        check_err("---\ntitle a\n---\n", 2, "key: value");
        let (fm, body) = parse("a.txt", "---\ntitle: T\ndraft: false\n---\nBody\n").unwrap();
        assert_eq!(
            (
                fm.fields.len(),
                fm.unknown[0].key.as_str(),
                fm.unknown[0].line
            ),
            (1, "draft", 3)
        );
        assert_eq!(body, "Body\n");
        check_err("---\ntitle: a\ntitle: b\n---\n", 3, "twice");
        check_err("---\nurl:\n---\n", 2, "no value");
    }
}
