//! Languages: BCP 47 tags, their English names, and a small detector for an
//! article that does not say its language.
//!
//! The detector first counts letters by script. A script one language writes
//! settles it (Greek, Hebrew, Hangul, Thai, Georgian, Armenian…); Cyrillic
//! and Arabic are told apart by the letters only some of their languages use
//! (Serbian `ђ ћ ј љ њ џ`, Macedonian `ѓ ќ ѕ`, Ukrainian `ї є ґ і`, Persian
//! `پ چ ژ گ ک ی`, Urdu `ٹ ڈ ڑ ں ے`), Han text by its kana (Japanese). Latin
//! text is told by its function words, the most frequent words of each
//! language (the head of the stop-word lists of Lucene's and Snowball's
//! analyzers; Serbian, Croatian and Albanian from their grammars), then
//! Serbian Latin from Croatian by the words the two standards write
//! differently (`tokom`/`tijekom`, `hiljada`/`tisuća`, the months). A text
//! too short or too mixed to tell gets no language rather than a guess.
//!
//! Why not `whatlang`: it knows neither Albanian nor Serbian in Latin script,
//! the two languages besides English this explorer's story is told in.

use crate::text::fold::fold_str;

/// "en", "pt-BR", "sr-Latn": a language subtag of two or three letters, then
/// subtags of one to eight letters or digits.
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// True when `tag` is `wanted` or one of its subtags' narrowings, ignoring case,
/// as BCP 47 lookup and CSS `:lang()` match: `sr` wants `sr`, `sr-Latn` and
/// `sr-Cyrl`; `sr-latn` wants `sr-Latn` only.
pub fn tag_matches(tag: &str, wanted: &str) -> bool {
    let (tag, wanted) = (tag.as_bytes(), wanted.as_bytes());
    tag.len() >= wanted.len()
        && tag[..wanted.len()].eq_ignore_ascii_case(wanted)
        && (tag.len() == wanted.len() || tag[wanted.len()] == b'-')
}

/// Tags and English names of the languages the detector names, and of a few
/// more that articles commonly state. The first tag of a language is the one
/// a bare language subtag ("sr") is named after.
const NAMES: &[(&str, &str)] = &[
    ("en", "English"),
    ("sr-Latn", "Serbian (Latin)"),
    ("sr-Cyrl", "Serbian (Cyrillic)"),
    ("sr", "Serbian"),
    ("sq", "Albanian"),
    ("hr", "Croatian"),
    ("bs", "Bosnian"),
    ("cnr", "Montenegrin"),
    ("mk", "Macedonian"),
    ("sl", "Slovenian"),
    ("bg", "Bulgarian"),
    ("ru", "Russian"),
    ("uk", "Ukrainian"),
    ("be", "Belarusian"),
    ("de", "German"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("it", "Italian"),
    ("pt", "Portuguese"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("cs", "Czech"),
    ("sk", "Slovak"),
    ("ro", "Romanian"),
    ("hu", "Hungarian"),
    ("tr", "Turkish"),
    ("el", "Greek"),
    ("he", "Hebrew"),
    ("ar", "Arabic"),
    ("fa", "Persian"),
    ("ur", "Urdu"),
    ("hi", "Hindi"),
    ("bn", "Bengali"),
    ("th", "Thai"),
    ("ka", "Georgian"),
    ("hy", "Armenian"),
    ("ko", "Korean"),
    ("ja", "Japanese"),
    ("zh", "Chinese"),
    ("und", "Undetermined"),
];

/// The English name of a tag ("sr-Latn" → "Serbian (Latin)", "pt-BR" →
/// "Portuguese (pt-BR)"); the tag itself when the language is not known here.
pub fn name(tag: &str) -> String {
    if let Some((_, n)) = NAMES.iter().find(|(t, _)| t.eq_ignore_ascii_case(tag)) {
        return n.to_string();
    }
    let language = tag.split('-').next().unwrap_or(tag);
    match NAMES.iter().find(|(t, _)| t.eq_ignore_ascii_case(language)) {
        Some((_, n)) => format!("{n} ({tag})"),
        None => tag.to_string(),
    }
}

/// The tags whose English name starts with `words`, case and accents
/// ignored ("Serbian" → sr-Latn, sr-Cyrl, sr), so a filter may name a
/// language.
pub fn tags_named(words: &str) -> impl Iterator<Item = &'static str> {
    let words = fold_str(words);
    NAMES
        .iter()
        .filter(move |(_, n)| !words.is_empty() && fold_str(n).starts_with(&words))
        .map(|(t, _)| *t)
}

/// The scripts counted, by the Unicode blocks of their letters.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Thai,
    Georgian,
    Hangul,
    Kana,
    Han,
}

