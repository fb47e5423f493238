//! From the curated list and automatic detection to the index's entities:
//! listed names matched, capitalised names gathered across the corpus, acronyms
//! joined to what they stand for, spelling variants merged, kinds decided, and
//! the report of every automatic decision.

use super::detect;
use super::list::{EntityList, Matcher};
use crate::model::index::{Document, Entity, Mention};
use crate::model::kinds::EntityKind;
use crate::text::fold::fold_str;
use std::collections::HashMap;

/// What entity finding did beyond the curated list, for the build report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityReport {
    /// Listed entities no article mentions.
    pub unmatched: Vec<String>,
    /// Entities found automatically: "name (kind, N mentions, why)".
    pub found: Vec<String>,
    /// Automatic merges: "variant → entity (why)".
    pub merges: Vec<String>,
    /// Names seen but not made entities, with their mention counts, most first.
    pub unresolved: Vec<(String, usize)>,
    /// Names the list's `not:` lines kept from becoming entities, with counts.
    pub suppressed: std::collections::BTreeMap<String, usize>,
}

/// A name found automatically, gathered over the corpus by its folded form.
struct Found {
    name: String,
    kind: Option<EntityKind>,
    roles: Vec<String>,
    mentions: Vec<Mention>,
    /// The acronym it is defined with, or the long name this acronym stands for.
    defines: Option<String>,
    /// Mentions whose context says place, and organisation (one-word names).
    cues: [u32; 2],
}

