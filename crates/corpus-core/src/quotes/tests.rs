use super::*;
use crate::model::index::{Document, Entity, Mention, Paragraph};
use crate::text::sentences::sentences;

/// One article of `paragraphs` (the first a headline when it starts with
/// `# `) and these people (name, title), found wherever their last name is.
fn article(paragraphs: &[&str], people: &[(&str, &str)]) -> (Document, Vec<Entity>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for p in paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let (kind, p) = match p.strip_prefix("# ") {
            Some(h) => (ParaKind::Headline, h),
            None => (ParaKind::Body, *p),
        };
        spans.push((text.len(), text.len() + p.len(), kind));
        text.push_str(p);
    }
    let mut doc = Document::from_text("a", &text);
    doc.paragraphs = spans
        .iter()
        .map(|&(a, b, kind)| Paragraph {
            span: Span::new(&text, a, b),
            kind,
        })
        .collect();
    doc.sentences = doc
        .paragraphs
        .iter()
        .flat_map(|p| sentences(&text, p.span))
        .collect();
    let entities = people
        .iter()
        .map(|(name, role)| {
            let last = match name.strip_suffix(" Ltd") {
                Some(company) => company,
                None => name.rsplit(' ').next().unwrap(),
            };
            let mentions = text
                .match_indices(last)
                .map(|(at, _)| Mention {
                    doc: 0,
                    span: Span::new(&text, at, at + last.len()),
                })
                .collect();
            Entity {
                id: last.to_lowercase(),
                name: name.to_string(),
                kind: if role.is_empty() && *name == "Belgrade" {
                    EntityKind::Place
                } else if name.ends_with(" Ltd") {
                    EntityKind::Organization
                } else {
                    EntityKind::Person
                },
                roles: if role.is_empty() {
                    vec![]
                } else {
                    vec![role.to_string()]
                },
                description: None,
                variants: vec![],
                mentions,
            }
        })
        .collect();
    (doc, entities)
}

const PEOPLE: &[(&str, &str)] = &[
    ("Albin Kurti", "prime minister"),
    ("Aleksandar Vučić", "president"),
    ("Jens Stoltenberg", "secretary general"),
];

/// The quotations of `paragraphs`: (quoted text, speaker's id or "?", partial, verb).
fn check(paragraphs: &[&str], expected: &[(&str, &str, bool, &str)]) {
    let (doc, entities) = article(paragraphs, PEOPLE);
    let found: Vec<(String, String, bool, String)> =
        find_quotes(std::slice::from_ref(&doc), &entities)
            .into_iter()
            .map(|q| {
                (
                    q.span.slice(&doc.text).to_string(),
                    q.speaker
                        .map_or("?".into(), |e| entities[e as usize].id.clone()),
                    q.partial,
                    q.verb
                        .map_or(String::new(), |v| v.slice(&doc.text).to_string()),
                )
            })
            .collect();
    let expected: Vec<(String, String, bool, String)> = expected
        .iter()
        .map(|(q, s, p, v)| (q.to_string(), s.to_string(), *p, v.to_string()))
        .collect();
    assert_eq!(found, expected, "{paragraphs:?}");
}

#[test]
fn cues_after_the_quote() {
    check(
        &["“We need more troops,” Kurti said on Friday."],
        &[("We need more troops", "kurti", false, "said")],
    );
    check(
        &["\"We need more troops,\" said Stoltenberg."],
        &[("We need more troops", "stoltenberg", false, "said")],
    );
    // The pronoun is the last sentence's subject, not its last name.
    check(
        &["Kurti met Vučić. “We will not give up,” he told reporters."],
        &[("We will not give up", "kurti", false, "told")],
    );
    check(
        &["Talks with Stoltenberg resumed in Kurti's absence. “We are ready,” the secretary general said."],
        &[("We are ready", "stoltenberg", false, "said")],
    );
}

