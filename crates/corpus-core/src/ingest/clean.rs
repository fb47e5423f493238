//! Cleaning: from a scraped page's lines to the article a reader should see
//! (headline, lede, body, captions). General rules first; a file's front matter
//! can `drop` or `keep` exact lines where the rules cannot tell. Every removal is
//! recorded with its line and reason, for the build report.

use crate::model::kinds::ParaKind;
use crate::text::fold::fold_str;
use crate::time::calendar::PartialDate;
use crate::time::expressions;
use crate::time::timex::TimexKind;

/// Why a line was removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Site navigation ("Skip to content", "Live TV").
    Navigation,
    /// Subscription and app prompts.
    Promotion,
    /// A bare link line (short URLs, share links).
    Url,
    /// A relative timestamp ("38 minutes ago").
    Timestamp,
    /// Author initials and agency credits ("tj/dj (dpa, AFP)").
    Credit,
    /// A line holding only the publication date; it becomes the document's date.
    Dateline,
    /// A photographer credit glued to a caption ("Image: …").
    ImageCredit,
    /// Page furniture above the headline (topic menus, section labels).
    BeforeHeadline,
    /// An image's alt text, standing just before its caption.
    AltText,
    /// A paragraph the page repeats (headline or lede shown twice).
    Duplicate,
    /// A teaser that a later paragraph repeats in full.
    Teaser,
    /// A heading with no text under it (a link to another story).
    EmptySection,
    /// Everything after an end-of-article marker ("Skip next section", "Related topics").
    AfterArticle,
    /// Dropped by a `drop:` line in the file's front matter.
    Override,
}

impl Reason {
    pub fn describe(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::Promotion => "promotion",
            Reason::Url => "bare link",
            Reason::Timestamp => "relative timestamp",
            Reason::Credit => "author/agency credit",
            Reason::Dateline => "dateline (used as the publication date)",
            Reason::ImageCredit => "image credit",
            Reason::BeforeHeadline => "page furniture above the headline",
            Reason::AltText => "image alt text",
            Reason::Duplicate => "repeated block",
            Reason::Teaser => "teaser repeated in full later",
            Reason::EmptySection => "heading without text (link to another story)",
            Reason::AfterArticle => "after the end of the article",
            Reason::Override => "front-matter drop",
        }
    }
}

/// One removed piece of the raw text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removal {
    /// 1-based line in the file, and the last line when a block was removed.
    pub line: usize,
    pub last_line: usize,
    pub reason: Reason,
    pub text: String,
}

/// A kept paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanParagraph {
    pub text: String,
    pub kind: ParaKind,
    /// 1-based line in the file it came from.
    pub line: usize,
}

/// Lines the front matter drops or protects, matched against the whole trimmed line.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub drop: Vec<String>,
    pub keep: Vec<String>,
}

/// The result of cleaning one article.
#[derive(Clone, Debug, Default)]
pub struct Cleaned {
    pub paragraphs: Vec<CleanParagraph>,
    pub removed: Vec<Removal>,
    /// A publication date found as a dateline.
    pub dateline: Option<PartialDate>,
    /// Override values that matched no line (probably stale or misspelt).
    pub unused_overrides: Vec<String>,
}

#[derive(Clone, Debug)]
struct Line {
    no: usize,
    text: String,
    caption: bool,
    kept_by_override: bool,
}

const NAV_PREFIXES: &[&str] = &[
    "skip to ",
    "live tv",
    "latest audio",
    "latest video",
    "in focus",
    "go to homepage",
    "advertisement",
    "share this",
    "share on ",
    "follow us",
    "sign up for",
    "newsletter",
];
const NAV_EXACT: &[&str] = &["share", "menu", "search", "close", "print"];
const PROMOTIONS: &[&str] = &[
    "subscribe now",
    "sign up now",
    "download our app",
    "get real time updates",
    "get real-time updates",
];
const END_MARKERS: &[&str] = &["skip next section", "related topics", "more stories from"];
const IMAGE_CREDITS: &[&str] = &["Image:", "Photo:", "Picture:"];

