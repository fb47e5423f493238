use super::story_field::{field_value, StoryField};
use super::story_panel::HEADING as STORY_HEADING;
use super::story_step_editor::{control_id, shows, StepEditor};
use crate::ui::context::{use_explorer, use_texts, Explorer};
use crate::ui::hooks::{download_value, focus_id, focus_when_shown, use_focus_if_asked};
use crate::ui::written::change;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::ingest::stories::write;
use corpus_core::model::story::Story;
use corpus_core::model::story_edit::StoryEdit;
use corpus_core::view::state::StoryAt;
use std::rc::Rc;
use yew::prelude::*;

/// The id of the writer's heading, which takes the focus when it opens.
pub const HEADING: &str = "story-writer-heading";

/// The id of the writer's region (what "Write a story" controls).
pub const WRITER: &str = "story-writer";

#[derive(Properties, Clone, PartialEq)]
pub struct StoryWriterProps {
    /// The story written: one of the stories told, or `None` for a new one.
    pub story: Option<usize>,
    /// The view shown now, as a step keeps it (a link's fragment).
    pub view: AttrValue,
    /// Another story is chosen to write (`None`: a new one).
    pub on_choose: Callback<Option<usize>>,
    /// The writer closes.
    pub on_close: Callback<()>,
}

/// Writing a story in the page: which story (or a new one), its title and
/// description, its steps ([`StepEditor`]), "Add this view as a step", and
/// playing, downloading (`NAME.toml`) or deleting it. What it does is said
/// in a status; the focus follows a step moved or deleted.
#[function_component]
pub fn StoryWriter(props: &StoryWriterProps) -> Html {
    let t = use_texts();
    let explorer = use_explorer();
    use_focus_if_asked(HEADING);
    let said = use_state(String::new);
    // The element to give the focus to once drawn (with a count, so that
    // the same one asked twice is focused twice).
    let focus = use_state(|| (0u32, None::<String>));
    use_effect_with(focus.clone(), |focus| {
        if let Some(id) = &focus.1 {
            focus_id(id);
        }
    });
    let on_done = {
        let (said, focus) = (said.clone(), focus.clone());
        Callback::from(move |(what, target): (String, Option<String>)| {
            said.set(what);
            if target.is_some() {
                focus.set((focus.0 + 1, target));
            }
        })
    };
    let story = props
        .story
        .and_then(|i| Some((i, explorer.stories.get(i)?)));
    html! {
        <section id={WRITER} class="writer" aria-labelledby={HEADING}>
            { head(&t, &explorer.stories, props) }
            if let Some((i, story)) = story {
                { story_fields(&t, i, story, &explorer.act.on_edit_story.reform(change)) }
                <ol class="writer-steps">
                    { for (0..story.steps.len()).map(|step| html! {
                        <StepEditor key={step} at={StoryAt { story: i, step }} view={props.view.clone()} on_done={on_done.clone()} />
                    }) }
                </ol>
            } else {
                <p class="writer-hint">{ t.get(Msg::WriterHint) }</p>
                <label class="writer-field writer-new-title">
                    <span>{ t.get(Msg::StoryTitle) }</span>
                    <input id="writer-new-title" type="text" placeholder={t.get(Msg::UntitledStory).to_string()} />
                </label>
            }
            <p class="writer-now"><strong>{ t.get(Msg::ShownNow) }</strong>{ " " }{ shows(&t, &explorer.corpus, &props.view) }</p>
            <div class="writer-actions">
                <button type="button" class="writer-add" onclick={add_step(&t, &explorer, props, &on_done)}>
                    { t.get(Msg::AddViewAsStep) }
                </button>
                if let Some((i, story)) = story {
                    { story_tools(&t, &explorer, (i, story), &props.on_choose, &on_done) }
                }
            </div>
            <p class="visually-hidden" role="status">{ (*said).clone() }</p>
        </section>
    }
}

/// The heading, the choice of story and "Close".
fn head(t: &Texts, stories: &[Story], props: &StoryWriterProps) -> Html {
    let on_choose = props
        .on_choose
        .reform(|e: Event| field_value(&e).parse::<usize>().ok());
    html! {
        <div class="writer-head">
            <h2 id={HEADING} tabindex="-1">{ t.get(Msg::WriteStory) }</h2>
            <label>
                { t.get(Msg::StoryToWrite) }
                <select onchange={on_choose}>
                    { for stories.iter().enumerate().map(|(i, s)| html! {
                        <option value={i.to_string()} selected={props.story == Some(i)}>{ &s.title }</option>
                    }) }
                    <option value="new" selected={props.story.is_none()}>{ t.get(Msg::NewStory) }</option>
                </select>
            </label>
            <button type="button" class="writer-close" onclick={props.on_close.reform(|_| ())}>
                { t.get(Msg::CloseWriter) }
            </button>
        </div>
    }
}