#[test]
fn cues_before_the_quote() {
    check(
        &["Stoltenberg said the force will take “any measure that is necessary”."],
        &[("any measure that is necessary", "stoltenberg", true, "said")],
    );
    check(
        &["According to Kurti, “the talks failed again today”."],
        &[("the talks failed again today", "kurti", true, "")],
    );
    check(
        &["Vučić said that the three “had no easy talks,” adding that “we will not give up our interests.”"],
        &[
            ("had no easy talks", "vučić", true, "said"),
            ("we will not give up our interests.", "vučić", true, "adding"),
        ],
    );
}

#[test]
fn colons_split_quotes_and_earlier_sentences() {
    // The sentence's subject speaks, not the name nearest the colon.
    check(
        &["Vučić expected a difficult talk with Kurti: “We don't agree on anything.”"],
        &[("We don't agree on anything.", "vučić", false, "")],
    );
    check(
        &["“We are ready to act,” Stoltenberg said. “Nobody wants escalation.”"],
        &[
            ("We are ready to act", "stoltenberg", false, "said"),
            ("Nobody wants escalation.", "stoltenberg", false, ""),
        ],
    );
    check(
        &["Stoltenberg announced more troops. The soldiers are ready. “The situation has improved.”"],
        &[("The situation has improved.", "stoltenberg", false, "")],
    );
}

#[test]
fn terms_headlines_and_unknown_speakers() {
    check(
        &["Vučić spoke of what he called “incidents” and “illegal gangs”."],
        &[],
    );
    check(
        &["# “No easy talks”: Serbia and Kosovo", "The talks went on."],
        &[],
    );
    // Nobody named, nobody reporting: unresolved, not guessed.
    check(
        &["The weather was cold. “It was a long night for everyone,” a witness said."],
        &[("It was a long night for everyone", "?", false, "said")],
    );
    // Two quoted passages, straight marks, one left open to the paragraph's end.
    check(
        &["Kurti said: \"We want peace and we want it now"],
        &[("We want peace and we want it now", "kurti", false, "said")],
    );
}

#[test]
fn nested_quotes_stay_inside_theirs() {
    check(
        &["Kurti said: “They called it ‘a provocation of the worst kind’ and left the room.”"],
        &[(
            "They called it ‘a provocation of the worst kind’ and left the room.",
            "kurti",
            false,
            "said",
        )],
    );
    check(
        &["\"He told us 'never again' and meant it,\" Vučić said."],
        &[(
            "He told us 'never again' and meant it",
            "vučić",
            false,
            "said",
        )],
    );
    // Apostrophes are not quotation marks.
    check(
        &["“Kosovo’s police don’t need Belgrade’s permission,” Kurti said."],
        &[(
            "Kosovo’s police don’t need Belgrade’s permission",
            "kurti",
            false,
            "said",
        )],
    );
}

#[test]
fn a_clause_after_the_quote_is_not_its_cue() {
    check(
        &["Asked about bases, Vučić said that Serbia “needs no foreign bases” and reiterated its neutrality, N1 reported."],
        &[("needs no foreign bases", "vučić", true, "said")],
    );
    // A cue naming nobody, after a named speaker in the sentence.
    check(
        &["Kurti said that the police “arrested dozens of criminals,” an aide told reporters."],
        &[("arrested dozens of criminals", "kurti", true, "said")],
    );
}

#[test]
fn a_quote_goes_on_in_the_next_paragraph() {
    check(
        &[
            "“We did our best,” Kurti said.",
            "“Now it is for Belgrade to answer.”",
            "Stoltenberg met Vučić on Monday.",
            "“Nobody knows what comes next.”",
        ],
        &[
            ("We did our best", "kurti", false, "said"),
            ("Now it is for Belgrade to answer.", "kurti", false, ""),
            // The paragraph before quotes nobody: left unresolved.
            ("Nobody knows what comes next.", "?", false, ""),
        ],
    );
}

