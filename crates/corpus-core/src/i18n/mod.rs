//! The interface's languages: every text the explorer shows, in one table
//! ([`messages`]), with the rules that put numbers, counts and dates into
//! each language's words.
//!
//! - Four interface languages: English, Serbian in Latin and in Cyrillic
//!   script, and Albanian. Serbian is written once, in Latin script; the
//!   Cyrillic text is made from it by the standard transliteration
//!   ([`cyrillic`]), as Serbian publishers do, so the two scripts never drift
//!   apart.
//! - A text may hold places for values, `{0}`, `{1}`… (in any order a
//!   language needs), and a count's text one form per plural category of its
//!   language separated by `|`, its number at `{n}`: English `one|other`,
//!   Serbian `one|few|other`, Albanian `one|other` (CLDR's plural rules).
//! - Numbers are grouped as CLDR says (`1,234`; Serbian `1.234`; Albanian
//!   `12 345`, four digits left whole), dates written in the language's
//!   order and month names (`17 August 2022`, `17. avgust 2022.`,
//!   `17 gusht 2022`).
//!
//! - English is compiled into every build; Serbian and Albanian only with
//!   the `translations` feature (the build and the tests), which writes each
//!   language's texts as shown ([`Texts::table`]) beside the app. The app
//!   fetches the one it shows ([`Texts::from_table`]): no reader downloads
//!   the languages they do not read.
//!
//! The articles' own text is never translated: only the interface around it.

#[cfg(feature = "translations")]
mod cyrillic;
pub mod messages;

#[cfg(feature = "translations")]
pub use cyrillic::cyrillic;

pub use messages::Msg;

use crate::time::calendar::{civil_from_days, PartialDate};
use crate::time::timex::{interval_of, Modifier};
use std::borrow::Cow;

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    SrLatn,
    SrCyrl,
    Sq,
}

impl Locale {
    /// Every interface language, in the switcher's order.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::SrLatn, Locale::SrCyrl, Locale::Sq];

    /// The languages the build writes as files beside the app, fetched when
    /// shown: every one but English, which the app holds.
    pub fn fetched() -> impl Iterator<Item = Locale> {
        Locale::ALL.into_iter().filter(|&l| l != Locale::En)
    }

    /// Its BCP 47 tag, for `lang` attributes and links.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::SrLatn => "sr-Latn",
            Locale::SrCyrl => "sr-Cyrl",
            Locale::Sq => "sq",
        }
    }

    /// Its name in itself, as a language switcher lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::SrLatn => "Srpski (latinica)",
            Locale::SrCyrl => "Српски (ћирилица)",
            Locale::Sq => "Shqip",
        }
    }

    /// The interface language for a BCP 47 tag, if there is one: `sr-Latn`,
    /// `sr-ME` (Montenegro writes Latin) → Serbian Latin; `sr`, `sr-RS`,
    /// `sr-Cyrl` → Serbian Cyrillic (CLDR's likely script for Serbian);
    /// `sq`, `sq-XK` → Albanian; `en-GB` → English.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Locale::En),
            "sq" => Some(Locale::Sq),
            "sr" => {
                let rest: Vec<&str> = parts.collect();
                let latin =
                    rest.contains(&"latn") || (!rest.contains(&"cyrl") && rest.contains(&"me"));
                Some(if latin {
                    Locale::SrLatn
                } else {
                    Locale::SrCyrl
                })
            }
            _ => None,
        }
    }

    /// The first of the reader's preferred languages (as a browser lists
    /// them) the interface speaks, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    /// Which plural form of a count's text `n` takes: its place among the
    /// forms the text separates by `|` (CLDR plural rules for integers).
    pub fn plural_form(self, n: u64) -> usize {
        match self {
            Locale::En | Locale::Sq => usize::from(n != 1),
            Locale::SrLatn | Locale::SrCyrl => {
                let (ten, hundred) = (n % 10, n % 100);
                if ten == 1 && hundred != 11 {
                    0
                } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
                    1
                } else {
                    2
                }
            }
        }
    }

    /// How many forms a count's text has in this language.
    pub fn plural_forms(self) -> usize {
        match self {
            Locale::En | Locale::Sq => 2,
            Locale::SrLatn | Locale::SrCyrl => 3,
        }
    }

    /// The group and decimal separators, and the fewest digits left of a
    /// group separator (CLDR `minimumGroupingDigits`).
    fn number_symbols(self) -> (&'static str, char, usize) {
        match self {
            Locale::En => (",", '.', 1),
            Locale::SrLatn | Locale::SrCyrl => (".", ',', 1),
            Locale::Sq => ("\u{a0}", ',', 2),
        }
    }
}

/// The interface's texts in one language, ready to show. `Eq`, so that an
/// `Rc<Texts>` (the context, memo keys) compares by pointer first instead
/// of comparing 300 texts at every render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Texts {
    locale: Locale,
    /// One per [`Msg`], in its order: an array of that length, so that
    /// looking a text up needs no bounds check (each would cost the reader's
    /// download its code and a panic location, at hundreds of places).
    strings: Box<[Cow<'static, str>; Msg::COUNT]>,
}

