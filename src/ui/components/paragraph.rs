use crate::ui::context::use_texts;
use crate::ui::format::lang;
use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::model::kinds::ParaKind;
use corpus_core::search::highlight::{segments, HitMark, MentionMark};
use corpus_core::{Index, Span};
use std::rc::Rc;
use yew::prelude::*;

/// `span` of `text` as text: a passage to show (outermost), entity mentions as
/// underlined spans, and search hits as `<mark>` nodes inside them. Never builds
/// HTML from text.
pub fn marked(
    t: &Texts,
    corpus: &Index,
    text: &str,
    span: Span,
    hits: &[(Span, HitMark)],
    mentions: &[(Span, MentionMark)],
    passage: Option<Span>,
) -> Html {
    let Some(passage) = passage.filter(|p| p.overlaps(span)) else {
        return with_mentions(t, corpus, text, span, hits, mentions);
    };
    segments(text, span, &[(passage, ())])
        .into_iter()
        .map(|seg| {
            let inner = with_mentions(t, corpus, text, seg.span, hits, mentions);
            match seg.mark {
                Some(_) => html! { <span class="passage">{ inner }</span> },
                None => inner,
            }
        })
        .collect()
}

fn with_mentions(
    t: &Texts,
    corpus: &Index,
    text: &str,
    span: Span,
    hits: &[(Span, HitMark)],
    mentions: &[(Span, MentionMark)],
) -> Html {
    segments(text, span, mentions)
        .into_iter()
        .map(|outer| {
            let inner = with_hits(text, outer.span, hits);
            match outer.mark {
                Some(MentionMark { entity, chosen }) => {
                    let Some(e) = corpus.entities.get(entity) else {
                        return inner;
                    };
                    let title = match &e.description {
                        Some(d) => format!("{} — {d}", e.name),
                        None => format!("{} ({})", e.name, t.get(e.kind.label())),
                    };
                    html! {
                        <span class={classes!("mention", e.kind.as_str(), chosen.then_some("chosen"))} {title}>{ inner }</span>
                    }
                }
                None => inner,
            }
        })
        .collect()
}

fn with_hits(text: &str, span: Span, hits: &[(Span, HitMark)]) -> Html {
    segments(text, span, hits)
        .into_iter()
        .map(|seg| {
            let piece = seg.span.slice(text).to_string();
            match seg.mark {
                Some(HitMark { colour, current }) => html! {
                    <mark class={classes!("hit", format!("t{colour}"), current.then_some("current"))}>{ piece }</mark>
                },
                None => html! { { piece } },
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The document.
    pub doc: u32,
    /// Index of the paragraph in the document.
    pub index: usize,
    /// Search hits falling in this paragraph.
    pub marks: Rc<Vec<(Span, HitMark)>>,
    /// Entity mentions falling in this paragraph.
    pub mentions: Rc<Vec<(Span, MentionMark)>>,
    /// The passage to show, if it is in this paragraph.
    pub passage: Option<Span>,
}

/// One paragraph of the reader. Re-renders only when its own marks change, so a
/// keystroke touches only the paragraphs whose highlights moved.
#[function_component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let doc = &props.corpus.documents[props.doc as usize];
    let p = doc.paragraphs[props.index];
    let t = use_texts();
    let body = marked(
        &t,
        &props.corpus,
        &doc.text,
        p.span,
        &props.marks,
        &props.mentions,
        props.passage,
    );
    let lang = lang(doc);
    match p.kind {
        ParaKind::Subheading => html! { <h3 dir="auto" {lang}>{ body }</h3> },
        ParaKind::Caption => html! {
            <p class="caption" dir="auto"><span class="caption-label">{ t.get(Msg::PhotoCaption) }</span><span {lang}>{ body }</span></p>
        },
        ParaKind::Lede => html! { <p class="lede" dir="auto" {lang}>{ body }</p> },
        ParaKind::Dateline => html! { <p class="dateline" dir="auto" {lang}>{ body }</p> },
        ParaKind::Headline | ParaKind::Body => html! { <p dir="auto" {lang}>{ body }</p> },
    }
}
