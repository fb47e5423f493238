//! Quotations of the seed articles against a gold file written by hand
//! (`gold/quotes.jsonl`: every quotation, its speaker or null, partial or
//! not; one or two quoted words and a headline's quote are not quotations).
//! Prints precision and recall and asserts them.

mod common;

use serde_json::Value;

/// The quoted text as compared: without the closing punctuation either side
/// may keep or drop.
fn key(doc: &str, quote: &str) -> (String, String) {
    (
        doc.to_string(),
        quote.trim_end_matches(['.', ',', ' ']).to_string(),
    )
}

#[test]
fn quotations_of_the_seed_articles() {
    let index = common::seed();
    let gold: Vec<Value> = include_str!("gold/quotes.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let found: Vec<((String, String), Option<String>, bool)> = index
        .quotes
        .iter()
        .map(|q| {
            let doc = &index.documents[q.doc as usize];
            (
                key(&doc.id, q.span.slice(&doc.text)),
                q.speaker.map(|e| index.entities[e as usize].id.clone()),
                q.partial,
            )
        })
        .collect();
    let (mut matched, mut speakers_right, mut resolved_right, mut partial_right) = (0, 0, 0, 0);
    let mut missed = Vec::new();
    for g in &gold {
        let k = key(g["doc"].as_str().unwrap(), g["quote"].as_str().unwrap());
        let Some((_, speaker, partial)) = found.iter().find(|(f, _, _)| *f == k) else {
            missed.push(k.1);
            continue;
        };
        matched += 1;
        let gold_speaker = g["speaker"].as_str().map(str::to_string);
        if *speaker == gold_speaker {
            speakers_right += 1;
            resolved_right += usize::from(speaker.is_some());
        } else {
            println!("speaker of “{}”: {speaker:?}, gold {gold_speaker:?}", k.1);
        }
        if *partial == g["partial"].as_bool().unwrap() {
            partial_right += 1;
        } else {
            println!("partial of “{}”: {partial}", k.1);
        }
    }
    let extra: Vec<&String> = found
        .iter()
        .filter(|(f, _, _)| {
            !gold
                .iter()
                .any(|g| key(g["doc"].as_str().unwrap(), g["quote"].as_str().unwrap()) == *f)
        })
        .map(|(f, _, _)| &f.1)
        .collect();
    let resolved = found.iter().filter(|(_, s, _)| s.is_some()).count();
    let precision = matched as f64 / found.len() as f64;
    let recall = matched as f64 / gold.len() as f64;
    let speaker_precision = resolved_right as f64 / resolved.max(1) as f64;
    let speaker_recall = speakers_right as f64 / gold.len() as f64;
    println!(
        "quotations: {} found, {} gold: precision {precision:.2}, recall {recall:.2}; \
         speakers: {speaker_precision:.2} of those named are right, {speaker_recall:.2} of the gold's found and right; \
         partial right for {partial_right} of {matched}",
        found.len(),
        gold.len()
    );
    println!("missed: {missed:?}\nnot in the gold: {extra:?}");
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "quotations P {precision:.2} R {recall:.2}"
    );
    assert!(
        speaker_precision >= 0.95,
        "a speaker named is right: {speaker_precision:.2}"
    );
    assert!(
        speaker_recall >= 0.85,
        "speakers found: {speaker_recall:.2}"
    );
    assert!(
        partial_right as f64 >= 0.9 * matched as f64,
        "partial: {partial_right} of {matched}"
    );
}

