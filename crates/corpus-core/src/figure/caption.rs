//! What a figure says about itself: the corpus, the view it was drawn from,
//! and the day it was saved. The same words describe the view on paper.

use crate::i18n::{Msg, Texts};
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
    t: &Texts,
) -> Vec<String> {
    let mut parts = Vec::new();
    if !query.trim().is_empty() {
        parts.push(t.fill(Msg::CaptionSearch, &[query.trim()]));
    }
    for c in chips {
        if let Some(e) = index.entities.get(c.entity) {
            let how = if c.exclude {
                Msg::CaptionWithout
            } else {
                Msg::CaptionWith
            };
            parts.push(t.fill(how, &[&e.name]));
        }
    }
    if let Some((a, b)) = range {
        let (a, b) = (civil_from_days(a), civil_from_days(b));
        parts.push(t.fill(Msg::CaptionDates, &[&t.date_long(a), &t.date_long(b)]));
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
    pub fn new(
        what: &str,
        index: &Index,
        parts: &[String],
        shown: usize,
        today: i64,
        t: &Texts,
    ) -> Caption {
        let total = t.count(Msg::ArticlesOf, index.documents.len());
        let saved = t.date_long(civil_from_days(today));
        Caption {
            title: format!("{what} · {}", index.info.title),
            view: if parts.is_empty() {
                t.get(Msg::AllArticles).to_string()
            } else {
                parts.join(" · ")
            },
            note: t.fill(Msg::ShownSaved, &[&t.number(shown), &total, &saved]),
        }
    }

    /// The lines under the title.
    pub fn lines(&self) -> [&str; 2] {
        [&self.view, &self.note]
    }
}
