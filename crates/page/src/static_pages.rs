//! The articles as static HTML, for readers without JavaScript or
//! WebAssembly (and for search engines): a corpus of one page's worth is
//! pre-rendered whole inside `index.html`; a larger one is listed there in
//! pages of [`PER_PAGE`] (`articles/page-N.html`), each article a page of its
//! own (`articles/NAME.html`), so that the page a reader opens does not hold
//! every text of an archive. The single offline file holds every article
//! whole ([`articles`]): it has no other files to link to.

use corpus_core::i18n::{Locale, Msg, Texts};
use corpus_core::model::index::Document;
use corpus_core::model::kinds::ParaKind;
use corpus_core::text::escape;
use corpus_core::text::fold::slug;
use corpus_core::view::link::{self, Mode};
use corpus_core::view::state::ViewState;
use corpus_core::Index;
use std::collections::HashSet;
use std::rc::Rc;

/// Articles per page of the lists.
pub const PER_PAGE: usize = 50;

/// Where the pre-rendered articles begin (inside `<div id="app">`).
pub(crate) const ARTICLES: &str = "<div class=\"static-corpus\">";

/// A page written beside `index.html`: its path from there, its HTML.
#[derive(Debug, PartialEq)]
pub struct StaticPage {
    pub path: String,
    pub html: String,
}

/// What `index.html` holds for readers without scripts, and the pages
/// written beside it (none when the corpus fits one page), made one at a time
/// as they are asked for (an archive's are hundreds of MB). `style` is the
/// style sheet's file name beside `index.html`.
pub fn served<'a>(
    index: &'a Index,
    style: &'a str,
) -> (String, Box<dyn Iterator<Item = StaticPage> + 'a>) {
    if index.documents.len() <= PER_PAGE {
        return (articles(index), Box::new(std::iter::empty()));
    }
    let t = Rc::new(interface(index));
    let names = Rc::new(file_names(&index.documents));
    let first = list_page(index, &t, &names, 1, "articles/");
    let pages = index.documents.len().div_ceil(PER_PAGE);
    let (list_t, list_names) = (t.clone(), names.clone());
    let lists = (2..=pages).map(move |page| {
        let body = list_page(index, &list_t, &list_names, page, "");
        StaticPage {
            path: format!("articles/page-{page}.html"),
            html: standalone(&list_t, &page_title(index, &list_t, page), style, &body),
        }
    });
    let each = index.documents.iter().enumerate().map(move |(i, doc)| {
        let body = article_page(index, &t, i);
        let title = format!("{} – {}", doc.title, index.info.title);
        StaticPage {
            path: format!("articles/{}.html", names[i]),
            html: standalone(&t, &title, style, &body),
        }
    });
    (first, Box::new(lists.chain(each)))
}

/// Every article whole, one after the other.
pub fn articles(index: &Index) -> String {
    let t = interface(index);
    let mut out = format!("{ARTICLES}\n");
    out.push_str(&heading(
        index,
        &t,
        Msg::StaticIntro,
        &[&t.number(index.documents.len())],
    ));
    for (i, doc) in index.documents.iter().enumerate() {
        out.push_str(&article(&t, i, doc, Shown::Whole));
    }
    out.push_str("</div>\n");
    out
}

/// The interface's words the corpus chose (`corpus.toml`'s `interface`),
/// else English: the page is written before any reader's browser is known.
pub(crate) fn interface(index: &Index) -> Texts {
    Texts::new(Locale::from_tag(&index.info.interface).unwrap_or_default())
}

/// The corpus's title and a line under it.
fn heading(index: &Index, t: &Texts, line: Msg, values: &[&str]) -> String {
    format!(
        "<h1>{}</h1>\n<p class=\"static-intro\">{}</p>\n",
        escape(&index.info.title),
        escape(&t.fill(line, values))
    )
}

/// How much of an article a page shows.
enum Shown<'a> {
    Whole,
    /// Its title linking to its page (`href`), its meta and first paragraph of
    /// text (a dateline, "WIGAN, England 1996-08-31", says nothing of it).
    Entry {
        href: &'a str,
    },
}

/// One article: title, outlet and date, byline, paragraphs (or, as an
/// entry of a list, the first one), source file.
fn article(t: &Texts, i: usize, doc: &Document, shown: Shown) -> String {
    // The text's own language and direction (the page's words are the interface's).
    let lang = match doc.language.as_str() {
        "und" => " dir=\"auto\"".to_string(),
        tag => format!(" lang=\"{}\" dir=\"auto\"", escape(tag)),
    };
    let title = match shown {
        Shown::Whole => escape(&doc.title),
        Shown::Entry { href } => format!("<a href=\"{}\">{}</a>", escape(href), escape(&doc.title)),
    };
    let mut out = format!(
        "<article class=\"static-article\" aria-labelledby=\"static-{i}\">\n<h2 id=\"static-{i}\"{lang}>{title}</h2>\n\
         <p class=\"doc-meta\"><bdi>{}</bdi> · {}</p>\n",
        escape(doc.outlet.as_deref().unwrap_or(t.get(Msg::OutletUnknown))),
        escape(&doc.published_label(t))
    );
    if let Some(byline) = &doc.byline {
        out.push_str(&format!(
            "<p class=\"byline\">{}<bdi>{}</bdi></p>\n",
            escape(t.get(Msg::By)),
            escape(byline)
        ));
    }
    let whole = matches!(shown, Shown::Whole);
    let paragraphs = doc
        .paragraphs
        .iter()
        .filter(|p| whole || matches!(p.kind, ParaKind::Lede | ParaKind::Body));
    for p in paragraphs.take(if whole { usize::MAX } else { 1 }) {
        if let Some(html) = paragraph(t, p.kind, &escape(p.span.slice(&doc.text)), &lang) {
            out.push_str(&html);
            out.push('\n');
        }
    }
    if whole {
        out.push_str(&format!(
            "<p class=\"source\">{}</p>\n",
            escape(&t.fill(Msg::SourceFile, &[&doc.source]))
        ));
    }
    out.push_str("</article>\n");
    out
}

