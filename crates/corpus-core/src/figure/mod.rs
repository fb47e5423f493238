//! Pictures to keep: the timeline, the trends chart and the connections matrix
//! drawn as a [`Figure`] (shapes and text in pixels) from the same data the app
//! shows, with a caption saying the corpus, the view and the day it was saved.
//! A figure is written as SVG here; the app turns that SVG into a PNG in the
//! page (a canvas), so both files show the same picture.

pub mod caption;
pub mod matrix;
pub mod palette;
pub mod timeline;
pub mod trends;

use crate::text::escape;
pub use caption::Caption;
use palette::Rgb;
use std::fmt::Write;

/// How a text sits on its `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// A label at `x` in a drawing `width` wide: centred, but growing inwards
    /// near an edge, so that none is cut off.
    pub fn inwards(x: i32, width: i32) -> Anchor {
        if x < 40 {
            Anchor::Start
        } else if x > width - 40 {
            Anchor::End
        } else {
            Anchor::Middle
        }
    }

    /// Its SVG `text-anchor`.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One shape of a figure; coordinates in pixels from the top left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Rect {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        /// Corner radius.
        rx: i32,
        fill: Rgb,
        /// Outline colour, one pixel wide.
        stroke: Option<Rgb>,
    },
    Circle {
        cx: i32,
        cy: i32,
        r: i32,
        fill: Rgb,
        stroke: Option<Rgb>,
    },
    Line {
        from: (i32, i32),
        to: (i32, i32),
        stroke: Rgb,
        width: i32,
    },
    Polyline {
        points: Vec<(i32, i32)>,
        stroke: Rgb,
        width: i32,
    },
    Text {
        x: i32,
        /// The baseline.
        y: i32,
        /// Font size in pixels.
        size: i32,
        anchor: Anchor,
        bold: bool,
        fill: Rgb,
        /// Degrees, clockwise, about (`x`, `y`).
        rotate: i32,
        text: String,
    },
}

impl Item {
    /// A plain text, left-aligned, upright.
    pub fn text(x: i32, y: i32, size: i32, fill: Rgb, text: impl Into<String>) -> Item {
        Item::Text {
            x,
            y,
            size,
            anchor: Anchor::Start,
            bold: false,
            fill,
            rotate: 0,
            text: text.into(),
        }
    }

    /// A one-pixel line.
    pub fn line(from: (i32, i32), to: (i32, i32), stroke: Rgb) -> Item {
        Item::Line {
            from,
            to,
            stroke,
            width: 1,
        }
    }
}

/// A picture: its size, what it is called (the SVG's title, for screen
/// readers and file browsers) and its shapes in drawing order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub width: i32,
    pub height: i32,
    pub title: String,
    pub items: Vec<Item>,
}

/// The most lines a caption's part takes; the rest is cut.
const MAX_CAPTION_LINES: usize = 3;

/// Margin around a figure's content, in pixels.
pub const MARGIN: i32 = 20;

/// The fonts of a figure: the system's, as the app uses (nothing is fetched).
const FONTS: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif";

/// Roughly how wide `text` is at `size` pixels in a sans-serif font: enough to
/// lay out labels and wrap captions without measuring (on the generous side,
/// so that nothing is cut off).
pub fn text_width(text: &str, size: i32) -> i32 {
    let ems: i32 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 30,
            ' ' | 'f' | 't' | 'r' | '(' | ')' | '-' => 40,
            'm' | 'w' | 'M' | 'W' | '—' | '–' => 90,
            c if c.is_uppercase() => 70,
            _ => 58,
        })
        .sum();
    (ems * size + 99) / 100
}

/// `text` cut to fit `width` pixels at `size`, with an ellipsis when cut.
pub fn fit(text: &str, size: i32, width: i32) -> String {
    if text_width(text, size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, size) + text_width("…", size) > width {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

/// `text` broken into lines of at most `width` pixels at `size`, between
/// words (a word wider than a line is cut).
pub fn wrap(text: &str, size: i32, width: i32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&joined, size) <= width || line.is_empty() {
            line = joined;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.into_iter().map(|l| fit(&l, size, width)).collect()
}

impl Figure {
    /// A figure `width` pixels wide opening with `caption` (its title, then
    /// its lines); returns it with the height the caption takes.
    pub fn captioned(width: i32, caption: &Caption) -> (Figure, i32) {
        let mut figure = Figure {
            width,
            height: 0,
            title: caption.title.clone(),
            items: Vec::new(),
        };
        let inner = width - 2 * MARGIN;
        let mut y = MARGIN + 16;
        for line in wrap(&caption.title, 18, inner) {
            figure.items.push(Item::Text {
                x: MARGIN,
                y,
                size: 18,
                anchor: Anchor::Start,
                bold: true,
                fill: palette::INK,
                rotate: 0,
                text: line,
            });
            y += 24;
        }
        for (k, text) in caption.lines().iter().enumerate() {
            let colour = if k == 0 { palette::INK } else { palette::MUTED };
            let mut lines = wrap(text, 13, inner);
            // A pasted essay of a query keeps the picture a picture.
            if lines.len() > MAX_CAPTION_LINES {
                lines.truncate(MAX_CAPTION_LINES);
                let last = &mut lines[MAX_CAPTION_LINES - 1];
                *last = fit(&format!("{last} …"), 13, inner);
            }
            for line in lines {
                figure.items.push(Item::text(MARGIN, y, 13, colour, line));
                y += 18;
            }
        }
        (figure, y + 6)
    }

    /// The figure as an SVG document: text escaped, characters XML cannot hold
    /// left out, on a white background.
    pub fn to_svg(&self) -> String {
        let (w, h) = (self.width, self.height);
        let mut out = String::with_capacity(64 * self.items.len() + 512);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONTS}\">\n<title>{}</title>\n<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n",
            escape(&self.title)
        );
        for item in &self.items {
            write_item(&mut out, item);
            out.push('\n');
        }
        out.push_str("</svg>\n");
        out
    }
}

