use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::Sort;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const ORDERS: [(Sort, &str, Msg); 3] = [
    (Sort::Relevance, "relevance", Msg::SortRelevance),
    (Sort::Date, "date", Msg::SortDate),
    (Sort::Outlet, "outlet", Msg::SortOutlet),
];

/// Chooses the order of the document list: `value`, the current order;
/// `on_change` hears the order chosen. A view function, drawn with the list.
pub fn sort_select(t: &Texts, value: Sort, on_change: &Callback<Sort>) -> Html {
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
            { t.get(Msg::SortBy) }
            <select {onchange}>
                { for ORDERS.iter().map(|(sort, name, label)| html! {
                    <option value={*name} selected={*sort == value}>{ t.get(*label) }</option>
                }) }
            </select>
        </label>
    }
}