const SCRIPTS: usize = 13;

fn script(c: char) -> Option<Script> {
    use Script::*;
    Some(match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Latin,
        0x400..=0x52F => Cyrillic,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Greek,
        0x530..=0x58F => Armenian,
        0x590..=0x5FF => Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Arabic,
        0x900..=0x97F => Devanagari,
        0x980..=0x9FF => Bengali,
        0xE00..=0xE7F => Thai,
        0x10A0..=0x10FF => Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Hangul,
        0x3040..=0x30FF => Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF => Han,
        _ => return None,
    })
}

/// The language `text` is written in, when it can be told (see the module).
pub fn detect(text: &str) -> Option<&'static str> {
    let mut counts = [0usize; SCRIPTS];
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if let Some(s) = script(c) {
            counts[s as usize] += 1;
        }
    }
    let (top, &n) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    if n < 20 {
        return None;
    }
    use Script::*;
    let scripts = [
        Latin, Cyrillic, Greek, Armenian, Hebrew, Arabic, Devanagari, Bengali, Thai, Georgian,
        Hangul, Kana, Han,
    ];
    Some(match scripts[top] {
        Latin => return latin(text),
        Cyrillic => cyrillic(text),
        Arabic => arabic(text),
        Han | Kana => {
            let kana = counts[Kana as usize];
            if kana * 10 >= kana + counts[Han as usize] {
                "ja"
            } else {
                "zh"
            }
        }
        Greek => "el",
        Armenian => "hy",
        Hebrew => "he",
        Devanagari => "hi",
        Bengali => "bn",
        Thai => "th",
        Georgian => "ka",
        Hangul => "ko",
    })
}

/// How many of `text`'s characters are among `letters`.
fn count_of(text: &str, letters: &str) -> usize {
    text.chars().filter(|c| letters.contains(*c)).count()
}

fn cyrillic(text: &str) -> &'static str {
    let has = |letters: &str| count_of(text, letters) >= 2;
    if has("ўЎ") {
        "be"
    } else if has("їЇєЄґҐ") || (has("іІ") && !has("ыЫ")) {
        "uk"
    } else if has("ѓЃќЌѕЅ") {
        "mk"
    } else if has("ђЂћЋјЈљЉњЊџЏ") {
        "sr-Cyrl"
    } else if has("ыЫэЭ") || !has("ъЪ") {
        "ru"
    } else {
        "bg"
    }
}

fn arabic(text: &str) -> &'static str {
    if count_of(text, "ٹڈڑںے") >= 2 {
        "ur"
    } else if count_of(text, "پچژگکی") >= 2 {
        "fa"
    } else {
        "ar"
    }
}

