//! From the curated list and automatic detection to the index's entities:
//! listed names matched, capitalised names gathered across the corpus, acronyms
//! joined to what they stand for, spelling variants merged, kinds decided, and
//! the report of every automatic decision.

use super::candidates::WordUse;
use super::gazetteer;
use super::inflection::{self, Declension};
use super::list::{slug, EntityList, Matcher};
use super::{candidates, context, spelling, words};
use crate::model::index::{Document, Entity, Mention};
use crate::model::kinds::{EntityKind, ParaKind};
use crate::parallel;
use crate::text::fold::fold_str;
use crate::text::span::Span;
use crate::text::tokens::tokens;
use crate::time::calendar::MONTH_ABBREVIATIONS;
use std::collections::{HashMap, HashSet};

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
struct AutoName {
    name: String,
    kind: Option<EntityKind>,
    roles: Vec<String>,
    mentions: Vec<Mention>,
    /// The acronym it is defined with, or the long name this acronym stands for.
    defines: Option<String>,
    /// Mentions whose context says place, organisation, and person (one-word
    /// names).
    cues: [u32; 3],
    /// Mentions that open a news dateline ("LONDON 1996-08-30"): a place.
    datelines: u32,
    /// A country or a main part of one, by open data ([`gazetteer`]).
    known_place: bool,
    /// A city's name, by open data: a place unless the text says otherwise.
    city: bool,
    /// Mentions that read as a team's: a score after the name ("Wigan 3
    /// Norwich 1"), or "beat", "v" next to it.
    team: u32,
    /// Mentions followed by a word for a body ("Interfax news agency").
    bodied: u32,
    /// Mentions that read as a cricketer's in a scorecard ("Gough 9-1-36-2",
    /// "b McGrath").
    player: u32,
    /// A nationality ("Serbian", "Dutch"), by open data: a name of kind other.
    nationality: bool,
    /// Mentions in a paragraph written in capitals only (a shouted headline),
    /// where any capitalised word looks like a name.
    shouted: u32,
}

/// What the passes work on: the listed entities' mentions and roles, the
/// automatic names by folded form, and the report of what was decided.
struct Names {
    listed_mentions: Vec<Vec<Mention>>,
    listed_roles: Vec<Vec<String>>,
    auto: Vec<AutoName>,
    by_key: HashMap<String, usize>,
    report: EntityReport,
}

impl Names {
    fn auto_named(&self, name: &str) -> Option<usize> {
        self.by_key.get(&name_key(name)).copied()
    }
}

/// The entities of the corpus: the curated list's, then names found
/// automatically, in named passes. Sorted by documents, then mentions.
pub fn find_entities(documents: &[Document], list: &EntityList) -> (Vec<Entity>, EntityReport) {
    let ordinary = OrdinaryWords::of(documents);
    let mut names = gather(documents, list, &ordinary);
    merge_case_forms(&mut names, documents);
    merge_acronyms(&mut names);
    places_of_datelines(&mut names);
    let mut chosen = choose_automatic(&mut names);
    chosen.extend(outlets(&mut names, documents));
    default_kinds(&mut names, &chosen, &ordinary, list);
    merge_surnames(&mut names, &chosen);
    merge_short_forms(&mut names, &chosen);
    chosen.extend(cities(&mut names));
    chosen.extend(teams(&mut names, &ordinary));
    chosen.extend(promote_by_context(&mut names, list));
    names
        .report
        .unresolved
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let (mut entities, listed, mut report) = make_entities(documents, list, names, chosen);
    merge_misspellings(documents, &mut entities, listed, &mut report);
    merge_lone_surnames(documents, &mut entities, listed, &mut report);
    shouted_mentions(documents, &mut entities, &ordinary);
    entities.sort_by(|a, b| {
        (b.doc_count(), b.mentions.len())
            .cmp(&(a.doc_count(), a.mentions.len()))
            .then_with(|| a.name.cmp(&b.name))
    });
    unique_ids(&mut entities);
    (entities, report)
}

/// Gives every entity its own id: a later one whose name makes an id already
/// taken ("St. Louis", "St Louis"), or none ("***"), gets a numbered one.
fn unique_ids(entities: &mut [Entity]) {
    let mut taken: HashSet<String> = HashSet::new();
    for e in entities.iter_mut() {
        let base = if e.id.is_empty() {
            "name".to_string()
        } else {
            e.id.clone()
        };
        let mut id = base.clone();
        let mut n = 2;
        while !taken.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        e.id = id;
    }
}

/// Ordinary words: seen in lower case somewhere, or capitalised only where a
/// sentence starts.
struct OrdinaryWords {
    lower: HashSet<String>,
    capitalised_inside: HashSet<String>,
}

impl OrdinaryWords {
    fn of(documents: &[Document]) -> OrdinaryWords {
        let mut words = OrdinaryWords {
            lower: HashSet::new(),
            capitalised_inside: HashSet::new(),
        };
        for doc in documents {
            let starts = sentence_starts(doc);
            for (at, w) in tokens(&doc.text) {
                if !w.chars().any(char::is_uppercase) {
                    words.lower.insert(fold_str(w));
                } else if !candidates::sentence_initial(&doc.text, &starts, at) {
                    words.capitalised_inside.insert(fold_str(w));
                }
            }
        }
        words
    }
}

