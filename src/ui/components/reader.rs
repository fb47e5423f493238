use crate::ui::components::paragraph::{marked, Paragraph};
use crate::ui::context::use_texts;
use crate::ui::format::lang;
use crate::ui::hooks::{use_scroll_into_view, use_scroll_to_first, use_scroll_to_passage};
use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::index::Document;
use corpus_core::model::kinds::ParaKind;
use corpus_core::search::highlight::{hit_marks, MentionMark};
use corpus_core::search::{several_languages, Hit};
use corpus_core::Span;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The document to show.
    pub doc: u32,
    /// Search hits in this document, in text order.
    pub hits: Rc<Vec<Hit>>,
    /// The selected hit, as an index into `hits`.
    pub current: Option<usize>,
    /// Query terms (by index) whose highlights are switched off.
    pub hidden_terms: Rc<Vec<u16>>,
    /// Entity mentions in this document; empty when underlining is off.
    pub mentions: Rc<Vec<(Span, MentionMark)>>,
    /// A passage to scroll to and flash (a sentence a timeline mark points to).
    pub passage: Option<Span>,
    /// Whether the underlining of names is off.
    pub hide_mentions: bool,
    /// Called to switch the underlining of names on or off.
    pub on_toggle_mentions: Callback<()>,
    /// Whether the document passes the current filters.
    pub matches_filters: bool,
}

/// The open document's clean text in paragraphs, with search hits and selected
/// entities marked.
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let container = use_node_ref();
    let t = use_texts();
    let first_hit = props.hits.first().map(|h| h.span);
    use_scroll_to_first(container.clone(), "mark.hit", (props.doc, first_hit));
    use_scroll_into_view(
        "#reader mark.current",
        props.current.map(|c| (props.doc, c)),
    );
    // A passage opened from the timeline: only the reader scrolls, so the
    // timeline stays in view.
    use_scroll_to_passage(
        container.clone(),
        ".passage",
        props.passage.map(|p| (props.doc, p)),
    );

    let doc = &props.corpus.documents[props.doc as usize];
    let marks = hit_marks(&props.hits, &props.hidden_terms, props.current);
    let has_headline = doc
        .paragraphs
        .first()
        .is_some_and(|p| p.kind == ParaKind::Headline);
    fn within<M: Copy>(marks: &[(Span, M)], span: Span) -> Rc<Vec<(Span, M)>> {
        Rc::new(
            marks
                .iter()
                .copied()
                .filter(|(m, _)| m.overlaps(span))
                .collect(),
        )
    }
    let title = if has_headline {
        marked(
            &t,
            &props.corpus,
            &doc.text,
            doc.paragraphs[0].span,
            &marks,
            &props.mentions,
            props.passage,
        )
    } else {
        html! { { &doc.title } }
    };
    html! {
        <article id="reader" class="reader" ref={container} aria-labelledby="reader-title" tabindex="-1">
            if !props.matches_filters {
                <p class="notice">{ t.get(Msg::NotMatching) }</p>
            }
            <header>
                <h2 id="reader-title" dir="auto" lang={lang(doc)}>{ title }</h2>
                { about(&t, doc, several_languages(&props.corpus)) }
                { names_key(&t, props) }
                if !props.hits.is_empty() {
                    <p class="doc-hits">{ t.fill(Msg::InThisDocument, &[&t.count(Msg::Matches, props.hits.len())]) }</p>
                }
            </header>
            { for doc.paragraphs.iter().enumerate().filter(|(i, _)| !(has_headline && *i == 0)).map(|(i, p)| html! {
                <Paragraph key={i} corpus={props.corpus.clone()} doc={props.doc} index={i}
                    marks={within(&marks, p.span)} mentions={within(&props.mentions, p.span)}
                    passage={props.passage.filter(|s| s.overlaps(p.span))} />
            }) }
            <footer class="source">{ t.fill(Msg::SourceFile, &[&doc.source]) }</footer>
        </article>
    }
}

/// Who wrote the document, where and when it was published (and how the date
/// is known), its language when the corpus has several, and its original.
fn about(t: &Texts, doc: &Document, several_languages: bool) -> Html {
    html! {
        <>
            if let Some(byline) = &doc.byline {
                <p class="byline">{ t.get(Msg::By) }<bdi>{ byline }</bdi></p>
            }
            <p class="doc-meta">
                <bdi>{ doc.outlet.as_deref().unwrap_or(t.get(Msg::OutletUnknown)) }</bdi>
                { " · " }
                <span title={doc.date_note.clone()}>{ doc.published_label(t) }</span>
                if several_languages && doc.language != "und" {
                    { " · " }<span class="doc-language">{ t.language_name(&doc.language) }</span>
                }
                if doc.title_derived {
                    { " · " }<span>{ t.get(Msg::TitleFromSentence) }</span>
                }
                if let Some(url) = &doc.url {
                    { " · " }<a href={url.clone()} rel="noopener noreferrer" target="_blank">{ t.get(Msg::Original) }</a>
                }
            </p>
            if let Some(note) = &doc.date_note {
                <details class="date-note">
                    <summary>{ t.get(Msg::HowDateInferred) }</summary>
                    <p>{ note }</p>
                </details>
            }
        </>
    }
}

/// The key to the names' underlining by kind, and its switch.
fn names_key(t: &Texts, props: &ReaderProps) -> Html {
    html! {
        <div class="names-key">
            if !props.hide_mentions {
                <span class="key-label">{ t.get(Msg::NamesUnderlined) }</span>
                <span class="key person">{ t.get(Msg::KeyPeople) }</span>
                <span class="key organization">{ t.get(Msg::KeyOrganisations) }</span>
                <span class="key place">{ t.get(Msg::KeyPlaces) }</span>
                <span class="key other">{ t.get(Msg::KeyOther) }</span>
            }
            <button type="button" class="toggle small" aria-pressed={if props.hide_mentions { "false" } else { "true" }}
                onclick={props.on_toggle_mentions.reform(|_| ())}>{ t.get(Msg::UnderlineNames) }</button>
        </div>
    }
}
