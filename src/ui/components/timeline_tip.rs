use crate::ui::Corpus;
use corpus_core::i18n::{Msg, Texts};
use corpus_core::timeline::lanes::Mark;
use yew::prelude::*;

/// Longest sentence shown whole, in characters.
const SENTENCE: usize = 220;

/// What it is drawn from.
pub struct TimelineTipProps {
    /// The corpus.
    pub corpus: Corpus,
    /// The mark described.
    pub mark: Mark,
    /// Where the tooltip goes, in pixels within the timeline.
    pub x: i32,
    pub y: i32,
}

/// What a timeline mark stands for: an article's date, title and outlet, or a
/// date mentioned with the sentence that mentions it. Describes the focused mark.
/// A view function: it keeps no state and is drawn with its parent.
pub fn timeline_tip(t: &Texts, props: &TimelineTipProps) -> Html {
    let corpus = &props.corpus;
    let lines = match &props.mark {
        Mark::Published { doc, .. } => {
            let d = &corpus.documents[*doc as usize];
            html! {
                <>
                    <strong>{ d.published_label(t) }</strong>
                    <span>{ &d.title }</span>
                    <span class="tip-source"><bdi>{ d.outlet.as_deref().unwrap_or(t.get(Msg::OutletUnknown)) }</bdi></span>
                </>
            }
        }
        Mark::Mentioned(e) => {
            let (doc, sentence) = e.places(corpus)[0];
            let doc = &corpus.documents[doc as usize];
            let sentence = sentence.slice(&doc.text);
            let sentence = if sentence.chars().count() > SENTENCE {
                format!("{}…", sentence.chars().take(SENTENCE).collect::<String>())
            } else {
                sentence.to_string()
            };
            html! {
                <>
                    <strong>{ e.describe(corpus, t) }</strong>
                    <span class="tip-quote">{ format!("“{sentence}”") }</span>
                    <span class="tip-source"><bdi>{ &doc.title }</bdi>{ format!(" · {}", doc.published_label(t)) }</span>
                    if e.mentions.len() > 1 {
                        <span class="tip-more">{ t.count(Msg::TipMore, e.mentions.len()) }</span>
                    }
                </>
            }
        }
    };
    html! {
        <div id="tl-tip" class="tl-tip" role="tooltip" style={format!("left: {}px; top: {}px", props.x, props.y)}>{ lines }</div>
    }
}