/// Cleans the body of one article. `first_line` is the file line of the body's
/// first line; `title` is the front matter's title, used to find the headline.
/// The steps run in order, each recording what it removes.
pub fn clean(body: &str, first_line: usize, title: Option<&str>, overrides: &Overrides) -> Cleaned {
    let mut out = Cleaned::default();
    let mut used = OverridesUsed {
        drop: vec![false; overrides.drop.len()],
        keep: vec![false; overrides.keep.len()],
    };
    let mut lines = line_rules(body, first_line, overrides, &mut used, &mut out);
    drop_alt_text(&mut lines, &mut out);
    let headline = place_headline(&mut lines, title, &mut out);
    let lines = drop_repeats(lines, &mut out);
    let lines = drop_empty_sections(lines, headline, &mut out);
    out.paragraphs = classify(lines, headline);
    out.removed.sort_by_key(|r| r.line);
    out.unused_overrides = overrides
        .drop
        .iter()
        .zip(used.drop)
        .chain(overrides.keep.iter().zip(used.keep))
        .filter(|(_, used)| !used)
        .map(|(v, _)| v.clone())
        .collect();
    out
}

/// Which front-matter overrides matched a line.
struct OverridesUsed {
    drop: Vec<bool>,
    keep: Vec<bool>,
}

/// Step 1, line by line: overrides, the end of the article, navigation,
/// promotions, bare links, timestamps, credits, datelines, glued image credits.
fn line_rules(
    body: &str,
    first_line: usize,
    overrides: &Overrides,
    used: &mut OverridesUsed,
    out: &mut Cleaned,
) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let raw: Vec<&str> = body.lines().collect();
    for (idx, raw_line) in raw.iter().enumerate() {
        let no = first_line + idx;
        let text = collapse_spaces(raw_line);
        if text.is_empty() {
            continue;
        }
        let lower = strip_list_number(&text).to_lowercase();
        if let Some(k) = overrides.keep.iter().position(|k| *k == text) {
            used.keep[k] = true;
            lines.push(Line {
                no,
                text,
                caption: false,
                kept_by_override: true,
            });
            continue;
        }
        if let Some(d) = overrides.drop.iter().position(|d| *d == text) {
            used.drop[d] = true;
            out.remove(no, Reason::Override, &text);
            continue;
        }
        if END_MARKERS.iter().any(|m| lower.starts_with(m)) {
            let rest = raw[idx + 1..]
                .iter()
                .filter(|l| !l.trim().is_empty())
                .count();
            out.removed.push(Removal {
                line: no,
                last_line: first_line + raw.len() - 1,
                reason: Reason::AfterArticle,
                text: format!("{text} (+{rest} more lines)"),
            });
            break;
        }
        if let Some(reason) = furniture(&text, &lower) {
            out.remove(no, reason, &text);
            continue;
        }
        if let Some(date) = whole_line_date(&text) {
            out.dateline.get_or_insert(date);
            out.remove(no, Reason::Dateline, &text);
            continue;
        }
        let mut text = text;
        if let Some((date, rest)) = dateline_prefix(&text) {
            out.dateline.get_or_insert(date);
            let prefix = text[..text.len() - rest.len()].trim().to_string();
            out.remove(no, Reason::Dateline, &prefix);
            text = rest.to_string();
        }
        let mut caption = false;
        if let Some(at) = glued_image_credit(&text) {
            out.remove(no, Reason::ImageCredit, &text[at..]);
            text.truncate(at);
            caption = true;
        }
        lines.push(Line {
            no,
            text,
            caption,
            kept_by_override: false,
        });
    }
    lines
}

