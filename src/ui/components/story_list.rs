use super::story_panel::HEADING;
use super::story_writer::WRITER;
use crate::ui::hooks::focus_when_shown;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::story::Story;
use corpus_core::view::state::StoryAt;
use yew::prelude::*;

/// The id of "Write a story", where the focus goes back to when the writer
/// closes.
pub const WRITE_STORY: &str = "write-story";

/// "Write a story": opens the story writer, or closes it (view function).
pub fn write_story(t: &Texts, writing: bool, on_write: &Callback<()>) -> Html {
    html! {
        <button type="button" id={WRITE_STORY} class="write-story" aria-expanded={writing.to_string()}
            aria-controls={writing.then_some(WRITER)} onclick={on_write.reform(|_| ())}>
            { t.get(Msg::WriteStory) }
        </button>
    }
}

/// The stories to play: one, a button naming it; several, a list
/// under "Stories", each with its length and description. Starting one puts
/// the focus on the story's panel (view function).
pub fn story_list(t: &Texts, stories: &[Story], on_step: &Callback<StoryAt>) -> Html {
    let start = |story: usize| {
        let on_step = on_step.clone();
        Callback::from(move |_: MouseEvent| {
            focus_when_shown(HEADING);
            on_step.emit(StoryAt { story, step: 0 });
        })
    };
    match stories {
        [] => Html::default(),
        [story] => html! {
            <button type="button" class="play-story" onclick={start(0)}
                title={story.description.clone().unwrap_or_else(|| t.count(Msg::StorySteps, story.steps.len()))}>
                { t.fill(Msg::PlayStory, &[&story.title]) }
            </button>
        },
        stories => html! {
            <details class="stories">
                <summary>{ t.get(Msg::Stories) }</summary>
                <ul>
                    { for stories.iter().enumerate().map(|(i, story)| html! {
                        <li>
                            <button type="button" onclick={start(i)}>{ &story.title }</button>
                            <span class="story-length">{ t.count(Msg::StorySteps, story.steps.len()) }</span>
                            if let Some(d) = &story.description {
                                <span class="story-description">{ d }</span>
                            }
                        </li>
                    }) }
                </ul>
            </details>
        },
    }
}
