use super::story_field::StoryField;
use super::story_worksheet::view_shows;
use crate::ui::context::{use_explorer, use_texts};
use crate::ui::keys::step_place;
use crate::ui::written::change;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::story::Step;
use corpus_core::model::story_edit::{StepText, StoryEdit};
use corpus_core::view::link::decode_view;
use corpus_core::view::state::StoryAt;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct StepEditorProps {
    /// The story and step written (the step is read from the stories told).
    pub at: StoryAt,
    /// The view shown now, as a step keeps it (a link's fragment).
    pub view: AttrValue,
    /// Something was done that the writer says: what, and the id of the
    /// element to give the focus to once drawn, if any.
    pub on_done: Callback<(String, Option<String>)>,
}

/// What a step's controls are called in their ids.
const CONTROLS: [&str; 9] = [
    "title", "note", "question", "answer", "show", "view", "up", "down", "delete",
];

/// The id of step `step`'s control `what` (one of [`CONTROLS`]).
pub fn control_id(step: usize, what: &str) -> String {
    format!("writer-step-{}-{what}", step + 1)
}

/// One step of a story being written: a group named "Step n" with what its
/// view shows, its title, note, question and answer (each kept when the
/// field is left), and the buttons that show it, give it the view shown
/// now, move it (also Alt+↑ and Alt+↓) and delete it.
#[function_component]
pub fn StepEditor(props: &StepEditorProps) -> Html {
    let t = use_texts();
    let explorer = use_explorer();
    let at = props.at;
    let Some(story) = explorer.stories.get(at.story) else {
        return Html::default();
    };
    let Some(step) = story.steps.get(at.step) else {
        return Html::default();
    };
    let count = story.steps.len();
    let edit = explorer.act.on_edit_story.reform(change);
    let on_done = props.on_done.clone();
    let move_to = {
        let (edit, on_done, t) = (edit.clone(), on_done.clone(), t.clone());
        move |to: usize, what: &'static str| {
            edit.emit(StoryEdit::MoveStep {
                story: at.story,
                step: at.step,
                to,
            });
            let said = t.fill(Msg::StepMoved, &[&t.number(to + 1), &t.number(count)]);
            on_done.emit((said, Some(control_id(to, what))));
        }
    };
    let onkeydown = move_keys((at, count), move_to.clone());
    let shows = shows(&t, &explorer.corpus, &step.view);
    let button = |what: &'static str, label: Msg, go: Option<Callback<MouseEvent>>| {
        let disabled = go.is_none();
        let onclick = go.unwrap_or_default();
        html! {
            <button type="button" id={control_id(at.step, what)} {onclick}
                aria-disabled={disabled.then_some("true")}
                aria-keyshortcuts={match what { "up" => Some("Alt+ArrowUp"), "down" => Some("Alt+ArrowDown"), _ => None }}>
                { t.get(label) }
            </button>
        }
    };
    let up = at.step.checked_sub(1).map(|to| {
        let move_to = move_to.clone();
        Callback::from(move |_| move_to(to, "up"))
    });
    let down = (at.step + 1 < count).then(|| Callback::from(move |_| move_to(at.step + 1, "down")));
    html! {
        <li>
        <fieldset class="writer-step" {onkeydown}>
            <legend>{ t.fill(Msg::StepNumber, &[&t.number(at.step + 1)]) }</legend>
            <p class="writer-shows"><strong>{ t.get(Msg::WorksheetShows) }</strong>{ " " }{ shows }</p>
            { fields(&t, at, step, &edit) }
            <div class="writer-step-tools">
                { button("show", Msg::ShowStep, Some(explorer.act.on_step.reform(move |_| at))) }
                { button("view", Msg::UseThisView, Some(use_view(&t, at, &props.view, &edit, &on_done))) }
                { button("up", Msg::MoveStepUp, up) }
                { button("down", Msg::MoveStepDown, down) }
                { button("delete", Msg::DeleteStep, (count > 1).then(|| delete(&t, (at, count), &edit, &on_done))) }
            </div>
        </fieldset>
        </li>
    }
}