impl Default for Texts {
    fn default() -> Texts {
        Texts::english()
    }
}

impl Texts {
    /// The interface in English, the language every build holds.
    pub fn english() -> Texts {
        Texts::from_strings(Locale::En, texts(messages::EN).map(Cow::Borrowed).collect())
            .unwrap_or_else(|_| unreachable!("the table has every English text"))
    }

    /// The table's texts for `locale` (Serbian Cyrillic transliterated
    /// here): at build time and in tests; the reader's app fetches them
    /// ([`Texts::from_table`]).
    #[cfg(feature = "translations")]
    pub fn new(locale: Locale) -> Texts {
        let strings: Vec<Cow<'static, str>> = match locale {
            Locale::En => return Texts::english(),
            Locale::Sq => texts(messages::SQ).map(Cow::Borrowed).collect(),
            Locale::SrLatn => texts(messages::SR).map(cyrillic::latin).collect(),
            Locale::SrCyrl => texts(messages::SR)
                .map(|s| Cow::Owned(cyrillic::cyrillic(s)))
                .collect(),
        };
        Texts::from_strings(locale, strings)
            .unwrap_or_else(|_| unreachable!("every language has every text (tested)"))
    }

    /// A language's texts as the build writes them for the app to fetch:
    /// each as shown, ended by U+0001, in the table's order.
    #[cfg(feature = "translations")]
    pub fn table(locale: Locale) -> String {
        let shown = Texts::new(locale);
        let mut out = String::new();
        for s in shown.strings.iter() {
            out.push_str(s);
            out.push('\u{1}');
        }
        out
    }

    /// A language's texts from the file the build wrote ([`Texts::table`]).
    /// A file of another build (a different number of texts) is refused:
    /// its texts would stand in the wrong places.
    pub fn from_table(locale: Locale, table: &str) -> Result<Texts, String> {
        let strings: Vec<Cow<'static, str>> = table
            .split_terminator('\u{1}')
            .map(|s| Cow::Owned(s.to_string()))
            .collect();
        let found = strings.len();
        Texts::from_strings(locale, strings).map_err(|_| {
            format!(
                "the interface's texts in {} are of another version ({found} of {} texts)",
                locale.tag(),
                Msg::COUNT
            )
        })
    }

    fn from_strings(locale: Locale, strings: Vec<Cow<'static, str>>) -> Result<Texts, ()> {
        let strings = strings.into_boxed_slice().try_into().map_err(|_| ())?;
        Ok(Texts { locale, strings })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// A text as it stands (a count's text: all its forms).
    pub fn get(&self, m: Msg) -> &str {
        &self.strings[m as usize]
    }

    /// A text with its places filled: `{0}` by `args[0]`, and so on.
    pub fn fill(&self, m: Msg, args: &[&str]) -> String {
        fill(self.get(m), None, args)
    }

    /// A count's text in the form `n` takes, `{n}` its number written as the
    /// language writes numbers.
    pub fn count(&self, m: Msg, n: usize) -> String {
        self.count_with(m, n, &[])
    }

    /// [`Texts::count`] with more places filled.
    pub fn count_with(&self, m: Msg, n: usize, args: &[&str]) -> String {
        let form = self.form(m, n);
        fill(form, Some(&self.number(n)), args)
    }

    /// The form of a count's text `n` takes, unfilled.
    fn form(&self, m: Msg, n: usize) -> &str {
        let forms = self.get(m);
        let k = self.locale.plural_form(n as u64);
        forms
            .split('|')
            .nth(k)
            .or(forms.split('|').next_back())
            .unwrap_or(forms)
    }

    /// `1234` as the language writes it: `1,234`, `1.234`, `1234`.
    pub fn number(&self, n: usize) -> String {
        let (group, _, min) = self.locale.number_symbols();
        let digits = n.to_string();
        if digits.len() < 4 + (min - 1) {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * group.len());
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(group);
            }
            out.push(c);
        }
        out
    }

    /// A value counted in tenths, written with one decimal in the
    /// language's decimal sign, none when whole: `125` → `12.5`, `12,5`;
    /// `30` → `3`. (Integers only: formatting floats would cost the reader's
    /// download some 11 KB of code.)
    pub fn tenths(&self, v: u64) -> String {
        let (_, point, _) = self.locale.number_symbols();
        let whole = self.number((v / 10) as usize);
        match v % 10 {
            0 => whole,
            d => format!("{whole}{point}{d}"),
        }
    }

    /// A language's name in the interface's words (`sr-Cyrl` → "Serbian
    /// (Cyrillic)", "srpski (ćirilica)"); a language the table does not
    /// name, by its English name.
    pub fn language_name(&self, tag: &str) -> String {
        const NAMED: [(&str, Msg); 17] = [
            ("en", Msg::LangEn),
            ("sr-Latn", Msg::LangSrLatn),
            ("sr-Cyrl", Msg::LangSrCyrl),
            ("sr", Msg::LangSr),
            ("sq", Msg::LangSq),
            ("hr", Msg::LangHr),
            ("bs", Msg::LangBs),
            ("mk", Msg::LangMk),
            ("de", Msg::LangDe),
            ("fr", Msg::LangFr),
            ("es", Msg::LangEs),
            ("it", Msg::LangIt),
            ("ru", Msg::LangRu),
            ("uk", Msg::LangUk),
            ("tr", Msg::LangTr),
            ("ar", Msg::LangAr),
            ("zh", Msg::LangZh),
        ];
        match NAMED.iter().find(|(t, _)| t.eq_ignore_ascii_case(tag)) {
            Some((_, m)) => self.get(*m).to_string(),
            None => crate::text::language::name(tag),
        }
    }

    /// A month's name as a date writes it (`m` from 1): "August", "avgust".
    pub fn month(&self, m: u8) -> &str {
        self.get(MONTHS[usize::from(m.clamp(1, 12)) - 1])
    }

    /// A month's short name: "Aug", "avg", "gush".
    pub fn month_short(&self, m: u8) -> &str {
        self.get(MONTHS_SHORT[usize::from(m.clamp(1, 12)) - 1])
    }

    /// "17 August 2022", "17. avgust 2022.", "17 gusht 2022"; a month or a
    /// year alone as far as the date goes.
    pub fn date_long(&self, d: PartialDate) -> String {
        self.date(d, false)
    }

    /// The same with short month names: "17 Aug 2022", "17. avg 2022.".
    pub fn date_short(&self, d: PartialDate) -> String {
        self.date(d, true)
    }

    /// A reader's words for a TIMEX3 value and `mod`: "17 August 2022",
    /// "late July 2022", "the week of 15 August 2022", "summer 2022",
    /// "mid-1999".
    pub fn timex(&self, value: &str, modifier: Option<Modifier>) -> String {
        let season = value.split_once('-').and_then(|(y, s)| {
            let m = match s {
                "SP" => Msg::Spring,
                "SU" => Msg::Summer,
                "FA" => Msg::Autumn,
                "WI" => Msg::Winter,
                _ => return None,
            };
            Some(self.fill(m, &[y]))
        });
        let plain = match season {
            Some(s) => s,
            None if value.contains("-W") => match interval_of(value, None) {
                Some((first, _)) => {
                    let day = self.date_long(civil_from_days(first));
                    self.fill(Msg::TheWeekOf, &[&day])
                }
                None => value.to_string(),
            },
            None => match PartialDate::parse_iso(value) {
                Some(d) => self.date_long(d),
                None => value.to_string(),
            },
        };
        let how = match modifier {
            None => return plain,
            Some(Modifier::Start) => Msg::Early,
            Some(Modifier::Mid) if !plain.contains(' ') => Msg::MidYear,
            Some(Modifier::Mid) => Msg::Mid,
            Some(Modifier::End) => Msg::Late,
            Some(Modifier::Approx) => Msg::About,
        };
        self.fill(how, &[&plain])
    }

    fn date(&self, d: PartialDate, short: bool) -> String {
        let name = |m| {
            if short {
                self.month_short(m)
            } else {
                self.month(m)
            }
        };
        let year = d.year.to_string();
        match (d.month, d.day) {
            (Some(m), Some(day)) => {
                self.fill(Msg::DayMonthYear, &[&day.to_string(), name(m), &year])
            }
            (Some(m), None) => self.fill(Msg::MonthYear, &[name(m), &year]),
            _ => self.fill(Msg::Year, &[&year]),
        }
    }
}

