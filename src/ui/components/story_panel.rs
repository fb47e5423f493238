use super::story_step::StepBody;
use super::story_worksheet::story_worksheet;
use crate::ui::context::{use_explorer, use_texts, Explorer};
use crate::ui::hooks::{print_as, use_focus_if_asked};
use crate::ui::keys::story_step;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::view::state::StoryAt;
use yew::prelude::*;

/// The id of the panel's heading, which takes the focus when the reader
/// starts a story.
pub const HEADING: &str = "story-heading";

#[derive(Properties, Clone, PartialEq)]
pub struct StoryPanelProps {
    /// The story and step being played.
    pub at: StoryAt,
    /// Whether the reader has made another view of the step's (the panel
    /// then offers to go back to it).
    pub explored: bool,
}

/// A story played: its title, "Step n of N" (said once per step, with the
/// step's title), the buttons (and keys) that move through the steps, go back
/// to the step's view and leave; then the step's note, and its question with
/// the answer on demand.
#[function_component]
pub fn StoryPanel(props: &StoryPanelProps) -> Html {
    let Explorer {
        corpus,
        stories,
        act,
        ..
    } = use_explorer();
    let t = use_texts();
    use_focus_if_asked(HEADING);
    // Whether the printed worksheet has the answers.
    let answers = use_state(|| false);
    let Some(story) = stories.get(props.at.story) else {
        return Html::default();
    };
    let (at, count) = (props.at, story.steps.len());
    let go = |to: usize| act.on_step.reform(move |()| StoryAt { step: to, ..at });
    let onkeydown = {
        let on_step = act.on_step.clone();
        Callback::from(move |e: KeyboardEvent| {
            if typing_in(&e) || e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            if let Some(step) = story_step(&e.key(), at.step, count) {
                e.prevent_default();
                on_step.emit(StoryAt { step, ..at });
            }
        })
    };
    let step = &story.steps[at.step.min(count.saturating_sub(1))];
    let toggle_answers = {
        let answers = answers.clone();
        Callback::from(move |_: Event| answers.set(!*answers))
    };
    html! {
        <section class="story" aria-label={story.title.clone()} {onkeydown}>
            <div class="story-head">
                <h2 id={HEADING} tabindex="-1">{ &story.title }</h2>
                <p class="story-count" role="status">
                    { t.fill(Msg::StepOf, &[&t.number(at.step + 1), &t.number(count)]) }
                    if !step.title.is_empty() {
                        <span class="visually-hidden">{ format!(": {}", step.title) }</span>
                    }
                </p>
                <div class="story-moves">
                    { move_button(&t, Msg::PreviousStep, "ArrowLeft PageUp", at.step.checked_sub(1).map(go)) }
                    { move_button(&t, Msg::NextStep, "ArrowRight PageDown", (at.step + 1 < count).then(|| go(at.step + 1))) }
                    if props.explored {
                        <button type="button" class="story-back" onclick={go(at.step).reform(|_| ())}>
                            { t.fill(Msg::BackToStep, &[&t.number(at.step + 1)]) }
                        </button>
                    }
                </div>
                <span class="story-keys">{ t.get(Msg::StoryKeys) }</span>
                <span class="story-print">
                    <button type="button" onclick={|_| print_as("worksheet")}>{ t.get(Msg::PrintWorksheet) }</button>
                    <label><input type="checkbox" checked={*answers} onchange={toggle_answers} />{ t.get(Msg::WithAnswers) }</label>
                </span>
                <button type="button" class="story-leave" onclick={act.on_leave_story.reform(|_| ())}>
                    { t.get(Msg::LeaveStory) }
                </button>
            </div>
            <StepBody key={at.step} {at} />
            { story_worksheet(&t, &corpus, &stories, at.story, *answers) }
        </section>
    }
}

/// Previous or Next step: at an end it stays (so the focus stays on it) but
/// says it does nothing.
fn move_button(t: &Texts, label: Msg, keys: &'static str, go: Option<Callback<()>>) -> Html {
    let disabled = go.is_none();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(go) = &go {
            go.emit(());
        }
    });
    html! {
        <button type="button" aria-keyshortcuts={keys} aria-disabled={disabled.then_some("true")} {onclick}>
            { t.get(label) }
        </button>
    }
}

/// Whether a key goes to a field being typed in (not to the story).
fn typing_in(e: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
