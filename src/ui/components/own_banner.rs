use crate::ui::hooks::own::Work;
use crate::ui::parts;
use corpus_core::i18n::{Msg, Texts};
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
    /// Why the last opening or saving failed as a whole: the sentence and
    /// the reason.
    pub failure: Option<(Msg, AttrValue)>,
    pub on_save: Callback<()>,
    /// Shows the reader's articles (true) or the page's own (false).
    pub on_show: Callback<bool>,
    pub on_dismiss: Callback<()>,
}

/// "Reading 23 of 70 articles…", then "Finding names and dates…".
fn progress(t: &Texts, work: Work) -> Option<String> {
    match work {
        Work::Idle => None,
        Work::Reading { done, total } if done < total => Some(t.fill(
            Msg::ReadingProgress,
            &[
                &t.number(done as usize),
                &t.count(Msg::Files, total as usize),
            ],
        )),
        Work::Reading { total, .. } => {
            Some(t.fill(Msg::FindingNames, &[&t.count(Msg::Files, total as usize)]))
        }
        Work::Saving => Some(t.get(Msg::WritingOneFile).into()),
    }
}

/// What screen readers hear: the step of the work (not each file read), then
/// the heading and the summary once it is done.
fn announcement(t: &Texts, work: Work, heading: &str, report: Option<&Opening>) -> String {
    match (work, report) {
        (Work::Reading { done, total }, _) if done < total => {
            t.fill(Msg::ReadingFiles, &[&t.count(Msg::Files, total as usize)])
        }
        (Work::Idle, Some(r)) if r.articles > 0 => t.fill(Msg::ReadyToExplore, &[&summary(t, r)]),
        (Work::Idle, Some(r)) => format!("{heading}. {}", summary(t, r)),
        (Work::Idle, None) => String::new(),
        (work, _) => progress(t, work).unwrap_or_default(),
    }
}

/// "70 articles read; 2 files left out, 1 warning."
fn summary(t: &Texts, r: &Opening) -> String {
    let mut parts = vec![t.fill(
        Msg::ReadFrom,
        &[
            &t.count(Msg::Articles, r.articles as usize),
            &t.count(Msg::Files, r.files as usize),
        ],
    )];
    for (level, counted) in [
        (Level::Error, Msg::ProblemsLeftOut),
        (Level::Warning, Msg::Warnings),
        (Level::Note, Msg::Notes),
    ] {
        let n = r.count(level);
        if n > 0 {
            parts.push(t.count(counted, n));
        }
    }
    parts.join(" · ")
}

/// A line of the report, said by the part that read the files (fetched
/// before there is a report to show).
fn problem(t: &Texts, p: &Problem) -> Html {
    let said = parts::OWN_WORK.loaded().map(|w| (w.say)(&p.remark, t));
    let (class, label) = match p.level {
        Level::Error => ("problem error", t.get(Msg::LevelLeftOut)),
        Level::Warning => ("problem warning", t.get(Msg::LevelWarning)),
        Level::Note => ("problem note", t.get(Msg::LevelNote)),
    };
    html! {
        <li class={class}>
            <span class="problem-level">{ label }</span>{ " " }
            if !p.file.is_empty() {
                <code><bdi>{ p.place() }</bdi></code>{ ": " }
            }
            { said }
        </li>
    }
}

/// The reader's own articles: progress while they are read, then what
/// became of each file, "Save as one file" and the way back to the page's
/// own corpus (and again to theirs).
/// A view function: it keeps no state and is drawn with the page's root.
pub fn own_banner(t: &Texts, props: &OwnBannerProps) -> Html {
    let status = progress(t, props.work);
    let p = props;
    let report = p.report.as_ref().map(|r| {
        let errors = r.count(Level::Error) > 0;
        html! {
            <details class="own-report" open={errors && r.articles == 0}>
                <summary>{ summary(t, r) }</summary>
                <ul>{ for r.problems.iter().map(|p| problem(t, p)) }</ul>
            </details>
        }
    });
    let busy = p.work != Work::Idle;
    let actions = match (&p.own_title, p.showing) {
        (Some(_), true) => html! {
            <>
                <button type="button" class="download" disabled={busy} onclick={p.on_save.reform(|_| ())}>{ t.get(Msg::SaveOneFile) }</button>
                <button type="button" class="link-button" disabled={busy} onclick={p.on_show.reform(|_| false)}>
                    { t.fill(Msg::BackTo, &[&p.bundled_title]) }
                </button>
            </>
        },
        (Some(title), false) => html! {
            <button type="button" class="link-button" disabled={busy} onclick={p.on_show.reform(|_| true)}>
                { t.fill(Msg::BackToYours, &[title]) }
            </button>
        },
        (None, _) => Html::default(),
    };
    let heading = match (&p.own_title, p.showing) {
        (Some(title), true) => t.fill(Msg::ExploringYours, &[title]),
        _ if p.report.as_ref().is_some_and(|r| r.articles == 0) => t.get(Msg::NoneRead).into(),
        _ => t.get(Msg::YourArticles).into(),
    };
    let shown =
        status.is_some() || p.failure.is_some() || p.report.is_some() || p.own_title.is_some();
    html! {
        <section class={classes!("own-banner", (!shown).then_some("empty"))} aria-label={t.get(Msg::YourArticles).to_string()}>
            <p class="own-status">{ status.unwrap_or_default() }</p>
            <p class="visually-hidden" aria-live="polite">{ announcement(t, p.work, &heading, p.report.as_deref()) }</p>
            if shown && p.work == Work::Idle {
                <div class="own-head">
                    <strong>{ heading }</strong>
                    { actions }
                    if p.report.is_some() || p.failure.is_some() {
                        <button type="button" class="remove" aria-label={t.get(Msg::HideReport).to_string()} onclick={p.on_dismiss.reform(|_| ())}>{ "×" }</button>
                    }
                </div>
            }
            if let Some((what, why)) = &p.failure {
                <p class="load-error" role="alert">{ t.fill(*what, &[why]) }</p>
            }
            { for report }
        </section>
    }
}
