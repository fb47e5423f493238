//! The app shell: holds the reader's inputs in one reducer, keeps them in step
//! with the link and the host page, derives what the view shows from them
//! (the hooks in `hooks::search`), and lays out the page's parts, which share
//! the corpus and the dispatcher through the [`Explorer`] context.

use super::components::story_list::WRITE_STORY;
use super::components::{
    deferred::Deferred,
    documents_panel::DocumentsPanel,
    header::Header,
    main_panel::MainPanel,
    names_panel::NamesPanel,
    story_panel::StoryPanelProps,
    story_writer::{StoryWriterProps, HEADING as WRITER_HEADING},
    term_trends::{holding_place, TermTrendsProps},
    timeline::Timeline,
};
use super::context::{use_texts, Explorer};
use super::figure::FigureView;
use super::history::{self, use_fragment_sync};
use super::hooks::search::{use_names, use_reading, use_search};
use super::hooks::{focus_id, focus_when_shown, page_meta, use_focus_on_change, use_settled};
use super::host::use_host;
use super::parts::{self, view_props};
use super::state::{Action, Inputs, View};
use super::written::Change;
use super::Corpus;
use corpus_core::figure::caption::view_parts;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::story::Story;
use corpus_core::quotes::listing::times_quoted;
use corpus_core::view::link::{self, Decoded, Mode};
use corpus_core::view::request::LinkProblem;
use corpus_core::view::state::StoryAt;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The decoded corpus.
    pub corpus: Corpus,
    /// The stories told with it: its own, as the reader has written them.
    pub stories: Rc<Vec<Story>>,
    /// Changes the stories told (the reader writing in the page).
    pub on_edit_story: Callback<Change>,
    /// The link (URL fragment) to open with; empty for the default view.
    #[prop_or_default]
    pub fragment: AttrValue,
    /// Where the data export is, when not beside the page or inside it
    /// (the reader's own articles: a `blob:` address).
    #[prop_or_default]
    pub data_href: Option<AttrValue>,
    /// Whether the reader's own articles are being read or saved.
    #[prop_or_default]
    pub own_busy: bool,
    /// Opens the reader's own articles (files as `{ path, file }`): "Open your
    /// own articles" in the header, not shown embedded.
    #[prop_or_default]
    pub on_open_files: Option<Callback<js_sys::Array>>,
}

/// What the link the page opened with could not use, and how to put it away.
#[hook]
fn use_problems(opened: &Decoded) -> (Rc<Vec<LinkProblem>>, Callback<Vec<LinkProblem>>) {
    let first = opened.problems.clone();
    let problems = use_state(move || Rc::new(first));
    let on_problems = {
        let problems = problems.clone();
        use_callback((), move |p: Vec<LinkProblem>, _| problems.set(Rc::new(p)))
    };
    ((*problems).clone(), on_problems)
}

/// What the printout and saved pictures say about the view: the search, names
/// and days in force, in words, and how many documents are shown.
#[hook]
fn use_view_words(corpus: &Corpus, inputs: &Inputs, shown: usize) -> Rc<FigureView> {
    let corpus = corpus.clone();
    let key = (
        inputs.query.clone(),
        inputs.chips.clone(),
        inputs.timeline_range,
    );
    let t = use_texts();
    let parts = use_memo((key, t), move |((query, chips, range), t)| {
        view_parts(&corpus, query, chips, *range, t)
    });
    use_memo((parts, shown), |(parts, shown)| FigureView {
        parts: parts.clone(),
        shown: *shown,
    })
}

/// Where the data export is: given, else named by the page (the single
/// offline file holds it), else beside the page.
#[hook]
fn use_data_href(given: Option<AttrValue>) -> AttrValue {
    let href = use_memo(given, |href| match href {
        Some(h) => h.clone(),
        None => page_meta("corpus-data")
            .unwrap_or_else(|| "corpus.json".into())
            .into(),
    });
    (*href).clone()
}

/// The terms' trends under the timeline: fetched with the first search that
/// has terms (until then an empty holder, as the chart's is without terms),
/// then kept, so that the chart keeps its settings from one search to the
/// next.
fn trends(t: &Texts, props: TermTrendsProps) -> Html {
    if parts::TRENDS.loaded().is_none() && props.terms.is_empty() && !props.pending {
        return html! { <div class="trends-body"></div> };
    }
    html! {
        <Deferred part={&parts::TRENDS} class="trends-place" props={view_props(props)}>
            { holding_place(t) }
        </Deferred>
    }
}

/// The explorer's context: made anew when the stories told change (their
/// actions read them), the quotations counted once.
#[hook]
fn use_explorer_of(
    corpus: &Corpus,
    stories: &Rc<Vec<Story>>,
    inputs: &UseReducerHandle<Inputs>,
    on_edit_story: &Callback<Change>,
) -> Rc<Explorer> {
    let times_quoted = {
        let corpus = corpus.clone();
        use_memo((), move |_| Rc::new(times_quoted(&corpus)))
    };
    let corpus = corpus.clone();
    use_memo(
        (inputs.dispatcher(), stories.clone(), on_edit_story.clone()),
        move |(d, stories, on_edit)| {
            let quoted = (*times_quoted).clone();
            Explorer::new(corpus, stories.clone(), d, on_edit.clone(), quoted)
        },
    )
}