/// How an automatic name is looked up: folded, without a closing full stop
/// ("NationsBank Corp." and "NationsBank Corp" are one name).
fn name_key(name: &str) -> String {
    fold_str(name.strip_suffix('.').unwrap_or(name))
}

/// Where a document's sentences and paragraphs start, in order.
fn sentence_starts(doc: &Document) -> Vec<usize> {
    let mut starts: Vec<usize> = doc
        .sentences
        .iter()
        .chain(doc.paragraphs.iter().map(|p| &p.span))
        .map(|s| s.start())
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// Pass 1: the listed entities' mentions, and every other capitalised name
/// with its kind, roles, acronym and context cues, gathered by folded form.
/// Names the list's `not:` lines name are counted in the report and left out.
fn gather(documents: &[Document], list: &EntityList, ordinary: &OrdinaryWords) -> Names {
    let defs = &list.entities;
    let matcher = Matcher::new(defs);
    let not: HashSet<String> = list.not.iter().map(|n| fold_str(n)).collect();
    let mut names = Names {
        listed_mentions: vec![Vec::new(); defs.len()],
        listed_roles: vec![Vec::new(); defs.len()],
        auto: Vec::new(),
        by_key: HashMap::new(),
        report: EntityReport::default(),
    };
    // A city's or a given name opening a sentence is a name unless the corpus
    // writes the word in lower case too ("Chicago 5 Atlanta 3", "1. Michelle
    // Freeman (Jamaica)"; not "Reading", "Will").
    let usage = |w: &str| {
        let listed = || gazetteer::is_known_city(w) || gazetteer::is_listed_given_name(w);
        if ordinary.lower.contains(w) {
            WordUse::Lower
        } else if ordinary.capitalised_inside.contains(w) || listed() {
            WordUse::Name
        } else {
            WordUse::OnlyOpening
        }
    };
    // Each document on its own (on every core at build time), then what they
    // found gathered in their order: the same names as one after the other.
    let found = parallel::map_in_order(documents, |_, doc| {
        document_names(doc, &matcher, &not, &usage)
    });
    for (d, found) in found.into_iter().enumerate() {
        for (e, span) in found.listed {
            names.listed_mentions[e].push(Mention {
                doc: d as u32,
                span,
            });
        }
        for each in found.names {
            match each {
                Found::Role(e, role) => {
                    let roles = &mut names.listed_roles[e];
                    if !roles.contains(&role) {
                        roles.push(role);
                    }
                }
                Found::Suppressed(name) => {
                    *names.report.suppressed.entry(name).or_default() += 1;
                }
                Found::Name(c, seen) => names.add(documents[d].text.as_str(), d as u32, c, seen),
            }
        }
    }
    names
}

/// What one document says of names, found without the others.
struct DocumentNames {
    /// The listed entities' mentions: the entity, where.
    listed: Vec<(usize, Span)>,
    /// Every other name, in the text's order.
    names: Vec<Found>,
}

/// A capitalised name of a document.
enum Found {
    /// A listed entity's mention with a role before it (entity, role).
    Role(usize, String),
    /// A name the list's `not:` lines leave out.
    Suppressed(String),
    /// A name, and what its mention's surroundings say of it.
    Name(candidates::Candidate, Seen),
}

/// What one mention's surroundings say of a name (see [`AutoName`]).
struct Seen {
    dateline: bool,
    shouted: bool,
    team: bool,
    player: bool,
    bodied: bool,
    /// What the words around a one-word name call it.
    cue: Option<EntityKind>,
}

/// A document's listed mentions and other names (see [`gather`]).
fn document_names(
    doc: &Document,
    matcher: &Matcher,
    not: &HashSet<String>,
    usage: &(dyn Fn(&str) -> WordUse + Sync),
) -> DocumentNames {
    let listed = matcher.find(&doc.text, &doc.folded, &doc.fold_map);
    let page = Page::of(doc);
    let declension = Declension::of(&doc.language);
    let mut names = Vec::new();
    for c in candidates::candidates(&doc.text, &page.starts, usage, &page.datelines, declension) {
        // Already a listed entity: only its role is news.
        if let Some(&(e, _)) = listed.iter().find(|(_, s)| s.overlaps(c.span)) {
            if let Some(role) = c.role {
                names.push(Found::Role(e, role));
            }
            continue;
        }
        let name = c.span.slice(&doc.text);
        if not.contains(&fold_str(name)) {
            names.push(Found::Suppressed(name.to_string()));
            continue;
        }
        let seen = page.seen(&c);
        names.push(Found::Name(c, seen));
    }
    DocumentNames { listed, names }
}

/// Where in a document its names stand: the sentences' starts, the datelines'
/// and the paragraphs written in capitals only.
struct Page<'d> {
    text: &'d str,
    starts: Vec<usize>,
    datelines: Vec<usize>,
    shouting: Vec<Span>,
}