#[test]
fn channels_are_kept() {
    let (doc, entities) = article(
        &["“More troops would help us,” Kurti told Die Welt."],
        PEOPLE,
    );
    let q = &find_quotes(std::slice::from_ref(&doc), &entities)[0];
    assert_eq!(q.channel.map(|c| c.slice(&doc.text)), Some("Die Welt"));
    let (doc, entities) = article(
        &["Vučić said on Instagram that the three “had no easy talks”."],
        PEOPLE,
    );
    let q = &find_quotes(std::slice::from_ref(&doc), &entities)[0];
    assert_eq!(q.channel.map(|c| c.slice(&doc.text)), Some("on Instagram"));
    // The speaker after the verb is not where it was said.
    for (text, expected) in [
        ("“We need more troops,” said Kurti at the summit.", None),
        (
            "“We need more troops,” said Kurti in a statement.",
            Some("in a statement"),
        ),
    ] {
        let (doc, entities) = article(&[text], PEOPLE);
        let q = &find_quotes(std::slice::from_ref(&doc), &entities)[0];
        assert_eq!(q.channel.map(|c| c.slice(&doc.text)), expected, "{text}");
    }
    // When, not where.
    for when in ["on Friday", "in March", "on 3 May", "in a statement"] {
        let text = format!("“We need more troops,” Kurti said {when}.");
        let (doc, entities) = article(&[&text], PEOPLE);
        let q = &find_quotes(std::slice::from_ref(&doc), &entities)[0];
        let expected = (when == "in a statement").then_some(when);
        assert_eq!(q.channel.map(|c| c.slice(&doc.text)), expected, "{when}");
    }
}

/// The quotations of `paragraphs` as (quoted text, speaker's id, or the
/// unnamed source's description in brackets, or "?").
fn check_who(paragraphs: &[&str], people: &[(&str, &str)], expected: &[(&str, &str)]) {
    let (doc, entities) = article(paragraphs, people);
    let found: Vec<(String, String)> = find_quotes(std::slice::from_ref(&doc), &entities)
        .into_iter()
        .map(|q| {
            let who = match (q.speaker, q.source) {
                (Some(e), _) => entities[e as usize].id.clone(),
                (None, Some(s)) => format!("[{}]", s.slice(&doc.text)),
                (None, None) => "?".into(),
            };
            (q.span.slice(&doc.text).to_string(), who)
        })
        .collect();
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(q, w)| (q.to_string(), w.to_string()))
        .collect();
    assert_eq!(found, expected, "{paragraphs:?}");
}

#[test]
fn a_quotation_runs_over_paragraphs() {
    // Each paragraph opens again; the cue comes with the last.
    check_who(
        &[
            "Stoltenberg met Vučić on Monday.",
            "“The talks were long.",
            "“We did our best,” Kurti said.",
        ],
        PEOPLE,
        &[
            ("The talks were long.", "kurti"),
            ("We did our best", "kurti"),
        ],
    );
    // Paragraphs with no marks of their own (a sentence a line): the
    // mark left open is closed by the first one ahead that can only close.
    check_who(
        &[
            "\"We want a fifth round of talks.",
            "This one was only a start.",
            "We are not leaving,\" Kurti told reporters.",
        ],
        PEOPLE,
        &[(
            "We want a fifth round of talks.\n\nThis one was only a start.\n\nWe are not leaving",
            "kurti",
        )],
    );
    // An opening mark stranded at a paragraph's end opens the next.
    check_who(
        &[
            "\"I'm an emotional player,\" said the first-ranked Kurti. \"",
            "I think I played very well tonight.\"",
        ],
        PEOPLE,
        &[
            ("I'm an emotional player", "kurti"),
            ("I think I played very well tonight.", "kurti"),
        ],
    );
    // A mark with no closing ahead ends its quote with its paragraph.
    check_who(
        &[
            "Kurti said: \"We want peace and we want it now",
            "Vučić did not answer.",
            "Stoltenberg left for Brussels.",
        ],
        PEOPLE,
        &[("We want peace and we want it now", "kurti")],
    );
}

