//! Front matter: a block of `key: value` lines between two `---` lines at the top of
//! an article file, the form static-site writers already know.

use crate::model::error::SourceError;
use crate::model::remark::Remark;

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
    "language",
    "drop",
    "keep",
];

/// Keys that may appear more than once.
const REPEATABLE: &[&str] = &["drop", "keep"];

/// Splits `content` into front matter and body. The front matter is YAML-like
/// `key: value` lines between `---` lines (with lists as Hugo and Jekyll write
/// them: `- item` lines or `[a, b]`), or TOML between `+++` lines (Hugo). A
/// file that starts with neither has none: its first non-blank line is the
/// title (and stays in the body, where cleaning finds it as the headline).
pub fn parse<'a>(file: &str, content: &'a str) -> Result<(FrontMatter, &'a str), SourceError> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let first = content.split_inclusive('\n').next().unwrap_or("");
    let fence = first.trim_end();
    if fence != "---" && fence != "+++" {
        return Ok((plain(content), content));
    }
    // The closing fence: the header's lines, and where the body starts.
    let mut offset = first.len();
    let mut header = Vec::new();
    let mut body = None;
    for (i, raw) in content[first.len()..].split_inclusive('\n').enumerate() {
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim_end() == fence {
            body = Some((i + 3, &content[offset..]));
            break;
        }
        header.push((i + 2, line));
    }
    let Some((body_line, body)) = body else {
        return Err(SourceError::new(
            file,
            1,
            Remark::NeverClosed(fence.to_string()),
        ));
    };
    let raw = if fence == "+++" {
        toml_fields(file, &header)?
    } else {
        yaml_fields(file, &header)?
    };
    let mut fields: Vec<Field> = Vec::new();
    let mut unknown: Vec<Field> = Vec::new();
    for f in raw {
        let f = alias(f);
        if !KNOWN_KEYS.contains(&f.key.as_str()) {
            unknown.push(f);
            continue;
        }
        if !REPEATABLE.contains(&f.key.as_str()) && fields.iter().any(|g| g.key == f.key) {
            return Err(SourceError::new(file, f.line, Remark::GivenTwice(f.key)));
        }
        if f.value.is_empty() {
            return Err(SourceError::new(file, f.line, Remark::NoValue(f.key)));
        }
        fields.push(f);
    }
    Ok((
        FrontMatter {
            fields,
            unknown,
            body_line,
        },
        body,
    ))
}

/// Other tools' names for the keys this explorer reads: `authors` is
/// `author`; `source` is the `url` when it is a web address, else the `outlet`.
fn alias(mut f: Field) -> Field {
    match f.key.as_str() {
        "authors" => f.key = "author".into(),
        "lang" => f.key = "language".into(),
        "source" if f.value.starts_with("http://") || f.value.starts_with("https://") => {
            f.key = "url".into()
        }
        "source" => f.key = "outlet".into(),
        _ => {}
    }
    f
}

/// `key: value` lines; a `- item` or indented line adds to the key above
/// (a YAML list or folded text), `[a, b]` is a list too. Lists become "a, b".
fn yaml_fields(file: &str, header: &[(usize, &str)]) -> Result<Vec<Field>, SourceError> {
    let mut fields: Vec<Field> = Vec::new();
    for &(line_no, line) in header {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let continues = line.starts_with([' ', '\t']) || line.starts_with("- ");
        if let (true, Some(last)) = (continues, fields.last_mut()) {
            let item = line.trim();
            let item = unquote(item.strip_prefix("- ").unwrap_or(item).trim());
            let sep = if line.trim_start().starts_with("- ") {
                ", "
            } else {
                " "
            };
            if !last.value.is_empty() {
                last.value.push_str(sep);
            }
            last.value.push_str(&item);
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(SourceError::new(
                file,
                line_no,
                Remark::NotKeyValue(line.to_string()),
            ));
        };
        let value = value.trim();
        // `|` and `>` start text on the lines below.
        let value = match value {
            "|" | ">" | "|-" | ">-" => String::new(),
            v if v.starts_with('[') && v.ends_with(']') => v[1..v.len() - 1]
                .split(',')
                .map(|item| unquote(item.trim()))
                .filter(|item| !item.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            v => unquote(v),
        };
        fields.push(Field {
            key: key.trim().to_string(),
            value,
            line: line_no,
        });
    }
    Ok(fields)
}

/// TOML `key = value` lines (Hugo's `+++` front matter): text, dates and
/// lists of text as text.
fn toml_fields(file: &str, header: &[(usize, &str)]) -> Result<Vec<Field>, SourceError> {
    let first_line = header.first().map_or(2, |h| h.0);
    let text: String = header.iter().map(|(_, l)| format!("{l}\n")).collect();
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let at = e
            .span()
            .map_or(0, |s| text[..s.start].matches('\n').count());
        let why = Remark::NotToml(e.message().trim().to_string());
        SourceError::new(file, first_line + at, why)
    })?;
    let shown = |v: &toml::Value| match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::Integer(n) => n.to_string(),
        toml::Value::Float(x) => x.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Array(_) | toml::Value::Table(_) => "…".to_string(),
    };
    Ok(table
        .iter()
        .map(|(key, value)| Field {
            key: key.clone(),
            value: match value {
                toml::Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
                v => shown(v),
            },
            line: header
                .iter()
                .find(|(_, l)| {
                    l.trim_start()
                        .strip_prefix(key.as_str())
                        .is_some_and(|r| r.trim_start().starts_with('='))
                })
                .map_or(0, |(n, _)| *n),
        })
        .collect())
}

/// The day of a `date` value written as a date or a date and time, as Hugo
/// and Jekyll write them: `2022-11-24`, `2022-11-24T10:00:00+01:00`,
/// `2022-11-24 10:00:00 +0100`.
pub fn date_part(value: &str) -> &str {
    match value.get(10..11) {
        Some("T" | " " | "t") if value.is_char_boundary(10) => &value[..10],
        _ => value,
    }
}

/// The front matter of a plain text file: its first non-blank line as the title.
fn plain(content: &str) -> FrontMatter {
    let title = content
        .lines()
        .enumerate()
        .find(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| Field {
            key: "title".into(),
            // A Markdown heading's marks are not part of it: "# Title".
            value: l.trim().trim_start_matches('#').trim().to_string(),
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
        assert!(err.remark.to_string().contains(needle), "{err}");
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