/// Alt+↑ and Alt+↓ in a step (of `count`) move it with `move_to(place,
/// control)`: the field left first keeps what was typed, and the focus
/// stays on the same field or button of the step moved.
fn move_keys(
    (at, count): (StoryAt, usize),
    move_to: impl Fn(usize, &'static str) + 'static,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let Some(to) = step_place(&e.key(), e.alt_key(), at.step, count) else {
            return;
        };
        e.prevent_default();
        let focused = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        let prefix = control_id(at.step, "");
        let what = focused.as_ref().and_then(|el| {
            let id = el.id();
            let what = id.strip_prefix(&prefix)?;
            CONTROLS.iter().copied().find(|c| *c == what)
        });
        if let Some(el) = &focused {
            let _ = el.blur();
        }
        move_to(to, what.unwrap_or(if to < at.step { "up" } else { "down" }));
    })
}

/// What a step's view shows, in words ("all the articles" for none).
pub fn shows(t: &Texts, index: &corpus_core::Index, view: &str) -> String {
    let state = decode_view(index, view).state;
    let (parts, passage) = view_shows(t, index, &state);
    let mut said = if parts.is_empty() {
        t.get(Msg::AllArticles).to_string()
    } else {
        parts.join(" · ")
    };
    if let Some(p) = passage {
        said.push_str(&format!(" · “{p}”"));
    }
    said
}

/// The step's title, note, question and answer, each kept when left.
fn fields(t: &Texts, at: StoryAt, step: &Step, edit: &Callback<StoryEdit>) -> Html {
    let field = |what: &str, label: Msg, (value, rows): (&str, u32), which: StepText| {
        let on_keep = edit.reform(move |text| StoryEdit::SetText {
            story: at.story,
            step: at.step,
            which,
            text,
        });
        let id = control_id(at.step, what);
        html! {
            <label class={classes!("writer-field", format!("field-{what}"))} for={id.clone()}>
                <span>{ t.get(label) }</span>
                <StoryField id={id} value={value.to_string()} {rows} {on_keep} />
            </label>
        }
    };
    let (question, answer) = (
        step.question.as_deref().unwrap_or_default(),
        step.answer.as_deref().unwrap_or_default(),
    );
    html! {
        <div class="writer-fields">
            { field("title", Msg::StoryTitle, (&step.title, 0), StepText::Title) }
            { field("note", Msg::StepNote, (&step.note, 3), StepText::Note) }
            { field("question", Msg::StepQuestion, (question, 2), StepText::Question) }
            { field("answer", Msg::StepAnswer, (answer, 2), StepText::Answer) }
        </div>
    }
}

/// "Use the view shown now": the step shows `view`.
fn use_view(
    t: &Texts,
    at: StoryAt,
    view: &AttrValue,
    edit: &Callback<StoryEdit>,
    on_done: &Callback<(String, Option<String>)>,
) -> Callback<MouseEvent> {
    let said = t.fill(Msg::StepViewReplaced, &[&t.number(at.step + 1)]);
    let (view, edit, on_done) = (view.to_string(), edit.clone(), on_done.clone());
    Callback::from(move |_| {
        edit.emit(StoryEdit::SetView {
            story: at.story,
            step: at.step,
            view: view.clone(),
        });
        on_done.emit((said.clone(), None));
    })
}

/// "Delete step" (of `count`): the focus goes to the title of the step now
/// in its place (or of the one before, if it was the last).
fn delete(
    t: &Texts,
    (at, count): (StoryAt, usize),
    edit: &Callback<StoryEdit>,
    on_done: &Callback<(String, Option<String>)>,
) -> Callback<MouseEvent> {
    let said = t.fill(Msg::StepDeleted, &[&t.number(at.step + 1)]);
    let next = if at.step + 1 < count {
        at.step
    } else {
        at.step.saturating_sub(1)
    };
    let (edit, on_done) = (edit.clone(), on_done.clone());
    Callback::from(move |_| {
        edit.emit(StoryEdit::DeleteStep {
            story: at.story,
            step: at.step,
        });
        on_done.emit((said.clone(), Some(control_id(next, "title"))));
    })
}
