use crate::ui::context::use_texts;
use crate::ui::format::lang;
use crate::ui::hooks::download;
use crate::ui::Corpus;
use corpus_core::i18n::Msg;
use corpus_core::search::concordance::{self, ConcordanceSort, Line};
use corpus_core::search::highlight::term_colour;
use corpus_core::search::Results;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ConcordanceProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The documents found and their matches: a line per match.
    pub results: Rc<Results>,
    /// The documents in the list's order: the lines' order by document.
    pub order: Rc<Vec<u32>>,
    /// The order the lines are in.
    pub sort: ConcordanceSort,
    /// Called with a new order.
    pub on_sort: Callback<ConcordanceSort>,
    /// Called with (hit number, document) to open that passage.
    pub on_open: Callback<(usize, u32)>,
}

/// Lines shown at once; the CSV export has every line the search kept.
const MAX_SHOWN: usize = 1000;

/// Keyword in context: every hit aligned on the keyword, sortable, exportable.
#[function_component]
pub fn Concordance(props: &ConcordanceProps) -> Html {
    let corpus = &props.corpus;
    let tr = use_texts();
    let lines = use_lines(props);
    let name = tr.get(Msg::TabConcordance).to_string();
    if lines.is_empty() {
        return html! {
            <section class="concordance" aria-label={name}>
                <p class="hint">{ tr.get(Msg::TypeToSeeContext) }</p>
            </section>
        };
    }
    let export = {
        let (corpus, lines) = (props.corpus.clone(), lines.clone());
        Callback::from(move |_| {
            let csv = concordance::to_csv(&corpus, &lines);
            let _ = download("concordance.csv", "text/csv;charset=utf-8", &csv);
        })
    };
    let sort_button = |by: ConcordanceSort, label: Msg| {
        html! {
            <button type="button" class="toggle" aria-pressed={if props.sort == by { "true" } else { "false" }}
                onclick={props.on_sort.reform(move |_| by)}>{ tr.get(label) }</button>
        }
    };
    let total = lines.len();
    html! {
        <section class="concordance" aria-label={name}>
            <div class="kwic-tools">
                <div role="group" aria-label={tr.get(Msg::SortLinesBy).to_string()}>
                    <span class="facet-label">{ tr.get(Msg::SortByColon) }</span>
                    { sort_button(ConcordanceSort::Document, Msg::SortDocument) }
                    { sort_button(ConcordanceSort::Left, Msg::LeftContext) }
                    { sort_button(ConcordanceSort::Right, Msg::RightContext) }
                </div>
                <button type="button" onclick={export}>{ tr.get(Msg::ExportCsv) }</button>
            </div>
            if total > MAX_SHOWN {
                <p class="hint">{ tr.fill(Msg::FirstLines, &[&tr.number(MAX_SHOWN), &tr.number(total)]) }</p>
            }
            <ol class="kwic">
                { for lines.iter().take(MAX_SHOWN).map(|l| {
                    let n = l.seq as usize;
                    let doc = &corpus.documents[l.doc as usize];
                    let t = &doc.text;
                    let d = l.doc;
                    // The line's direction is its text's: the outlet and date, with a
                    // direction of their own, are not asked.
                    html! {
                        <li>
                            <button type="button" class="kwic-line" dir="auto" lang={lang(doc)} onclick={props.on_open.reform(move |_| (n, d))}
                                title={tr.fill(Msg::OpenIn, &[&doc.title])}>
                                <span class="kwic-doc" dir="auto"><bdi>{ doc.outlet.as_deref().unwrap_or("—") }</bdi>{ " · " }{ doc.published.map(|p| tr.date_short(p)).unwrap_or_default() }</span>
                                <span class="kwic-left">{ l.left.slice(t) }</span>
                                <mark class={classes!("hit", format!("t{}", term_colour(l.term)))}>{ l.hit.slice(t) }</mark>
                                <span class="kwic-right">{ l.right.slice(t) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// Every match as a line, in the order asked for: computed while the tab is
/// open, again when the results or the order change.
#[hook]
fn use_lines(props: &ConcordanceProps) -> Rc<Vec<Line>> {
    let corpus = props.corpus.clone();
    let deps = (props.results.clone(), props.order.clone(), props.sort);
    use_memo(deps, move |(results, order, by)| {
        let mut lines = concordance::lines(&corpus, results, order, 60);
        concordance::sort(&corpus, &mut lines, *by);
        lines
    })
}