impl Page<'_> {
    fn of(document: &Document) -> Page<'_> {
        let paragraphs = document.paragraphs.iter();
        Page {
            text: &document.text,
            starts: sentence_starts(document),
            datelines: paragraphs
                .clone()
                .filter(|p| p.kind == ParaKind::Dateline)
                .map(|p| p.span.start())
                .collect(),
            shouting: paragraphs
                .map(|p| p.span)
                .filter(|s| !s.slice(&document.text).chars().any(char::is_lowercase))
                .collect(),
        }
    }

    /// What the surroundings of candidate `c` say of it.
    fn seen(&self, c: &candidates::Candidate) -> Seen {
        let (text, span) = (self.text, c.span);
        let one_word = !span.slice(text).contains([' ', '-']);
        Seen {
            dateline: self.datelines.contains(&span.start()),
            shouted: self.shouting.iter().any(|s| s.overlaps(span)),
            team: context::reads_as_team(text, span),
            player: context::reads_as_player(text, span),
            bodied: context::named_as_body(text, span),
            cue: one_word
                .then(|| context::kind_by_context(text, span))
                .flatten(),
        }
    }
}

impl AutoName {
    fn new(name: &str) -> AutoName {
        AutoName {
            name: name.to_string(),
            kind: None,
            roles: Vec::new(),
            mentions: Vec::new(),
            defines: None,
            cues: [0, 0, 0],
            datelines: 0,
            known_place: gazetteer::is_known_place(name),
            city: gazetteer::is_known_city(name),
            team: 0,
            bodied: 0,
            player: 0,
            nationality: gazetteer::is_nationality(name),
            shouted: 0,
        }
    }
}

impl Names {
    /// A name found in document `doc` (of `text`), with what its mention
    /// says.
    fn add(&mut self, text: &str, doc: u32, c: candidates::Candidate, seen: Seen) {
        let name = c.span.slice(text);
        let auto = &mut self.auto;
        let f = *self.by_key.entry(name_key(name)).or_insert_with(|| {
            auto.push(AutoName::new(name));
            auto.len() - 1
        });
        let f = &mut auto[f];
        f.kind = f.kind.or(c.kind);
        if let Some(role) = c.role.filter(|r| !f.roles.contains(r)) {
            f.roles.push(role);
        }
        f.defines = f.defines.take().or(c.defines);
        f.datelines += seen.dateline as u32;
        f.shouted += seen.shouted as u32;
        f.team += seen.team as u32;
        f.player += seen.player as u32;
        f.bodied += seen.bodied as u32;
        match seen.cue {
            Some(EntityKind::Place) => f.cues[0] += 1,
            Some(EntityKind::Organization) => f.cues[1] += 1,
            Some(EntityKind::Person) => f.cues[2] += 1,
            _ => {}
        }
        f.mentions.push(Mention { doc, span: c.span });
    }
}

/// Pass 1b: a name written only in articles whose language declines names
/// (Serbian, Albanian…) is, in a case form, the name the corpus writes in
/// its base form ("Vučića", "Kurtit", "Kosovske Mitrovice" → "Vučić",
/// "Kurti", "Kosovska Mitrovica"; see [`inflection`]).
fn merge_case_forms(names: &mut Names, documents: &[Document]) {
    let declension = |doc: u32| Declension::of(&documents[doc as usize].language);
    for i in 0..names.auto.len() {
        let f = &names.auto[i];
        // The declensions of its articles ("Kosova" in Serbian and in Albanian).
        let mut ds: Vec<Declension> = Vec::new();
        for m in &f.mentions {
            match declension(m.doc) {
                Some(d) if !ds.contains(&d) => ds.push(d),
                Some(_) => {}
                None => ds = vec![],
            }
            if ds.is_empty() {
                break;
            }
        }
        let key = name_key(&f.name);
        if ds.contains(&Declension::SouthSlavic) && names.auto[i].kind.is_none() {
            names.auto[i].kind = inflection::adjective_first(&key).then_some(EntityKind::Place);
        }
        // "Kurtija" is Kurti's genitive, "Srbija" no case of "Srbi": a
        // j-ending leads only to a person's name.
        let person = |j: usize| names.auto[j].kind == Some(EntityKind::Person);
        let bases = ds.iter().flat_map(|&d| inflection::bases(&key, d));
        let target = bases.into_iter().find_map(|b| {
            let via_j = key
                .strip_prefix(b.as_str())
                .is_some_and(|r| r.starts_with('j'));
            names
                .resolved(&b)
                .filter(|&j| j != i && (!via_j || person(j)))
        });
        if let Some(j) = target {
            names.absorb(j, i, "case form");
            names.by_key.insert(key, j);
        }
    }
}

impl Names {
    /// The name a key names now: the one it was merged into, if it was.
    fn resolved(&self, key: &str) -> Option<usize> {
        let mut j = *self.by_key.get(key)?;
        for _ in 0..8 {
            if !self.auto[j].mentions.is_empty() {
                return Some(j);
            }
            j = *self.by_key.get(&name_key(&self.auto[j].name))?;
        }
        None
    }

