//! Stories in a corpus folder, `stories/NAME.toml`:
//!
//! ```toml
//! title = "How the barricades went up"
//! description = "A short walk through the articles, for a class."   # optional
//!
//! [[step]]
//! title = "Who keeps the peace"
//! view = "#q=kfor"              # any link the explorer makes
//! note = """KFOR is the NATO-led force in Kosovo."""
//! question = "Which outlet calls it a peacekeeping force?"   # optional
//! answer = "…"                                               # optional
//! ```
//!
//! Read once the articles are: each step's view is checked against them as
//! the page reads a link ([`crate::view::link::decode_view`]), so a name, document
//! or day the articles lack is a warning on the step's `view` line. A file
//! that is not TOML, a step without a view or a value that is not text is an
//! error (the story is not used); a key not used is a warning.

use crate::ingest::settings::{line_of, title_from_folder};
use crate::ingest::source::SourceFile;
use crate::model::error::SourceError;
use crate::model::index::Index;
use crate::model::remark::Remark;
use crate::model::story::{Step, Story};
use crate::view::link;
use toml_edit::{ImDocument, Item, Table};

/// The folder of stories inside a corpus folder.
pub const FOLDER: &str = "stories";

/// The keys a story's file may hold at its top, and in each step.
pub const STORY_KEYS: &[&str] = &["title", "description", "step"];
pub const STEP_KEYS: &[&str] = &["title", "view", "note", "question", "answer"];

/// The story's name if `relative` (a path inside the corpus folder) is a
/// story's file: `stories/NAME.toml`.
pub fn story_name(relative: &str) -> Option<&str> {
    let name = relative.strip_prefix(FOLDER)?.strip_prefix('/')?;
    let stem = name.strip_suffix(".toml")?;
    (!stem.is_empty() && !stem.contains('/')).then_some(stem)
}

/// A story read, with its warnings.
pub type Read = (Story, Vec<SourceError>);

/// The story in `file` (a `stories/NAME.toml`), its steps' views checked
/// against `index`; or every error found.
pub fn read(file: &SourceFile, index: &Index) -> Result<Read, Vec<SourceError>> {
    let name = story_name(&file.relative).unwrap_or(&file.relative);
    let content = file
        .content
        .strip_prefix('\u{feff}')
        .unwrap_or(&file.content);
    let doc = ImDocument::parse(content).map_err(|e| {
        let line = e.span().map_or(0, |s| line_of(content, s.start));
        vec![SourceError::new(
            &file.path,
            line,
            Remark::NotToml(e.message().trim().to_string()),
        )]
    })?;
    let mut reading = Reading {
        file: &file.path,
        content,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let top = doc.as_table();
    reading.unknown_keys(top, STORY_KEYS);
    let title = reading.text(top, "title");
    let description = reading.text(top, "description");
    let steps = reading.steps(top, index);
    if !reading.errors.is_empty() {
        return Err(reading.errors);
    }
    let story = Story {
        name: name.to_string(),
        title: title.unwrap_or_else(|| title_from_folder(name)),
        description,
        steps,
    };
    Ok((story, reading.warnings))
}

/// A story's file being read: what is wrong so far.
struct Reading<'a> {
    file: &'a str,
    content: &'a str,
    errors: Vec<SourceError>,
    warnings: Vec<SourceError>,
}

impl Reading<'_> {
    /// The line of `key` in `table` (else the table's own).
    fn line(&self, table: &Table, key: &str) -> usize {
        let at = table
            .key(key)
            .and_then(|k| k.span())
            .or_else(|| table.span());
        at.map_or(0, |s| line_of(self.content, s.start))
    }

    fn error(&mut self, line: usize, remark: Remark) {
        self.errors.push(SourceError::new(self.file, line, remark));
    }

    fn warn(&mut self, line: usize, remark: Remark) {
        self.warnings
            .push(SourceError::new(self.file, line, remark));
    }

    /// A warning for each key of `table` not among `keys`.
    fn unknown_keys(&mut self, table: &Table, keys: &[&str]) {
        for (key, _) in table.iter() {
            if !keys.contains(&key) {
                let line = self.line(table, key);
                self.warn(line, Remark::KeyIgnored(key.to_string()));
            }
        }
    }

    /// The trimmed text of `key`, if it is set and not empty; an error if it
    /// is not text.
    fn text(&mut self, table: &Table, key: &str) -> Option<String> {
        let item = table.get(key)?;
        match item.as_str() {
            Some(text) => Some(text.trim().to_string()).filter(|t| !t.is_empty()),
            None => {
                let line = self.line(table, key);
                self.error(line, Remark::NotText(key.to_string()));
                None
            }
        }
    }

    /// The `[[step]]` tables, each read with [`Reading::step`].
    fn steps(&mut self, top: &Table, index: &Index) -> Vec<Step> {
        let tables = match top.get("step") {
            None => {
                self.error(0, Remark::NoSteps);
                return Vec::new();
            }
            Some(Item::ArrayOfTables(tables)) => tables,
            Some(_) => {
                let line = self.line(top, "step");
                self.error(line, Remark::StepsNotTables);
                return Vec::new();
            }
        };
        tables
            .iter()
            .enumerate()
            .filter_map(|(i, table)| self.step(i + 1, table, index))
            .collect()
    }

    /// Step `n` (from 1), its view checked against `index`.
    fn step(&mut self, n: usize, table: &Table, index: &Index) -> Option<Step> {
        self.unknown_keys(table, STEP_KEYS);
        let Some(view) = self.text(table, "view") else {
            if table.get("view").is_none_or(|v| v.is_str()) {
                let line = self.line(table, "view");
                self.error(line, Remark::StepWithoutView(n));
            }
            return None;
        };
        let step = Step {
            title: self.text(table, "title").unwrap_or_default(),
            view: fragment(&view).to_string(),
            note: self.text(table, "note").unwrap_or_default(),
            question: self.text(table, "question"),
            answer: self.text(table, "answer"),
        };
        let view_line = self.line(table, "view");
        for problem in link::decode_view(index, &step.view).problems {
            self.warn(view_line, Remark::StepView(n, problem));
        }
        if step.answer.is_some() && step.question.is_none() {
            let line = self.line(table, "answer");
            self.warn(line, Remark::AnswerWithoutQuestion(n));
        }
        Some(step)
    }
}

