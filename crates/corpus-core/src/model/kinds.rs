//! The kinds every layer shares: of a name, of a paragraph.

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