/// Why a whole line is page furniture, if it is: navigation, a promotion, a
/// bare link, a relative timestamp or a credit line.
fn furniture(text: &str, lower: &str) -> Option<Reason> {
    if NAV_PREFIXES.iter().any(|p| lower.starts_with(p)) || NAV_EXACT.contains(&lower) {
        Some(Reason::Navigation)
    } else if text.len() < 160 && PROMOTIONS.iter().any(|p| lower.contains(p)) {
        Some(Reason::Promotion)
    } else if (lower.starts_with("http://") || lower.starts_with("https://")) && !text.contains(' ')
    {
        Some(Reason::Url)
    } else if is_relative_timestamp(lower) {
        Some(Reason::Timestamp)
    } else if is_credit_line(text) {
        Some(Reason::Credit)
    } else {
        None
    }
}

/// Step 2, alt text: a heading-like line right before a caption describes the image.
fn drop_alt_text(lines: &mut Vec<Line>, out: &mut Cleaned) {
    let mut i = 1;
    while i < lines.len() {
        let prev = &lines[i - 1];
        if lines[i].caption
            && !prev.caption
            && !prev.kept_by_override
            && is_heading_like(&prev.text)
        {
            let prev = lines.remove(i - 1);
            out.remove(prev.no, Reason::AltText, &prev.text);
        } else {
            i += 1;
        }
    }
}

/// Step 3, the headline (the line that is the title): page furniture above it
/// goes; captions above it move just below it. Whether it was found.
fn place_headline(lines: &mut Vec<Line>, title: Option<&str>, out: &mut Cleaned) -> bool {
    let title_key = title.map(fold_str);
    let headline = title_key
        .as_ref()
        .and_then(|t| lines.iter().position(|l| fold_str(&l.text) == *t));
    let Some(h) = headline else {
        return false;
    };
    let before: Vec<Line> = lines.drain(..h).collect();
    let mut moved = Vec::new();
    for l in before {
        if l.caption || l.kept_by_override {
            moved.push(l);
        } else {
            out.remove(l.no, Reason::BeforeHeadline, &l.text);
        }
    }
    let tail = lines.split_off(1);
    lines.extend(moved);
    lines.extend(tail);
    true
}

/// Step 4, repeated blocks and teasers (a line that a later, longer one starts
/// with). Linear in the lines, up to a logarithm: a set of the lines seen, and
/// an ordered set of the lines after.
fn drop_repeats(lines: Vec<Line>, out: &mut Cleaned) -> Vec<Line> {
    use std::collections::{BTreeSet, HashSet};
    use std::ops::Bound::{Excluded, Unbounded};
    let keys: Vec<String> = lines.iter().map(|l| fold_str(&l.text)).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let repeated: Vec<bool> = keys.iter().map(|k| !seen.insert(k.as_str())).collect();
    // A teaser: the smallest later line above it in order starts with it (every
    // line that starts with it and is longer sorts right after it).
    let mut later: BTreeSet<&str> = BTreeSet::new();
    let mut teaser = vec![false; keys.len()];
    for (i, key) in keys.iter().enumerate().rev() {
        let key = key.as_str();
        teaser[i] = key.len() >= 20
            && later
                .range::<str, _>((Excluded(key), Unbounded))
                .next()
                .is_some_and(|next| next.starts_with(key));
        later.insert(key);
    }
    let mut kept = Vec::new();
    for (i, l) in lines.into_iter().enumerate() {
        let reason = if l.kept_by_override {
            None
        } else if repeated[i] {
            Some(Reason::Duplicate)
        } else if teaser[i] {
            Some(Reason::Teaser)
        } else {
            None
        };
        match reason {
            Some(reason) => out.remove(l.no, reason, &l.text),
            None => kept.push(l),
        }
    }
    kept
}

