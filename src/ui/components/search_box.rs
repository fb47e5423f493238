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
            <label for="search" class="visually-hidden">{ "Search" }</label>
            <div class="search-row">
                <input
                    id="search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder={format!("Search: {}, \"a phrase\", word*, this OR that…", props.example)}
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
                    title="Match case and accents exactly"
                    onclick={props.on_toggle_exact.reform(|_| ())}
                >{ "Exact" }</button>
            </div>
            { problems(props) }
            { help() }
        </div>
    }
}

/// The query's errors under the field, or else what it left out, each at its
/// character.
fn problems(props: &SearchBoxProps) -> Html {
    let at = |e: &QueryError| props.value[..e.at.min(props.value.len())].chars().count() + 1;
    if !props.errors.is_empty() {
        return html! {
            <ul id="search-errors" class="query-errors">
                { for props.errors.iter().map(|e| html! {
                    <li>{ format!("At character {}: {}", at(e), e.message) }</li>
                }) }
                <li class="kept">{ "Showing the results of the last complete query." }</li>
            </ul>
        };
    }
    if props.notes.is_empty() {
        return Html::default();
    }
    html! {
        <ul id="search-notes" class="query-notes">
            { for props.notes.iter().take(NOTES_SHOWN).map(|n| html! {
                <li>{ format!("At character {}: {}", at(n), n.message) }</li>
            }) }
            if props.notes.len() > NOTES_SHOWN {
                <li>{ format!("…and {} more like these", props.notes.len() - NOTES_SHOWN) }</li>
            }
        </ul>
    }
}

/// How to search: the query language in short.
fn help() -> Html {
    html! {
        <details class="search-help">
            <summary>{ "How to search" }</summary>
            <dl id="search-help">
                <dt><code>{ "kurti troops" }</code></dt><dd>{ "every word (whole words; the word you are typing matches its start)" }</dd>
                <dt><code>{ "troop*" }</code></dt><dd>{ "words starting with troop" }</dd>
                <dt><code>{ "stoltenberg~" }</code></dt><dd>{ "also misspelt: Soltenberg, Stoltenbrg (~1, ~2: how many letters may differ)" }</dd>
                <dt><code>{ "\"licence plates\"" }</code></dt><dd>{ "the exact phrase" }</dd>
                <dt><code>{ "kurti NEAR/10 troop*" }</code></dt><dd>{ "both within 10 words, either order (also \"kurti troops\"~10; NEAR alone: 10)" }</dd>
                <dt><code>{ "name:Vučić NEAR/5 kurti" }</code></dt><dd>{ "a name, however it is spelt (Vucic, Aleksandar Vučić), near a word; name:\"Albin Kurti\" alone marks every mention" }</dd>
                <dt><code>{ "kfor OR nato" }</code></dt><dd>{ "either word" }</dd>
                <dt><code>{ "-russia" }</code></dt><dd>{ "leave out documents with the word" }</dd>
                <dt><code>{ "/sold(ier|iers)/" }</code></dt><dd>{ "a regular expression on the original text" }</dd>
                <dt><code>{ "outlet:DW" }</code></dt><dd>{ "only that outlet" }</dd>
                <dt><code>{ "date:2022-08..2022-09" }</code></dt><dd>{ "published in that period (also date:2023, date:..2022-09)" }</dd>
                <dt>{ "Enter, Shift+Enter" }</dt><dd>{ "next and previous match, across all documents" }</dd>
            </dl>
            <p>{ "Case and accents are ignored (vucic finds Vučić) unless Exact is on." }</p>
        </details>
    }
}
