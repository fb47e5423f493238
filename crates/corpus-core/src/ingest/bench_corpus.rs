//! A scaled corpus for benchmarks, made at bench time from real news text (one
//! article per line, such as `shared/bench/lee-news-300.txt`): `n` articles of
//! about `bytes` each, mixing the sentences of a base article with others',
//! deterministically. Nothing here runs in the app.

use crate::ingest::pipeline::SourceFile;

/// A small deterministic generator (SplitMix64), so runs compare.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Makes `n` article files of about `bytes` bytes from `source` (one article per
/// line). Each has front matter (title, outlet, a date in 2001–2002) and
/// paragraphs of three sentences.
pub fn generate(source: &str, n: usize, bytes: usize) -> Vec<SourceFile> {
    let articles: Vec<Vec<&str>> = source
        .lines()
        .map(|l| {
            l.split_inclusive(". ")
                .map(str::trim)
                .filter(|s| s.len() > 20)
                .collect::<Vec<_>>()
        })
        .filter(|s: &Vec<&str>| !s.is_empty())
        .collect();
    let outlets = ["ABC", "ABC Radio", "Reuters", "AAP"];
    let mut rng = Rng(42);
    (0..n)
        .map(|i| {
            let base = &articles[i % articles.len().max(1)];
            let mut sentences: Vec<&str> = base.clone();
            let mut size: usize = sentences.iter().map(|s| s.len() + 1).sum();
            while size < bytes {
                let other = &articles[rng.below(articles.len())];
                let s = other[rng.below(other.len())];
                size += s.len() + 1;
                sentences.insert(1 + rng.below(sentences.len()), s);
            }
            let title: String = base[0].chars().take(80).collect();
            let day = 11_596 + (i * 7 % 700) as i64; // from 2001-10-01
            let date = crate::time::calendar::civil_from_days(day);
            let mut body = String::new();
            for chunk in sentences.chunks(3) {
                body.push_str(&chunk.join(" "));
                body.push_str("\n\n");
            }
            SourceFile::new(
                &format!("bench/{i:05}.txt"),
                format!(
                    "---\ntitle: {}\noutlet: {}\ndate: {date}\ndate_basis: stated\n---\n{body}",
                    title.trim_end_matches(['.', ' ']),
                    outlets[i % outlets.len()]
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_the_asked_size_deterministically() {
        let source = "First sentence of one is here. Second sentence of one is here. Third one.\nAnother article starts here. It goes on for a while more.\n";
        let a = generate(source, 5, 400);
        assert_eq!(a.len(), 5);
        assert!(a.iter().all(|f| f.content.len() >= 400));
        let b = generate(source, 5, 400);
        assert_eq!(a[3].content, b[3].content);
        let (index, _) =
            crate::ingest::pipeline::build(&a, None).expect("generated articles build");
        assert_eq!(index.documents.len(), 5);
    }
}