    /// Name `j` takes name `i`'s mentions and what they said; `why` is the
    /// report's reason.
    fn absorb(&mut self, j: usize, i: usize, why: &str) {
        let from = std::mem::replace(&mut self.auto[i], AutoName::new(""));
        self.auto[i].name = from.name.clone();
        self.report
            .merges
            .push(format!("{} → {} ({why})", from.name, self.auto[j].name));
        let to = &mut self.auto[j];
        to.mentions.extend(from.mentions);
        to.kind = to.kind.or(from.kind);
        for role in from.roles {
            if !to.roles.contains(&role) {
                to.roles.push(role);
            }
        }
        to.defines = to.defines.take().or(from.defines);
        for (a, b) in to.cues.iter_mut().zip(from.cues) {
            *a += b;
        }
        to.datelines += from.datelines;
        to.team += from.team;
        to.bodied += from.bodied;
        to.player += from.player;
        to.shouted += from.shouted;
        to.mentions.sort_by_key(|m| (m.doc, m.span.start()));
    }
}

/// Pass 2: an acronym and its definition are one entity, named by the long form.
fn merge_acronyms(names: &mut Names) {
    let found = &mut names.auto;
    for i in 0..found.len() {
        let Some(other) = found[i].defines.clone() else {
            continue;
        };
        let Some(&j) = names.by_key.get(&name_key(&other)) else {
            continue;
        };
        if i == j || found[j].mentions.is_empty() || found[i].mentions.is_empty() {
            continue;
        }
        let (long, short) = if words::is_acronym(&found[i].name) {
            (j, i)
        } else {
            (i, j)
        };
        let moved = std::mem::take(&mut found[short].mentions);
        names.report.merges.push(format!(
            "{} → {} (acronym defined in the text)",
            found[short].name, found[long].name
        ));
        found[long].mentions.extend(moved);
        found[long].kind = found[long].kind.or(Some(EntityKind::Organization));
        found[long].defines = Some(found[short].name.clone());
    }
}

/// Pass 2b: a name that opens a news dateline is a place, wherever it appears
/// and however it is written ("LONDON 1996-08-30", then "in London"); so is
/// the name of a country or of a main part of one.
fn places_of_datelines(names: &mut Names) {
    for f in names
        .auto
        .iter_mut()
        .filter(|f| f.datelines > 0 || f.known_place)
    {
        f.kind = Some(EntityKind::Place);
    }
    for f in names.auto.iter_mut().filter(|f| f.nationality) {
        f.kind = Some(EntityKind::Other);
    }
    // "Las Vegas", "Tel Aviv": a city of several words is seldom a person.
    for f in names
        .auto
        .iter_mut()
        .filter(|f| f.city && f.kind.is_none() && f.name.contains(' '))
    {
        f.kind = Some(city_kind(f));
    }
}

/// A city is a place, or a team (an organisation) where most of its mentions
/// read as a team's ("Chicago 5 Atlanta 3").
fn city_kind(f: &AutoName) -> EntityKind {
    if f.team as usize * 2 > f.mentions.len() {
        EntityKind::Organization
    } else {
        EntityKind::Place
    }
}

/// Pass 4b: a name of one word that is a city's is a place, unless it is a
/// person's surname (merged before) or speaks ("Washington said").
fn cities(names: &mut Names) -> Vec<(usize, &'static str)> {
    choose_unresolved(names, |f| {
        let [place, org, person] = f.cues;
        if !f.city || f.shouted as usize == f.mentions.len() || person > place + org {
            return None;
        }
        f.kind = Some(city_kind(f));
        Some("a city")
    })
}

/// Takes from the unresolved names those `choose` gives a reason for (it
/// may set their kind), and returns them as chosen.
fn choose_unresolved(
    names: &mut Names,
    mut choose: impl FnMut(&mut AutoName) -> Option<&'static str>,
) -> Vec<(usize, &'static str)> {
    let mut chosen = Vec::new();
    let mut unresolved = std::mem::take(&mut names.report.unresolved);
    unresolved.retain(|(name, _)| {
        let Some(i) = names.auto_named(name) else {
            return true;
        };
        match choose(&mut names.auto[i]) {
            Some(why) => {
                chosen.push((i, why));
                false
            }
            None => true,
        }
    });
    names.report.unresolved = unresolved;
    chosen
}

/// Pass 3a: a name that is an article's outlet ("Reuters", "Die Welt", as
/// the articles' front matter says) is that organisation, whatever its
/// mentions' context says ("told Reuters", "Reuters said").
fn outlets(names: &mut Names, documents: &[Document]) -> Vec<(usize, &'static str)> {
    let outlets: HashSet<String> = documents
        .iter()
        .filter_map(|d| d.outlet.as_deref())
        .map(fold_str)
        .collect();
    for f in names.auto.iter_mut() {
        if outlets.contains(&fold_str(&f.name)) {
            f.kind = Some(EntityKind::Organization);
        }
    }
    choose_unresolved(names, |f| {
        outlets
            .contains(&fold_str(&f.name))
            .then_some("an outlet of the articles")
    })
}

/// Whether most of a name's mentions, two at least, read as a sports
/// team's ("Surrey 429-7", "Kent beat Essex").
fn mostly_team(f: &AutoName) -> bool {
    f.team >= 2 && f.team as usize * 2 > f.mentions.len()
}