/// A language's texts, in the table's order (each ends with U+0001).
pub(super) fn texts(all: &'static str) -> impl Iterator<Item = &'static str> {
    all.split_terminator('\u{1}')
}

/// The month names' texts, January first.
const MONTHS: [Msg; 12] = [
    Msg::January,
    Msg::February,
    Msg::March,
    Msg::April,
    Msg::May,
    Msg::June,
    Msg::July,
    Msg::August,
    Msg::September,
    Msg::October,
    Msg::November,
    Msg::December,
];

const MONTHS_SHORT: [Msg; 12] = [
    Msg::Jan,
    Msg::Feb,
    Msg::Mar,
    Msg::Apr,
    Msg::MayShort,
    Msg::Jun,
    Msg::Jul,
    Msg::Aug,
    Msg::Sep,
    Msg::Oct,
    Msg::Nov,
    Msg::Dec,
];

/// `template` with `{n}` put to `n` and `{0}`, `{1}`… to `args`; a place
/// without a value stays as written.
fn fill(template: &str, n: Option<&str>, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let value = close.and_then(|c| match &after[..c] {
            "n" => n,
            k => k.parse::<usize>().ok().and_then(|i| args.get(i).copied()),
        });
        match (close, value) {
            (Some(c), Some(v)) => {
                out.push_str(v);
                rest = &after[c + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(all(test, feature = "translations"))]
mod tests;