#[test]
fn cues_with_appositions_ages_and_titles() {
    check_who(
        &["“We need more troops,” Kurti, 48, said on Friday."],
        PEOPLE,
        &[("We need more troops", "kurti")],
    );
    check_who(
        &["Kurti, who met Vučić in Brussels, said: “We need more troops.”"],
        PEOPLE,
        &[("We need more troops.", "kurti")],
    );
    check_who(
        &["“We need more troops,” said the 48-year-old Kurti, now in his second term."],
        PEOPLE,
        &[("We need more troops", "kurti")],
    );
    check_who(
        &["“We need more troops,” Kurti, who has announced that he will run again, said of the vote."],
        PEOPLE,
        &[("We need more troops", "kurti")],
    );
    check_who(
        &["“We need more troops,” said U.S. envoy Stoltenberg at the meeting."],
        PEOPLE,
        &[("We need more troops", "stoltenberg")],
    );
    check_who(
        &["“We need more troops,” Belgrade's Vučić was quoted as saying."],
        PEOPLE,
        &[("We need more troops", "vučić")],
    );
    check_who(
        &["“We need more troops,” the agency quoted Vučić as saying."],
        PEOPLE,
        &[("We need more troops", "vučić")],
    );
}

#[test]
fn pronouns_and_descriptions_go_to_the_last_subject() {
    // Not the name in a possessive or in a relative clause.
    check_who(
        &[
            "Kurti had upset Vučić's plans.",
            "The Kosovar, who met Stoltenberg in May, said: “We will not give up.”",
        ],
        PEOPLE,
        &[("We will not give up.", "kurti")],
    );
    check_who(
        &[
            "Kurti, whose party won in 2021, met Vučić.",
            "“We will not give up,” he said.",
        ],
        PEOPLE,
        &[("We will not give up", "kurti")],
    );
    // Names inside a quotation are not who speaks next.
    check_who(
        &["Kurti spoke first. “Vučić will not come,” he said."],
        PEOPLE,
        &[("Vučić will not come", "kurti")],
    );
}

#[test]
fn unnamed_sources_keep_their_description() {
    check_who(
        &["Kurti met Vučić. “The talks were long,” a spokesman said."],
        PEOPLE,
        &[("The talks were long", "[a spokesman]")],
    );
    check_who(
        &["Prices fell. “There was some profit-taking early on,” a Belgrade trader said."],
        PEOPLE,
        &[(
            "There was some profit-taking early on",
            "[a Belgrade trader]",
        )],
    );
    check_who(
        &["“The road is closed,” said a spokesman for the ministry."],
        PEOPLE,
        &[("The road is closed", "[a spokesman]")],
    );
    check_who(
        &["“Two men were arrested,” police said."],
        PEOPLE,
        &[("Two men were arrested", "[police]")],
    );
}

#[test]
fn organisations_speak() {
    let people = &[("Albin Kurti", "prime minister"), ("Trepča Ltd", "")];
    check_who(
        &[
            "Workers at the mine failed to report for work, managers Trepča said on Friday.",
            "“Discussions are continuing,” the company said in a statement.",
        ],
        people,
        &[("Discussions are continuing", "trepča")],
    );
    check_who(
        &["“Discussions are continuing,” Trepča said."],
        people,
        &[("Discussions are continuing", "trepča")],
    );
}

#[test]
fn pronouns_after_an_unnamed_source_stay_unnamed() {
    check_who(
        &[
            "Kurti was not there. “We found her,” said a spokeswoman of the police.",
            "Nobody could yet tell what happened.",
            "“We don't know yet,” she said.",
        ],
        PEOPLE,
        &[
            ("We found her", "[a spokeswoman]"),
            ("We don't know yet", "[a spokeswoman]"),
        ],
    );
    // The main clause's subject, not a name in a clause before it.
    check_who(
        &["Noting that Vučić was absent, Kurti spoke first. “We will wait,” he said."],
        PEOPLE,
        &[("We will wait", "kurti")],
    );
}