/// Whether a one-word name the corpus never writes in lower case reads as a
/// team's once and as nothing else anywhere ("Warwickshire 195, Surrey
/// 429-7"; then "Surrey captain Chris Lewis", "as Surrey closed on 429"):
/// not a month ("Sept 5"), not in capitals only (headlines).
fn only_team(f: &AutoName, ordinary: &OrdinaryWords) -> bool {
    let [place, _, person] = f.cues;
    f.team >= 1
        && place == 0
        && person == 0
        && f.player == 0
        && f.shouted == 0
        && !f.name.contains(' ')
        && !ordinary.lower.contains(&fold_str(&f.name))
        && !MONTH_ABBREVIATIONS.contains(&f.name.as_str())
}

/// Pass 4c: a name of one word left unresolved whose mentions mostly read
/// as a team's is a team, an organisation; as a cricketer's in scorecards, a
/// person.
fn teams(names: &mut Names, ordinary: &OrdinaryWords) -> Vec<(usize, &'static str)> {
    choose_unresolved(names, |f| {
        let (kind, why) = if mostly_team(f) || only_team(f, ordinary) {
            (EntityKind::Organization, "a team")
        } else if f.player >= 2 && f.player as usize * 2 > f.mentions.len() {
            (EntityKind::Person, "a player in scorecards")
        } else {
            return None;
        };
        if f.kind.is_some_and(|k| k != kind) {
            return None;
        }
        f.kind = Some(kind);
        Some(why)
    })
}

/// Pass 3: which automatic names become entities, and why: a titled person, a
/// defined acronym, or a name of several words seen twice. The others go to
/// the report's unresolved names (single unknown words: demonyms, sentence
/// openers, products are left to the list's author, or to the passes below).
fn choose_automatic(names: &mut Names) -> Vec<(usize, &'static str)> {
    let mut chosen = Vec::new();
    for i in 0..names.auto.len() {
        let f = &names.auto[i];
        if f.mentions.is_empty() {
            continue;
        }
        // Seen only in capitals-only headlines, where every word is capitalised.
        let only_shouted = f.shouted as usize == f.mentions.len();
        let words = f.name.split([' ', '-']).count();
        // Seen once, a name needs words apart ("Euro-Atlantic" is one word),
        // none of them an acronym's plural ("Serbian IDs").
        let spaced =
            f.name.split(' ').count() > 1 && !f.name.split(' ').any(words::is_acronym_plural);
        let why = if f.datelines > 0 {
            Some("dateline")
        } else if f.known_place {
            Some("a country or region")
        } else if f.nationality {
            Some("a nationality")
        } else if !f.roles.is_empty() {
            Some("title")
        } else if f.defines.is_some() && words > 1 {
            Some("acronym definition")
        } else if words > 1 && (f.mentions.len() >= 2 || spaced) && !only_shouted {
            Some("seen twice")
        } else if full_name_then_surname(names, i) {
            names.auto[i].kind = names.auto[i].kind.or(Some(EntityKind::Person));
            Some("full name, then the surname alone")
        } else if given_name_first(&names.auto[i]) {
            names.auto[i].kind = Some(EntityKind::Person);
            Some("a given name first")
        } else {
            None
        };
        let f = &names.auto[i];
        match why {
            Some(why) => chosen.push((i, why)),
            None => names
                .report
                .unresolved
                .push((f.name.clone(), f.mentions.len())),
        }
    }
    chosen
}