/// `story` as its file, `stories/NAME.toml`, that [`read`] reads back: a
/// comment saying where it goes, then the title, description and steps
/// (notes of several lines written as TOML's multi-line strings).
pub fn write(story: &Story) -> String {
    let mut out = format!(
        "# A story for the corpus explorer: put this file in the corpus folder's\n# {FOLDER}/ folder as {}.toml.\n",
        story.name
    );
    let line = |out: &mut String, key: &str, text: &str| {
        if !text.is_empty() {
            out.push_str(&format!("{key} = {}\n", toml_string(text)));
        }
    };
    line(&mut out, "title", &story.title);
    line(
        &mut out,
        "description",
        story.description.as_deref().unwrap_or(""),
    );
    for step in &story.steps {
        out.push_str("\n[[step]]\n");
        line(&mut out, "title", &step.title);
        // An empty view is the explorer as it opens: `#` says so.
        out.push_str(&format!(
            "view = {}\n",
            toml_string(&format!("#{}", step.view))
        ));
        line(&mut out, "note", &step.note);
        line(&mut out, "question", step.question.as_deref().unwrap_or(""));
        line(&mut out, "answer", step.answer.as_deref().unwrap_or(""));
    }
    out
}

/// `text` as a TOML string: basic (`"…"`) on one line, multi-line
/// (`"""…"""`) if it has line breaks, escaped so that it reads back as is.
fn toml_string(text: &str) -> String {
    let multi = text.contains('\n');
    let mut out = String::from(if multi { "\"\"\"\n" } else { "\"" });
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' if multi => out.push('\n'),
            '\t' => out.push('\t'),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str(if multi { "\"\"\"" } else { "\"" });
    out
}

