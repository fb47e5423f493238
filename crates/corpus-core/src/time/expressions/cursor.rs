//! The tokens of a text and the questions the rules ask of them: is token `i`
//! a day, a month, a year, one of these words; what tense is its clause; what
//! does a month named without a year resolve to.

use crate::text::tokens::stands_alone;
use crate::time::calendar::{
    civil_from_days, days_from_civil, days_in_month, month_in_other_languages, two_word_month,
    weekday_in_language, PartialDate, MONTHS,
};
use crate::time::tense::{tense, Tense};
use crate::time::timex::{self, Modifier};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokenKind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
    kind: TokenKind,
}

/// Words (letters), numbers (ASCII digits) and single punctuation characters;
/// white space separates them.
fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let kind = if c.is_ascii_digit() {
            TokenKind::Num
        } else if stands_alone(c) {
            // A letter of an unspaced script is a word of its own: "12月29日".
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: TokenKind::Word,
            });
            continue;
        } else if c.is_alphabetic() {
            TokenKind::Word
        } else if c.is_whitespace() {
            continue;
        } else {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: TokenKind::Punct,
            });
            continue;
        };
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            let same = match kind {
                TokenKind::Num => d.is_ascii_digit(),
                _ => d.is_alphabetic() && !stands_alone(d),
            };
            if !same {
                break;
            }
            end = j + d.len_utf8();
            it.next();
        }
        // "Nov. 24": an abbreviated month keeps its full stop.
        if kind == TokenKind::Word
            && it.peek().is_some_and(|&(_, d)| d == '.')
            && ABBREVIATIONS.contains(&&text[i..end])
            && &text[i..end] != "May"
        {
            end += 1;
            it.next();
        }
        out.push(Token {
            start: i,
            end,
            kind,
        });
    }
    out
}

/// A unit of a duration or of a distance back in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// The TIMEX3 duration letter: `P23Y`.
    pub fn letter(self) -> char {
        match self {
            Unit::Day => 'D',
            Unit::Week => 'W',
            Unit::Month => 'M',
            Unit::Year => 'Y',
        }
    }
}

pub use crate::time::calendar::WEEKDAYS;

use crate::time::calendar::MONTH_ABBREVIATIONS as ABBREVIATIONS;

fn month_of(word: &str) -> Option<u8> {
    // Every month's name starts with one of these capitals.
    if !matches!(
        word.as_bytes().first(),
        Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
    ) {
        return None;
    }
    let full = MONTHS.iter().position(|m| *m == word);
    let bare = word.strip_suffix('.').unwrap_or(word);
    let abbr = ABBREVIATIONS
        .iter()
        .position(|m| *m == bare)
        .map(|i| if i >= 9 { i - 1 } else { i });
    full.or(abbr).map(|i| i as u8 + 1)
}

/// "one" … "twelve", "a", "an" as numbers.
pub fn number_word(w: &str) -> Option<u32> {
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    words
        .iter()
        .position(|n| n.eq_ignore_ascii_case(w))
        .map(|i| i as u32 + 1)
}

/// A text's tokens with the publication date its relative expressions resolve
/// against. Every question takes a token number; past the end the answer is no.
pub struct Cursor<'t> {
    text: &'t str,
    /// `text` in ASCII lower case: the same byte offsets, lowered once.
    lowered: String,
    tokens: Vec<Token>,
    /// The publication date.
    pub reference: Option<PartialDate>,
    /// The publication day, when known to the day.
    pub ref_day: Option<i64>,
    /// The publication month, when known to the month.
    pub ref_month: Option<(u16, u8)>,
    /// The article's language tag: words for days and weekdays other than
    /// English are read only in their own language.
    pub language: &'t str,
}