/// Pass 3b: a chosen name of two or three capitalised words that nothing
/// typed yet is, in news, most often a person ("Suu Kyi", "Mushtaq Ahmed"),
/// unless its mentions mostly read as a team's ("Leyton Orient 2": an
/// organisation) or a word says otherwise: an event's ("World Cup": other), a people's
/// last ("Kosovo Serbs": other), a country's, a people's or a city's
/// ("Air France", "Dynamo Moscow": an organisation), or an ordinary word of
/// the corpus ("Night Wolves", "Grand Slam": not a person's, as persons are
/// named by given names and surnames). A given name first makes a person
/// whatever follows but a place ("Christian Blanc"). A region's name starts
/// with a compass word and stays as it is.
fn default_kinds(
    names: &mut Names,
    chosen: &[(usize, &'static str)],
    ordinary: &OrdinaryWords,
    list: &EntityList,
) {
    let one_word = one_word_names(names, list);
    let one_word = spelling::OneWordNames::new(&one_word);
    let mut kinds = Vec::new();
    for &(i, _) in chosen {
        let f = &names.auto[i];
        let words: Vec<&str> = f.name.split(' ').collect();
        if f.kind.is_some()
            || !(2..=3).contains(&words.len())
            || !words.iter().all(|w| is_title_case(w))
            || words::COMPASS_WORDS.contains(&fold_str(words[0]).as_str())
        {
            continue;
        }
        let has = |rule: &dyn Fn(&str) -> bool| words.iter().any(|w| rule(w));
        let national = |w: &str| {
            gazetteer::is_known_place(w)
                || gazetteer::is_nationality(w)
                || gazetteer::is_known_city(w)
        };
        let last = words[words.len() - 1];
        let kind = if has(&|w| words::EVENT_WORDS.contains(&fold_str(w).as_str())) {
            EntityKind::Other
        } else if mostly_team(f) && !gazetteer::is_listed_given_name(words[0]) {
            EntityKind::Organization
        } else if gazetteer::is_listed_given_name(words[0])
            && !words[1..].iter().any(|w| national(w))
        {
            EntityKind::Person
        } else if gazetteer::is_nationality(last) || one_word.has_demonym(last) {
            EntityKind::Other
        } else if has(&national) || has(&|w| ordinary.lower.contains(&fold_str(w))) {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        kinds.push((i, kind));
    }
    for (i, kind) in kinds {
        names.auto[i].kind = Some(kind);
    }
}

/// Whether a name is a person's by its first word: two or three capitalised
/// words (not in capitals only), the first a given name ("Andy Caddick").
fn given_name_first(f: &AutoName) -> bool {
    let words: Vec<&str> = f.name.split(' ').collect();
    (2..=3).contains(&words.len())
        && f.kind.is_none()
        && words.iter().all(|w| is_title_case(w))
        && gazetteer::is_given_name(words[0])
        && !gazetteer::is_known_place(&f.name)
}

/// "Simmons", "McGrath": a capital, then some lower-case letters.
fn is_title_case(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
}

/// Whether name `i` is a person's full name as news writes it: two or three
/// capitalised words, none in capitals only, the last of which stands alone
/// later in the same document ("Phil Simmons … Simmons").
fn full_name_then_surname(names: &Names, i: usize) -> bool {
    let f = &names.auto[i];
    let words: Vec<&str> = f.name.split(' ').collect();
    // "Western Balkan", "North Korea": a compass point starts a region, not a person.
    let compass = words::COMPASS_WORDS.contains(&fold_str(words[0]).as_str());
    // "Kosovo Serbs … Serbs": a people, not a surname.
    let last = words[words.len() - 1];
    if gazetteer::is_nationality(last) || gazetteer::is_known_place(last) {
        return false;
    }
    if !(2..=3).contains(&words.len())
        || !words.iter().all(|w| is_title_case(w))
        || f.kind.is_some()
        || compass
    {
        return false;
    }
    let Some(&s) = names.by_key.get(&name_key(words[words.len() - 1])) else {
        return false;
    };
    let surname = &names.auto[s];
    f.mentions.iter().any(|m| {
        surname
            .mentions
            .iter()
            .any(|sm| sm.doc == m.doc && sm.span.start() > m.span.start())
    })
}

/// Pass 4: a lone surname is the person of that name mentioned in the same
/// document ("Bob Dole … Dole"), where only one person has it there.
fn merge_surnames(names: &mut Names, chosen: &[(usize, &'static str)]) {
    let found = &names.auto;
    let persons: Vec<(usize, String)> = chosen
        .iter()
        .filter(|(i, _)| found[*i].kind == Some(EntityKind::Person) && found[*i].name.contains(' '))
        .map(|(i, _)| {
            (
                *i,
                fold_str(found[*i].name.rsplit(' ').next().unwrap_or("")),
            )
        })
        .collect();
    merge_in_documents(names, &persons, "surname");
}

/// Moves each mention of an unresolved name to the one entity among
/// `targets` (entity, the folded form that names it short) named in the
/// same document; what is left stays unresolved. `why` names the merge in
/// the report.
fn merge_in_documents(names: &mut Names, targets: &[(usize, String)], why: &str) {
    // By short form: each target with the documents that name it.
    let mut by_key: HashMap<&str, Vec<(usize, HashSet<u32>)>> = HashMap::new();
    for (t, short) in targets {
        let docs = names.auto[*t].mentions.iter().map(|m| m.doc).collect();
        by_key.entry(short.as_str()).or_default().push((*t, docs));
    }
    let mut unresolved = std::mem::take(&mut names.report.unresolved);
    unresolved.retain_mut(|(name, count)| {
        let Some(candidates) = by_key.get(fold_str(name).as_str()) else {
            return true;
        };
        let Some(f) = names.auto_named(name) else {
            return true;
        };
        let found = &mut names.auto;
        let mut kept = Vec::new();
        let mut into = Vec::new();
        for m in std::mem::take(&mut found[f].mentions) {
            let mut there = candidates.iter().filter(|(_, docs)| docs.contains(&m.doc));
            match (there.next(), there.next()) {
                (Some(&(t, _)), None) => {
                    found[t].mentions.push(m);
                    if !into.contains(&t) {
                        into.push(t);
                    }
                }
                _ => kept.push(m),
            }
        }
        for t in into {
            let target = found[t].name.clone();
            names
                .report
                .merges
                .push(format!("{name} → {target} ({why}, same document)"));
        }
        *count = kept.len();
        let left = !kept.is_empty();
        names.auto[f].mentions = kept;
        left
    });
    names.report.unresolved = unresolved;
}

/// The short form of a body's name: the name less the words after the first
/// that say what kind of body it is ("Pirelli SpA", "Magna International
/// Inc", "Boatmen's Bancshares Inc." → "Pirelli", "Magna", "Boatmen's").
fn short_form(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split(' ').collect();
    let kind_word = |w: &str| {
        let folded = fold_str(w.trim_end_matches('.'));
        words::ORGANIZATION_WORDS.contains(&folded.as_str())
            || words::COMPANY_SUFFIXES.contains(&w)
            || matches!(folded.as_str(), "international" | "&" | "and")
    };
    let n = words.iter().position(|w| kind_word(w))?;
    (n >= 1 && words[n..].iter().all(|w| kind_word(w)))
        .then(|| name[..words[..n].join(" ").len()].trim_end())
}

/// Pass 4a: a body's short name ("Pirelli" for "Pirelli SpA") is that body,
/// in the documents that name it whole.
fn merge_short_forms(names: &mut Names, chosen: &[(usize, &'static str)]) {
    let found = &names.auto;
    let bodies: Vec<(usize, String)> = chosen
        .iter()
        .filter(|(i, _)| found[*i].kind == Some(EntityKind::Organization))
        .filter_map(|(i, _)| Some((*i, fold_str(short_form(&found[*i].name)?))))
        .collect();
    merge_in_documents(names, &bodies, "short name");
}

/// Pass 5: a one-word name seen twice whose context says place or organisation
/// ("in Kosovo", "the EU said") becomes one, unless it is a demonym of another
/// name ("Serbian").
fn promote_by_context(names: &mut Names, list: &EntityList) -> Vec<(usize, &'static str)> {
    let one_word = one_word_names(names, list);
    let one_word = spelling::OneWordNames::new(&one_word);
    let mut promoted = Vec::new();
    let mut unresolved = std::mem::take(&mut names.report.unresolved);
    unresolved.retain(|(name, _)| {
        let Some(f) = names.auto_named(name) else {
            return true;
        };
        let [place, org, person] = names.auto[f].cues;
        let only_shouted = names.auto[f].shouted as usize == names.auto[f].mentions.len();
        // Seen once, an acronym is too often a unit or a code ("ID", "GMT").
        let once_acronym =
            names.auto[f].mentions.len() < 2 && !name.chars().any(char::is_lowercase);
        // "U.N.", "U.A.E.": written with dots, an acronym is a name; not a
        // country's, it is a body's.
        let dotted = is_dotted_acronym(name) && !names.auto[f].known_place;
        if only_shouted
            || (once_acronym && !dotted)
            || name.contains([' ', '-'])
            || (place + org + person == 0 && !dotted)
            || one_word.has_demonym(name)
        {
            return true;
        }
        let bodied = names.auto[f].bodied > 0;
        let kind = if (dotted && place + person == 0) || bodied {
            EntityKind::Organization
        } else if person > place + org {
            EntityKind::Person
        } else if place >= org {
            EntityKind::Place
        } else {
            EntityKind::Organization
        };
        promoted.push((f, kind));
        false
    });
    names.report.unresolved = unresolved;
    promoted
        .into_iter()
        .map(|(f, kind)| {
            names.auto[f].kind = Some(kind);
            (f, "context")
        })
        .collect()
}

/// Whether `name` is capital letters each followed by a full stop ("U.N.").
fn is_dotted_acronym(name: &str) -> bool {
    let pairs: Vec<&[u8]> = name.as_bytes().chunks(2).collect();
    pairs.len() >= 2
        && pairs
            .iter()
            .all(|p| p.len() == 2 && p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// The names of one word, automatic and listed: what demonyms derive from.
fn one_word_names<'n>(names: &'n Names, list: &'n EntityList) -> Vec<&'n str> {
    names
        .auto
        .iter()
        .map(|f| f.name.as_str())
        .chain(
            list.entities
                .iter()
                .flat_map(|d| std::iter::once(&d.name).chain(&d.aliases))
                .map(String::as_str),
        )
        .filter(|n| !n.contains(' '))
        .collect()
}

/// Pass 6: the entities, listed ones first (with their descriptions), then the
/// chosen automatic ones, each reported. Returns how many are listed.
fn make_entities(
    documents: &[Document],
    list: &EntityList,
    names: Names,
    chosen: Vec<(usize, &'static str)>,
) -> (Vec<Entity>, usize, EntityReport) {
    let Names {
        listed_mentions,
        listed_roles,
        mut auto,
        mut report,
        ..
    } = names;
    let mut entities = Vec::new();
    for (def, (mentions, roles)) in list
        .entities
        .iter()
        .zip(listed_mentions.into_iter().zip(listed_roles))
    {
        if mentions.is_empty() {
            report.unmatched.push(def.name.clone());
            continue;
        }
        let mut e = entity(documents, &def.name, def.kind, roles, mentions);
        e.description = def.description.clone();
        entities.push(e);
    }
    let listed = entities.len();
    for (i, why) in chosen {
        let f = &mut auto[i];
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
    (entities, listed, report)
}

/// Pass 7: misspellings. Names one edit apart on the folded name, of at least 7
/// letters and the same kind: the rarer, found automatically, joins the more
/// frequent.
fn merge_misspellings(
    documents: &[Document],
    entities: &mut Vec<Entity>,
    listed: usize,
    report: &mut EntityReport,
) {
    // Folded names and their lengths in chars, kept beside the entities.
    let mut keys: Vec<String> = entities.iter().map(|e| fold_str(&e.name)).collect();
    let mut lengths: Vec<usize> = keys.iter().map(|k| k.chars().count()).collect();
    let mut i = listed;
    while i < entities.len() {
        let long_enough = keys[i].chars().filter(|c| c.is_alphabetic()).count() >= 7;
        let target = (0..entities.len()).find(|&j| {
            long_enough
                && j != i
                && entities[j].kind == entities[i].kind
                && entities[j].mentions.len() > entities[i].mentions.len()
                && lengths[j].abs_diff(lengths[i]) <= 1
                && spelling::within_one_edit(&keys[i], &keys[j])
        });
        let Some(j) = target else {
            i += 1;
            continue;
        };
        keys.remove(i);
        lengths.remove(i);
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
}

/// Pass 7b: a person found by a titled surname alone ("President Vučić",
/// "premijer Kurti"), in articles where pass 4 found no full name to give
/// it, is the one person of the corpus whose full name ends with that
/// surname ("Aleksandar Vučić"), in any script or spelling search folds
/// together. Without a title a surname stays apart ("Marlow said" may be
/// anyone).
fn merge_lone_surnames(
    documents: &[Document],
    entities: &mut Vec<Entity>,
    listed: usize,
    report: &mut EntityReport,
) {
    let person = |e: &Entity| e.kind == EntityKind::Person;
    let mut i = listed;
    while i < entities.len() {
        let surname = fold_str(&entities[i].name);
        let mut full = (0..entities.len()).filter(|&j| {
            j != i
                && person(&entities[j])
                && entities[j].name.contains(' ')
                && fold_str(entities[j].name.rsplit(' ').next().unwrap_or("")) == surname
        });
        let target = match (full.next(), full.next()) {
            (Some(j), None)
                if person(&entities[i])
                    && !entities[i].roles.is_empty()
                    && !entities[i].name.contains([' ', '-']) =>
            {
                j
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let gone = entities.remove(i);
        let j = if target > i { target - 1 } else { target };
        report
            .merges
            .push(format!("{} → {} (surname)", gone.name, entities[j].name));
        let mut roles = entities[j].roles.clone();
        roles.extend(
            gone.roles
                .into_iter()
                .filter(|r| !entities[j].roles.contains(r)),
        );
        let mut all = std::mem::take(&mut entities[j].mentions);
        all.extend(gone.mentions);
        let (name, kind, description) = (
            entities[j].name.clone(),
            entities[j].kind,
            entities[j].description.take(),
        );
        entities[j] = entity(documents, &name, kind, roles, all);
        entities[j].description = description;
    }
}

/// Pass 8: names in headlines written in capitals only, where every word
/// looks like a name: a run of words there that spells an entity found
/// elsewhere ("ENGLAND BEAT MOLDOVA IN WORLD CUP QUALIFIER": England, Moldova,
/// World Cup) is a mention of it, the longest first; never one ordinary
/// word ("IN", "LEAGUE"), which may be an acronym or a word of a name
/// elsewhere.
fn shouted_mentions(documents: &[Document], entities: &mut [Entity], ordinary: &OrdinaryWords) {
    const LONGEST: usize = 4;
    let mut by_form: HashMap<String, usize> = HashMap::new();
    for (e, entity) in entities.iter().enumerate() {
        for form in std::iter::once(&entity.name).chain(&entity.variants) {
            by_form.entry(fold_str(form)).or_insert(e);
        }
    }
    let mut taken_in: Vec<Vec<Span>> = vec![Vec::new(); documents.len()];
    for m in entities.iter().flat_map(|e| &e.mentions) {
        taken_in[m.doc as usize].push(m.span);
    }
    let mut found: Vec<(usize, Mention)> = Vec::new();
    for ((d, doc), mut taken) in documents.iter().enumerate().zip(taken_in) {
        for para in &doc.paragraphs {
            let line = para.span.slice(&doc.text);
            if line.chars().any(char::is_lowercase) || !line.chars().any(char::is_uppercase) {
                continue;
            }
            let words: Vec<(usize, usize)> = tokens(line)
                .map(|(at, w)| (para.span.start() + at, para.span.start() + at + w.len()))
                .collect();
            let mut i = 0;
            while i < words.len() {
                let hit = (1..=LONGEST.min(words.len() - i)).rev().find_map(|n| {
                    let (start, mut end) = (words[i].0, words[i + n - 1].1);
                    let mut e = by_form.get(&fold_str(&doc.text[start..end]));
                    if e.is_none() && doc.text[end..].starts_with('.') {
                        end += 1;
                        e = by_form.get(&fold_str(&doc.text[start..end]));
                    }
                    let span = Span::new(&doc.text, start, end);
                    let word = n == 1 && ordinary.lower.contains(&fold_str(span.slice(&doc.text)));
                    e.filter(|_| !word && !taken.iter().any(|t| t.overlaps(span)))
                        .map(|&e| (n, e, span))
                });
                match hit {
                    Some((n, e, span)) => {
                        taken.push(span);
                        found.push((
                            e,
                            Mention {
                                doc: d as u32,
                                span,
                            },
                        ));
                        i += n;
                    }
                    None => i += 1,
                }
            }
        }
    }
    for (e, m) in found {
        let form = m.span.slice(&documents[m.doc as usize].text);
        if !entities[e].variants.iter().any(|v| v == form) {
            entities[e].variants.push(form.to_string());
        }
        entities[e].mentions.push(m);
    }
    for e in entities.iter_mut() {
        e.mentions.sort_by_key(|m| (m.doc, m.span.start()));
    }
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
