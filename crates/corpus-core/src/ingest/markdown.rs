//! Markdown articles, as Hugo, Jekyll and note apps write them: the text of each
//! block (paragraph, heading, list item, quotation, table row) placed on the
//! line it starts on, so cleaning and messages keep the file's line numbers.
//! Images, raw HTML and shortcodes are not article text: they are left out and
//! listed for the report.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A Markdown body as plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markdown {
    /// As many lines as the body: each block's text on its first line, one
    /// block per line, the other lines blank.
    pub text: String,
    /// What was left out: its 1-based line in the body, and what it was.
    pub dropped: Vec<(usize, String)>,
}

/// The text of a Markdown body.
pub fn to_text(body: &str) -> Markdown {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(body.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |at: usize| starts.partition_point(|&s| s <= at);
    let mut out = Blocks {
        lines: vec![String::new(); starts.len()],
        dropped: Vec::new(),
        open: None,
    };
    let mut in_image = 0;
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let line = line_of(range.start);
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => {
                in_image -= 1;
                out.drop(line, "image", &body[range]);
            }
            _ if in_image > 0 => {}
            Event::Start(Tag::Item) => out.start(line, "• ", true),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                out.start(line, &format!("[{label}] "), true)
            }
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::CodeBlock(_)
                | Tag::TableHead
                | Tag::TableRow,
            ) => out.start(line, "", false),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::Item
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::FootnoteDefinition,
            ) => out.flush(),
            Event::Start(Tag::TableCell) => out.cell(),
            Event::Start(Tag::HtmlBlock) => out.drop(line, "HTML", &body[range]),
            Event::Text(t) | Event::Code(t) => out.push(line, &t),
            Event::SoftBreak | Event::HardBreak => out.push(line, " "),
            Event::FootnoteReference(label) => out.push(line, &format!("[{label}]")),
            // Inline tags (<br>, <span>) go; the text between them stays.
            _ => {}
        }
    }
    out.flush();
    Markdown {
        text: out.lines.join("\n"),
        dropped: out.dropped,
    }
}

/// The text blocks found so far.
struct Blocks {
    lines: Vec<String>,
    dropped: Vec<(usize, String)>,
    /// The block being read: its line, its text, and whether it holds only a
    /// list marker or footnote label yet (its first paragraph joins it).
    open: Option<(usize, String, bool)>,
}

impl Blocks {
    fn start(&mut self, line: usize, prefix: &str, prefix_only: bool) {
        if let Some((_, _, true)) = self.open {
            if !prefix_only {
                // A list item's first paragraph: the item's text.
                if let Some(open) = &mut self.open {
                    open.2 = false;
                }
                return;
            }
        }
        self.flush();
        self.open = Some((line, prefix.to_string(), prefix_only));
    }

    fn push(&mut self, line: usize, text: &str) {
        let open = self
            .open
            .get_or_insert_with(|| (line, String::new(), false));
        open.1.push_str(text);
    }

    fn cell(&mut self) {
        if let Some((_, text, _)) = &mut self.open {
            if !text.trim().is_empty() {
                text.push_str(" | ");
            }
        }
    }

    fn drop(&mut self, line: usize, what: &str, source: &str) {
        let source = source.split_whitespace().collect::<Vec<_>>().join(" ");
        self.dropped.push((line, format!("{what}: {source}")));
    }

    fn flush(&mut self) {
        let Some((line, text, _)) = self.open.take() else {
            return;
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() || text == "•" {
            return;
        }
        if is_shortcode(&text) {
            self.dropped.push((line, format!("shortcode: {text}")));
            return;
        }
        let slot = &mut self.lines[line - 1];
        if !slot.is_empty() {
            slot.push(' ');
        }
        slot.push_str(&text);
    }
}

/// A Hugo or Jekyll template call alone in a paragraph: `{{< tweet 1 >}}`,
/// `{% include x.html %}`.
fn is_shortcode(text: &str) -> bool {
    (text.starts_with("{{") && text.ends_with("}}"))
        || (text.starts_with("{%") && text.ends_with("%}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, lines: &[&str], dropped: &[(usize, &str)]) {
        let got = to_text(body);
        let want_lines: Vec<&str> = got.text.split('\n').collect();
        assert_eq!(want_lines, lines, "{body:?}");
        let got_dropped: Vec<(usize, &str)> =
            got.dropped.iter().map(|(l, t)| (*l, t.as_str())).collect();
        assert_eq!(got_dropped, dropped, "{body:?}");
    }

    #[test]
    fn blocks_keep_their_lines_and_lose_their_markup() {
        check(
            "# Talks resume\n\nThe **talks** resumed in [Brussels](https://example.org)\non Friday, officials said.\n\n## What next?\n\n> \"We will meet again,\" she said.\n",
            &[
                "Talks resume",
                "",
                "The talks resumed in Brussels on Friday, officials said.",
                "",
                "",
                "What next?",
                "",
                "\"We will meet again,\" she said.",
                "",
            ],
            &[],
        );
    }

    #[test]
    fn lists_tables_and_footnotes() {
        check(
            "- first point\n- second point[^1]\n\n| Team | Goals |\n| --- | --- |\n| Ajax | 3 |\n\n[^1]: A note.\n",
            &[
                "• first point",
                "• second point[1]",
                "",
                "Team | Goals",
                "",
                "Ajax | 3",
                "",
                "[1] A note.",
                "",
            ],
            &[],
        );
    }

    #[test]
    fn images_html_and_shortcodes_are_left_out_and_listed() {
        check(
            "Text before.\n\n![Troops at the border](troops.jpg)\n\n<figure><iframe src=\"x\"></iframe></figure>\n\n{{< tweet 123 >}}\n\nText after.\n",
            &["Text before.", "", "", "", "", "", "", "", "Text after.", ""],
            &[
                (3, "image: ![Troops at the border](troops.jpg)"),
                (5, "HTML: <figure><iframe src=\"x\"></iframe></figure>"),
                (7, "shortcode: {{< tweet 123 >}}"),
            ],
        );
    }
}
