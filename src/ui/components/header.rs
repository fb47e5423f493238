use super::{
    active_chips::{active_chips, ActiveChipsProps},
    copy_link::CopyLink,
    hit_navigator::{hit_navigator, HitNavigator},
    interface_language::InterfaceLanguage,
    link_notice::link_notice,
    open_articles::OpenArticles,
    print_summary::print_summary,
    range_chip::range_chip,
    result_status::ResultStatus,
    search_box::SearchBox,
    story_list::{story_list, write_story},
    term_legend::{term_legend, TermLegendProps},
};
use crate::ui::context::{use_explorer, use_texts, Explorer};
use crate::ui::hooks::search::{Search, Searched};
use crate::ui::state::Inputs;
use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::story::Story;
use corpus_core::time::calendar::years_label;
use corpus_core::view::request::LinkProblem;
use corpus_core::view::state::StoryAt;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The reader's inputs.
    pub inputs: UseReducerHandle<Inputs>,
    /// The query's problems and the search shown.
    pub searched: Rc<Searched>,
    /// The search, names and days in force, in words (for the printout).
    pub view_parts: Rc<Vec<String>>,
    /// The link to this view in the full explorer.
    pub full_link: AttrValue,
    /// Where the data export is: beside the page, inside it, or a `blob:`.
    pub data_href: AttrValue,
    /// What the link the page was opened with could not use.
    pub problems: Rc<Vec<LinkProblem>>,
    /// Called to put those problems away.
    pub on_dismiss_problems: Callback<()>,
    /// The compact layout of an embedded explorer: a link to the full one
    /// instead of the subtitle, and no page tools.
    pub embed: bool,
    /// Whether the reader's own articles are being read or saved.
    pub own_busy: bool,
    /// Opens the reader's own articles (files as `{ path, file }`); `None`
    /// offers no "Open your own articles".
    pub on_open_files: Option<Callback<js_sys::Array>>,
    /// Whether the reader is writing a story.
    pub writing: bool,
    /// Opens or closes the story writer ("Write a story").
    pub on_write: Callback<()>,
}

/// The corpus's description, or "5 articles, 2022–23, explored in your browser".
fn subtitle(t: &Texts, corpus: &Corpus) -> String {
    if let Some(d) = &corpus.info.description {
        return d.clone();
    }
    let years = corpus
        .publication_years()
        .map_or(String::new(), |(first, last)| {
            format!(", {}", years_label(first, last))
        });
    t.fill(
        Msg::Subtitle,
        &[&t.count(Msg::Articles, corpus.documents.len()), &years],
    )
}

/// The next and previous hit of all those listed, round the ends.
fn hit_steps(
    cursor: Option<usize>,
    search: &Search,
    on_hit: &Callback<(usize, u32)>,
) -> [Callback<()>; 2] {
    let step = |delta: isize| {
        let (numbers, order, on_hit) =
            (search.numbers.clone(), search.order.clone(), on_hit.clone());
        Callback::from(move |()| {
            let Some(index) = numbers.step(cursor, delta) else {
                return;
            };
            if let Some((doc, _)) = numbers.locate(&order, index) {
                on_hit.emit((index, doc));
            }
        })
    };
    [step(1), step(-1)]
}

/// The page's head: the title, the search field with what is in force (the
/// status, chips, days, legend and what a link could not use), the printout's
/// summary and the page's tools.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let Explorer {
        corpus,
        stories,
        act,
        ..
    } = use_explorer();
    let t = use_texts();
    let state = &props.inputs;
    let search = &props.searched.search;
    let [on_next, on_previous] = hit_steps(state.hit_cursor, search, &act.on_hit);
    let example = corpus
        .entities
        .first()
        .map_or(AttrValue::from(t.get(Msg::ExampleName).to_string()), |e| {
            AttrValue::from(e.name.clone())
        });
    html! {
        <header class="top">
            <div class="brand">
                <h1>{ &corpus.info.title }</h1>
                if props.embed {
                    <a class="open-full" href={props.full_link.clone()} target="_blank" rel="noopener">
                        { t.get(Msg::OpenFullExplorer) }<span aria-hidden="true">{ " ↗" }</span>
                    </a>
                } else {
                    <p class="subtitle">{ subtitle(&t, &corpus) }</p>
                }
            </div>
            <div class="search-area" role="search">
                <SearchBox value={state.query.clone()} {example} errors={props.searched.errors.clone()}
                    notes={search.notes.clone()} exact={state.exact} on_change={act.on_query.clone()}
                    on_next={on_next.clone()} on_previous={on_previous.clone()} on_toggle_exact={act.on_toggle_exact.clone()} />
                <div class="search-status">
                    <ResultStatus
                        shown={search.results.docs.len()}
                        total={corpus.documents.len()}
                        hits={search.results.total_hits()}
                        capped={search.results.capped}
                        regex_loading={search.regex_loading}
                        words_pending={search.words_pending}
                        problem={props.searched.errors.first().map(|e| AttrValue::from(e.message(&t)))}
                        filtering={state.is_filtering()}
                    />
                    { hit_navigator(&t, HitNavigator { current: state.hit_cursor, total: search.numbers.total(), on_previous: &on_previous, on_next: &on_next }) }
                </div>
                { active_chips(&t, &ActiveChipsProps { corpus: corpus.clone(), chips: Rc::new(state.chips.clone()), on_flip: act.on_flip.clone(), on_remove: act.on_remove.clone() }) }
                { range_chip(&t, state.timeline_range, &act.on_range.reform(|()| None)) }
                { term_legend(&t, &TermLegendProps { terms: search.terms.clone(), hidden: Rc::new(state.hidden_terms.clone()), on_toggle: act.on_term.clone() }) }
                { link_notice(&t, &props.problems, &props.on_dismiss_problems) }
            </div>
            { print_summary(&props.view_parts, &props.full_link) }
            { page_tools(&t, props, (&corpus, &stories), &act.on_step) }
        </header>
    }
}

/// "Copy link"; besides, in the full explorer, the stories to play (unless
/// one is) and "Write a story", "Open your own articles" and "Download data".
fn page_tools(
    t: &Texts,
    props: &HeaderProps,
    (corpus, stories): (&Corpus, &[Story]),
    on_step: &Callback<StoryAt>,
) -> Html {
    html! {
        <div class="page-tools">
            <InterfaceLanguage />
            <CopyLink link={props.full_link.clone()} />
            if !props.embed && props.inputs.story.is_none() {
                { story_list(t, stories, on_step) }
            }
            if !props.embed {
                { write_story(t, props.writing, &props.on_write) }
            }
            if !props.embed {
                if let Some(on_open) = &props.on_open_files {
                    <OpenArticles busy={props.own_busy} on_open={on_open.clone()} />
                }
                <a class="download" href={props.data_href.clone()} download={format!("{}-corpus.json", corpus.info.file_name)}>{ t.get(Msg::DownloadData) }</a>
            }
        </div>
    }
}
