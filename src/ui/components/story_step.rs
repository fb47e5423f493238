use crate::ui::context::{use_explorer, use_texts};
use corpus_core::i18n::Msg;
use corpus_core::model::story::note_paragraphs;
use corpus_core::view::state::StoryAt;
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct StepBodyProps {
    /// The story and step shown (the step is read from the stories told).
    pub at: StoryAt,
}

/// A step's title, note and question; its answer hidden until asked for
/// (hidden again at the next step: the body is drawn anew per step).
#[function_component]
pub fn StepBody(props: &StepBodyProps) -> Html {
    let t = use_texts();
    let stories = use_explorer().stories;
    let shown = use_state(|| false);
    let Some(step) = stories
        .get(props.at.story)
        .and_then(|s| s.steps.get(props.at.step))
    else {
        return Html::default();
    };
    let answer_id = format!("story-answer-{}", props.at.step + 1);
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };
    html! {
        <div class="story-step">
            <div class="story-note">
                if !step.title.is_empty() {
                    <h3>{ &step.title }</h3>
                }
                { note(&step.note) }
            </div>
            if let Some(question) = &step.question {
                <div class="story-ask">
                <p class="story-question"><strong>{ t.get(Msg::StoryQuestion) }</strong>{ " " }{ question }</p>
                if let Some(answer) = &step.answer {
                    <button type="button" aria-expanded={(*shown).to_string()} aria-controls={answer_id.clone()} onclick={toggle}>
                        { t.get(Msg::ShowAnswer) }
                    </button>
                    <p id={answer_id} class="story-answer" hidden={!*shown}>
                        <strong>{ t.get(Msg::StoryAnswer) }</strong>{ " " }{ answer }
                    </p>
                }
                </div>
            }
        </div>
    }
}

/// A note's paragraphs, emphasis as `<em>`.
pub fn note(text: &str) -> Html {
    note_paragraphs(text)
        .into_iter()
        .map(|runs| {
            let runs = runs.into_iter().map(|r| {
                let part = r.span.slice(text).to_string();
                if r.emphasis {
                    html! { <em>{ part }</em> }
                } else {
                    html! { { part } }
                }
            });
            html! { <p>{ for runs }</p> }
        })
        .collect()
}
