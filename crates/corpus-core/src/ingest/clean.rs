//! Cleaning: from a scraped page's lines to the article a reader should see
//! (headline, lede, body, captions). General rules first; a file's front matter
//! can `drop` or `keep` exact lines where the rules cannot tell. Every removal is
//! recorded with its line and reason, for the build report.

use crate::ingest::datelines::{byline, date_label_prefix, news_dateline, whole_line_date};
use crate::ingest::layout::{self, Layout, RawParagraph};
use crate::model::kinds::ParaKind;
use crate::text::fold::fold_str;
use crate::time::calendar::PartialDate;

pub use crate::model::kinds::Reason;

/// One removed piece of the raw text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removal {
    /// 1-based line in the file, and the last line when a block was removed.
    pub line: usize,
    pub last_line: usize,
    pub reason: Reason,
    pub text: String,
    /// Words removed (for a block, all of its lines).
    pub words: usize,
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
    /// A publication date found on a line of its own (or after "date").
    pub dateline: Option<PartialDate>,
    /// The date of a news dateline ("LONDON 1996-08-30"), which may be the day
    /// the story was filed rather than published.
    pub news_date: Option<PartialDate>,
    /// The names of the byline ("By Jane Smith").
    pub byline: Option<String>,
    /// Override values that matched no line (probably stale or misspelt).
    pub unused_overrides: Vec<String>,
}

#[derive(Clone, Debug)]
struct Line {
    /// File lines of its first and last line (they differ for joined lines).
    no: usize,
    last: usize,
    text: String,
    caption: bool,
    /// A news dateline on a line of its own, kept as such.
    dateline: bool,
    kept_by_override: bool,
}

impl Line {
    fn new(p: &RawParagraph, text: String) -> Line {
        Line {
            no: p.first,
            last: p.last,
            text,
            caption: false,
            dateline: false,
            kept_by_override: false,
        }
    }
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
/// The fewest words a paragraph repeated in a page has to be dropped as a repeat.
const MIN_REPEAT_WORDS: usize = 5;
const IMAGE_CREDITS: &[&str] = &["Image:", "Photo:", "Picture:"];

/// Cleans the body of one article. `first_line` is the file line of the body's
/// first line; `title` is the front matter's title, used to find the headline.
/// The steps run in order, each recording what it removes.
pub fn clean(
    body: &str,
    first_line: usize,
    title: Option<&str>,
    overrides: &Overrides,
    layout: Layout,
) -> Cleaned {
    let mut out = Cleaned::default();
    let mut used = OverridesUsed {
        drop: vec![false; overrides.drop.len()],
        keep: vec![false; overrides.keep.len()],
    };
    let raw = layout::paragraphs(body, first_line, layout);
    let mut lines = line_rules(&raw, overrides, &mut used, &mut out);
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

/// Step 1, paragraph by paragraph (hard-wrapped lines joined, see
/// [`layout`]): overrides, the end of the article, navigation, promotions, bare
/// links, timestamps, credits, datelines, bylines, glued image credits.
fn line_rules(
    raw: &[RawParagraph],
    overrides: &Overrides,
    used: &mut OverridesUsed,
    out: &mut Cleaned,
) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for (idx, p) in raw.iter().enumerate() {
        let text = p.text.clone();
        let lower = strip_list_number(&text).to_lowercase();
        if let Some(k) = overrides.keep.iter().position(|k| *k == text) {
            used.keep[k] = true;
            lines.push(Line {
                kept_by_override: true,
                ..Line::new(p, text)
            });
            continue;
        }
        if let Some(d) = overrides.drop.iter().position(|d| *d == text) {
            used.drop[d] = true;
            out.remove(p, Reason::Override, &text);
            continue;
        }
        if END_MARKERS.iter().any(|m| lower.starts_with(m)) {
            out.remove_rest(&raw[idx..], &text);
            break;
        }
        if let Some(reason) = furniture(&text, &lower) {
            out.remove(p, reason, &text);
            continue;
        }
        if let Some(line) = dates_and_names(p, text, lines.len(), out) {
            lines.push(line);
        }
    }
    lines
}

/// A paragraph's datelines, byline and glued image credit: what is left of it.
fn dates_and_names(
    p: &RawParagraph,
    mut text: String,
    kept: usize,
    out: &mut Cleaned,
) -> Option<Line> {
    if let Some(date) = whole_line_date(&text) {
        out.dateline.get_or_insert(date);
        out.remove(p, Reason::Dateline, &text);
        return None;
    }
    if let Some((date, rest)) = date_label_prefix(&text) {
        out.dateline.get_or_insert(date);
        let prefix = text[..text.len() - rest.len()].trim().to_string();
        out.remove(p, Reason::Dateline, &prefix);
        text = rest.to_string();
    }
    // Bylines stand near the top; lower down, "By …" lines are text.
    if out.byline.is_none() && kept < 6 {
        if let Some(names) = byline(&text) {
            out.byline = Some(names.to_string());
            out.remove(p, Reason::Byline, &text);
            return None;
        }
    }
    let mut line = Line::new(p, String::new());
    if let Some(d) = news_dateline(&text) {
        if out.news_date.is_none() {
            out.news_date = d.date;
        }
        line.dateline = d.whole;
    }
    if let Some(at) = glued_image_credit(&text) {
        out.remove(p, Reason::ImageCredit, &text[at..]);
        text.truncate(at);
        line.caption = true;
    }
    line.text = text;
    Some(line)
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
            out.remove_line(&prev, Reason::AltText);
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
            out.remove_line(&l, Reason::BeforeHeadline);
        }
    }
    let tail = lines.split_off(1);
    lines.extend(moved);
    lines.extend(tail);
    true
}

