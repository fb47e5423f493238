use crate::ui::context::use_texts;
use crate::ui::format::lang;
use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::index::Quote;
use corpus_core::quotes::compare::{by_outlet, departures, same_statements, Statement};
use corpus_core::quotes::listing::{self, SpeakerQuotes};
use corpus_core::search::highlight::{hit_marks, segments};
use corpus_core::search::{EntityFilter, Results};
use corpus_core::Span;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct QuotesViewProps {
    /// The corpus, with its quotations.
    pub corpus: Corpus,
    /// The documents shown and their matches: quotations of these, the
    /// matches inside them marked.
    pub results: Rc<Results>,
    /// The names chosen: required persons who are quoted narrow the
    /// quotations to theirs.
    pub chips: Rc<Vec<EntityFilter>>,
    /// Opens a quotation's passage in the reader (document, span).
    pub on_passage: Callback<(u32, Span)>,
}

/// Quotations listed at most (the statements and the table count them all).
const LISTED: usize = 300;

/// "DW · 17 Aug 2022".
fn source(t: &Texts, corpus: &Corpus, q: &Quote) -> String {
    let doc = &corpus.documents[q.doc as usize];
    let date = doc.published.map(|p| t.date_short(p)).unwrap_or_default();
    format!(
        "{} · {date}",
        doc.outlet.as_deref().unwrap_or(t.get(Msg::OutletUnknown))
    )
}

/// A quotation's words, the matches of the search marked.
fn quoted(corpus: &Corpus, results: &Results, q: &Quote) -> Html {
    let text = &corpus.documents[q.doc as usize].text;
    let hits = results
        .get(q.doc)
        .map(|r| hit_marks(&r.hits, &[], None))
        .unwrap_or_default();
    html! {
        { for segments(text, q.span, &hits).into_iter().map(|s| match s.mark {
            Some(m) => html! { <mark class={classes!("hit", format!("t{}", m.colour))}>{ s.span.slice(text) }</mark> },
            None => html! { { s.span.slice(text) } },
        }) }
    }
}

/// A wording of a statement, the words where it departs from `other` marked.
fn wording(t: &Texts, corpus: &Corpus, q: usize, other: usize) -> Html {
    let quote = &corpus.quotes[q];
    let text = &corpus.documents[quote.doc as usize].text;
    let marks: Vec<(Span, ())> = departures(corpus, other, q)
        .into_iter()
        .map(|s| (s, ()))
        .collect();
    html! {
        <li>
            <blockquote dir="auto" lang={lang(&corpus.documents[quote.doc as usize])}>
                { "“" }
                { for segments(text, quote.span, &marks).into_iter().map(|s| match s.mark {
                    Some(()) => html! { <ins class="departure">{ s.span.slice(text) }</ins> },
                    None => html! { { s.span.slice(text) } },
                }) }
                { "”" }
            </blockquote>
            <cite>{ source(t, corpus, quote) }</cite>
        </li>
    }
}

/// Who and how: "partial · told Die Welt", "a spokesman said" (a source
/// the article leaves unnamed, as it describes them).
fn how(t: &Texts, corpus: &Corpus, q: &Quote) -> String {
    let text = &corpus.documents[q.doc as usize].text;
    let mut parts = Vec::new();
    if q.partial {
        parts.push(t.get(Msg::Partial).to_string());
    }
    let said: Vec<&str> = [q.source, q.verb, q.channel]
        .into_iter()
        .flatten()
        .map(|s| s.slice(text))
        .collect();
    if !said.is_empty() {
        parts.push(said.join(" "));
    }
    parts.join(" · ")
}

/// "partial · said — DW · 17 Aug 2022", or the source alone (isolated: an
/// outlet's name may be written right to left).
fn meta(t: &Texts, corpus: &Corpus, q: &Quote) -> Html {
    let how = how(t, corpus, q);
    html! {
        <>
            if !how.is_empty() { { how }{ " — " } }
            <bdi>{ source(t, corpus, q) }</bdi>
        </>
    }
}

