//! Stories written in the page: the changes a reader makes to the stories
//! being told ([`StoryEdit`]), applied by [`apply`]. A story always keeps at
//! least one step (it starts with one, and its last step is not deleted: the
//! story is), so that every story written can be played and saved as a file
//! the build reads.

use crate::model::story::{Step, Story};
use crate::text::fold::slug;

/// A text of a step the reader writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepText {
    Title,
    Note,
    Question,
    Answer,
}

/// A change to the stories being told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoryEdit {
    /// A new story titled `title` (its name made of it), its first step
    /// showing `view` (a link's fragment without `#`).
    Start {
        title: String,
        view: String,
    },
    /// A step showing `view` added after the last of `story`.
    AddStep {
        story: usize,
        view: String,
    },
    /// The story's title (unless empty): its name follows while it is still
    /// made of the title (a story named by its file keeps its file's name).
    SetTitle {
        story: usize,
        text: String,
    },
    SetDescription {
        story: usize,
        text: String,
    },
    /// One of a step's texts; empty takes the question or answer away.
    SetText {
        story: usize,
        step: usize,
        which: StepText,
        text: String,
    },
    /// The view a step shows, replaced.
    SetView {
        story: usize,
        step: usize,
        view: String,
    },
    /// A step moved to place `to` (from 0), the others closing up.
    MoveStep {
        story: usize,
        step: usize,
        to: usize,
    },
    /// A step deleted, unless it is the story's only one.
    DeleteStep {
        story: usize,
        step: usize,
    },
    DeleteStory {
        story: usize,
    },
}

/// Applies `edit` to `stories`; an edit naming a story or step that is not
/// there changes nothing. Texts are kept trimmed, as a story's file is read.
pub fn apply(stories: &mut Vec<Story>, edit: StoryEdit) {
    let trimmed = |t: String| t.trim().to_string();
    match edit {
        StoryEdit::Start { title, view } => {
            let title = trimmed(title);
            let name = free_name(stories, &title, None);
            stories.push(Story {
                name,
                title,
                description: None,
                steps: vec![Step {
                    view,
                    ..Step::default()
                }],
            });
        }
        StoryEdit::AddStep { story, view } => {
            if let Some(s) = stories.get_mut(story) {
                s.steps.push(Step {
                    view,
                    ..Step::default()
                });
            }
        }
        StoryEdit::SetTitle { story, text } => {
            let title = trimmed(text);
            if !title.is_empty() {
                retitle(stories, story, title);
            }
        }
        StoryEdit::SetDescription { story, text } => {
            if let Some(s) = stories.get_mut(story) {
                s.description = Some(trimmed(text)).filter(|t| !t.is_empty());
            }
        }
        StoryEdit::SetText {
            story,
            step,
            which,
            text,
        } => {
            if let Some(s) = step_mut(stories, story, step) {
                set_text(s, which, trimmed(text));
            }
        }
        StoryEdit::SetView { story, step, view } => {
            if let Some(s) = step_mut(stories, story, step) {
                s.view = view;
            }
        }
        StoryEdit::MoveStep { story, step, to } => {
            if let Some(s) = stories.get_mut(story).filter(|s| step < s.steps.len()) {
                let moved = s.steps.remove(step);
                let to = to.min(s.steps.len());
                s.steps.insert(to, moved);
            }
        }
        StoryEdit::DeleteStep { story, step } => {
            if let Some(s) = stories.get_mut(story).filter(|s| s.steps.len() > 1) {
                if step < s.steps.len() {
                    s.steps.remove(step);
                }
            }
        }
        StoryEdit::DeleteStory { story } => {
            if story < stories.len() {
                stories.remove(story);
            }
        }
    }
}

fn step_mut(stories: &mut [Story], story: usize, step: usize) -> Option<&mut Step> {
    stories.get_mut(story)?.steps.get_mut(step)
}

fn set_text(step: &mut Step, which: StepText, text: String) {
    let optional = Some(text.clone()).filter(|t| !t.is_empty());
    match which {
        StepText::Title => step.title = text,
        StepText::Note => step.note = text,
        StepText::Question => step.question = optional,
        StepText::Answer => step.answer = optional,
    }
}

/// Story `story` titled `title`, renamed after it if its name was made of
/// its old title.
fn retitle(stories: &mut [Story], story: usize, title: String) {
    let Some(old) = stories.get(story) else {
        return;
    };
    if made_of(&old.name, &old.title) {
        let name = free_name(stories, &title, Some(story));
        stories[story].name = name;
    }
    stories[story].title = title;
}