#[test]
fn one_statement_in_two_wordings_and_who_quotes_whom() {
    use corpus_core::quotes::compare::{by_outlet, departures, same_statements};
    let index = common::seed();
    let all: Vec<usize> = (0..index.quotes.len()).collect();
    let statements = same_statements(&index, &all);
    let text = |q: usize| {
        let quote = &index.quotes[q];
        quote.span.slice(&index.documents[quote.doc as usize].text)
    };
    let shown: Vec<Vec<&str>> = statements
        .iter()
        .map(|s| s.quotes.iter().map(|&q| text(q)).collect())
        .collect();
    println!("{shown:#?}");
    let increase = statements
        .iter()
        .find(|s| text(s.quotes[0]).starts_with("An increase in the number of soldiers"))
        .expect("Kurti's call for more soldiers, worded twice");
    assert_eq!(index.entities[increase.speaker as usize].id, "albin-kurti");
    assert_eq!(increase.quotes.len(), 2);
    let (first, second) = (increase.quotes[0], increase.quotes[1]);
    let docs = |q: usize| &index.documents[index.quotes[q].doc as usize];
    assert!(
        docs(first).published <= docs(second).published,
        "first published first"
    );
    let changed: Vec<&str> = departures(&index, first, second)
        .iter()
        .map(|s| s.slice(&docs(second).text))
        .collect();
    let back: Vec<&str> = departures(&index, second, first)
        .iter()
        .map(|s| s.slice(&docs(first).text))
        .collect();
    println!("departures: {changed:?} / {back:?}");
    assert!(
        !changed.is_empty() && changed.len() + back.len() <= 6,
        "{changed:?} {back:?}"
    );
    // Statements are one speaker's: Vučić's and Kurti's words never group.
    assert!(statements.iter().all(|s| s
        .quotes
        .iter()
        .all(|&q| index.quotes[q].speaker == Some(s.speaker))));

    let outlets = by_outlet(&index, &all);
    let dw = outlets
        .iter()
        .find(|o| o.outlet == "DW")
        .expect("DW quotes");
    let id = |e: u32| index.entities[e as usize].id.as_str();
    assert!(dw
        .quoted
        .iter()
        .any(|&(s, n)| id(s) == "albin-kurti" && n >= 3));
    let quoted: usize = outlets
        .iter()
        .flat_map(|o| o.quoted.iter().map(|q| q.1))
        .sum();
    assert_eq!(
        quoted,
        index.quotes.iter().filter(|q| q.speaker.is_some()).count()
    );
    for o in &outlets {
        assert!(o.never.iter().all(|s| !o.quoted.iter().any(|q| q.0 == *s)));
    }
}

/// Serbian (either script) and Albanian cues: the verb before its subject
/// and after it, with the auxiliary between (`rekao je Vučić`, `Kurti je
/// izjavio`), `prema rečima X`, Albanian's `tha X`, `u shpreh X`, `sipas X`;
/// „…“, »…« and «…» marks.
#[test]
fn serbian_and_albanian_cues() {
    let index = common::made_up_with_list(
        &[
            "„Ovo je dug proces“, rekao je Vučić novinarima u Beogradu.",
            "Kurti je izjavio: „Nećemo dozvoliti blokade.“",
            "„Ово је дуг процес, али видим разлоге за оптимизам“, рекао је Вучић.",
            "«Nuk do të lejojmë bllokada», tha Kurti në Prishtinë.",
            "»Situata është e qetë«, u shpreh Kurti.",
            "Prema rečima Vučića, „situacija je teška“.",
            "Sipas Kurtit, «veriu është i qetë».",
        ],
        "person: Aleksandar Vučić | Vučić | Vučića\nperson: Albin Kurti | Kurti | Kurtit\n",
    );
    let speaker = |doc: u32| -> Option<String> {
        let q = index.quotes.iter().find(|q| q.doc == doc)?;
        q.speaker.map(|e| index.entities[e as usize].name.clone())
    };
    let vucic = Some("Aleksandar Vučić".to_string());
    let kurti = Some("Albin Kurti".to_string());
    for (doc, expected) in [
        (0, &vucic),
        (1, &kurti),
        (2, &vucic),
        (3, &kurti),
        (4, &kurti),
        (5, &vucic),
        (6, &kurti),
    ] {
        assert_eq!(&speaker(doc), expected, "document {doc}");
    }
}
