//! Layout: from a body's lines to its paragraphs. A scraped page or a
//! one-sentence-per-line file has a paragraph per line; a hard-wrapped file
//! (e-mail, wire copy, `fmt` output) breaks paragraphs into lines of about the
//! same width, and those lines are joined back. Blank lines, indentation, list
//! markers and short lines end a paragraph.

/// One paragraph of the raw body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawParagraph {
    /// 1-based file lines of its first and last line.
    pub first: usize,
    pub last: usize,
    /// Non-blank lines it was made of.
    pub lines: usize,
    /// Its text, runs of white space collapsed to one space.
    pub text: String,
}

/// A non-blank line: its file line, indentation (in chars) and trimmed text.
struct RawLine<'a> {
    no: usize,
    indent: usize,
    text: &'a str,
    /// A blank line comes before it.
    after_blank: bool,
}

/// How a body lays its paragraphs out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain text: a paragraph per line, or hard-wrapped (found out here).
    Detect,
    /// Already a paragraph per line (Markdown made plain).
    LinePerParagraph,
}

/// The widest a hard-wrapped line is taken to be: wider lines are paragraphs.
const MAX_WRAP_WIDTH: usize = 100;

/// The paragraphs of `body`, whose first line is file line `first_line`.
pub fn paragraphs(body: &str, first_line: usize, layout: Layout) -> Vec<RawParagraph> {
    let lines = raw_lines(body, first_line);
    let width = match layout {
        Layout::Detect => wrap_width(&lines),
        Layout::LinePerParagraph => None,
    };
    let Some(width) = width else {
        return lines
            .iter()
            .map(|l| RawParagraph {
                first: l.no,
                last: l.no,
                lines: 1,
                text: collapse_spaces(l.text),
            })
            .collect();
    };
    let mut out: Vec<RawParagraph> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let joins = i > 0 && continues(&lines[i - 1], line, width);
        match out.last_mut() {
            Some(p) if joins => {
                let text = collapse_spaces(line.text);
                // "well-" + "known": a line ending in a hyphen joins without a space.
                if !(p.text.ends_with('-')
                    && p.text[..p.text.len() - 1].ends_with(char::is_alphabetic))
                {
                    p.text.push(' ');
                }
                p.text.push_str(&text);
                p.last = line.no;
                p.lines += 1;
            }
            _ => out.push(RawParagraph {
                first: line.no,
                last: line.no,
                lines: 1,
                text: collapse_spaces(line.text),
            }),
        }
    }
    out
}

fn raw_lines(body: &str, first_line: usize) -> Vec<RawLine<'_>> {
    let mut out = Vec::new();
    let mut after_blank = false;
    for (i, line) in body.lines().enumerate() {
        let text = line.trim();
        if text.is_empty() {
            after_blank = true;
            continue;
        }
        out.push(RawLine {
            no: first_line + i,
            indent: line.chars().take_while(|c| c.is_whitespace()).count(),
            text,
            after_blank,
        });
        after_blank = false;
    }
    out
}

/// The width the body is wrapped at, if it is hard-wrapped: most lines are
/// near one width of at most [`MAX_WRAP_WIDTH`] chars, and most end inside a
/// sentence (a file of one sentence per line ends nearly every line with one).
fn wrap_width(lines: &[RawLine]) -> Option<usize> {
    if lines.len() < 4 {
        return None;
    }
    let mut widths: Vec<usize> = lines.iter().map(|l| l.text.chars().count()).collect();
    widths.sort_unstable();
    let width = widths[widths.len() * 9 / 10];
    if !(30..=MAX_WRAP_WIDTH).contains(&width) {
        return None;
    }
    let near_full = widths.iter().filter(|&&w| w * 4 >= width * 3).count();
    let sentence_ends = lines.iter().filter(|l| ends_clause(l.text)).count();
    (near_full * 5 >= lines.len() * 2 && sentence_ends * 2 < lines.len()).then_some(width)
}

/// Whether `next` carries on the paragraph of `prev` in text wrapped at `width`.
fn continues(prev: &RawLine, next: &RawLine, width: usize) -> bool {
    let prev_width = prev.text.chars().count();
    !next.after_blank
        && next.indent <= prev.indent
        && prev_width * 10 >= width * 6
        && !starts_list_item(next.text)
}

fn ends_clause(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// "- item", "* item", "• item", "1. item", "2) item".
pub fn starts_list_item(line: &str) -> bool {
    if line.starts_with(['-', '*', '•', '–']) {
        return line.chars().nth(1).is_some_and(char::is_whitespace);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

pub fn collapse_spaces(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expected: &[(usize, usize, &str)]) {
        let got: Vec<(usize, usize, String)> = paragraphs(body, 1, Layout::Detect)
            .into_iter()
            .map(|p| (p.first, p.last, p.text))
            .collect();
        let expected: Vec<(usize, usize, String)> = expected
            .iter()
            .map(|&(a, b, t)| (a, b, t.to_string()))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_line_per_paragraph_stays_so() {
        check(
            "Headline\n\nA first paragraph that is long enough to be a line of a page and more than a hundred characters wide.\nSecond.\n",
            &[
                (1, 1, "Headline"),
                (3, 3, "A first paragraph that is long enough to be a line of a page and more than a hundred characters wide."),
                (4, 4, "Second."),
            ],
        );
    }

    #[test]
    fn one_sentence_per_line_stays_so() {
        // Short sentences, none wider than the wrap limit: each ends a sentence.
        check(
            "The talks ended on Friday without an agreement.\nBoth sides blamed each other.\nThe mediator said she would return.\nNo date was set for the next round of talks.\n",
            &[
                (1, 1, "The talks ended on Friday without an agreement."),
                (2, 2, "Both sides blamed each other."),
                (3, 3, "The mediator said she would return."),
                (4, 4, "No date was set for the next round of talks."),
            ],
        );
    }

    #[test]
    fn hard_wrapped_lines_join_indent_and_blank_lines_split() {
        let body = "Showers continued throughout the week in the\n\
                    cocoa zone, easing the drought that began in early\n\
                    January and improving prospects for the coming\n\
                    harvest, a trader said in a weekly review.\n    \
                    The dry period means the harvest will be late this\n\
                    year, and arrivals in the first weeks will be well-\n\
                    below last year's level.\n\
                    \n\
                    Prices, in dollars a tonne:\n    \
                    Spot 1,750\n    \
                    May 1,780\n";
        check(
            body,
            &[
                (1, 4, "Showers continued throughout the week in the cocoa zone, easing the drought that began in early January and improving prospects for the coming harvest, a trader said in a weekly review."),
                (5, 7, "The dry period means the harvest will be late this year, and arrivals in the first weeks will be well-below last year's level."),
                (9, 9, "Prices, in dollars a tonne:"),
                (10, 10, "Spot 1,750"),
                (11, 11, "May 1,780"),
            ],
        );
    }

    #[test]
    fn list_items_start_paragraphs() {
        let body = "The agreement, signed late on Sunday in Brussels, sets\n\
                    out three steps that both governments must take soon:\n\
                    - recognise each other's documents and number plates\n\
                    - set up a joint commission for missing persons, and\n\
                    meet again within a month to review the progress made\n";
        check(
            body,
            &[
                (1, 2, "The agreement, signed late on Sunday in Brussels, sets out three steps that both governments must take soon:"),
                (3, 3, "- recognise each other's documents and number plates"),
                (4, 5, "- set up a joint commission for missing persons, and meet again within a month to review the progress made"),
            ],
        );
    }
}