/// Whether `name` was made of `title` by [`free_name`].
fn made_of(name: &str, title: &str) -> bool {
    let base = base_name(title);
    name == base
        || name.strip_prefix(&base).is_some_and(|rest| {
            rest.strip_prefix('-')
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// What a name made of `title` starts with: its slug, at most 40 bytes cut
/// at a word's end, or `story`.
fn base_name(title: &str) -> String {
    let mut base = slug(title);
    if base.len() > 40 {
        let cut = base[..=40].rfind('-').unwrap_or(40);
        let cut = (0..=cut)
            .rev()
            .find(|&i| base.is_char_boundary(i))
            .unwrap_or(0);
        base.truncate(cut);
    }
    if base.is_empty() {
        base = "story".into();
    }
    base
}

/// A name made of `title` that no story but `except` has: its base, else the
/// base followed by `-2`, `-3`…
pub fn free_name(stories: &[Story], title: &str, except: Option<usize>) -> String {
    let base = base_name(title);
    let taken = |name: &str| {
        stories
            .iter()
            .enumerate()
            .any(|(i, s)| Some(i) != except && s.name == name)
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|name| !taken(name))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(name: &str, title: &str, views: &[&str]) -> Story {
        Story {
            name: name.into(),
            title: title.into(),
            description: None,
            steps: views
                .iter()
                .map(|v| Step {
                    view: v.to_string(),
                    ..Step::default()
                })
                .collect(),
        }
    }

    /// The stories after `edits`, each as `name: title [views]`.
    fn check(start: Vec<Story>, edits: Vec<StoryEdit>, expected: &[&str]) {
        let mut stories = start;
        for edit in edits {
            apply(&mut stories, edit);
        }
        let said: Vec<String> = stories
            .iter()
            .map(|s| {
                let views: Vec<&str> = s.steps.iter().map(|s| s.view.as_str()).collect();
                format!("{}: {} [{}]", s.name, s.title, views.join(" "))
            })
            .collect();
        assert_eq!(said, expected);
    }

    fn start(title: &str, view: &str) -> StoryEdit {
        StoryEdit::Start {
            title: title.into(),
            view: view.into(),
        }
    }

    #[test]
    fn stories_are_started_named_and_renamed_by_their_titles() {
        let file = || vec![story("barricades", "How the barricades went up", &["q=x"])];
        check(
            file(),
            vec![
                start(" Plates and barricades ", "q=plates"),
                start("Plates and barricades", ""),
                start("", "q=kfor"),
                start("Ђорђе и KFOR", "doc=a"),
            ],
            &[
                "barricades: How the barricades went up [q=x]",
                "plates-and-barricades: Plates and barricades [q=plates]",
                "plates-and-barricades-2: Plates and barricades []",
                "story:  [q=kfor]",
                "dorde-i-kfor: Ђорђе и KFOR [doc=a]",
            ],
        );
        // A name made of the title follows it; a file's name stays.
        let title = |story, text: &str| StoryEdit::SetTitle {
            story,
            text: text.into(),
        };
        check(
            file(),
            vec![
                start("A lesson", "q=a"),
                start("A lesson", "q=b"),
                title(2, "Second lesson"),
                title(0, "The barricades"),
                title(1, "Second lesson"),
                title(1, " "),
            ],
            &[
                "barricades: The barricades [q=x]",
                "second-lesson-2: Second lesson [q=a]",
                "second-lesson: Second lesson [q=b]",
            ],
        );
        // Long titles make names cut at a word.
        let long = "Who keeps the peace in the north of Kosovo and why it matters";
        let mut stories = Vec::new();
        apply(&mut stories, start(long, ""));
        assert_eq!(stories[0].name, "who-keeps-the-peace-in-the-north-of");
    }

    #[test]
    fn steps_are_added_moved_and_deleted() {
        let one = || vec![story("walk", "Walk", &["a"])];
        let add = |view: &str| StoryEdit::AddStep {
            story: 0,
            view: view.into(),
        };
        let move_step = |step, to| StoryEdit::MoveStep { story: 0, step, to };
        check(
            one(),
            vec![add("b"), add("c"), move_step(2, 0), move_step(0, 9)],
            &["walk: Walk [a b c]"],
        );
        check(
            one(),
            vec![add("b"), move_step(1, 0)],
            &["walk: Walk [b a]"],
        );
        let delete = |step| StoryEdit::DeleteStep { story: 0, step };
        check(
            one(),
            vec![add("b"), delete(0), delete(0), delete(5)],
            &["walk: Walk [b]"],
        );
        check(
            one(),
            vec![
                StoryEdit::SetView {
                    story: 0,
                    step: 0,
                    view: "q=new".into(),
                },
                StoryEdit::DeleteStory { story: 3 },
            ],
            &["walk: Walk [q=new]"],
        );
        check(one(), vec![StoryEdit::DeleteStory { story: 0 }], &[]);
        // Edits of what is not there change nothing.
        check(one(), vec![add_to(4), move_step(3, 0)], &["walk: Walk [a]"]);
    }

    fn add_to(story: usize) -> StoryEdit {
        StoryEdit::AddStep {
            story,
            view: "x".into(),
        }
    }

    #[test]
    fn texts_are_trimmed_and_empty_ones_taken_away() {
        let mut stories = vec![story("walk", "Walk", &["a"])];
        let set = |which, text: &str| StoryEdit::SetText {
            story: 0,
            step: 0,
            which,
            text: text.into(),
        };
        for edit in [
            set(StepText::Title, " KFOR "),
            set(StepText::Note, "\nRead *this*.\n\n"),
            set(StepText::Question, "Who?"),
            set(StepText::Answer, "NATO"),
            set(StepText::Answer, "  "),
            StoryEdit::SetDescription {
                story: 0,
                text: " For a class. ".into(),
            },
        ] {
            apply(&mut stories, edit);
        }
        let step = &stories[0].steps[0];
        assert_eq!(step.title, "KFOR");
        assert_eq!(step.note, "Read *this*.");
        assert_eq!(step.question.as_deref(), Some("Who?"));
        assert_eq!(step.answer, None);
        assert_eq!(stories[0].description.as_deref(), Some("For a class."));
    }
}