/// Step 5, headings with nothing under them.
fn drop_empty_sections(kept: Vec<Line>, headline: bool, out: &mut Cleaned) -> Vec<Line> {
    let is_heading = |l: &Line, i: usize| {
        !(l.caption || l.kept_by_override || (i == 0 && headline)) && is_heading_like(&l.text)
    };
    let mut lines = Vec::new();
    for i in 0..kept.len() {
        let next_is_heading = match kept.get(i + 1) {
            Some(n) => is_heading(n, i + 1),
            None => true,
        };
        if is_heading(&kept[i], i) && next_is_heading {
            out.remove(kept[i].no, Reason::EmptySection, &kept[i].text);
        } else {
            lines.push(kept[i].clone());
        }
    }
    lines
}

/// Step 6: what each kept line is: headline, caption, subheading, lede or body.
fn classify(lines: Vec<Line>, headline: bool) -> Vec<CleanParagraph> {
    let mut seen_lede = false;
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let kind = if i == 0 && headline {
                ParaKind::Headline
            } else if l.caption {
                ParaKind::Caption
            } else if is_heading_like(&l.text) && !l.kept_by_override {
                ParaKind::Subheading
            } else if !seen_lede {
                seen_lede = true;
                ParaKind::Lede
            } else {
                ParaKind::Body
            };
            CleanParagraph {
                text: l.text,
                kind,
                line: l.no,
            }
        })
        .collect()
}

impl Cleaned {
    fn remove(&mut self, line: usize, reason: Reason, text: &str) {
        self.removed.push(Removal {
            line,
            last_line: line,
            reason,
            text: text.to_string(),
        });
    }
}

fn collapse_spaces(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "1. Skip to content" → "Skip to content".
fn strip_list_number(line: &str) -> &str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(". ") {
        &line[digits + 2..]
    } else {
        line
    }
}

fn is_relative_timestamp(lower: &str) -> bool {
    let mut words = lower.split(' ');
    let (Some(n), Some(unit), Some("ago"), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    n.parse::<u32>().is_ok()
        && matches!(
            unit.trim_end_matches('s'),
            "second" | "minute" | "hour" | "day" | "week"
        )
}

/// "tj/dj (dpa, AFP)": lower-case initials joined by slashes, then sources in brackets.
fn is_credit_line(line: &str) -> bool {
    let Some((initials, rest)) = line.split_once(' ') else {
        return false;
    };
    let groups: Vec<&str> = initials.split('/').collect();
    groups.len() >= 2
        && groups
            .iter()
            .all(|g| (1..=5).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_lowercase()))
        && rest.starts_with('(')
        && rest.ends_with(')')
        && rest.len() < 80
}

/// A line that is nothing but one full date ("August 17, 2022").
fn whole_line_date(line: &str) -> Option<PartialDate> {
    let found = expressions::extract(line, None);
    match found.as_slice() {
        [t] if t.start == 0 && t.end == line.len() && t.kind == TimexKind::Date => {
            PartialDate::parse_iso(&t.value).filter(|d| d.day.is_some())
        }
        _ => None,
    }
}