impl<'t> Cursor<'t> {
    pub fn new(text: &'t str, reference: Option<PartialDate>) -> Cursor<'t> {
        Cursor {
            text,
            lowered: text.to_ascii_lowercase(),
            tokens: tokenize(text),
            reference,
            ref_day: reference.filter(|r| r.day.is_some()).map(|r| r.first_day()),
            ref_month: reference.and_then(|r| r.month.map(|m| (r.year, m))),
            language: "en",
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Byte offsets of tokens `first..=last` in the text.
    pub fn bytes(&self, first: usize, last: usize) -> (usize, usize) {
        (self.tokens[first].start, self.tokens[last].end)
    }

    fn str(&self, i: usize) -> &'t str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is a number of digits.
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Num)
    }

    /// A number of at most four digits.
    pub fn num(&self, i: usize) -> Option<u32> {
        (self.is_num(i) && self.str(i).len() <= 4)
            .then(|| self.str(i).parse().ok())
            .flatten()
    }

    pub fn word(&self, i: usize) -> Option<&'t str> {
        (self.kind(i) == Some(TokenKind::Word)).then(|| self.str(i))
    }

    /// A word in ASCII lower case.
    pub fn lower(&self, i: usize) -> Option<&str> {
        let t = self.tokens.get(i).filter(|t| t.kind == TokenKind::Word)?;
        Some(&self.lowered[t.start..t.end])
    }

    /// Whether token `i` is one of `options` (lower case).
    pub fn is(&self, i: usize, options: &[&str]) -> bool {
        self.lower(i).is_some_and(|w| options.contains(&w))
    }