/// The ` stroke="…"` of an optional outline.
fn stroke_attr(stroke: &Option<Rgb>) -> String {
    stroke.map_or(String::new(), |s| format!(" stroke=\"{s}\""))
}

fn write_item(out: &mut String, item: &Item) {
    let _ = match item {
        Item::Rect {
            x,
            y,
            w,
            h,
            rx,
            fill,
            stroke,
        } => write!(
            out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{rx}\" fill=\"{fill}\"{}/>",
            stroke_attr(stroke)
        ),
        Item::Circle {
            cx,
            cy,
            r,
            fill,
            stroke,
        } => write!(
            out,
            "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\" fill=\"{fill}\"{}/>",
            stroke_attr(stroke)
        ),
        Item::Line {
            from,
            to,
            stroke,
            width,
        } => write!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"{width}\"/>",
            from.0, from.1, to.0, to.1
        ),
        Item::Polyline {
            points,
            stroke,
            width,
        } => {
            let points: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
            write!(
                out,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{width}\" stroke-linejoin=\"round\"/>",
                points.join(" ")
            )
        }
        Item::Text {
            x,
            y,
            size,
            anchor,
            bold,
            fill,
            rotate,
            text,
        } => {
            let anchor = match anchor {
                Anchor::Start => "",
                Anchor::Middle => " text-anchor=\"middle\"",
                Anchor::End => " text-anchor=\"end\"",
            };
            let bold = if *bold { " font-weight=\"bold\"" } else { "" };
            let rotate = if *rotate != 0 {
                format!(" transform=\"rotate({rotate} {x} {y})\"")
            } else {
                String::new()
            };
            write!(
                out,
                "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" fill=\"{fill}\"{anchor}{bold}{rotate}>{}</text>",
                escape(text)
            )
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words_and_cuts_what_is_too_long() {
        let check = |text: &str, width: i32, expected: &[&str]| {
            assert_eq!(wrap(text, 10, width), expected, "{text:?} in {width}px")
        };
        check("one two three", 1000, &["one two three"]);
        check("one two three", 45, &["one two", "three"]);
        check("", 100, &[]);
        let cut = wrap("Supercalifragilistic", 10, 40);
        assert_eq!(cut.len(), 1);
        assert!(
            cut[0].ends_with('…') && text_width(&cut[0], 10) <= 40,
            "{cut:?}"
        );
    }

    #[test]
    fn writes_each_shape_and_escapes_its_text() {
        let figure = Figure {
            width: 100,
            height: 50,
            title: "A & B".into(),
            items: vec![
                Item::Rect {
                    x: 1,
                    y: 2,
                    w: 3,
                    h: 4,
                    rx: 0,
                    fill: palette::ACCENT,
                    stroke: Some(palette::INK),
                },
                Item::Polyline {
                    points: vec![(0, 1), (2, 3)],
                    stroke: palette::EVENT,
                    width: 2,
                },
                Item::Text {
                    x: 5,
                    y: 6,
                    size: 12,
                    anchor: Anchor::End,
                    bold: true,
                    fill: palette::INK,
                    rotate: -45,
                    text: "<b>".into(),
                },
            ],
        };
        let svg = figure.to_svg();
        assert!(svg
            .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\""));
        assert!(svg.contains("<title>A &amp; B</title>"));
        assert!(svg.contains("<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" rx=\"0\" fill=\"#1f5fbf\" stroke=\"#1d1f24\"/>"));
        assert!(svg.contains("<polyline points=\"0,1 2,3\" fill=\"none\" stroke=\"#d9480f\""));
        assert!(svg.contains("text-anchor=\"end\" font-weight=\"bold\" transform=\"rotate(-45 5 6)\">&lt;b&gt;</text>"));
        assert!(svg.ends_with("</svg>\n"));
    }
}
