use corpus_core::query::QueryError;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The query text as typed.
    pub value: AttrValue,
    /// Problems found while parsing `value`, shown under the field.
    pub errors: Rc<Vec<QueryError>>,
    /// Called with the field's new text on every keystroke.
    pub on_change: Callback<String>,
}

/// The search field, with parse problems shown inline by position.
#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props.on_change.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    let has_errors = !props.errors.is_empty();
    html! {
        <div class="search">
            <label for="search" class="visually-hidden">{ "Search" }</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="Search: Kurti, \"licence plates\", Vucic…"
                value={props.value.clone()}
                {oninput}
                aria-invalid={has_errors.then_some("true")}
                aria-describedby={has_errors.then_some("search-errors")}
            />
            if has_errors {
                <ul id="search-errors" class="query-errors">
                    { for props.errors.iter().map(|e| {
                        let column = props.value[..e.at.min(props.value.len())].chars().count() + 1;
                        html! { <li>{ format!("At character {column}: {}", e.message) }</li> }
                    }) }
                </ul>
            }
        </div>
    }
}
