//! What a figure says about itself: the corpus, the view it was drawn from,
//! and the day it was saved. The same words describe the view on paper.

use crate::model::index::Index;
use crate::search::EntityFilter;
use crate::time::calendar::civil_from_days;

/// What the view keeps, one part each: the search, the names required or left
/// out, the days picked. Empty for the whole corpus.
pub fn view_parts(
    index: &Index,
    query: &str,
    chips: &[EntityFilter],
    range: Option<(i64, i64)>,
) -> Vec<String> {
    let mut parts = Vec::new();
    if !query.trim().is_empty() {
        parts.push(format!("Search: {}", query.trim()));
    }
    for c in chips {
        if let Some(e) = index.entities.get(c.entity) {
            let how = if c.exclude { "without" } else { "with" };
            parts.push(format!("{how} {}", e.name));
        }
    }
    if let Some((a, b)) = range {
        parts.push(format!(
            "dates {} – {}",
            civil_from_days(a).long(),
            civil_from_days(b).long()
        ));
    }
    parts
}

/// A figure's caption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caption {
    /// What the figure shows, and of which corpus: "Timeline · News articles".
    pub title: String,
    /// The view: "Search: kurti · with NATO", or that it is the whole corpus.
    pub view: String,
    /// How many documents it covers and the day it was saved.
    pub note: String,
}

impl Caption {
    /// The caption of a figure showing `what`, drawn from the view described by
    /// `parts` (see [`view_parts`]) with `shown` documents, saved on day `today`
    /// (days since 1970-01-01).
    pub fn new(what: &str, index: &Index, parts: &[String], shown: usize, today: i64) -> Caption {
        let total = index.documents.len();
        let noun = if total == 1 { "article" } else { "articles" };
        Caption {
            title: format!("{what} · {}", index.info.title),
            view: if parts.is_empty() {
                "All articles, no search".into()
            } else {
                parts.join(" · ")
            },
            note: format!(
                "{shown} of {total} {noun} shown · saved {}",
                civil_from_days(today).long()
            ),
        }
    }

    /// The lines under the title.
    pub fn lines(&self) -> [&str; 2] {
        [&self.view, &self.note]
    }
}