/// The fragment of a view written as a link (`#q=kfor`, or a whole address),
/// without its `#`.
fn fragment(view: &str) -> &str {
    view.split_once('#').map_or(view, |(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::index::Document;

    fn index() -> Index {
        Index::new(
            vec![Document::from_text("dw-1", "Kurti spoke of KFOR.")],
            vec![],
            vec![],
        )
    }

    /// What reading `toml` as `stories/walk.toml` gives: the story's steps'
    /// titles and views, and each warning or error as `line: message`.
    fn read_as(toml: &str) -> Result<(Story, Vec<String>), Vec<String>> {
        let mut file = SourceFile::new("corpus/stories/walk.toml", toml.to_string());
        file.relative = "stories/walk.toml".into();
        let said = |e: Vec<SourceError>| {
            e.iter()
                .map(|e| format!("{}: {}", e.line, e.remark))
                .collect()
        };
        read(&file, &index())
            .map(|(story, warnings)| (story, said(warnings)))
            .map_err(said)
    }

    fn check_errors(toml: &str, expected: &[&str]) {
        assert_eq!(read_as(toml).err().unwrap_or_default(), expected, "{toml}");
    }

    fn check_warnings(toml: &str, expected: &[&str]) {
        let (_, warnings) = read_as(toml).expect("read");
        assert_eq!(warnings, expected, "{toml}");
    }

    #[test]
    fn names_of_story_files() {
        assert_eq!(story_name("stories/walk.toml"), Some("walk"));
        assert_eq!(story_name("stories/sub/walk.toml"), None);
        assert_eq!(story_name("stories/.toml"), None);
        assert_eq!(story_name("walk.toml"), None);
        assert_eq!(story_name("stories/walk.txt"), None);
    }

    #[test]
    fn a_story_read() {
        let toml = "title = \"A walk\"\ndescription = \"For a class.\"\n\n[[step]]\ntitle = \"KFOR\"\nview = \"#q=kfor\"\nnote = \"\"\"Who *keeps* the peace.\n\nRead on.\"\"\"\nquestion = \"Who?\"\nanswer = \"NATO\"\n\n[[step]]\nview = \"https://example.org/explorer/#doc=dw-1\"\n";
        let (story, warnings) = read_as(toml).expect("read");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(story.name, "walk");
        assert_eq!(story.title, "A walk");
        assert_eq!(story.description.as_deref(), Some("For a class."));
        assert_eq!(story.steps.len(), 2);
        let first = &story.steps[0];
        assert_eq!(
            (first.title.as_str(), first.view.as_str()),
            ("KFOR", "q=kfor")
        );
        assert_eq!(first.note, "Who *keeps* the peace.\n\nRead on.");
        assert_eq!(first.question.as_deref(), Some("Who?"));
        assert_eq!(first.answer.as_deref(), Some("NATO"));
        assert_eq!(story.steps[1].view, "doc=dw-1");
        assert_eq!(story.steps[1].title, "");
    }

    #[test]
    fn a_story_without_a_title_is_titled_by_its_file() {
        let (story, _) = read_as("[[step]]\nview = \"q=kfor\"\n").expect("read");
        assert_eq!(story.title, "Walk");
    }

    #[test]
    fn errors_name_the_line() {
        check_errors(
            "title = \"A\"\n",
            &["0: a story needs at least one step: a [[step]] with a “view”"],
        );
        check_errors(
            "title = \"A\"\n[[step]]\nview = \"q=kfor\"\n\n[[step]]\ntitle = \"No view\"\n",
            &["5: step 2 has no “view”: write the link of what it shows, like “#q=kfor”"],
        );
        check_errors(
            "title = \"A\"\n[[step]]\nview = \"  \"\n",
            &["3: step 1 has no “view”: write the link of what it shows, like “#q=kfor”"],
        );
        check_errors(
            "title = 3\n[[step]]\nview = 4\n",
            &[
                "1: “title” must be text in quotes",
                "3: “view” must be text in quotes",
            ],
        );
        check_errors(
            "title = \"A\"\n[step]\nview = \"q=x\"\n",
            &["2: “step” must be tables written [[step]], one per step"],
        );
        let broken = read_as("title = \"A\n[[step]]\n").unwrap_err();
        assert_eq!(broken, ["1: not valid TOML: invalid basic string"]);
    }

    #[test]
    fn warnings_name_the_line() {
        check_warnings(
            "title = \"A\"\nauthor = \"Me\"\n[[step]]\nview = \"q=kfor\"\nhint = \"x\"\n",
            &[
                "2: “author” is not used by the explorer (ignored)",
                "5: “hint” is not used by the explorer (ignored)",
            ],
        );
        check_warnings(
            "[[step]]\nview = \"q=kfor\"\n[[step]]\ntitle = \"B\"\nview = \"#with=nobody&doc=nowhere&from=soon\"\n",
            &[
                "5: step 2: no name “nobody” in this corpus",
                "5: step 2: “soon” is not a date (YYYY-MM-DD)",
                "5: step 2: no document “nowhere” in this corpus",
            ],
        );
        check_warnings(
            "[[step]]\nview = \"q=kfor\"\nanswer = \"NATO\"\n",
            &["3: step 1 has an “answer” but no “question”"],
        );
    }

    #[test]
    fn a_story_written_reads_back_as_it_was() {
        let story = Story {
            name: "walk".into(),
            title: "A \"walk\" \\ through".into(),
            description: Some("For a class.".into()),
            steps: vec![
                Step {
                    title: "KFOR".into(),
                    view: "q=kfor&with=x".into(),
                    note: "Who *keeps* the peace?\n\n\"\"\" and \\ and\ttabs\u{7}".into(),
                    question: Some("Who?".into()),
                    answer: Some("NATO".into()),
                },
                Step::default(),
            ],
        };
        let written = write(&story);
        assert!(
            written.starts_with("# A story for the corpus explorer"),
            "{written}"
        );
        assert!(
            written.contains("note = \"\"\"\nWho *keeps* the peace?\n\n"),
            "{written}"
        );
        let (again, warnings) = read_as(&written).expect("read back");
        assert_eq!(again, story);
        assert!(
            warnings.iter().all(|w| w.contains("no name")),
            "{warnings:?}"
        );
    }

    proptest::proptest! {
        /// Any texts a reader types are written so that they read back.
        #[test]
        fn any_texts_read_back(title in "\\PC{1,20}", note in "(\\PC|\n){0,40}", question in "\\PC{0,12}") {
            let trimmed = |t: &str| t.trim().to_string();
            proptest::prop_assume!(!trimmed(&title).is_empty());
            let story = Story {
                name: "walk".into(),
                title: trimmed(&title),
                description: None,
                steps: vec![Step {
                    view: "q=kfor".into(),
                    note: trimmed(&note),
                    question: Some(trimmed(&question)).filter(|q| !q.is_empty()),
                    ..Step::default()
                }],
            };
            let (again, _) = read_as(&write(&story)).expect("read back");
            proptest::prop_assert_eq!(again, story);
        }
    }
}
