//! Ingestion time against the shape of the text: ordinary articles (1,000 of
//! about 5 KB, 2,000 of about 5 KB: 5 and 10 MB), 20,000 short paragraphs in
//! one file, and one paragraph of 300 KB. Time should grow with the text, not
//! faster. `cargo bench -p corpus-core --bench pipeline`.

use corpus_core::ingest::bench_corpus::generate;
use corpus_core::ingest::pipeline::{self, SourceFile};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

mod source;

/// The sentences of the source text.
fn sentences(text: &str) -> Vec<&str> {
    text.lines()
        .flat_map(|l| l.split_inclusive(". "))
        .map(str::trim)
        .filter(|s| s.len() > 20)
        .collect()
}

/// One file of `paragraphs` paragraphs of one sentence each.
fn short_paragraphs(sentences: &[&str], paragraphs: usize) -> SourceFile {
    let body: Vec<&str> = sentences.iter().copied().cycle().take(paragraphs).collect();
    SourceFile::new(
        "short.txt",
        format!("---\ntitle: Short paragraphs\n---\n{}\n", body.join("\n\n")),
    )
}

/// One file whose article is a single paragraph of at least `bytes` bytes.
fn one_paragraph(sentences: &[&str], bytes: usize) -> SourceFile {
    let mut body = String::new();
    for s in sentences.iter().cycle() {
        if body.len() >= bytes {
            break;
        }
        body.push_str(s);
        body.push(' ');
    }
    SourceFile::new(
        "long.txt",
        format!("---\ntitle: One paragraph\n---\n{}\n", body.trim_end()),
    )
}

fn bench(c: &mut Criterion) {
    let Some(text) = source::text() else {
        return;
    };
    let sentences = sentences(&text);
    let shapes: [(&str, Vec<SourceFile>); 4] = [
        ("1,000 articles, 5 MB", generate(&text, 1000, 5000)),
        ("2,000 articles, 10 MB", generate(&text, 2000, 5000)),
        (
            "20,000 short paragraphs",
            vec![short_paragraphs(&sentences, 20_000)],
        ),
        (
            "one paragraph of 300 KB",
            vec![one_paragraph(&sentences, 300_000)],
        ),
    ];
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    for (name, files) in &shapes {
        let bytes: usize = files.iter().map(|f| f.content.len()).sum();
        eprintln!(
            "{name}: {} files, {:.1} MB",
            files.len(),
            bytes as f64 / 1e6
        );
        group.bench_function(*name, |b| {
            b.iter(|| pipeline::build(black_box(files), None).expect("builds"))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
