//! Datelines and bylines: the lines of a news article that say where and when it
//! was filed, and who wrote it. They are metadata, never lost: a dateline with a
//! place stays in the text (its names are names), a date-only line gives the
//! publication date, a byline is shown with the document.

use crate::time::calendar::PartialDate;
use crate::time::expressions;
use crate::time::timex::TimexKind;

/// A news dateline at the start of a line ("LONDON 1996-08-30",
/// "WASHINGTON (Reuters) - …", "PRISTINA, Kosovo, Nov 24 — …").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsDateline {
    /// Bytes of the line it takes, separator included.
    pub len: usize,
    /// The whole line is the dateline.
    pub whole: bool,
    /// Its date, when it gives a full one (year, month and day).
    pub date: Option<PartialDate>,
}

/// Dashes that end a dateline and start the story.
const SEPARATORS: &[&str] = &[" -- ", " - ", " — ", " – ", "— ", "– "];

/// The dateline starting `line`, if any: a place in capitals (up to four
/// words), then a region, a date or an agency in brackets, then the end of the
/// line or a dash. A place alone is not enough ("CRICKET - …" is a headline).
pub fn news_dateline(line: &str) -> Option<NewsDateline> {
    let mut at = caps_place(line)?;
    let mut evidence = false;
    let mut date = None;
    let mut region = false;
    loop {
        let rest = &line[at..];
        let (sep, after) = match rest.strip_prefix(", ") {
            Some(r) => (2, r),
            None => match rest.strip_prefix(' ') {
                Some(r) => (1, r),
                None => break,
            },
        };
        if date.is_none() {
            if let Some((len, d)) = leading_date(after) {
                date = Some(d);
                evidence = true;
                at += sep + len;
                continue;
            }
        }
        if let Some(len) = agency(after) {
            evidence = true;
            at += sep + len;
            continue;
        }
        if sep == 2 && !region && date.is_none() {
            if let Some(len) = region_name(after) {
                region = true;
                evidence = true;
                at += sep + len;
                continue;
            }
        }
        break;
    }
    if !evidence {
        return None;
    }
    let rest = &line[at..];
    let rest_trimmed = rest.trim_end_matches([' ', ',', ':']);
    if rest_trimmed.is_empty() {
        // A place with a region alone could be a heading: a whole line needs a
        // date or an agency.
        let whole = date.is_some() || line[..at].contains('(');
        return whole.then_some(NewsDateline {
            len: line.len(),
            whole: true,
            date: date.flatten(),
        });
    }
    let sep = SEPARATORS.iter().find(|s| rest.starts_with(**s))?;
    let after = &rest[sep.len()..];
    (!after.trim().is_empty()).then_some(NewsDateline {
        len: at + sep.len(),
        whole: false,
        date: date.flatten(),
    })
}

/// Bytes of a place in capitals at the start: one to four words of capital
/// letters ("NEW YORK", "ST. LOUIS"), at least one of three letters or more.
fn caps_place(line: &str) -> Option<usize> {
    let mut end = 0;
    let mut words = 0;
    let mut long = false;
    for word in line.split(' ') {
        let bare = word.trim_end_matches(',');
        let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
        let caps = letters >= 2
            && bare
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'));
        if !caps || words == 4 {
            break;
        }
        long |= letters >= 3;
        words += 1;
        end += if end == 0 { 0 } else { 1 } + bare.len();
        if bare.len() < word.len() {
            break;
        }
    }
    (words > 0 && long).then_some(end)
}

/// A date starting the text ("Feb 26", "1996-08-30", "24 November 2022"): its
/// length, and the date when it is a full one.
fn leading_date(text: &str) -> Option<(usize, Option<PartialDate>)> {
    // The first few words are enough, and keep the scan short.
    let head_end = text
        .match_indices(' ')
        .nth(3)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    let t = expressions::extract(head, None).into_iter().next()?;
    if t.start != 0 || t.kind != TimexKind::Date {
        return None;
    }
    let date = PartialDate::parse_iso(&t.value).filter(|d| d.day.is_some());
    Some((t.end, date))
}

/// "(Reuters)", "(AP)": a short bracketed name.
fn agency(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('(')?;
    let close = inner.find(')')?;
    let name = &inner[..close];
    let ok = (2..=30).contains(&name.len()) && name.starts_with(|c: char| c.is_uppercase());
    ok.then_some(close + 2)
}

/// "Kosovo", "New Mexico": one to three capitalised words, ending where the
/// dateline goes on (a comma, a bracket, a dash or the end).
fn region_name(text: &str) -> Option<usize> {
    let mut end = 0;
    for (n, word) in text.split(' ').enumerate() {
        let bare = word.trim_end_matches(',');
        let capitalised = bare.starts_with(|c: char| c.is_uppercase())
            && bare.chars().skip(1).all(|c| c.is_lowercase() || c == '.');
        if n == 3 || !capitalised || bare.len() < 2 {
            break;
        }
        end += if n == 0 { 0 } else { 1 } + bare.len();
        if bare.len() < word.len() {
            break;
        }
    }
    let rest = &text[end..];
    let ends = rest.is_empty()
        || rest.starts_with(',')
        || rest.starts_with(" (")
        || SEPARATORS.iter().any(|s| rest.starts_with(s));
    (end > 0 && ends).then_some(end)
}