/// The Quotes tab: the same statement as outlets worded it, every quotation
/// grouped by speaker, and which outlet quotes whom.
#[function_component]
pub fn QuotesView(props: &QuotesViewProps) -> Html {
    let corpus = &props.corpus;
    let t = use_texts();
    let shown = {
        let (corpus, results, chips) = (corpus.clone(), props.results.clone(), props.chips.clone());
        use_memo((results, chips), move |(results, chips)| {
            let required: Vec<usize> = chips
                .iter()
                .filter(|c| !c.exclude)
                .map(|c| c.entity)
                .collect();
            listing::shown(&corpus, |d| results.get(d).is_some(), &required)
        })
    };
    let statements = {
        let corpus = corpus.clone();
        use_memo(shown.clone(), move |shown| same_statements(&corpus, shown))
    };
    if shown.is_empty() {
        return html! {
            <section class="quotes" aria-label={t.get(Msg::TabQuotes).to_string()}>
                <p class="hint">{ t.get(Msg::NoQuotations) }</p>
            </section>
        };
    }
    // At most `LISTED` quotations are drawn: a large corpus has thousands.
    let speakers = listing::by_speaker(corpus, &shown, LISTED);
    let named = speakers.iter().filter(|s| s.speaker.is_some()).count();
    html! {
        <section class="quotes" aria-label={t.get(Msg::TabQuotes).to_string()}>
            <p class="hint">{ t.fill(Msg::QuotesSummary, &[
                &t.count(Msg::Quotations, shown.len()),
                &t.count(Msg::DocumentsIn, listing::documents(corpus, &shown)),
                &t.count(Msg::Speakers, named)]) }</p>
            { statements_view(&t, corpus, &statements) }
            <h3 class="section-title">{ t.get(Msg::BySpeaker) }</h3>
            if shown.len() > LISTED {
                <p class="hint">{ t.fill(Msg::FirstQuotations, &[&t.number(LISTED), &t.number(shown.len())]) }</p>
            }
            { for speakers.iter().map(|s| speaker_view(&t, props, s)) }
            { outlets(&t, corpus, &shown) }
        </section>
    }
}

/// A speaker's name, or that the article does not name them (each such
/// quotation says how the article describes its source, when it does).
fn speaker_name(t: &Texts, corpus: &Corpus, e: Option<u32>) -> String {
    e.map_or(t.get(Msg::SpeakerNotNamed).to_string(), |e| {
        corpus.entities[e as usize].name.clone()
    })
}

/// The statements quoted by several outlets, each wording with where it departs.
fn statements_view(t: &Texts, corpus: &Corpus, statements: &[Statement]) -> Html {
    if statements.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h3 class="section-title">{ t.get(Msg::SameStatement) }</h3>
            { for statements.iter().map(|st| html! {
                <figure class="statement">
                    <figcaption>{ speaker_name(t, corpus, Some(st.speaker)) }{ t.get(Msg::FirstPublishedFirst) }<ins class="departure">{ t.get(Msg::Marked) }</ins>{ t.get(Msg::WhereDeparts) }</figcaption>
                    <ol>{ for st.quotes.iter().enumerate().map(|(k, &q)| {
                        let other = if k == 0 { st.quotes[1] } else { st.quotes[0] };
                        wording(t, corpus, q, other)
                    }) }</ol>
                </figure>
            }) }
        </>
    }
}

/// A speaker's quotations, each a button opening its passage.
fn speaker_view(t: &Texts, props: &QuotesViewProps, s: &SpeakerQuotes) -> Html {
    let corpus = &props.corpus;
    let name = speaker_name(t, corpus, s.speaker);
    html! {
        <section class="speaker" aria-label={name.clone()}>
            <h4>{ name }<span class="count">{ format!(" {}", t.number(s.quotes.len())) }</span></h4>
            <ul>{ for s.quotes.iter().map(|&i| {
                let q = &corpus.quotes[i];
                let (doc, span) = (q.doc, q.span);
                html! {
                    <li><button type="button" class="quote" onclick={props.on_passage.reform(move |_| (doc, span))} title={t.get(Msg::OpenPassage).to_string()}>
                        <q dir="auto" lang={lang(&corpus.documents[doc as usize])}>{ quoted(corpus, &props.results, q) }</q>
                        <span class="quote-meta">{ meta(t, corpus, q) }</span>
                    </button></li>
                }
            }) }</ul>
        </section>
    }
}

/// Which outlet quotes whom, and whom it never quotes.
fn outlets(t: &Texts, corpus: &Corpus, shown: &[usize]) -> Html {
    let rows = by_outlet(corpus, shown);
    let names = |list: &mut dyn Iterator<Item = String>| list.collect::<Vec<_>>().join(", ");
    let name = |e: u32| corpus.entities[e as usize].name.clone();
    html! {
        <>
            <h3 class="section-title">{ t.get(Msg::WhoQuotesWhom) }</h3>
            <table class="outlets">
                <thead><tr><th scope="col">{ t.get(Msg::OutletColumn) }</th><th scope="col">{ t.get(Msg::QuotesColumn) }</th><th scope="col">{ t.get(Msg::NeverQuotes) }</th></tr></thead>
                <tbody>{ for rows.iter().map(|r| html! {
                    <tr>
                        <th scope="row"><bdi>{ &r.outlet }</bdi></th>
                        <td>{ names(&mut r.quoted.iter().map(|&(s, n)| format!("{} {n}", name(s)))) }</td>
                        <td>{ if r.never.is_empty() { "—".to_string() } else { names(&mut r.never.iter().map(|&s| name(s))) } }</td>
                    </tr>
                }) }</tbody>
            </table>
        </>
    }
}
