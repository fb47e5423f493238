//! Saved web pages (`.html`): the article's text and metadata, extracted by
//! `dom_smoothie` (a port of Mozilla's Readability, what Firefox's reader view
//! uses) as Markdown, which the Markdown reader then makes plain. Build time
//! only (the `html` feature).

use crate::ingest::frontmatter::{Field, FrontMatter};
use crate::model::remark::Remark;
use dom_smoothie::{Config, Readability, TextMode};

/// What a page yields: front matter made from its metadata, and its article
/// as Markdown.
pub struct Extracted {
    pub front_matter: FrontMatter,
    pub markdown: String,
    /// Words in the page's text and in the article kept, for the report.
    pub page_words: usize,
}

/// Extracts the article of a saved page; an error says why there is none.
pub fn extract(html: &str) -> Result<Extracted, Remark> {
    let config = Config {
        text_mode: TextMode::Markdown,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config))
        .map_err(|e| Remark::PageUnreadable(e.to_string()))?;
    let article = readability
        .parse()
        .map_err(|e| Remark::NoArticleInPage(e.to_string()))?;
    let page_words = dom_query::Document::from(html)
        .select("body")
        .text()
        .split_whitespace()
        .count();
    let mut fields = Vec::new();
    let mut put = |key: &str, value: Option<&str>| {
        if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
            fields.push(Field {
                key: key.into(),
                value: v.split_whitespace().collect::<Vec<_>>().join(" "),
                line: 0,
            });
        }
    };
    put("title", Some(&article.title));
    put("author", article.byline.as_deref());
    put("outlet", article.site_name.as_deref());
    put("url", article.url.as_deref());
    put("date", article.published_time.as_deref());
    // The page's `<html lang>`, when it is a tag (pages say "english" too).
    let lang = article.lang.as_deref().map(str::trim);
    put(
        "language",
        lang.filter(|l| crate::text::language::is_language_tag(l)),
    );
    Ok(Extracted {
        front_matter: FrontMatter {
            fields,
            unknown: Vec::new(),
            body_line: 1,
        },
        markdown: article.text_content.to_string(),
        page_words,
    })
}
