//! `cargo xtask bench scale [SIZES]`: the explorer over archives of 10,000 and
//! 100,000 articles (or the sizes asked for) made from the bench text, built
//! as a reader's `cargo xtask dist --corpus` would, then opened in Chromium.
//! Prints, for each size, the build's time and peak memory, the bytes fetched
//! before the search box is there and while a word is typed (gzipped, as a
//! static host serves them), the time from the last key to the first results
//! and the longest main-thread task while typing (issue 33's targets).

use crate::shell::{root, run, Result};
use crate::tools;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The sizes measured when none are asked for: the two.
const DEFAULT_SIZES: [usize; 2] = [10_000, 100_000];

/// The bytes of text per generated article: 10,000 articles are about 50 MB.
const ARTICLE_BYTES: usize = 5_000;

/// The sizes of `SIZES` ("10000,100000", or several arguments; `_` may group
/// digits), or the default two.
pub fn sizes(args: &[String]) -> Result<Vec<usize>> {
    let words: Vec<&str> = args
        .iter()
        .flat_map(|a| a.split(','))
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Ok(DEFAULT_SIZES.to_vec());
    }
    words
        .iter()
        .map(|w| match w.replace('_', "").parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(format!(
                "bench scale: `{w}` is not a number of articles (say: bench scale 10000,100000)"
            )),
        })
        .collect()
}

/// What one size's build took.
struct Built {
    dist: PathBuf,
    seconds: f64,
    peak_mib: Option<u64>,
}

/// Builds every size, then measures each in Chromium.
pub fn command(args: &[String], text: &str, bench_dir: &Path) -> Result {
    let sizes = sizes(args)?;
    // The app is compiled once (as `cargo xtask dist` does, sharing its
    // cache), untimed, on the five articles: each size's
    // build then times what a new corpus costs (ingestion, pre-rendering,
    // the single file), not the compiler.
    println!("== building the app once (untimed)");
    build_one(None, &bench_dir.join("scale-dist-seeds"))?;
    let mut built = Vec::new();
    for &n in &sizes {
        println!("== {n} articles: generating and building");
        let corpus = bench_corpus(text, bench_dir, &format!("scale-{n}"), n, ARTICLE_BYTES)?;
        let dist = bench_dir.join(format!("scale-dist-{n}"));
        match build_measured(&corpus, &dist) {
            Ok(b) => built.push((n, Some(b))),
            Err(e) => {
                println!("{n} articles: the build failed: {e}");
                built.push((n, None));
            }
        }
    }
    print_builds(&built);
    print_index_parts(&built)?;
    let dists: Vec<String> = built
        .iter()
        .filter_map(|(n, b)| {
            b.as_ref()
                .map(|b| format!("{n} articles={}", b.dist.display()))
        })
        .collect();
    if dists.is_empty() {
        return Err("bench scale: no size could be built".into());
    }
    tools::ensure_browser()?;
    tools::ensure_node_packages()?;
    println!("== browser: start and a word typed, per size");
    run(Command::new("node")
        .arg("tests/browser/scale-bench.mjs")
        .current_dir(root())
        .env("SCALE_DISTS", dists.join("|")))
}

/// One release build of `corpus` (the seeds when `None`) into `dist`: the
/// build `cargo xtask dist` makes, sharing its compiled app.
fn build_one(corpus: Option<&Path>, dist: &Path) -> Result {
    let mut trunk = tools::trunk();
    trunk.args(["build", "--release", "--dist"]).arg(dist);
    if let Some(corpus) = corpus {
        trunk.env(corpus_core::ingest::pipeline::CORPUS_DIR_VAR, corpus);
    }
    run(&mut trunk)
}

