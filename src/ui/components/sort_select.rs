use corpus_core::search::Sort;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const ORDERS: [(Sort, &str, &str); 3] = [
    (Sort::Relevance, "relevance", "Relevance"),
    (Sort::Date, "date", "Date"),
    (Sort::Outlet, "outlet", "Outlet"),
];

/// Chooses the order of the document list: `value`, the current order;
/// `on_change` hears the order chosen. A view function, drawn with the list.
pub fn sort_select(value: Sort, on_change: &Callback<Sort>) -> Html {
    let onchange = on_change.reform(|e: Event| {
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
                { for ORDERS.iter().map(|(sort, name, label)| html! {
                    <option value={*name} selected={*sort == value}>{ *label }</option>
                }) }
            </select>
        </label>
    }
}
