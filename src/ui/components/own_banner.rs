use crate::ui::format::count;
use crate::ui::hooks::own::Work;
use corpus_core::ingest::opened::{Level, Opening, Problem};
use std::rc::Rc;
use yew::prelude::*;

/// What it is drawn from.
pub struct OwnBannerProps {
    /// What is under way.
    pub work: Work,
    /// The title of the reader's articles, if some could be read.
    pub own_title: Option<AttrValue>,
    /// Whether the reader's articles are shown.
    pub showing: bool,
    /// The title of the page's own corpus.
    pub bundled_title: AttrValue,
    /// What the last opening did, until dismissed.
    pub report: Option<Rc<Opening>>,
    /// Why the last opening or saving failed as a whole.
    pub failure: Option<AttrValue>,
    pub on_save: Callback<()>,
    /// Shows the reader's articles (true) or the page's own (false).
    pub on_show: Callback<bool>,
    pub on_dismiss: Callback<()>,
}

/// "Reading 23 of 70 articles…", then "Finding names and dates…".
fn progress(work: Work) -> Option<String> {
    match work {
        Work::Idle => None,
        Work::Reading { done, total } if done < total => Some(format!(
            "Reading {done} of {} in your browser…",
            count(total as usize, "file", "files")
        )),
        Work::Reading { total, .. } => Some(format!(
            "Finding names and dates in {}…",
            count(total as usize, "file", "files")
        )),
        Work::Saving => Some("Writing the explorer of your articles as one file…".into()),
    }
}

/// What screen readers hear: the step of the work (not each file read), then
/// the heading and the summary once it is done.
fn announcement(work: Work, heading: &str, report: Option<&Opening>) -> String {
    match (work, report) {
        (Work::Reading { done, total }, _) if done < total => format!(
            "Reading {} in your browser…",
            count(total as usize, "file", "files")
        ),
        (Work::Idle, Some(r)) if r.articles > 0 => format!("Ready to explore: {}", summary(r)),
        (Work::Idle, Some(r)) => format!("{heading}. {}", summary(r)),
        (Work::Idle, None) => String::new(),
        (work, _) => progress(work).unwrap_or_default(),
    }
}

/// "70 articles read; 2 files left out, 1 warning."
fn summary(r: &Opening) -> String {
    let mut parts = vec![format!(
        "{} read from {}",
        count(r.articles as usize, "article", "articles"),
        count(r.files as usize, "file", "files")
    )];
    for (level, one, many) in [
        (Level::Error, "problem left out", "problems left out"),
        (Level::Warning, "warning", "warnings"),
        (Level::Note, "note", "notes"),
    ] {
        let n = r.count(level);
        if n > 0 {
            parts.push(count(n, one, many));
        }
    }
    parts.join(" · ")
}

fn problem(p: &Problem) -> Html {
    let (class, label) = match p.level {
        Level::Error => ("problem error", "Left out"),
        Level::Warning => ("problem warning", "Warning"),
        Level::Note => ("problem note", "Note"),
    };
    html! {
        <li class={class}>
            <span class="problem-level">{ label }</span>{ " " }
            <code><bdi>{ p.place() }</bdi></code>{ ": " }{ &p.message }
        </li>
    }
}

/// The reader's own articles: progress while they are read, then what
/// became of each file, "Save as one file" and the way back to the page's
/// own corpus (and again to theirs).
/// A view function: it keeps no state and is drawn with the page's root.
pub fn own_banner(props: &OwnBannerProps) -> Html {
    let status = progress(props.work);
    let p = props;
    let report = p.report.as_ref().map(|r| {
        let errors = r.count(Level::Error) > 0;
        html! {
            <details class="own-report" open={errors && r.articles == 0}>
                <summary>{ summary(r) }</summary>
                <ul>{ for r.problems.iter().map(problem) }</ul>
            </details>
        }
    });
    let busy = p.work != Work::Idle;
    let actions = match (&p.own_title, p.showing) {
        (Some(_), true) => html! {
            <>
                <button type="button" class="download" disabled={busy} onclick={p.on_save.reform(|_| ())}>{ "Save as one file" }</button>
                <button type="button" class="link-button" disabled={busy} onclick={p.on_show.reform(|_| false)}>
                    { format!("Back to “{}”", p.bundled_title) }
                </button>
            </>
        },
        (Some(title), false) => html! {
            <button type="button" class="link-button" disabled={busy} onclick={p.on_show.reform(|_| true)}>
                { format!("Back to your articles (“{title}”)") }
            </button>
        },
        (None, _) => Html::default(),
    };
    let heading = match (&p.own_title, p.showing) {
        (Some(title), true) => {
            format!("Exploring “{title}”: your articles, read in this browser and sent nowhere")
        }
        _ if p.report.as_ref().is_some_and(|r| r.articles == 0) => {
            "None of the files could be read".into()
        }
        _ => "Your articles".into(),
    };
    let shown =
        status.is_some() || p.failure.is_some() || p.report.is_some() || p.own_title.is_some();
    html! {
        <section class={classes!("own-banner", (!shown).then_some("empty"))} aria-label="Your articles">
            <p class="own-status">{ status.unwrap_or_default() }</p>
            <p class="visually-hidden" aria-live="polite">{ announcement(p.work, &heading, p.report.as_deref()) }</p>
            if shown && p.work == Work::Idle {
                <div class="own-head">
                    <strong>{ heading }</strong>
                    { actions }
                    if p.report.is_some() || p.failure.is_some() {
                        <button type="button" class="remove" aria-label="Hide the report" onclick={p.on_dismiss.reform(|_| ())}>{ "×" }</button>
                    }
                </div>
            }
            if let Some(f) = &p.failure {
                <p class="load-error" role="alert">{ f }</p>
            }
            { for report }
        </section>
    }
}