/// Builds `corpus` in a child xtask (`bench scale-build`), whose children's
/// peak memory is this build's alone; times it.
fn build_measured(corpus: &Path, dist: &Path) -> Result<Built> {
    let started = Instant::now();
    let out = Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
        .args(["bench", "scale-build"])
        .arg(corpus)
        .arg(dist)
        .current_dir(root())
        .output()
        .map_err(|e| format!("xtask bench scale-build: {e}"))?;
    let seconds = started.elapsed().as_secs_f64();
    let said = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        let errors = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = errors.lines().collect();
        let tail = &lines[lines.len().saturating_sub(5)..];
        return Err(format!("{}\n{}", out.status, tail.join("\n")));
    }
    Ok(Built {
        dist: dist.to_owned(),
        seconds,
        peak_mib: peak_from(&said),
    })
}

/// The line `peak KiB N` that `bench scale-build` prints last, in MiB.
fn peak_from(said: &str) -> Option<u64> {
    said.lines()
        .rev()
        .find_map(|l| l.strip_prefix("peak KiB "))
        .and_then(|n| n.trim().parse::<u64>().ok())
        .map(|kib| kib / 1024)
}

/// `bench scale-build CORPUS DIST`: the build, then the peak resident memory
/// of the processes it ran (the largest one: each is waited for by its
/// parent, so its peak reaches this process's children's figure).
pub fn build_child(args: &[String]) -> Result {
    let [corpus, dist] = args else {
        return Err("bench scale-build CORPUS DIST".into());
    };
    build_one(Some(Path::new(corpus)), Path::new(dist))?;
    println!("peak KiB {}", children_peak_kib());
    Ok(())
}

/// The largest peak resident set of the waited-for descendants, in KiB.
fn children_peak_kib() -> u64 {
    // SAFETY: getrusage writes a `rusage` it is given; zeroed is a valid one.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) } == 0;
    if ok {
        usage.ru_maxrss.max(0) as u64
    } else {
        0
    }
}

/// The builds' table: size, seconds, peak memory and the page's first
/// download and single file (gzipped).
fn print_builds(built: &[(usize, Option<Built>)]) {
    println!("\nBuilds (a new corpus: ingestion, pre-rendering, the single file; the app compiled before)");
    println!("| articles | build | peak memory | page load (gzipped) | offline file (gzipped) |");
    println!("| ---: | ---: | ---: | ---: | ---: |");
    for (n, b) in built {
        match b {
            Some(b) => {
                let (load, (offline, beside)) = page_sizes(&b.dist);
                let peak = b.peak_mib.map_or("?".into(), |m| format!("{m} MiB"));
                let how = if beside {
                    "a file and its folder"
                } else {
                    "one file"
                };
                println!(
                    "| {n} | {:.0} s | {peak} | {} | {} ({how}) |",
                    b.seconds,
                    mb(load),
                    mb(offline)
                );
            }
            None => println!("| {n} | failed | | | |"),
        }
    }
}

/// What each size's index is made of, gzipped part by part: what an index
/// in parts (a catalogue at start, the rest fetched as needed) would hold.
fn print_index_parts(built: &[(usize, Option<Built>)]) -> Result {
    println!("\nThe index's parts (gzipped one by one)");
    println!("| articles | texts | paragraphs and sentences | documents' titles, dates, sources | names and their mentions | dates mentioned | quotations | the index (gzipped whole) |");
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (n, b) in built {
        let Some(b) = b else { continue };
        let Some(file) = std::fs::read_dir(&b.dist)
            .map_err(|e| format!("{}: {e}", b.dist.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "bin"))
        else {
            continue;
        };
        let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let whole = crate::served::gzipped_len(&bytes);
        let mut index =
            corpus_core::Index::decode(&bytes).map_err(|e| format!("{}: {e}", file.display()))?;
        drop(bytes);
        // The texts and their spans taken out of the documents: what stays
        // is the rest of each.
        let (mut texts, mut spans) = (Vec::new(), Vec::new());
        for d in &mut index.documents {
            texts.push(std::mem::take(&mut d.text));
            spans.push((
                std::mem::take(&mut d.paragraphs),
                std::mem::take(&mut d.sentences),
            ));
        }
        let rest = &index.documents;
        println!(
            "| {n} | {} | {} | {} | {} | {} | {} | {} |",
            gzipped_part(&texts),
            gzipped_part(&spans),
            gzipped_part(rest),
            gzipped_part(&index.entities),
            gzipped_part(&index.dates),
            gzipped_part(&index.quotes),
            mb(whole as u64)
        );
    }
    Ok(())
}