/// A paragraph of its kind (the headline is the article's title).
fn paragraph(t: &Texts, kind: ParaKind, text: &str, lang: &str) -> Option<String> {
    Some(match kind {
        ParaKind::Headline => return None,
        ParaKind::Subheading => format!("<h3{lang}>{text}</h3>"),
        ParaKind::Caption => format!(
            "<p class=\"caption\"><span class=\"caption-label\">{}</span><span{lang}>{text}</span></p>",
            escape(t.get(Msg::PhotoCaption))
        ),
        ParaKind::Lede => format!("<p class=\"lede\"{lang}>{text}</p>"),
        ParaKind::Dateline => format!("<p class=\"dateline\"{lang}>{text}</p>"),
        ParaKind::Body => format!("<p{lang}>{text}</p>"),
    })
}

/// Each document's page's name: its id made a file name, unique.
fn file_names(documents: &[Document]) -> Vec<String> {
    let mut taken = HashSet::new();
    documents
        .iter()
        .enumerate()
        .map(|(i, doc)| {
            let base = match slug(&doc.id) {
                s if s.is_empty() => format!("article-{}", i + 1),
                // "page-N" names the lists.
                s if s.starts_with("page-") => format!("article-{s}"),
                s => s,
            };
            let mut name = base.clone();
            let mut n = 2;
            while !taken.insert(name.clone()) {
                name = format!("{base}-{n}");
                n += 1;
            }
            name
        })
        .collect()
}

/// Page `page` (from 1) of the list; `to_articles` leads from the page to
/// the folder of the articles' pages ("articles/" from `index.html`).
fn list_page(index: &Index, t: &Texts, names: &[String], page: usize, to_articles: &str) -> String {
    let total = index.documents.len();
    let first = (page - 1) * PER_PAGE;
    let last = (first + PER_PAGE).min(total);
    let mut out = format!("{ARTICLES}\n");
    out.push_str(&heading(
        index,
        t,
        Msg::StaticListIntro,
        &[&t.number(total), &t.number(PER_PAGE)],
    ));
    let pager = pager(
        t,
        page,
        total.div_ceil(PER_PAGE),
        (first + 1, last, total),
        to_articles,
    );
    out.push_str(&pager);
    for (i, doc) in index.documents.iter().enumerate().take(last).skip(first) {
        let href = format!("{to_articles}{}.html", names[i]);
        out.push_str(&article(t, i, doc, Shown::Entry { href: &href }));
    }
    out.push_str(&pager);
    out.push_str("</div>\n");
    out
}

/// The links to the previous and next pages, and which articles are shown.
fn pager(
    t: &Texts,
    page: usize,
    pages: usize,
    (from, to, of): (usize, usize, usize),
    to_articles: &str,
) -> String {
    let href = |p: usize| match (p, to_articles) {
        (1, "") => "../index.html".to_string(),
        (p, dir) => format!("{dir}page-{p}.html"),
    };
    let mut out = format!(
        "<nav class=\"static-pages\" aria-label=\"{}\">",
        escape(t.get(Msg::StaticPages))
    );
    if page > 1 {
        out.push_str(&format!(
            "<a rel=\"prev\" href=\"{}\">{}</a> ",
            href(page - 1),
            escape(t.get(Msg::PreviousPage))
        ));
    }
    out.push_str(&format!(
        "<span>{}</span>",
        escape(&t.fill(
            Msg::StaticRange,
            &[&t.number(from), &t.number(to), &t.number(of)]
        ))
    ));
    if page < pages {
        out.push_str(&format!(
            " <a rel=\"next\" href=\"{}\">{}</a>",
            href(page + 1),
            escape(t.get(Msg::NextPage))
        ));
    }
    out.push_str("</nav>\n");
    out
}