/// The most frequent words of languages written in Latin script, each
/// language's separated by spaces.
const FUNCTION_WORDS: &[(&str, &str)] = &[
    (
        "en",
        "the of and to in is that for on with was as by at from it said his are be has have this not were which",
    ),
    (
        "sh",
        "je i u da se na za su od sa što kao ali iz koji koja koje nije bi će ili još samo kako do ne po",
    ),
    (
        "sq",
        "të në dhe një për është me nga që se nuk do ka janë si edhe por kjo ishte pas tij tha e i",
    ),
    (
        "de",
        "der die und das den ist nicht von zu mit sich des auf für im dem ein eine auch es wurde",
    ),
    (
        "fr",
        "le la les de des et est un une du que dans pour qui pas sur au avec il ne a",
    ),
    (
        "es",
        "el la los las de y que en un una por con para del se es no al lo como",
    ),
    (
        "it",
        "il la di che e è un una per non del della con sono le gli nel si anche da",
    ),
    (
        "pt",
        "o a os as de que e do da em um uma para com não é no na se dos foi",
    ),
    (
        "nl",
        "de het een en van is dat op te in zijn niet met voor er die werd",
    ),
    (
        "pl",
        "i w nie na się z że do jest to o jak ale co od przez być",
    ),
    (
        "cs",
        "a je se na v že to s z do jako ale by pro jsou také byl",
    ),
    (
        "ro",
        "și de la în a cu că o nu pe din este un care mai fost",
    ),
    (
        "tr",
        "ve bir bu da de için ile olarak çok daha gibi olan ama değil",
    ),
    (
        "hu",
        "a az és hogy nem is egy meg de van volt csak már még",
    ),
];

/// Words the Croatian standard writes and the Serbian does not (or in
/// another form): the ijekavian forms of common words, its own words, its
/// month names.
const CROATIAN: &str = "tijekom tisuća tisuće tjedan tjedna općina općine sveučilište tajnik izvješće tko također predsjednik predsjednika vrijeme gdje prije rijeka siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga studenog prosinca europske europska";

/// Their Serbian counterparts (ekavian forms, its own words, its months).
const SERBIAN: &str = "tokom hiljada hiljade nedelja nedelje opština opštine univerzitet sekretar izveštaj ko takođe predsednik predsednika vreme gde pre reka januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra evropske evropska";