/// "date 2023-01-02 As tensions…" → (2023-01-02, "As tensions…").
fn dateline_prefix(line: &str) -> Option<(PartialDate, &str)> {
    let rest = line.strip_prefix("date ")?;
    let (iso, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let date = PartialDate::parse_iso(iso).filter(|d| d.day.is_some())?;
    Some((date, rest.trim_start()))
}

/// Where a photo credit glued to the end of a caption starts ("…since 1999Image: X/DW").
fn glued_image_credit(line: &str) -> Option<usize> {
    IMAGE_CREDITS.iter().find_map(|marker| {
        let at = line.rfind(marker)?;
        let glued = line[..at].ends_with(|c: char| !c.is_whitespace());
        let credit = &line[at + marker.len()..];
        (at > 0 && glued && credit.len() < 100).then_some(at)
    })
}

/// A short line without sentence-final punctuation, or a short question: a heading,
/// a label, or an image description.
pub fn is_heading_like(line: &str) -> bool {
    let last = line.chars().next_back();
    let chars = line.chars().count();
    let question = last == Some('?') && chars <= 100;
    let unpunctuated = last.is_some_and(|c| c.is_alphanumeric()) && chars <= 120;
    (question || unpunctuated) && !line.contains(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What step 4 removes, by its definition: every pair of lines compared.
    fn repeats_pairwise(keys: &[String]) -> Vec<Option<Reason>> {
        (0..keys.len())
            .map(|i| {
                if keys[..i].contains(&keys[i]) {
                    Some(Reason::Duplicate)
                } else if keys[i].len() >= 20
                    && keys[i + 1..]
                        .iter()
                        .any(|k| k.len() > keys[i].len() && k.starts_with(&keys[i]))
                {
                    Some(Reason::Teaser)
                } else {
                    None
                }
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn repeats_and_teasers_as_defined(picks in proptest::collection::vec((0usize..6, 0usize..4), 0..40)) {
            // Lines sharing long prefixes: teasers, duplicates and neither.
            let stems = ["Kosovo and Serbia agree to talks", "NATO troops patrol the north", "x"];
            let tails = ["", " in Brussels", " in Brussels today", ", officials said"];
            let texts: Vec<String> = picks
                .iter()
                .map(|&(s, t)| format!("{}{}", stems[s % 3], tails[t]))
                .collect();
            let lines: Vec<Line> = texts
                .iter()
                .enumerate()
                .map(|(no, text)| Line { no, text: text.clone(), caption: false, kept_by_override: false })
                .collect();
            let mut out = Cleaned::default();
            let kept: Vec<usize> = drop_repeats(lines, &mut out).iter().map(|l| l.no).collect();
            let keys: Vec<String> = texts.iter().map(|t| fold_str(t)).collect();
            let expected = repeats_pairwise(&keys);
            let want_kept: Vec<usize> = (0..texts.len()).filter(|&i| expected[i].is_none()).collect();
            proptest::prop_assert_eq!(kept, want_kept);
            let removed: Vec<(usize, Reason)> = out.removed.iter().map(|r| (r.line, r.reason)).collect();
            let want_removed: Vec<(usize, Reason)> =
                expected.iter().enumerate().filter_map(|(i, r)| r.map(|r| (i, r))).collect();
            proptest::prop_assert_eq!(removed, want_removed);
        }
    }

    fn kinds(c: &Cleaned) -> Vec<(ParaKind, &str)> {
        c.paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect()
    }

    fn reasons(c: &Cleaned) -> Vec<(Reason, &str)> {
        c.removed
            .iter()
            .map(|r| (r.reason, r.text.as_str()))
            .collect()
    }

    #[test]
    fn line_rules() {
        let body = "  1. Skip to content\nLive TV\nTitle here\n\n38 minutes ago\nThe lede says a thing.\nhttps://p.dw.com/p/4LcKJ\nBody text.\ntj/dj (dpa, AFP)\nSkip next section Related topics\nMore\nStuff\n";
        let c = clean(body, 1, Some("Title here"), &Overrides::default());
        assert_eq!(
            kinds(&c),
            vec![
                (ParaKind::Headline, "Title here"),
                (ParaKind::Lede, "The lede says a thing."),
                (ParaKind::Body, "Body text.")
            ]
        );
        assert_eq!(
            reasons(&c),
            vec![
                (Reason::Navigation, "1. Skip to content"),
                (Reason::Navigation, "Live TV"),
                (Reason::Timestamp, "38 minutes ago"),
                (Reason::Url, "https://p.dw.com/p/4LcKJ"),
                (Reason::Credit, "tj/dj (dpa, AFP)"),
                (
                    Reason::AfterArticle,
                    "Skip next section Related topics (+2 more lines)"
                ),
            ]
        );
        assert_eq!(c.removed[0].line, 1);
        assert_eq!(c.removed[5].last_line, 12);
    }

    #[test]
    fn captions_alt_text_and_furniture_above_the_headline() {
        let body = "In focus\nWar in Ukraine\nVehicle with a sign\nThe mission has been there since 1999Image: A. Person/DW\nPoliticsKosovo\nHeadline\nLede.\nTwo men shaking hands\nThey met on MondayImage: X/AP\nBody.\n";
        let c = clean(body, 1, Some("Headline"), &Overrides::default());
        assert_eq!(
            kinds(&c),
            vec![
                (ParaKind::Headline, "Headline"),
                (ParaKind::Caption, "The mission has been there since 1999"),
                (ParaKind::Lede, "Lede."),
                (ParaKind::Caption, "They met on Monday"),
                (ParaKind::Body, "Body.")
            ]
        );
        let r = reasons(&c);
        assert!(r.contains(&(Reason::AltText, "Vehicle with a sign")));
        assert!(r.contains(&(Reason::AltText, "Two men shaking hands")));
        assert!(r.contains(&(Reason::ImageCredit, "Image: X/AP")));
        assert!(r.contains(&(Reason::BeforeHeadline, "PoliticsKosovo")));
        assert!(r.contains(&(Reason::Navigation, "In focus")));
    }

    #[test]
    fn repeated_headline_and_teaser_lede() {
        let body = "\"Quote\": the headline - NATO\nWith mediation, they try again.\n\"Quote\": the headline - NATO\nWith mediation, they try again. Only weeks ago, more.\nWhat next?\nHow bad is it?\nA section body.\n";
        let c = clean(
            body,
            10,
            Some("\"Quote\": the headline - NATO"),
            &Overrides::default(),
        );
        assert_eq!(
            kinds(&c),
            vec![
                (ParaKind::Headline, "\"Quote\": the headline - NATO"),
                (
                    ParaKind::Lede,
                    "With mediation, they try again. Only weeks ago, more."
                ),
                (ParaKind::Subheading, "How bad is it?"),
                (ParaKind::Body, "A section body.")
            ]
        );
        assert_eq!(
            reasons(&c),
            vec![
                (Reason::Teaser, "With mediation, they try again."),
                (Reason::Duplicate, "\"Quote\": the headline - NATO"),
                (Reason::EmptySection, "What next?"),
            ]
        );
    }

    #[test]
    fn datelines_become_the_date() {
        let c = clean(
            "Headline\nAugust 17, 2022\nLede.\n",
            1,
            Some("Headline"),
            &Overrides::default(),
        );
        assert_eq!(c.dateline, PartialDate::parse_iso("2022-08-17"));
        assert_eq!(c.paragraphs.len(), 2);
        let c = clean(
            " date 2023-01-02 As tensions rose, he spoke.\n",
            1,
            None,
            &Overrides::default(),
        );
        assert_eq!(c.dateline, PartialDate::parse_iso("2023-01-02"));
        assert_eq!(
            kinds(&c),
            vec![(ParaKind::Lede, "As tensions rose, he spoke.")]
        );
    }

    #[test]
    fn overrides_drop_keep_and_report_unused() {
        let o = Overrides {
            drop: vec!["Read the full story.".into(), "Not there".into()],
            keep: vec!["Live TV".into()],
        };
        let c = clean("Live TV\nRead the full story.\nBody.\n", 1, None, &o);
        assert_eq!(
            kinds(&c),
            vec![(ParaKind::Lede, "Live TV"), (ParaKind::Body, "Body.")]
        );
        assert_eq!(
            reasons(&c),
            vec![(Reason::Override, "Read the full story.")]
        );
        assert_eq!(c.unused_overrides, vec!["Not there".to_string()]);
    }

    #[test]
    fn promotions() {
        let c = clean(
            "Get real time updates directly on you device, subscribe now.\nBody.\n",
            1,
            None,
            &Overrides::default(),
        );
        assert_eq!(reasons(&c)[0].0, Reason::Promotion);
    }
}
