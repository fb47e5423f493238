use super::story_step::note;
use corpus_core::figure::caption::view_parts;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::index::Index;
use corpus_core::model::story::Story;
use corpus_core::view::link::step_view;
use corpus_core::view::state::{StoryAt, View, ViewState};
use yew::prelude::*;

/// What `view` shows, in words: the search, names and days, the open
/// document's title, the tab (other than the reader's); and its passage's
/// text.
pub fn view_shows(t: &Texts, index: &Index, view: &ViewState) -> (Vec<String>, Option<String>) {
    let parts = view_parts(index, &view.query, &view.chips, view.timeline_range, t);
    let doc = view.open_doc.and_then(|d| index.documents.get(d as usize));
    let passage = doc
        .zip(view.passage)
        .map(|(d, p)| p.slice(&d.text).to_string());
    let tab = (view.view != View::Reader).then(|| t.get(view.view.label()).to_string());
    let shows = parts
        .into_iter()
        .chain(doc.map(|d| d.title.clone()))
        .chain(tab);
    (shows.collect(), passage)
}

/// A story as a worksheet to print: every step's title, note, what it shows
/// (the search, names and days in words, the document and its passage) and
/// question; the answers only if asked for. Shown in print only, when the
/// reader prints the worksheet (view function).
pub fn story_worksheet(
    t: &Texts,
    index: &Index,
    stories: &[Story],
    story: usize,
    answers: bool,
) -> Html {
    let Some(s) = stories.get(story) else {
        return Html::default();
    };
    let steps = s.steps.iter().enumerate().map(|(i, step)| {
        let view = step_view(index, stories, StoryAt { story, step: i }).unwrap_or_default();
        let (shows, passage) = view_shows(t, index, &view);
        html! {
            <li>
                <h3>{ &step.title }</h3>
                { note(&step.note) }
                if !shows.is_empty() {
                    <p class="worksheet-shows"><strong>{ t.get(Msg::WorksheetShows) }</strong>{ " " }{ shows.join(" · ") }</p>
                }
                if let Some(p) = passage {
                    <blockquote>{ p }</blockquote>
                }
                if let Some(q) = &step.question {
                    <p class="story-question"><strong>{ t.get(Msg::StoryQuestion) }</strong>{ " " }{ q }</p>
                    if let Some(a) = step.answer.as_ref().filter(|_| answers) {
                        <p class="story-answer"><strong>{ t.get(Msg::StoryAnswer) }</strong>{ " " }{ a }</p>
                    } else {
                        <div class="worksheet-lines" aria-hidden="true"></div>
                    }
                }
            </li>
        }
    });
    html! {
        <div class="story-worksheet">
            <h2>{ &s.title }</h2>
            if let Some(d) = &s.description {
                <p>{ d }</p>
            }
            <ol>{ for steps }</ol>
        </div>
    }
}