pub fn find_entities(documents: &[Document], list: &EntityList) -> (Vec<Entity>, EntityReport) {
    let defs = &list.entities;
    let matcher = Matcher::new(defs);
    let not: std::collections::HashSet<String> = list.not.iter().map(|n| fold_str(n)).collect();
    let mut report = EntityReport::default();
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); defs.len()];
    let mut roles: Vec<Vec<String>> = vec![Vec::new(); defs.len()];
    // Ordinary words: seen in lower case somewhere, or capitalised only where a
    // sentence starts.
    let starts_of = |doc: &Document| -> Vec<usize> {
        doc.sentences
            .iter()
            .chain(doc.paragraphs.iter().map(|p| &p.span))
            .map(|s| s.start())
            .collect()
    };
    let mut lower = std::collections::HashSet::new();
    let mut capitalised_inside = std::collections::HashSet::new();
    for doc in documents {
        let starts = starts_of(doc);
        for (at, w) in crate::text::tokens::tokens(&doc.text) {
            if !w.chars().any(char::is_uppercase) {
                lower.insert(fold_str(w));
            } else if !detect::sentence_initial(&doc.text, &starts, at) {
                capitalised_inside.insert(fold_str(w));
            }
        }
    }
    let is_common = |w: &str| lower.contains(w) || !capitalised_inside.contains(w);
    let mut found: Vec<Found> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (d, doc) in documents.iter().enumerate() {
        let listed = matcher.find(&doc.text, &doc.folded, &doc.fold_map);
        for &(e, span) in &listed {
            mentions[e].push(Mention {
                doc: d as u32,
                span,
            });
        }
        let starts = starts_of(doc);
        for c in detect::candidates(&doc.text, &starts, &is_common) {
            // Already a listed entity: only its role is news.
            if let Some(&(e, _)) = listed.iter().find(|(_, s)| s.overlaps(c.span)) {
                if let Some(role) = c.role.filter(|r| !roles[e].contains(r)) {
                    roles[e].push(role);
                }
                continue;
            }
            let name = c.span.slice(&doc.text);
            let key = fold_str(name);
            if not.contains(&key) {
                *report.suppressed.entry(name.to_string()).or_default() += 1;
                continue;
            }
            let f = *by_key.entry(key).or_insert_with(|| {
                found.push(Found {
                    name: name.to_string(),
                    kind: None,
                    roles: Vec::new(),
                    mentions: Vec::new(),
                    defines: None,
                    cues: [0, 0],
                });
                found.len() - 1
            });
            let f = &mut found[f];
            f.kind = f.kind.or(c.kind);
            if let Some(role) = c.role.filter(|r| !f.roles.contains(r)) {
                f.roles.push(role);
            }
            f.defines = f.defines.take().or(c.defines);
            if !name.contains([' ', '-']) {
                match detect::kind_by_context(&doc.text, c.span) {
                    Some(EntityKind::Place) => f.cues[0] += 1,
                    Some(EntityKind::Organization) => f.cues[1] += 1,
                    _ => {}
                }
            }
            f.mentions.push(Mention {
                doc: d as u32,
                span: c.span,
            });
        }
    }
    // An acronym and its definition are one entity, named by the long form.
    for i in 0..found.len() {
        let Some(other) = found[i].defines.clone() else {
            continue;
        };
        let Some(&j) = by_key.get(&fold_str(&other)) else {
            continue;
        };
        if i == j || found[j].mentions.is_empty() || found[i].mentions.is_empty() {
            continue;
        }
        let (long, short) = if detect::is_acronym(&found[i].name) {
            (j, i)
        } else {
            (i, j)
        };
        let moved = std::mem::take(&mut found[short].mentions);
        report.merges.push(format!(
            "{} → {} (acronym defined in the text)",
            found[short].name, found[long].name
        ));
        found[long].mentions.extend(moved);
        found[long].kind = found[long].kind.or(Some(EntityKind::Organization));
        found[long].defines = Some(found[short].name.clone());
    }
    // Which automatic names become entities: a titled person, a defined acronym,
    // or a name of several words seen twice. Single unknown words (demonyms,
    // sentence openers, products) are left to the list's author.
    let mut entities: Vec<Entity> = Vec::new();
    let mut auto: Vec<(usize, &'static str)> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.mentions.is_empty() {
            continue;
        }
        let words = f.name.split([' ', '-']).count();
        let why = if !f.roles.is_empty() {
            Some("title")
        } else if f.defines.is_some() && words > 1 {
            Some("acronym definition")
        } else if words > 1 && f.mentions.len() >= 2 {
            Some("seen twice")
        } else {
            None
        };
        match why {
            Some(why) => auto.push((i, why)),
            None => report.unresolved.push((f.name.clone(), f.mentions.len())),
        }
    }
    // A lone surname is the person of that name mentioned in the same document.
    let persons: Vec<(usize, String)> = auto
        .iter()
        .filter(|(i, _)| found[*i].kind == Some(EntityKind::Person) && found[*i].name.contains(' '))
        .map(|(i, _)| {
            (
                *i,
                fold_str(found[*i].name.rsplit(' ').next().unwrap_or("")),
            )
        })
        .collect();
    report.unresolved.retain(|(name, _)| {
        let key = fold_str(name);
        let Some(&f) = by_key.get(&key) else {
            return true;
        };
        let Some((p, _)) = persons.iter().find(|(p, last)| {
            *last == key
                && found[f]
                    .mentions
                    .iter()
                    .all(|m| found[*p].mentions.iter().any(|pm| pm.doc == m.doc))
        }) else {
            return true;
        };
        let moved = std::mem::take(&mut found[f].mentions);
        report.merges.push(format!(
            "{name} → {} (surname, same document)",
            found[*p].name
        ));
        found[*p].mentions.extend(moved);
        false
    });
    // A one-word name seen twice whose context says place or organisation ("in
    // Kosovo", "the EU said"), unless it is a demonym of another name ("Serbian").
    let one_word: Vec<&str> = found
        .iter()
        .map(|f| f.name.as_str())
        .chain(
            defs.iter()
                .flat_map(|d| std::iter::once(&d.name).chain(&d.aliases))
                .map(String::as_str),
        )
        .filter(|n| !n.contains(' '))
        .collect();
    let mut promoted = Vec::new();
    report.unresolved.retain(|(name, _)| {
        let Some(&f) = by_key.get(&fold_str(name)) else {
            return true;
        };
        let [place, org] = found[f].cues;
        if found[f].mentions.len() < 2
            || name.contains([' ', '-'])
            || place + org == 0
            || detect::is_demonym(name, &one_word)
        {
            return true;
        }
        promoted.push((
            f,
            if place >= org {
                EntityKind::Place
            } else {
                EntityKind::Organization
            },
        ));
        false
    });
    for (f, kind) in promoted {
        found[f].kind = Some(kind);
        auto.push((f, "context"));
    }
    report
        .unresolved
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (def, (mentions, roles)) in defs.iter().zip(mentions.into_iter().zip(roles)) {
        if mentions.is_empty() {
            report.unmatched.push(def.name.clone());
            continue;
        }
        let mut e = entity(documents, &def.name, def.kind, roles, mentions);
        e.description = def.description.clone();
        entities.push(e);
    }
    let listed = entities.len();
    for (i, why) in auto {
        let f = &mut found[i];
        let kind = f.kind.unwrap_or(EntityKind::Other);
        report.found.push(format!(
            "{} ({}, {} mentions, {why})",
            f.name,
            kind.as_str(),
            f.mentions.len()
        ));
        let mentions = std::mem::take(&mut f.mentions);
        entities.push(entity(documents, &f.name, kind, f.roles.clone(), mentions));
    }
    // Misspellings: one edit apart on the folded name, at least 7 letters, same
    // kind; the rarer, found automatically, joins the more frequent.
    let mut i = listed;
    while i < entities.len() {
        let key = fold_str(&entities[i].name);
        let target = (0..entities.len()).find(|&j| {
            j != i
                && entities[j].kind == entities[i].kind
                && entities[j].mentions.len() > entities[i].mentions.len()
                && key.chars().filter(|c| c.is_alphabetic()).count() >= 7
                && detect::within_one_edit(&key, &fold_str(&entities[j].name))
        });
        match target {
            Some(j) => {
                let gone = entities.remove(i);
                let j = if j > i { j - 1 } else { j };
                report.merges.push(format!(
                    "{} → {} (one letter apart)",
                    gone.name, entities[j].name
                ));
                let mut all = std::mem::take(&mut entities[j].mentions);
                all.extend(gone.mentions);
                let (name, kind, roles, description) = (
                    entities[j].name.clone(),
                    entities[j].kind,
                    entities[j].roles.clone(),
                    entities[j].description.take(),
                );
                entities[j] = entity(documents, &name, kind, roles, all);
                entities[j].description = description;
            }
            None => i += 1,
        }
    }
    entities.sort_by(|a, b| {
        (b.doc_count(), b.mentions.len())
            .cmp(&(a.doc_count(), a.mentions.len()))
            .then_with(|| a.name.cmp(&b.name))
    });
    (entities, report)
}

/// An entity with its mentions sorted and its spellings counted, most frequent first.
fn entity(
    documents: &[Document],
    name: &str,
    kind: EntityKind,
    roles: Vec<String>,
    mut mentions: Vec<Mention>,
) -> Entity {
    mentions.sort_by_key(|m| (m.doc, m.span.start()));
    mentions.dedup();
    let mut variants: Vec<(String, usize)> = Vec::new();
    for m in &mentions {
        let form = m.span.slice(&documents[m.doc as usize].text);
        match variants.iter_mut().find(|(v, _)| v == form) {
            Some((_, n)) => *n += 1,
            None => variants.push((form.to_string(), 1)),
        }
    }
    variants.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Entity {
        id: slug(name),
        name: name.to_string(),
        kind,
        roles,
        description: None,
        variants: variants.into_iter().map(|(v, _)| v).collect(),
        mentions,
    }
}

/// "Aleksandar Vučić" → "aleksandar-vucic".
pub fn slug(name: &str) -> String {
    let folded = fold_str(name);
    let parts: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    parts.join("-")
}