/// A line that is nothing but one full date ("August 17, 2022").
pub fn whole_line_date(line: &str) -> Option<PartialDate> {
    let found = expressions::extract(line, None);
    match found.as_slice() {
        [t] if t.start == 0 && t.end == line.len() && t.kind == TimexKind::Date => {
            PartialDate::parse_iso(&t.value).filter(|d| d.day.is_some())
        }
        _ => None,
    }
}

/// "date 2023-01-02 As tensions…" → (2023-01-02, "As tensions…").
pub fn date_label_prefix(line: &str) -> Option<(PartialDate, &str)> {
    let rest = line.strip_prefix("date ")?;
    let (iso, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let date = PartialDate::parse_iso(iso).filter(|d| d.day.is_some())?;
    Some((date, rest.trim_start()))
}

/// Words a byline's names may hold besides capitalised ones.
const NAME_LINKS: &[&str] = &[
    "and", "in", "de", "van", "von", "der", "da", "di", "la", "le", "bin", "al", "&",
];

/// The names of a byline ("By Jane Smith and Ivo Perić, Reuters" → "Jane Smith
/// and Ivo Perić, Reuters"): after "By", up to a dozen words, each capitalised or
/// a link word, and no sentence punctuation ("By Friday, the troops had left."
/// is a sentence).
pub fn byline(line: &str) -> Option<&str> {
    let names = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))?
        .trim();
    let words: Vec<&str> = names.split(' ').collect();
    let name_like = |w: &&str| {
        let bare = w.trim_end_matches([',', ';', '|']);
        bare.starts_with(|c: char| c.is_uppercase()) || NAME_LINKS.contains(&bare)
    };
    let ok = (1..=12).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words.iter().all(name_like)
        && !names.ends_with(['.', '!', '?'])
        && names.len() <= 100;
    ok.then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: Option<(&str, bool, Option<&str>)>) {
        let got =
            news_dateline(line).map(|d| (&line[..d.len], d.whole, d.date.map(|d| d.to_string())));
        let expected = expected.map(|(s, w, d)| (s, w, d.map(str::to_string)));
        assert_eq!(got, expected, "{line:?}");
    }

    #[test]
    fn datelines() {
        check(
            "LONDON 1996-08-30",
            Some(("LONDON 1996-08-30", true, Some("1996-08-30"))),
        );
        check(
            "RIO DE JANEIRO 1996-08-30",
            Some(("RIO DE JANEIRO 1996-08-30", true, Some("1996-08-30"))),
        );
        check(
            "SALVADOR, Feb 26 - Showers continued throughout the week.",
            Some(("SALVADOR, Feb 26 - ", false, None)),
        );
        check(
            "BRUSSELS, 24 November 2022 - The talks ended.",
            Some(("BRUSSELS, 24 November 2022 - ", false, Some("2022-11-24"))),
        );
        check(
            "WASHINGTON (Reuters) - The talks ended.",
            Some(("WASHINGTON (Reuters) - ", false, None)),
        );
        check(
            "PRISTINA, Kosovo — Police said on Sunday.",
            Some(("PRISTINA, Kosovo — ", false, None)),
        );
        check(
            "NEW YORK, Nov. 24, 2022 (AP) — Police said.",
            Some(("NEW YORK, Nov. 24, 2022 (AP) — ", false, Some("2022-11-24"))),
        );
        // Not datelines: a headline's topic, a sentence, capitals alone, a heading.
        check("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP.", None);
        check("NATO troops patrol the north.", None);
        check("UN - talks resume", None);
        check("PRISTINA, Kosovo", None);
        check("LONDON", None);
    }

    #[test]
    fn bylines() {
        let cases: &[(&str, Option<&str>)] = &[
            ("By Jane Smith", Some("Jane Smith")),
            (
                "By Jane Smith and Ivo Perić, Reuters",
                Some("Jane Smith and Ivo Perić, Reuters"),
            ),
            ("BY JANE SMITH", Some("JANE SMITH")),
            ("By Friday, the troops had left.", None),
            ("By then it was too late", None),
            ("Bystanders fled.", None),
        ];
        for (line, expected) in cases {
            assert_eq!(byline(line), *expected, "{line:?}");
        }
    }

    #[test]
    fn date_lines() {
        assert_eq!(
            whole_line_date("August 17, 2022"),
            PartialDate::parse_iso("2022-08-17")
        );
        assert_eq!(whole_line_date("August 2022"), None);
        assert_eq!(
            date_label_prefix("date 2023-01-02 As tensions rose"),
            Some((
                PartialDate::parse_iso("2023-01-02").unwrap(),
                "As tensions rose"
            ))
        );
    }
}