/// A part of an index encoded as the index encodes it, gzipped, in MB.
fn gzipped_part<T: serde::Serialize>(part: &T) -> String {
    let bytes = postcard::to_allocvec(part).unwrap_or_default();
    mb(crate::served::gzipped_len(&bytes) as u64)
}

/// The gzipped bytes of what the page loads at start (everything in `dist`
/// fetched before the search box: HTML, scripts, styles, the app's main
/// module, the index), and of the offline file with the scripts of its
/// folder, if its corpus is beside it (then `true`).
fn page_sizes(dist: &Path) -> (u64, (u64, bool)) {
    let mut load = 0;
    let mut offline = 0;
    let mut beside = false;
    let Ok(entries) = std::fs::read_dir(dist) else {
        return (0, (0, false));
    };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let gz = || std::fs::read(&path).map_or(0, |b| crate::served::gzipped_len(&b) as u64);
        if name.ends_with("-offline.html") {
            offline += gz();
        } else if name.ends_with("-offline") && path.is_dir() {
            beside = true;
            let pieces = std::fs::read_dir(&path).into_iter().flatten().flatten();
            offline += pieces
                .map(|p| {
                    std::fs::read(p.path()).map_or(0, |b| crate::served::gzipped_len(&b) as u64)
                })
                .sum::<u64>();
        } else if path.is_file() && crate::served::fetched_later(&name, "").is_none() {
            load += gz();
        }
    }
    (load, (offline, beside))
}

/// A folder `name` of `n` articles of about `bytes` bytes each, made from the
/// bench text.
pub fn bench_corpus(
    text: &str,
    bench_dir: &Path,
    name: &str,
    n: usize,
    bytes: usize,
) -> Result<PathBuf> {
    let corpus_dir = bench_dir.join(name);
    let _ = std::fs::remove_dir_all(&corpus_dir);
    std::fs::create_dir_all(&corpus_dir).map_err(|e| e.to_string())?;
    for f in corpus_core::ingest::bench_corpus::generate(text, n, bytes) {
        let name = Path::new(&f.path)
            .file_name()
            .expect("generated names")
            .to_owned();
        std::fs::write(corpus_dir.join(name), f.content).map_err(|e| e.to_string())?;
    }
    Ok(corpus_dir)
}

/// Bytes in MB (10^6), one decimal.
fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(args: &[&str], expected: std::result::Result<Vec<usize>, &str>) {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        match (sizes(&args), expected) {
            (Ok(got), Ok(want)) => assert_eq!(got, want),
            (Err(got), Err(want)) => assert!(got.contains(want), "{got}"),
            (got, want) => panic!("{args:?}: {got:?}, expected {want:?}"),
        }
    }

    #[test]
    fn sizes_are_read_from_the_arguments() {
        check(&[], Ok(vec![10_000, 100_000]));
        check(&["1000,10000"], Ok(vec![1_000, 10_000]));
        check(&["1000", "10_000"], Ok(vec![1_000, 10_000]));
        check(&["1000,"], Ok(vec![1_000]));
        check(&["ten"], Err("`ten` is not a number of articles"));
        check(&["0"], Err("`0` is not a number of articles"));
    }

    #[test]
    fn the_peak_is_the_last_line() {
        assert_eq!(peak_from("built\npeak KiB 2097152\n"), Some(2048));
        assert_eq!(peak_from("built\n"), None);
    }
}
