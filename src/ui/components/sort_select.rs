use corpus_core::search::Sort;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SortSelectProps {
    /// The current order.
    pub value: Sort,
    /// Called with the chosen order.
    pub on_change: Callback<Sort>,
}

const ORDERS: [(Sort, &str, &str); 3] = [
    (Sort::Relevance, "relevance", "Relevance"),
    (Sort::Date, "date", "Date"),
    (Sort::Outlet, "outlet", "Outlet"),
];

/// Chooses the order of the document list.
#[function_component]
pub fn SortSelect(props: &SortSelectProps) -> Html {
    let onchange = props.on_change.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let value = select.value();
        ORDERS
            .iter()
            .find(|(_, v, _)| *v == value)
            .map_or(Sort::Relevance, |(s, _, _)| *s)
    });
    html! {
        <label class="sort">
            { "Sort by " }
            <select {onchange}>
                { for ORDERS.iter().map(|(sort, value, label)| html! {
                    <option value={*value} selected={*sort == props.value}>{ *label }</option>
                }) }
            </select>
        </label>
    }
}