/// The story's title and description, each kept when the field is left.
fn story_fields(t: &Texts, story: usize, s: &Story, edit: &Callback<StoryEdit>) -> Html {
    let title = edit.reform(move |text| StoryEdit::SetTitle { story, text });
    let description = edit.reform(move |text| StoryEdit::SetDescription { story, text });
    html! {
        <div class="writer-fields writer-story">
            <label class="writer-field field-title" for="writer-title">
                <span>{ t.get(Msg::StoryTitle) }</span>
                <StoryField id="writer-title" value={s.title.clone()} on_keep={title} />
            </label>
            <label class="writer-field field-note" for="writer-description">
                <span>{ t.get(Msg::StoryDescription) }</span>
                <StoryField id="writer-description" value={s.description.clone().unwrap_or_default()} on_keep={description} />
            </label>
        </div>
    }
}

/// "Add this view as a step": to the story written, or a new one titled as
/// its title field says (else "Untitled story"), then written.
fn add_step(
    t: &Rc<Texts>,
    explorer: &Explorer,
    props: &StoryWriterProps,
    on_done: &Callback<(String, Option<String>)>,
) -> Callback<MouseEvent> {
    let (edit, on_choose, on_done) = (
        explorer.act.on_edit_story.reform(change),
        props.on_choose.clone(),
        on_done.clone(),
    );
    let (view, untitled) = (
        props.view.to_string(),
        t.get(Msg::UntitledStory).to_string(),
    );
    let stories = explorer.stories.clone();
    let story = props.story.filter(|&i| i < stories.len());
    let t = t.clone();
    Callback::from(move |_| {
        let view = view.clone();
        let step = match story {
            Some(story) => {
                edit.emit(StoryEdit::AddStep { story, view });
                stories[story].steps.len()
            }
            None => {
                let typed = new_title();
                let title = if typed.trim().is_empty() {
                    untitled.clone()
                } else {
                    typed
                };
                edit.emit(StoryEdit::Start { title, view });
                on_choose.emit(Some(stories.len()));
                0
            }
        };
        let said = t.fill(Msg::StepAdded, &[&t.number(step + 1)]);
        on_done.emit((said, Some(control_id(step, "title"))));
    })
}

/// The title typed for a new story.
fn new_title() -> String {
    use wasm_bindgen::JsCast;
    gloo::utils::document()
        .get_element_by_id("writer-new-title")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// "Play the story", "Download the story" (its `.toml`), "Delete the story"
/// (once the reader confirms).
fn story_tools(
    t: &Texts,
    explorer: &Explorer,
    (i, story): (usize, &Story),
    on_choose: &Callback<Option<usize>>,
    on_done: &Callback<(String, Option<String>)>,
) -> Html {
    let play = explorer.act.on_step.reform(move |_: MouseEvent| {
        focus_when_shown(STORY_HEADING);
        StoryAt { story: i, step: 0 }
    });
    let download = {
        let (name, text) = (format!("{}.toml", story.name), write(story));
        Callback::from(move |_: MouseEvent| {
            let _ = download_value(&name, "application/toml", &text.as_str().into());
        })
    };
    let delete = {
        let question = t.fill(Msg::ConfirmDeleteStory, &[&story.title]);
        let said = t.get(Msg::StoryDeleted).to_string();
        let (edit, leave) = (
            explorer.act.on_edit_story.reform(change),
            explorer.act.on_leave_story.clone(),
        );
        let (on_choose, on_done) = (on_choose.clone(), on_done.clone());
        Callback::from(move |_: MouseEvent| {
            if gloo::utils::window()
                .confirm_with_message(&question)
                .unwrap_or(false)
            {
                // The stories' places change: a story played is left.
                leave.emit(());
                edit.emit(StoryEdit::DeleteStory { story: i });
                on_choose.emit(None);
                on_done.emit((said.clone(), Some(HEADING.to_string())));
            }
        })
    };
    html! {
        <>
            <button type="button" onclick={play}>{ t.get(Msg::PlayTheStory) }</button>
            <button type="button" onclick={download}>{ t.get(Msg::DownloadStory) }</button>
            <button type="button" class="writer-delete" onclick={delete}>{ t.get(Msg::DeleteStory) }</button>
        </>
    }
}
