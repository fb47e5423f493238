//! The kinds every layer shares: of a name, of a paragraph, of why cleaning
//! removed a line.

use crate::i18n::{Msg, Texts};
use serde::{Deserialize, Serialize};

/// What a named entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }

    /// Its name in the interface's words: "person", "osoba".
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            EntityKind::Person => Msg::KindPerson,
            EntityKind::Organization => Msg::KindOrganization,
            EntityKind::Place => Msg::KindPlace,
            EntityKind::Other => Msg::KindOther,
        }
    }

    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What a paragraph is, for display.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParaKind {
    Headline,
    Lede,
    Subheading,
    Caption,
    Body,
    /// A news dateline on a line of its own ("LONDON 1996-08-30").
    Dateline,
}

/// Why a line was removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// Site navigation ("Skip to content", "Live TV").
    Navigation,
    /// Subscription and app prompts.
    Promotion,
    /// A bare link line (short URLs, share links).
    Url,
    /// A relative timestamp ("38 minutes ago").
    Timestamp,
    /// Author initials and agency credits ("tj/dj (dpa, AFP)").
    Credit,
    /// A line holding only the publication date; it becomes the document's date.
    Dateline,
    /// "By Jane Smith": shown with the document instead.
    Byline,
    /// A photographer credit glued to a caption ("Image: …").
    ImageCredit,
    /// Page furniture above the headline (topic menus, section labels).
    BeforeHeadline,
    /// An image's alt text, standing just before its caption.
    AltText,
    /// A paragraph the page repeats (headline or lede shown twice).
    Duplicate,
    /// A teaser that a later paragraph repeats in full.
    Teaser,
    /// A heading with no text under it (a link to another story).
    EmptySection,
    /// Everything after an end-of-article marker ("Skip next section", "Related topics").
    AfterArticle,
    /// Dropped by a `drop:` line in the file's front matter.
    Override,
    /// Markdown's images, raw HTML and shortcodes.
    Markup,
}

impl Reason {
    /// In the interface's words: "repeated block".
    pub fn name(self, t: &Texts) -> &str {
        t.get(match self {
            Reason::Navigation => Msg::ReasonNavigation,
            Reason::Promotion => Msg::ReasonPromotion,
            Reason::Url => Msg::ReasonUrl,
            Reason::Timestamp => Msg::ReasonTimestamp,
            Reason::Credit => Msg::ReasonCredit,
            Reason::Dateline => Msg::ReasonDateline,
            Reason::Byline => Msg::ReasonByline,
            Reason::ImageCredit => Msg::ReasonImageCredit,
            Reason::BeforeHeadline => Msg::ReasonBeforeHeadline,
            Reason::AltText => Msg::ReasonAltText,
            Reason::Duplicate => Msg::ReasonDuplicate,
            Reason::Teaser => Msg::ReasonTeaser,
            Reason::EmptySection => Msg::ReasonEmptySection,
            Reason::AfterArticle => Msg::ReasonAfterArticle,
            Reason::Override => Msg::ReasonOverride,
            Reason::Markup => Msg::ReasonMarkup,
        })
    }
}

impl Reason {
    /// Whether the rule goes by a paragraph's shape or place alone (short, above
    /// the headline, repeated) rather than by a known phrase or pattern: where
    /// such a rule removes much of a file, the report warns.
    pub fn by_shape(self) -> bool {
        matches!(
            self,
            Reason::BeforeHeadline
                | Reason::AltText
                | Reason::Duplicate
                | Reason::Teaser
                | Reason::EmptySection
        )
    }
}
