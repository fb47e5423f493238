//! Quotations compared: the same statement as different articles word it
//! (one speaker, most of the words in the same order), the words where one
//! wording departs from the first published, and which outlet quotes whom.

use crate::model::index::{Index, Quote};
use crate::order::{self, down, key};
use crate::text::fold::fold_str;
use crate::text::span::Span;

/// Two wordings are one statement when their longest common run of words
/// (in order, not necessarily adjacent) holds this share of the longer's words.
const SAME_SHARE: f64 = 0.6;

/// Shorter quotations are too short to tell a statement from a phrase.
const MIN_WORDS: usize = 4;

/// Quotations of one speaker saying the same thing: indexes into the index's
/// quotations, the first published first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub speaker: u32,
    pub quotes: Vec<usize>,
}

/// The words of a quotation, folded, with where each is in its document.
fn words(index: &Index, q: &Quote) -> Vec<(String, Span)> {
    let text = &index.documents[q.doc as usize].text;
    let quoted = q.span.slice(text);
    let mut out = Vec::new();
    let mut start = None;
    let mut push = |a: usize, b: usize| {
        let s = Span::new(text, q.span.start() + a, q.span.start() + b);
        out.push((fold_str(s.slice(text)), s));
    };
    for (i, c) in quoted.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                push(a, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        push(a, quoted.len());
    }
    out
}

/// Which words of `a` and of `b` belong to their longest common subsequence.
fn common(a: &[(String, Span)], b: &[(String, Span)]) -> (Vec<bool>, Vec<bool>) {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if a[i].0 == b[j].0 {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut in_a, mut in_b) = (vec![false; n], vec![false; m]);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i].0 == b[j].0 {
            (in_a[i], in_b[j]) = (true, true);
            (i, j) = (i + 1, j + 1);
        } else if table[at(i + 1, j)] >= table[at(i, j + 1)] {
            i += 1;
        } else {
            j += 1;
        }
    }
    (in_a, in_b)
}

/// A wording as compared: its words, and their hashes sorted, for a quick
/// count of the words two wordings share.
struct Wording {
    words: Vec<(String, Span)>,
    sorted: Vec<u64>,
}

impl Wording {
    fn of(index: &Index, q: &Quote) -> Wording {
        let words = words(index, q);
        let mut sorted: Vec<u64> = words.iter().map(|(w, _)| fnv(w)).collect();
        order::sort_by_key(&mut sorted, |&h| u128::from(h));
        Wording { words, sorted }
    }

    /// How many words (with repeats) the two share, by merging sorted hashes.
    fn shared(&self, other: &Wording) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < self.sorted.len() && j < other.sorted.len() {
            match self.sorted[i].cmp(&other.sorted[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => (i, j, n) = (i + 1, j + 1, n + 1),
            }
        }
        n
    }
}