/// Step 4, repeated paragraphs of [`MIN_REPEAT_WORDS`] words or more (a table's
/// repeated labels stay) and teasers (a sentence that a later, longer paragraph
/// starts with; a label that starts a later line is not one). Linear in the lines, up to a logarithm: a set of the lines seen, and
/// an ordered set of the lines after.
fn drop_repeats(lines: Vec<Line>, out: &mut Cleaned) -> Vec<Line> {
    use std::collections::{BTreeSet, HashSet};
    use std::ops::Bound::{Excluded, Unbounded};
    let keys: Vec<String> = lines.iter().map(|l| fold_str(&l.text)).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let repeated: Vec<bool> = keys
        .iter()
        .map(|k| !seen.insert(k.as_str()) && k.split(' ').count() >= MIN_REPEAT_WORDS)
        .collect();
    // A teaser: the smallest later line above it in order starts with it (every
    // line that starts with it and is longer sorts right after it).
    let mut later: BTreeSet<&str> = BTreeSet::new();
    let mut teaser = vec![false; keys.len()];
    for (i, key) in keys.iter().enumerate().rev() {
        let key = key.as_str();
        teaser[i] = key.len() >= 20
            && ends_sentence(key)
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
            Some(reason) => out.remove_line(&l, reason),
            None => kept.push(l),
        }
    }
    kept
}

/// Step 5, a link to another story: a heading with nothing under it but the
/// section's own heading, prose on both sides (paragraphs ending a sentence) ("…text. / How dangerous is it? /
/// What else did he say? / Text…"). Longer runs of short lines are tables,
/// schedules or lists, and stay.
fn drop_empty_sections(kept: Vec<Line>, headline: bool, out: &mut Cleaned) -> Vec<Line> {
    let heading: Vec<bool> = kept
        .iter()
        .enumerate()
        .map(|(i, l)| {
            !(l.caption || l.dateline || l.kept_by_override || (i == 0 && headline))
                && is_heading_like(&l.text)
        })
        .collect();
    let text = |i: usize| {
        kept.get(i).is_some_and(|l| {
            !(heading[i] || l.caption || l.dateline || (i == 0 && headline))
                && ends_sentence(&l.text)
        })
    };
    let mut lines = Vec::new();
    for (i, l) in kept.iter().enumerate() {
        let link = heading[i]
            && heading.get(i + 1) == Some(&true)
            && i > 0
            && text(i - 1)
            && text(i + 2)
            && looks_like_a_headline(&l.text);
        if link {
            out.remove_line(l, Reason::EmptySection);
        } else {
            lines.push(l.clone());
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
            } else if l.dateline {
                ParaKind::Dateline
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
    /// Records the removal of `text`, all or part of `p`.
    fn remove(&mut self, p: &RawParagraph, reason: Reason, text: &str) {
        self.removed.push(Removal {
            line: p.first,
            last_line: p.last,
            reason,
            text: text.to_string(),
            words: text.split_whitespace().count(),
        });
    }

    /// Records the removal of a whole kept line.
    fn remove_line(&mut self, l: &Line, reason: Reason) {
        self.removed.push(Removal {
            line: l.no,
            last_line: l.last,
            reason,
            text: l.text.clone(),
            words: l.text.split_whitespace().count(),
        });
    }

    /// Records the removal of every paragraph from an end-of-article marker on.
    fn remove_rest(&mut self, rest: &[RawParagraph], marker: &str) {
        let more: usize = rest[1..].iter().map(|p| p.lines).sum();
        self.removed.push(Removal {
            line: rest[0].first,
            last_line: rest.last().map_or(rest[0].last, |p| p.last),
            reason: Reason::AfterArticle,
            text: format!("{marker} (+{more} more lines)"),
            words: rest.iter().map(|p| p.text.split_whitespace().count()).sum(),
        });
    }
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

/// Where a photo credit glued to the end of a caption starts ("…since 1999Image: X/DW").
fn glued_image_credit(line: &str) -> Option<usize> {
    IMAGE_CREDITS.iter().find_map(|marker| {
        let at = line.rfind(marker)?;
        let glued = line[..at].ends_with(|c: char| !c.is_whitespace());
        let credit = &line[at + marker.len()..];
        (at > 0 && glued && credit.len() < 100).then_some(at)
    })
}

/// A story's headline rather than a table row or a label: three words or more,
/// no figures.
fn looks_like_a_headline(line: &str) -> bool {
    line.split(' ').count() >= 3 && !line.bytes().any(|b| b.is_ascii_digit())
}

/// A sentence's last character: a full stop, an exclamation or question mark,
/// or an ellipsis, maybe followed by a closing quote or bracket.
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '!', '?', '…'])
}