/// Article `i`'s own page: the way back to the list and to the explorer
/// open on it, then the article whole.
fn article_page(index: &Index, t: &Texts, i: usize) -> String {
    let doc = &index.documents[i];
    let view = ViewState {
        open_doc: Some(i as u32),
        ..ViewState::default()
    };
    let explorer = format!(
        "../index.html#{}",
        link::encode(index, &[], &view, &Mode::default())
    );
    format!(
        "{ARTICLES}\n<nav class=\"static-pages\"><a href=\"../index.html\">{}</a> · <a href=\"{}\">{}</a></nav>\n{}</div>\n",
        escape(t.get(Msg::ArticleList)),
        escape(&explorer),
        escape(t.get(Msg::OpenFullExplorer)),
        article(t, i, doc, Shown::Whole)
    )
}

/// The title of list page `page`.
fn page_title(index: &Index, t: &Texts, page: usize) -> String {
    let first = (page - 1) * PER_PAGE + 1;
    let last = (page * PER_PAGE).min(index.documents.len());
    let range = t.fill(
        Msg::StaticRange,
        &[
            &t.number(first),
            &t.number(last),
            &t.number(index.documents.len()),
        ],
    );
    format!("{range} – {}", index.info.title)
}

/// A page of its own in `articles/`: the interface's language, the style
/// sheet, a policy that allows nothing but the style sheet.
fn standalone(t: &Texts, title: &str, style: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <title>{}</title>\n<link rel=\"stylesheet\" href=\"../{}\" />\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(t.locale().tag()),
        escape(title),
        escape(style)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A corpus of `n` one-paragraph articles: ids `doc-1`…, texts "Text of i.".
    fn corpus(n: usize) -> Index {
        let docs = (1..=n)
            .map(|i| Document::from_text(&format!("doc-{i}"), &format!("Text of {i}.")))
            .collect();
        Index::new(docs, vec![], vec![])
    }

    fn page<'a>(pages: &'a [StaticPage], path: &str) -> &'a str {
        &pages
            .iter()
            .find(|p| p.path == path)
            .unwrap_or_else(|| panic!("no {path}"))
            .html
    }

    #[test]
    fn a_corpus_of_one_page_is_shown_whole_in_the_page() {
        let index = corpus(PER_PAGE);
        let (first, pages) = served(&index, "style-1.css");
        let pages: Vec<StaticPage> = pages.collect();
        assert_eq!(first, articles(&index));
        assert!(pages.is_empty());
        assert!(first.contains("Text of 50.") && first.contains("Source file: doc-50.txt"));
    }

    #[test]
    fn a_larger_corpus_is_listed_in_pages_each_article_a_page() {
        let index = corpus(2 * PER_PAGE + 20);
        let (first, pages) = served(&index, "style-1.css");
        let pages: Vec<StaticPage> = pages.collect();
        // Two more pages of the list, and one per article.
        assert_eq!(pages.len(), 2 + 2 * PER_PAGE + 20);
        assert_eq!(first.matches("<article").count(), PER_PAGE);
        assert!(first.contains("<a href=\"articles/doc-1.html\">doc-1</a>"));
        assert!(first.contains("Text of 50.") && !first.contains("Text of 51."));
        assert!(first.contains("Articles 1–50 of 120"));
        assert!(first.contains("<a rel=\"next\" href=\"articles/page-2.html\">Next page</a>"));
        assert!(!first.contains("rel=\"prev\""));
        let second = page(&pages, "articles/page-2.html");
        assert!(second.contains("<a rel=\"prev\" href=\"../index.html\">Previous page</a>"));
        assert!(second.contains("<a rel=\"next\" href=\"page-3.html\">Next page</a>"));
        assert!(second.contains("<a href=\"doc-51.html\">doc-51</a>"));
        assert!(second.contains("href=\"../style-1.css\""));
        let third = page(&pages, "articles/page-3.html");
        assert!(third.contains("Articles 101–120 of 120") && !third.contains("rel=\"next\""));
        let article = page(&pages, "articles/doc-120.html");
        assert!(article.contains("Text of 120.") && article.contains("Source file: doc-120.txt"));
        assert!(
            article.contains("href=\"../index.html#doc=doc-120"),
            "{article}"
        );
        assert!(article.contains("<title>doc-120 – "));
    }

    #[test]
    fn pages_hold_no_script_and_escape_the_corpus() {
        let mut index = corpus(PER_PAGE + 1);
        index.documents[0].title = "<script>alert(1)</script>".into();
        let (first, pages) = served(&index, "style-1.css");
        let pages: Vec<StaticPage> = pages.collect();
        for html in std::iter::once(first.as_str()).chain(pages.iter().map(|p| p.html.as_str())) {
            assert!(!html.contains("<script"), "{html}");
        }
        assert!(first.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            page(&pages, "articles/doc-2.html").contains("default-src 'none'; style-src 'self'")
        );
        // The page's pre-rendered part ends at its only `</div>` (`without_articles`).
        assert_eq!(first.matches("</div>").count(), 1);
        assert!(first.ends_with("</div>\n"));
    }

    #[test]
    fn file_names_are_unique_and_never_a_list_page() {
        let docs: Vec<Document> = ["Vučić", "vucic", "page-2", "", "a/b"]
            .iter()
            .map(|id| Document::from_text(id, "x"))
            .collect();
        assert_eq!(
            file_names(&docs),
            ["vucic", "vucic-2", "article-page-2", "article-4", "a-b"]
        );
    }
}