fn latin(text: &str) -> Option<&'static str> {
    // Words with letters: a results table's numbers do not dilute them.
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    // Function words as written in lower case: not initials ("J. Smith"),
    // not headlines in capitals.
    // How many, of how many different words: "v" thrice in a results table
    // is one word, no Czech.
    let found = |list: &str| {
        let list: Vec<&str> = list.split(' ').collect();
        let lower = |w: &&&str| !w.chars().any(char::is_uppercase);
        let mut hits: Vec<&str> = words
            .iter()
            .filter(lower)
            .filter(|w| list.contains(w))
            .copied()
            .collect();
        let n = hits.len();
        hits.sort_unstable();
        hits.dedup();
        (n, hits.len())
    };
    let hits = |list: &str| found(list).0;
    let mut scores: Vec<(&str, (usize, usize))> =
        FUNCTION_WORDS.iter().map(|(t, l)| (*t, found(l))).collect();
    scores.sort_by_key(|&(_, (n, _))| std::cmp::Reverse(n));
    let (best, (n, distinct)) = scores[0];
    let second = scores[1].1 .0;
    // Enough function words, of three different ones at least, and clearly
    // more than any other language's.
    if distinct < 3 || n * 20 < words.len() || n * 4 < second * 5 {
        return None;
    }
    Some(match best {
        "sh" if hits(CROATIAN) > hits(SERBIAN) => "hr",
        "sh" => "sr-Latn",
        "en" => "en",
        "sq" => "sq",
        "de" => "de",
        "fr" => "fr",
        "es" => "es",
        "it" => "it",
        "pt" => "pt",
        "nl" => "nl",
        "pl" => "pl",
        "cs" => "cs",
        "ro" => "ro",
        "tr" => "tr",
        _ => "hu",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<&str>) {
        assert_eq!(detect(text), expected, "{text}");
    }

    #[test]
    fn detects_the_languages_of_the_story_and_more() {
        check("NATO-led peacekeepers in Kosovo said on Thursday that they had removed the barricades which Serbs had put up on the roads in the north of the country.", Some("en"));
        check("Председник Србије Александар Вучић рекао је да ће се барикаде на северу Косова уклонити, а Срби су се окупили на протесту у Косовској Митровици.", Some("sr-Cyrl"));
        check("Predsednik Srbije Aleksandar Vučić rekao je da će se barikade na severu Kosova ukloniti tokom sledeće nedelje, a Srbi su se okupili na protestu.", Some("sr-Latn"));
        check("Predsjednik Srbije Aleksandar Vučić rekao je da će se barikade na sjeveru Kosova ukloniti tijekom sljedećeg tjedna, a Srbi su se okupili na prosvjedu.", Some("hr"));
        check("Kryeministri i Kosovës Albin Kurti tha se barrikadat në veri të vendit duhet të hiqen dhe se policia është e gatshme për të vepruar.", Some("sq"));
        check("Die Nato-Truppe im Kosovo hat am Donnerstag mitgeteilt, dass die Barrikaden der Serben im Norden des Landes abgebaut wurden und die Lage ruhig ist.", Some("de"));
        check("Les soldats de la KFOR ont annoncé jeudi que les barricades érigées par les Serbes dans le nord du pays avaient été démantelées sans incident.", Some("fr"));
        check("Los soldados de la misión de la OTAN en Kosovo dijeron el jueves que las barricadas que los serbios habían levantado en el norte fueron retiradas.", Some("es"));
        check("قالت قوة حفظ السلام التابعة لحلف شمال الأطلسي في كوسوفو يوم الخميس إن الحواجز التي أقامها الصرب في الشمال أزيلت", Some("ar"));
        check("北约驻科索沃维和部队周四表示，塞族人在该国北部设置的路障已被拆除，局势保持平静，没有发生任何事件。", Some("zh"));
        check("コソボに駐留する北大西洋条約機構の平和維持部隊は木曜日、セルビア系住民が北部に設置したバリケードが撤去されたと発表した。", Some("ja"));
        check("Миротворцы НАТО в Косово заявили в четверг, что баррикады, которые сербы возвели на севере страны, были разобраны без инцидентов.", Some("ru"));
    }

    #[test]
    fn too_little_to_tell_is_no_language() {
        check("Kosovo", None);
        check(
            "KFOR NATO EULEX UNMIK 2022 2023 Pristina Belgrade Mitrovica Zvecan",
            None,
        );
        check("", None);
        // A results table: initials and "v" are no Czech ("a", "v", "s").
        let table = "TENNIS - RESULTS. Men's singles: P. Sampras (U.S.) v S. Draper (Australia) 6-4 6-3, \
            J. Novak (Czech Republic) v A. Costa (Spain) 7-5 6-2, V. Spadea (U.S.) v Z. Nemeth (Hungary) 6-1 6-1";
        assert_ne!(detect(table), Some("cs"));
    }

    #[test]
    fn tags_match_by_their_subtags() {
        for (tag, wanted, expected) in [
            ("sr-Latn", "sr", true),
            ("sr-Cyrl", "SR", true),
            ("sr-Latn", "sr-latn", true),
            ("sr-Latn", "sr-Cyrl", false),
            ("sq", "sr", false),
            ("srp", "sr", false),
            ("en", "en-GB", false),
        ] {
            assert_eq!(tag_matches(tag, wanted), expected, "{tag} {wanted}");
        }
    }

    #[test]
    fn names_of_tags() {
        for (tag, expected) in [
            ("sr-Latn", "Serbian (Latin)"),
            ("SQ", "Albanian"),
            ("pt-BR", "Portuguese (pt-BR)"),
            ("tlh", "tlh"),
        ] {
            assert_eq!(name(tag), expected);
        }
        assert_eq!(
            tags_named("serbian").collect::<Vec<_>>(),
            ["sr-Latn", "sr-Cyrl", "sr"]
        );
    }

    #[test]
    fn language_tags() {
        for (s, ok) in [
            ("en", true),
            ("pt-BR", true),
            ("sr-Latn", true),
            ("english!", false),
            ("e", false),
            ("en-", false),
        ] {
            assert_eq!(is_language_tag(s), ok, "{s}");
        }
    }
}