/// Whether the reader is writing a story, and which (`Some(None)`: a new
/// one); "Write a story" opening or closing the writer (on the story played,
/// else the last one told), and the choice of another story to write.
#[hook]
fn use_writer(
    stories: &[Story],
    playing: Option<StoryAt>,
) -> (Option<Option<usize>>, Callback<()>, Callback<Option<usize>>) {
    let writing = use_state_eq(|| None::<Option<usize>>);
    let first = playing.map(|at| at.story).or(stories.len().checked_sub(1));
    let on_write = {
        let writing = writing.clone();
        Callback::from(move |()| {
            if writing.is_some() {
                writing.set(None);
                focus_id(WRITE_STORY);
            } else {
                focus_when_shown(WRITER_HEADING);
                writing.set(Some(first));
            }
        })
    };
    let on_choose = {
        let writing = writing.clone();
        Callback::from(move |story| writing.set(Some(story)))
    };
    (*writing, on_write, on_choose)
}

/// A story played whose step is no longer told (the reader deleted it,
/// writing the story) stops; the view stays.
#[hook]
fn use_leave_when_gone(corpus: &Corpus, stories: &[Story], inputs: &UseReducerHandle<Inputs>) {
    let gone = inputs
        .story
        .is_some_and(|at| link::step_view(corpus, stories, at).is_none());
    let dispatch = inputs.dispatcher();
    use_effect_with(gone, move |gone| {
        if *gone {
            dispatch.dispatch(Action::LeaveStory);
        }
    });
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let corpus = props.corpus.clone();
    // The view and mode the link asked for, read once.
    let stories = props.stories.clone();
    let opened = {
        let (corpus, stories, fragment) = (corpus.clone(), stories.clone(), props.fragment.clone());
        use_memo((), move |_| {
            history::opened_with(&corpus, &stories, &fragment)
        })
    };
    let mode = use_memo((), |_| opened.mode.clone());
    let inputs = {
        let state = opened.state.clone();
        use_reducer(move || Inputs(state))
    };
    let explorer = use_explorer_of(&corpus, &stories, &inputs, &props.on_edit_story);
    let (problems, on_problems) = use_problems(&opened);
    use_fragment_sync(
        &corpus,
        &stories,
        &inputs,
        mode.clone(),
        on_problems.clone(),
    );
    use_host(&corpus, &stories, &inputs, mode.clone());
    use_focus_on_change("reader", (inputs.opened > 0).then_some(inputs.opened));
    use_leave_when_gone(&corpus, &stories, &inputs);

    let searched = use_search(&corpus, &inputs);
    let search = &searched.search;
    let reading = use_reading(&corpus, search, &inputs);
    let names = use_names(&corpus, search, &inputs);
    // The trends follow the same settled results as the names, with their terms.
    let trend_terms = use_settled(search.terms.clone(), inputs.query.clone(), 300);
    let figure_view = use_view_words(&corpus, &inputs, names.results.docs.len());
    let address = use_memo((), |_| history::page_address());
    let full_link = link::full_link(
        &address,
        &link::encode(&corpus, &stories, &inputs, &Mode::default()),
    );
    let data_href = use_data_href(props.data_href.clone());
    let embed = mode.embed;
    let t = use_texts();
    let (writing, on_write, on_choose) = use_writer(&stories, inputs.story);
    html! {
        <ContextProvider<Explorer> context={(*explorer).clone()}>
            <div class={classes!("app", embed.then_some("embed"))}>
                <a class="skip-link" href="#reader">{ t.get(Msg::SkipToArticle) }</a>
                <Header inputs={inputs.clone()} searched={searched.clone()} view_parts={figure_view.parts.clone()}
                    full_link={AttrValue::from(full_link)} {data_href} {problems}
                    on_dismiss_problems={on_problems.reform(|()| Vec::new())} {embed}
                    writing={writing.is_some()} on_write={on_write.clone()}
                    own_busy={props.own_busy} on_open_files={props.on_open_files.clone()} />
                if let Some(at) = inputs.story {
                    <Deferred part={&parts::STORY} class="story-place"
                        props={view_props(StoryPanelProps { at, explored: link::left_step(&corpus, &stories, &inputs) })} />
                }
                if let (Some(story), false) = (writing, embed) {
                    <Deferred part={&parts::WRITER} class="writer-place"
                        props={view_props(StoryWriterProps { story, view: link::step_fragment(&corpus, &inputs).into(),
                            on_choose, on_close: on_write })} />
                }
                <Timeline results={names.results.clone()} open={reading.open} passage={inputs.passage}
                    range={inputs.timeline_range} view={figure_view.clone()} />
                { trends(&t, TermTrendsProps { results: names.results.clone(), terms: trend_terms,
                    pending: !search.terms.is_empty(), view: figure_view.clone() }) }
                <div class={classes!("columns", (inputs.view == View::Connections).then_some("matrix-view"))}>
                    <DocumentsPanel search={search.clone()} sort={inputs.sort} open={reading.open} />
                    <MainPanel inputs={inputs.clone()} search={search.clone()} reading={reading.clone()}
                        names={names.clone()} {figure_view} />
                    if !embed {
                        <NamesPanel {names} chips={Rc::new(inputs.chips.clone())} focus={inputs.focus_entity()} />
                    }
                </div>
            </div>
        </ContextProvider<Explorer>>
    }
}