/// A short line without sentence-final punctuation, or a short question: a heading,
/// a label, or an image description; never a list item or a table row.
pub fn is_heading_like(line: &str) -> bool {
    let last = line.chars().next_back();
    let chars = line.chars().count();
    let question = last == Some('?') && chars <= 100;
    let unpunctuated = last.is_some_and(|c| c.is_alphanumeric()) && chars <= 120;
    // A line ending in a figure is a table row or a result ("Ships waiting 43").
    let figure = last.is_some_and(|c| c.is_ascii_digit());
    (question || unpunctuated) && !figure && !line.contains(". ") && !layout::starts_list_item(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What step 4 removes, by its definition: every pair of lines compared.
    fn repeats_pairwise(keys: &[String]) -> Vec<Option<Reason>> {
        (0..keys.len())
            .map(|i| {
                if keys[..i].contains(&keys[i]) && keys[i].split(' ').count() >= MIN_REPEAT_WORDS {
                    Some(Reason::Duplicate)
                } else if keys[i].len() >= 20
                    && ends_sentence(&keys[i])
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
            let stems = ["Kosovo and Serbia agree to talks.", "NATO troops patrol the north", "x"];
            let tails = ["", " In Brussels.", " In Brussels today.", " Officials said so"];
            let texts: Vec<String> = picks
                .iter()
                .map(|&(s, t)| format!("{}{}", stems[s % 3], tails[t]))
                .collect();
            let lines: Vec<Line> = texts
                .iter()
                .enumerate()
                .map(|(no, text)| Line { no, last: no, text: text.clone(), caption: false, dateline: false, kept_by_override: false })
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
        let c = clean(
            body,
            1,
            Some("Title here"),
            &Overrides::default(),
            Layout::Detect,
        );
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
        let c = clean(
            body,
            1,
            Some("Headline"),
            &Overrides::default(),
            Layout::Detect,
        );
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
        let body = "\"Quote\": the headline - NATO\nWith mediation, they try again.\n\"Quote\": the headline - NATO\nWith mediation, they try again. Only weeks ago, more.\nWhat happens next?\nHow bad is it?\nA section body.\n";
        let c = clean(
            body,
            10,
            Some("\"Quote\": the headline - NATO"),
            &Overrides::default(),
            Layout::Detect,
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
                (Reason::EmptySection, "What happens next?"),
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
            Layout::Detect,
        );
        assert_eq!(c.dateline, PartialDate::parse_iso("2022-08-17"));
        assert_eq!(c.paragraphs.len(), 2);
        let c = clean(
            " date 2023-01-02 As tensions rose, he spoke.\n",
            1,
            None,
            &Overrides::default(),
            Layout::Detect,
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
        let c = clean(
            "Live TV\nRead the full story.\nBody.\n",
            1,
            None,
            &o,
            Layout::Detect,
        );
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
            Layout::Detect,
        );
        assert_eq!(reasons(&c)[0].0, Reason::Promotion);
    }
}