/// FNV-1a of a word.
fn fnv(w: &str) -> u64 {
    w.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether two wordings say the same.
fn same(a: &Wording, b: &Wording) -> bool {
    let (la, lb) = (a.words.len(), b.words.len());
    if la < MIN_WORDS || lb < MIN_WORDS {
        return false;
    }
    let longer = la.max(lb) as f64;
    // Cheap first: lengths close enough, and enough words shared at all.
    if (la.min(lb) as f64) < SAME_SHARE * longer || (a.shared(b) as f64) < SAME_SHARE * longer {
        return false;
    }
    let kept = common(&a.words, &b.words).0.iter().filter(|&&k| k).count();
    kept as f64 >= SAME_SHARE * longer
}

/// The statements quoted in more than one document, among the quotations
/// `shown` (indexes into `index.quotes`), in order of their first wording.
pub fn same_statements(index: &Index, shown: &[usize]) -> Vec<Statement> {
    let wordings: Vec<Wording> = shown
        .iter()
        .map(|&q| Wording::of(index, &index.quotes[q]))
        .collect();
    // Union-find over the quotations shown, compared within each speaker's.
    let mut parent: Vec<usize> = (0..shown.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut by_speaker: Vec<(u32, Vec<usize>)> = Vec::new();
    for (i, &q) in shown.iter().enumerate() {
        let Some(s) = index.quotes[q].speaker else {
            continue;
        };
        match by_speaker.iter_mut().find(|(k, _)| *k == s) {
            Some((_, list)) => list.push(i),
            None => by_speaker.push((s, vec![i])),
        }
    }
    for (_, list) in &by_speaker {
        for (n, &i) in list.iter().enumerate() {
            for &j in &list[n + 1..] {
                let (a, b) = (&index.quotes[shown[i]], &index.quotes[shown[j]]);
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                // Already one statement: no need to compare again.
                if ri != rj && a.doc != b.doc && same(&wordings[i], &wordings[j]) {
                    parent[rj] = ri;
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of = vec![usize::MAX; shown.len()];
    for (i, &q) in shown.iter().enumerate() {
        let r = root(&mut parent, i);
        if group_of[r] == usize::MAX {
            group_of[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[group_of[r]].push(q);
    }
    let mut out: Vec<Statement> = groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|mut g| {
            // First published first; undated last, in document order.
            order::sort_by_key(&mut g, |&q| {
                let d = index.quotes[q].doc;
                let day = index.documents[d as usize].published.map_or(u32::MAX, |p| {
                    u32::from(p.year) << 16
                        | u32::from(p.month.unwrap_or(0)) << 8
                        | u32::from(p.day.unwrap_or(0))
                });
                key([day, d, q as u32, 0])
            });
            Statement {
                speaker: index.quotes[g[0]].speaker.expect("grouped by speaker"),
                quotes: g,
            }
        })
        .collect();
    order::sort_by_key(&mut out, |s| key([s.quotes[0] as u32, 0, 0, 0]));
    out
}

/// The words of quotation `b` that are not in quotation `a`'s wording (in
/// `b`'s document): where `b` departs from `a`.
pub fn departures(index: &Index, a: usize, b: usize) -> Vec<Span> {
    let (wa, wb) = (
        words(index, &index.quotes[a]),
        words(index, &index.quotes[b]),
    );
    let kept = common(&wa, &wb).1;
    wb.iter()
        .zip(kept)
        .filter(|(_, k)| !k)
        .map(|((_, s), _)| *s)
        .collect()
}

/// Who one outlet quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutletQuotes {
    pub outlet: String,
    /// Speakers and how many of their quotations, most quoted first.
    pub quoted: Vec<(u32, usize)>,
    /// Speakers other outlets quote and this one never does.
    pub never: Vec<u32>,
}

/// For the quotations `shown`: which outlet quotes whom and how often, and
/// whom each never quotes. Articles without an outlet count as "Outlet unknown".
pub fn by_outlet(index: &Index, shown: &[usize]) -> Vec<OutletQuotes> {
    let mut rows: Vec<OutletQuotes> = Vec::new();
    let mut speakers: Vec<u32> = Vec::new();
    for &q in shown {
        let quote = &index.quotes[q];
        let Some(speaker) = quote.speaker else {
            continue;
        };
        if !speakers.contains(&speaker) {
            speakers.push(speaker);
        }
        let outlet = index.documents[quote.doc as usize]
            .outlet
            .clone()
            .unwrap_or_else(|| "Outlet unknown".into());
        let row = match rows.iter().position(|r| r.outlet == outlet) {
            Some(r) => r,
            None => {
                rows.push(OutletQuotes {
                    outlet,
                    quoted: Vec::new(),
                    never: Vec::new(),
                });
                rows.len() - 1
            }
        };
        match rows[row].quoted.iter_mut().find(|(s, _)| *s == speaker) {
            Some((_, n)) => *n += 1,
            None => rows[row].quoted.push((speaker, 1)),
        }
    }
    for row in &mut rows {
        order::sort_by_key(&mut row.quoted, |&(s, n)| key([down(n as u32), s, 0, 0]));
        row.never = speakers
            .iter()
            .copied()
            .filter(|s| !row.quoted.iter().any(|(q, _)| q == s))
            .collect();
    }
    let names: Vec<&str> = rows.iter().map(|r| r.outlet.as_str()).collect();
    let ranks = order::text_ranks(&names);
    let mut ranked: Vec<(u32, OutletQuotes)> = ranks.into_iter().zip(rows).collect();
    order::sort_by_key(&mut ranked, |(r, _)| key([*r, 0, 0, 0]));
    ranked.into_iter().map(|(_, row)| row).collect()
}
