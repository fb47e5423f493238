use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::search::{language_counts, outlet_counts, Results};
use corpus_core::view::filter::Filter;
use std::rc::Rc;
use yew::prelude::*;

/// What it is drawn from.
pub struct FacetsProps {
    /// The corpus.
    pub corpus: Corpus,
    /// Documents passing the filters.
    pub results: Rc<Results>,
    /// Called with a filter to add to the query, like `outlet:DW`.
    pub on_filter: Callback<Filter>,
}

/// The outlets of the shown documents, and their languages when the corpus
/// has several, with counts; each adds its filter (`outlet:DW`, `lang:sq`).
/// A view function: it keeps no state and is drawn with its parent.
pub fn facets(t: &Texts, props: &FacetsProps) -> Html {
    let outlets = outlet_counts(&props.corpus, &props.results)
        .into_iter()
        .map(|(name, count)| (Filter::Outlet(name.clone()), name, count));
    let languages = language_counts(&props.corpus, &props.results)
        .into_iter()
        .map(|(tag, count)| (Filter::Language(tag.clone()), t.language_name(&tag), count));
    html! {
        <>
            { group(t, [Msg::OutletLabel, Msg::FilterByOutlet], outlets.collect(), &props.on_filter) }
            { group(t, [Msg::LanguageLabel, Msg::FilterByLanguage], languages.collect(), &props.on_filter) }
        </>
    }
}

/// One kind of facet (its label, its group's name): its buttons, each a
/// filter, its name and its count.
fn group(
    t: &Texts,
    [label, name]: [Msg; 2],
    items: Vec<(Filter, String, usize)>,
    on_filter: &Callback<Filter>,
) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <div class="facets" role="group" aria-label={t.get(name).to_string()}>
            <span class="facet-label">{ t.get(label) }</span>
            { for items.into_iter().map(|(filter, name, count)| html! {
                <button type="button" class="facet" title={t.fill(Msg::AddToSearch, &[&filter.text()])}
                    onclick={on_filter.reform(move |_| filter.clone())}>
                    { name }<span class="count">{ t.number(count) }</span>
                </button>
            }) }
        </div>
    }
}
