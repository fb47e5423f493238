//! Serbian Latin made Cyrillic, for the interface's texts: written once in
//! Latin, the Cyrillic is made from it at build time (the `translations`
//! feature), so the two scripts never drift apart.

use std::borrow::Cow;

/// Serbian Latin as shown: the marks that keep a stretch from the Cyrillic
/// transliteration (`` `kfor OR nato` ``) taken out.
pub(super) fn latin(s: &'static str) -> Cow<'static, str> {
    if s.contains('`') {
        Cow::Owned(s.replace('`', ""))
    } else {
        Cow::Borrowed(s)
    }
}

/// Serbian Latin in Cyrillic script, by the standard one-to-one alphabet
/// (CLDR's `sr-Latn-sr-Cyrl`, Vuk's alphabet): `lj` → `љ`, `nj` → `њ`,
/// `dž` → `џ`, `đ` → `ђ`, `ć` → `ћ`, `j` → `ј`…; a digraph's capital first
/// letter (`Lj`, `LJ`) one capital. What must stay Latin stays: stretches
/// between backquotes (query examples, key names, file formats such as
/// `CSV`, which Serbian Cyrillic text writes in Latin) and places (`{0}`).
pub fn cyrillic(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    let mut verbatim = false;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            verbatim = !verbatim;
            i += 1;
            continue;
        }
        if verbatim {
            out.push(c);
            i += 1;
            continue;
        }
        if c == '{' {
            let end = chars[i..]
                .iter()
                .position(|&x| x == '}')
                .map_or(chars.len(), |p| i + p + 1);
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        let next = chars.get(i + 1).copied();
        let pair = next.and_then(|n| digraph(c, n));
        match pair {
            Some(cyr) => {
                out.push(cyr);
                i += 2;
            }
            None => {
                out.push(letter(c));
                i += 1;
            }
        }
    }
    out
}

/// The Cyrillic letter of a Latin digraph: `lj`, `nj`, `dž`, their first
/// letter in either case (`Lj`, `LJ` → `Љ`).
fn digraph(a: char, b: char) -> Option<char> {
    const DIGRAPHS: [(char, char, char, char); 3] = [
        ('l', 'j', 'љ', 'Љ'),
        ('n', 'j', 'њ', 'Њ'),
        ('d', 'ž', 'џ', 'Џ'),
    ];
    DIGRAPHS.iter().find_map(|&(first, second, lower, upper)| {
        let second_upper = upper_latin(second);
        if b != second && b != second_upper {
            return None;
        }
        match a {
            _ if a == first => Some(lower),
            _ if a == upper_latin(first) => Some(upper),
            _ => None,
        }
    })
}

/// The capital of one of the Latin letters below (ASCII, or `č ć đ š ž`),
/// by a table: Unicode's case tables would cost the reader's download
/// several kilobytes for thirty letters.
fn upper_latin(c: char) -> char {
    match c {
        'č' => 'Č',
        'ć' => 'Ć',
        'đ' => 'Đ',
        'š' => 'Š',
        'ž' => 'Ž',
        _ => c.to_ascii_uppercase(),
    }
}

/// The Cyrillic letter of one Latin letter, in its case; anything else as
/// it is.
fn letter(c: char) -> char {
    /// Gaj's Latin alphabet and Vuk's Cyrillic, lower case then capital.
    const LETTERS: [(char, char, char); 27] = [
        ('a', 'а', 'А'),
        ('b', 'б', 'Б'),
        ('c', 'ц', 'Ц'),
        ('č', 'ч', 'Ч'),
        ('ć', 'ћ', 'Ћ'),
        ('d', 'д', 'Д'),
        ('đ', 'ђ', 'Ђ'),
        ('e', 'е', 'Е'),
        ('f', 'ф', 'Ф'),
        ('g', 'г', 'Г'),
        ('h', 'х', 'Х'),
        ('i', 'и', 'И'),
        ('j', 'ј', 'Ј'),
        ('k', 'к', 'К'),
        ('l', 'л', 'Л'),
        ('m', 'м', 'М'),
        ('n', 'н', 'Н'),
        ('o', 'о', 'О'),
        ('p', 'п', 'П'),
        ('r', 'р', 'Р'),
        ('s', 'с', 'С'),
        ('š', 'ш', 'Ш'),
        ('t', 'т', 'Т'),
        ('u', 'у', 'У'),
        ('v', 'в', 'В'),
        ('z', 'з', 'З'),
        ('ž', 'ж', 'Ж'),
    ];
    LETTERS
        .iter()
        .find_map(|&(latin, lower, upper)| match c {
            _ if c == latin => Some(lower),
            _ if c == upper_latin(latin) => Some(upper),
            _ => None,
        })
        .unwrap_or(c)
}
