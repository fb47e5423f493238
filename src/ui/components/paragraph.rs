use crate::ui::Corpus;
use corpus_core::clean::ParaKind;
use corpus_core::highlight::segments;
use corpus_core::Span;
use std::rc::Rc;
use yew::prelude::*;

/// Mark classes: a term's colour index, with this bit for the selected hit, or
/// [`ENTITY`] for a selected entity's mention.
pub const CURRENT: u16 = 0x8000;
pub const ENTITY: u16 = u16::MAX;

/// `span` of `text` as text and `<mark>` nodes. Never builds HTML from text.
pub fn marked(text: &str, span: Span, marks: &[(Span, u16)]) -> Html {
    segments(text, span, marks)
        .into_iter()
        .map(|seg| {
            let piece = seg.span.slice(text).to_string();
            match seg.mark {
                Some(ENTITY) => html! { <mark class="entity">{ piece }</mark> },
                Some(m) => {
                    let current = m & CURRENT != 0;
                    html! {
                        <mark class={classes!("hit", format!("t{}", m & !CURRENT), current.then_some("current"))}>{ piece }</mark>
                    }
                }
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
    /// Marks falling in this paragraph, as (span, class).
    pub marks: Rc<Vec<(Span, u16)>>,
}

/// One paragraph of the reader. Re-renders only when its own marks change, so a
/// keystroke touches only the paragraphs whose highlights moved.
#[function_component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let doc = &props.corpus.documents[props.doc as usize];
    let p = doc.paragraphs[props.index];
    let body = marked(&doc.text, p.span, &props.marks);
    match p.kind {
        ParaKind::Subheading => html! { <h3>{ body }</h3> },
        ParaKind::Caption => html! {
            <p class="caption"><span class="caption-label">{ "Photo caption: " }</span>{ body }</p>
        },
        ParaKind::Lede => html! { <p class="lede">{ body }</p> },
        ParaKind::Headline | ParaKind::Body => html! { <p>{ body }</p> },
    }
}
