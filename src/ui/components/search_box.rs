use crate::ui::context::use_texts;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::query::QueryError;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The query text as typed.
    pub value: AttrValue,
    /// A name of the corpus to show as an example in the empty field.
    pub example: AttrValue,
    /// Problems found while parsing `value`, shown under the field.
    pub errors: Rc<Vec<QueryError>>,
    /// What the query left out without being wrong (a term given twice, terms
    /// past the limit), shown under the field when there are no errors.
    pub notes: Rc<Vec<QueryError>>,
    /// Whether case and accents must match.
    pub exact: bool,
    /// Called with the field's new text on every keystroke.
    pub on_change: Callback<String>,
    /// Called on Enter: go to the next hit.
    pub on_next: Callback<()>,
    /// Called on Shift+Enter: go to the previous hit.
    pub on_previous: Callback<()>,
    /// Called to switch exact matching on or off.
    pub on_toggle_exact: Callback<()>,
}

/// The search field with its exact-match switch, syntax help, and parse problems
/// shown inline by position.
/// The most query notes listed; the rest are counted.
const NOTES_SHOWN: usize = 3;

#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let t = use_texts();
    let oninput = props.on_change.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    let onkeydown = {
        let (next, previous) = (props.on_next.clone(), props.on_previous.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if e.shift_key() {
                    previous.emit(())
                } else {
                    next.emit(())
                }
            }
        })
    };
    let has_errors = !props.errors.is_empty();
    let has_notes = !has_errors && !props.notes.is_empty();
    let described = match (has_errors, has_notes) {
        (true, _) => "search-errors search-help",
        (false, true) => "search-notes search-help",
        (false, false) => "search-help",
    };
    html! {
        <div class="search">
            <label for="search" class="visually-hidden">{ t.get(Msg::Search) }</label>
            <div class="search-row">
                <input
                    id="search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder={t.fill(Msg::SearchPlaceholder, &[&props.example])}
                    value={props.value.clone()}
                    {oninput}
                    {onkeydown}
                    aria-invalid={has_errors.then_some("true")}
                    aria-describedby={described}
                />
                <button
                    type="button"
                    class="toggle"
                    aria-pressed={if props.exact { "true" } else { "false" }}
                    title={t.get(Msg::ExactTitle).to_string()}
                    onclick={props.on_toggle_exact.reform(|_| ())}
                >{ t.get(Msg::Exact) }</button>
            </div>
            { problems(&t, props) }
            { help(&t) }
        </div>
    }
}

/// The query's errors under the field, or else what it left out, each at its
/// character.
fn problems(t: &Texts, props: &SearchBoxProps) -> Html {
    let at = |e: &QueryError| {
        let n = props.value[..e.at.min(props.value.len())].chars().count() + 1;
        t.fill(Msg::AtCharacter, &[&t.number(n), &e.message(t)])
    };
    if !props.errors.is_empty() {
        return html! {
            <ul id="search-errors" class="query-errors">
                { for props.errors.iter().map(|e| html! {
                    <li>{ at(e) }</li>
                }) }
                <li class="kept">{ t.get(Msg::LastCompleteQuery) }</li>
            </ul>
        };
    }
    if props.notes.is_empty() {
        return Html::default();
    }
    html! {
        <ul id="search-notes" class="query-notes">
            { for props.notes.iter().take(NOTES_SHOWN).map(|n| html! {
                <li>{ at(n) }</li>
            }) }
            if props.notes.len() > NOTES_SHOWN {
                <li>{ t.count(Msg::MoreNotes, props.notes.len() - NOTES_SHOWN) }</li>
            }
        </ul>
    }
}

/// How to search: the query language in short.
/// The examples of the query language (as typed, in every language), each
/// with what it does.
const HELP: [(&str, Msg); 12] = [
    ("kurti troops", Msg::HelpWords),
    ("troop*", Msg::HelpPrefix),
    ("stoltenberg~", Msg::HelpFuzzy),
    ("\"licence plates\"", Msg::HelpPhrase),
    ("kurti NEAR/10 troop*", Msg::HelpNear),
    ("name:Vučić NEAR/5 kurti", Msg::HelpName),
    ("kfor OR nato", Msg::HelpOr),
    ("-russia", Msg::HelpNot),
    ("/sold(ier|iers)/", Msg::HelpRegex),
    ("outlet:DW", Msg::HelpOutlet),
    ("date:2022-08..2022-09", Msg::HelpDate),
    ("lang:sr", Msg::HelpLang),
];

fn help(t: &Texts) -> Html {
    html! {
        <details class="search-help">
            <summary>{ t.get(Msg::HowToSearch) }</summary>
            <dl id="search-help">
                { for HELP.iter().map(|(example, what)| html! {
                    <><dt><code>{ *example }</code></dt><dd>{ t.get(*what) }</dd></>
                }) }
                <dt>{ t.get(Msg::HelpKeys) }</dt><dd>{ t.get(Msg::HelpNext) }</dd>
            </dl>
            <p>{ t.get(Msg::HelpCase) }</p>
        </details>
    }
}