    pub fn punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.str(i) == p
    }

    /// The text of tokens `first..=last`.
    pub fn slice(&self, first: usize, last: usize) -> &'t str {
        let (a, b) = self.bytes(first, last);
        &self.text[a..b]
    }

    /// Whether the text before token `i` ends with one of `chars`.
    pub fn preceded_by(&self, i: usize, chars: &[char]) -> bool {
        self.text[..self.tokens[i].start].ends_with(chars)
    }

    pub fn month(&self, i: usize) -> Option<u8> {
        self.word(i).and_then(month_of)
    }

    /// A month named in English or in another language ([`month_in_other_languages`]).
    pub fn month_any(&self, i: usize) -> Option<u8> {
        self.month(i)
            .or_else(|| self.word(i).and_then(month_in_other_languages))
    }

    /// A month named in one word ([`Cursor::month_any`]) or, as the Levant
    /// and Iraq name four of them, two ("كانون الأول"): the month and its
    /// last token.
    pub fn month_words(&self, i: usize) -> Option<(u8, usize)> {
        let two = self
            .word(i)
            .zip(self.word(i + 1))
            .and_then(|(a, b)| two_word_month(a, b));
        match two {
            Some(m) => Some((m, i + 1)),
            None => self.month_any(i).map(|m| (m, i)),
        }
    }

    /// Whether token `i` is a word written in lower case ("novembra", not "Mars").
    pub fn is_lower(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| w.chars().next().is_some_and(|c| !c.is_uppercase()))
    }

    /// The last token of a year written as Serbian writes it: "2022." then
    /// optionally "godine" (of the year), in either script; `i` otherwise.
    pub fn year_ending(&self, i: usize) -> usize {
        let godine = |j: usize| {
            self.word(j).is_some_and(|w| {
                matches!(
                    crate::text::fold::fold_str(w).as_str(),
                    "godine" | "godina" | "godini" | "g"
                )
            })
        };
        if self.punct(i + 1, ".") && godine(i + 2) {
            i + 2
        } else {
            i
        }
    }

    /// Whether tokens `i` and `i + 1` touch (no space between them).
    pub fn glued(&self, i: usize) -> bool {
        self.tokens
            .get(i + 1)
            .is_some_and(|t| t.start == self.tokens[i].end)
    }

    pub fn weekday(&self, i: usize) -> Option<usize> {
        self.word(i)
            .and_then(|w| WEEKDAYS.iter().position(|d| *d == w))
            .or_else(|| {
                let before = self.word(i.checked_sub(1)?)?;
                weekday_in_language(self.language, before, self.word(i)?)
            })
    }

    /// An ordinal suffix glued to the number before it: the "st" of "1st".
    pub fn ordinal(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th"))
            && i > 0
            && self.tokens[i - 1].end == self.tokens[i].start
    }

    /// A four-digit year from 1900 to 2099, not glued to a thousands separator
    /// or decimal point ("3,800", "1.2000").
    pub fn year(&self, i: usize) -> Option<u16> {
        let t = self
            .tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Num && t.end - t.start == 4)?;
        let text = self.text;
        let before = text[..t.start].chars().next_back();
        let mut after = text[t.end..].chars();
        let glued_before = matches!(before, Some(',' | '.'))
            && text[..t.start].len() >= 2
            && text[..t.start - 1].ends_with(|c: char| c.is_ascii_digit());
        let glued_after = matches!(after.next(), Some(',' | '.'))
            && after.next().is_some_and(|c| c.is_ascii_digit());
        let y: u16 = self.str(i).parse().ok()?;
        ((1900..=2099).contains(&y) && !glued_before && !glued_after).then_some(y)
    }

    /// A day of the month: one or two digits, 1 to 31.
    pub fn day(&self, i: usize) -> Option<u32> {
        self.num(i)
            .filter(|d| (1..=31).contains(d) && self.str(i).len() <= 2)
    }

    /// The tense of the clause around tokens `first..=last`.
    pub fn tense(&self, first: usize, last: usize) -> Option<Tense> {
        let (a, b) = self.bytes(first, last);
        tense(self.text, a, b)
    }

    /// The `mod` a word gives what follows it: "early", "mid", "end" …
    pub fn modifier(&self, i: usize) -> Option<Modifier> {
        match self.lower(i)? {
            "early" | "earlier" | "beginning" | "start" => Some(Modifier::Start),
            "mid" | "middle" => Some(Modifier::Mid),
            "late" | "later" | "end" => Some(Modifier::End),
            _ => None,
        }
    }

    /// The token after a modifier word and an optional hyphen: "mid-1999".
    pub fn after_hyphen(&self, i: usize) -> usize {
        if self.punct(i + 1, "-") {
            i + 2
        } else {
            i + 1
        }
    }

    pub fn unit(&self, i: usize) -> Option<Unit> {
        match self.lower(i)? {
            "years" | "year" => Some(Unit::Year),
            "months" | "month" => Some(Unit::Month),
            "weeks" | "week" => Some(Unit::Week),
            "days" | "day" => Some(Unit::Day),
            _ => None,
        }
    }

    /// Whether an absolute date starts at token `i` (so a weekday before it
    /// gives way: "Friday, 19 August").
    pub fn absolute_at(&self, i: usize) -> bool {
        (self.day(i).is_some()
            && (self.month_any(i + 1).is_some() || self.month_any(i + 2).is_some()))
            || (self.month(i).is_some()
                && (self.day(i + 1).is_some() || self.year(i + 1).is_some()))
    }

    /// The year of a month named without one: the publication year, moved by
    /// tense (a later month in a past clause was last year's; an earlier month
    /// in a future clause is next year's).
    fn year_for(&self, month: u8, tense: Option<Tense>) -> Option<u16> {
        let r = self.reference?;
        Some(match (r.month, tense) {
            (Some(rm), Some(Tense::Past)) if month > rm => r.year - 1,
            (Some(rm), Some(Tense::Future)) if month < rm => r.year + 1,
            _ => r.year,
        })
    }

    /// The value of a month and optional day, in `year` or else resolved by
    /// [`Self::year_for`]; unresolved ("XXXX-09-01") without a reference, `None`
    /// for a day the month does not have.
    pub fn resolve(
        &self,
        month: u8,
        day: Option<u8>,
        year: Option<u16>,
        tense: Option<Tense>,
    ) -> Option<String> {
        match year.or_else(|| self.year_for(month, tense)) {
            Some(y) => PartialDate::new(y, Some(month), day).map(|p| p.to_string()),
            None => Some(match day {
                Some(d) => format!("XXXX-{month:02}-{d:02}"),
                None => format!("XXXX-{month:02}"),
            }),
        }
    }

    /// The day `n` units before (negative: after) the publication day.
    pub fn units_back(&self, n: i64, unit: Unit) -> Option<i64> {
        let r = self.ref_day?;
        let p = civil_from_days(r);
        Some(match unit {
            Unit::Day => r - n,
            Unit::Week => r - 7 * n,
            Unit::Month => {
                let v = timex::month_value(p.year, p.month?, -(n as i32));
                let (y, m) = v.split_once('-')?;
                let (y, m): (u16, u8) = (y.parse().ok()?, m.parse().ok()?);
                days_from_civil(y as i64, m, p.day?.min(days_in_month(y, m)))
            }
            Unit::Year => days_from_civil(p.year as i64 - n, p.month?, p.day?.min(28)),
        })
    }
}
