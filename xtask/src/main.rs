//! Developer commands: `cargo xtask <serve|test|dist|report|bench-data…>`.
//! Every command installs what it needs first, skipping what is present.

mod corpus;
mod data_files;
mod scale;
mod score;
mod served;
mod shell;
mod size;
mod split;
mod tools;

use corpus::load_index;
use shell::{root, run, Result};

use corpus_core::ingest::pipeline;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <command> [--corpus DIR]

  --corpus DIR  build the explorer of the articles in DIR instead of corpus/
                (serve, dist, report, export, screenshot)

  serve       install what is missing, build, and serve the explorer at http://127.0.0.1:8080
  test        install what is missing and run every test (fmt, clippy, native, browser)
  dist        write the release build to dist/ (with dist/corpus.json), and the
              whole explorer as one file: dist/NAME-offline.html, NAME
              from the corpus's corpus.toml
  report      print what ingestion keeps and removes from each article
  score [names] GOLD [ERRORS.tsv]
              score the names found against GOLD (JSON lines of doc, line,
              column, text, kind, as in ../shared/eval/conll2003-dev/gold.jsonl):
              typed and untyped precision, recall and F1, per kind, and the
              commonest misses; with --corpus DIR for the articles; every
              difference (doc, text, gold kind, kind found, line) to ERRORS.tsv
  score quotes GOLD [ERRORS.tsv]
              score the quotations found against GOLD (JSON lines of doc,
              quote, speaker, as in ../shared/eval/conll2003-dev/quotes.jsonl;
              quotes_skipped.jsonl beside it, if there, lists items left out on
              purpose): found, speakers right, wrong and missing, extra; every
              difference (doc, line, quote, gold, found) to ERRORS.tsv
  fuzz [N]    run the fuzzing property tests (queries, links, host messages)
              with N thousand cases each (default 100); leave it running
  export DIR  write DIR/corpus.json
  post-build DIR
              what Trunk runs after each build (DIR from TRUNK_STAGING_DIR):
              cuts the app into the parts fetched on demand, writes
              DIR/corpus.json, pre-renders the articles into
              DIR/index.html and gives it its Content-Security-Policy
  screenshot  refresh docs/screenshot.png from a release build
  size        where the app's WebAssembly goes (twiggy, installed once):
              bytes by owner and the largest items, as Markdown tables
  bench       native criterion benchmarks, then keystroke-to-paint in Chromium
              against MiniSearch on the 5 articles and on 1,000 made from
              ../shared/bench/lee-news-300.txt (or BENCH_TEXT);
              `bench browser` skips the native part; `bench startup` loads
              both builds alternately with the same pages without scripts
              and prints the medians of interactive and loaded, and their ratio;
              `bench open` opens 70 and 1,000 articles in the page (\"Open a
              folder\") and prints the time to ready and the longest task;
              `bench scale [SIZES]` builds archives of 10,000 and 100,000
              articles (or SIZES, as 1000,10000) and prints the build's time
              and memory, the bytes fetched at start and per word typed, the
              time to first results and the longest task while typing";

/// Takes `--corpus DIR` out of `args`: the folder of articles to build the
/// explorer of, instead of `corpus/`.
fn take_corpus_flag(args: &mut Vec<String>) -> Result<Option<PathBuf>> {
    let Some(at) = args.iter().position(|a| a == "--corpus") else {
        return Ok(None);
    };
    let Some(dir) = args.get(at + 1).cloned() else {
        return Err("--corpus needs a folder: --corpus DIR".into());
    };
    args.drain(at..=at + 1);
    let dir = PathBuf::from(dir);
    if !dir.is_dir() {
        return Err(format!("--corpus {}: no such folder", dir.display()));
    }
    Ok(Some(dir))
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // The build script, Trunk and its post-build hook all read the folder from
    // the environment.
    match take_corpus_flag(&mut args) {
        Ok(Some(dir)) => std::env::set_var(
            pipeline::CORPUS_DIR_VAR,
            std::fs::canonicalize(&dir).unwrap_or(dir),
        ),
        Ok(None) => {}
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => test(),
        Some("dist") => dist().map(|_| ()),
        Some("report") => report(),
        Some("fuzz") => fuzz(args.get(1).map(String::as_str)),
        Some("score") => score::command(&args[1..]),
        Some("export") => match args
            .get(1)
            .cloned()
            .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        {
            Some(dir) => export(Path::new(&dir)),
            None => Err("export needs a folder: cargo xtask export DIR".into()),
        },
        Some("post-build") => match args
            .get(1)
            .cloned()
            .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        {
            Some(dir) => post_build(Path::new(&dir)).inspect_err(|e| {
                // For `dist` to say last, below Trunk's own lines.
                let _ = std::fs::write(post_build_error(), e);
            }),
            None => Err("post-build needs a folder: cargo xtask post-build DIR".into()),
        },
        Some("screenshot") => screenshot(),
        Some("size") => size::size(),
        Some("bench") => match args.get(1).map(String::as_str) {
            mode @ (None | Some("browser") | Some("startup") | Some("open") | Some("scale")) => {
                bench(mode, args.get(2..).unwrap_or(&[]))
            }
            Some("scale-build") => scale::build_child(args.get(2..).unwrap_or(&[])),
            Some(other) => Err(format!(
                "bench {other}: the modes are browser, startup, open and scale"
            )),
        },
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn report() -> Result {
    let (_, report) = load_index()?;
    print_report(&report);
    Ok(())
}

fn export(dir: &Path) -> Result {
    let (index, _) = load_index()?;
    export_index(&index, dir).map(|_| ())
}

/// Writes DIR/corpus.json (streamed: an archive's is hundreds of MB);
/// returns its length.
fn export_index(index: &corpus_core::Index, dir: &Path) -> Result<usize> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join("corpus.json");
    let failed = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let file = std::fs::File::create(&path).map_err(|e| failed(&e))?;
    let mut out = std::io::BufWriter::new(file);
    serde_json::to_writer_pretty(&mut out, &corpus_core::ingest::export::export(index))
        .map_err(|e| failed(&e))?;
    let file = out.into_inner().map_err(|e| failed(&e))?;
    let len = file.metadata().map_err(|e| failed(&e))?.len();
    Ok(len as usize)
}

/// The most bytes of corpus the single offline file holds, if not
/// `page::ONE_FILE_LIMIT` (the tests build a small corpus beside its file).
const ONE_FILE_LIMIT_VAR: &str = "XTASK_ONE_FILE_LIMIT";

/// After each Trunk build: the app cut into parts fetched on demand (see
/// `split`), the data export, the corpus index, the interface's texts and
/// the regex and ingestion modules beside the app, the page finished (see
/// `page`) and the single offline file.
fn post_build(dir: &Path) -> Result {
    let app = split::split_app(dir)?;
    let (mut index, report) = load_index()?;
    // Said here, where the corpus is read (once a build: `dist` and `serve`
    // read it no more), and on each rebuild of `serve`.
    print_report(&report);
    drop(report);
    // Nothing written from here reads the folded text (the page derives its
    // own): 0.5 GB at 100,000 articles given back.
    for doc in &mut index.documents {
        doc.folded = String::new();
        doc.fold_map = Default::default();
    }
    give_back_freed_memory();
    let data = export_index(&index, dir)?;
    let encoded = index.encode();
    let text: usize = index.documents.iter().map(|d| d.text.len()).sum();
    let limit = match std::env::var(ONE_FILE_LIMIT_VAR) {
        Ok(limit) => limit
            .parse()
            .map_err(|e| format!("{ONE_FILE_LIMIT_VAR}={limit}: {e} (a number of bytes)"))?,
        Err(_) => page::ONE_FILE_LIMIT,
    };
    let one_file = page::fits_one_file(encoded.len(), data, text, limit);
    let texts = data_files::write_texts(dir)?;
    let texts: Vec<(&str, &str)> = texts.iter().map(|(t, f)| (*t, f.as_str())).collect();
    let parts: Vec<(&str, &str)> = app
        .parts
        .iter()
        .map(|(n, f)| (n.as_str(), f.as_str()))
        .collect();
    let files = page::DataFiles {
        texts: &texts,
        parts: &parts,
        index: &data_files::write_hashed(dir, "corpus", "bin", &encoded)?,
        regex: &data_files::write_hashed(dir, "regex", "wasm", &data_files::regex_module()?)?,
        ingest: &data_files::write_hashed(dir, "ingest", "wasm", &data_files::ingest_module()?)?,
        offline: &offline_file(&index),
        one_file,
    };
    drop(encoded);
    let statics = write_static_pages(dir, &index)?;
    let path = dir.join("index.html");
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let text = |p: &Path| {
        read(p).and_then(|b| String::from_utf8(b).map_err(|e| format!("{}: {e}", p.display())))
    };
    let html = page::with_app(
        &text(&path)?,
        &page::AppFiles {
            js: (&app.js, &read(&dir.join(&app.js))?),
            wasm: (&app.wasm, &read(&dir.join(&app.wasm))?),
            loader: (&app.loader, &read(&dir.join(&app.loader))?),
        },
    )
    .and_then(|html| page::finish(&html, &index, &statics, &files))
    .map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    // A corpus beside the offline file is read back from its index's file,
    // to be cut into scripts: the corpus in memory goes first.
    let corpus = one_file.then_some(index);
    give_back_freed_memory();
    single_file(dir, &app, corpus.as_ref(), files.offline)
}

/// Hands the memory freed so far back to the system. The allocator keeps
/// what the many small strings of an index freed for later use, so that
/// without this the build's resident memory never falls (glibc only: the
/// one whose peak `cargo xtask bench scale` measures).
fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory; it takes no pointer.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The articles for readers without scripts: what `index.html` holds, with
/// the pages written beside it in `articles/` (see `page::served`).
fn write_static_pages(dir: &Path, index: &corpus_core::Index) -> Result<String> {
    let style = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("style-") && n.ends_with(".css"))
        .ok_or_else(|| format!("no style-*.css in {}", dir.display()))?;
    let (first, pages) = page::served(index, &style);
    let folder = dir.join("articles");
    // Pages of an earlier corpus would stay reachable.
    let _ = std::fs::remove_dir_all(&folder);
    // One page in memory at a time.
    for p in pages {
        let path = dir.join(&p.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &p.html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(first)
}

/// The name of the self-contained file `dist` writes: `{file_name}-offline.html`
/// (`file_name` from the corpus's `corpus.toml`, else made from its title).
fn offline_file(index: &corpus_core::Index) -> String {
    format!("{}-offline.html", index.info.file_name)
}

/// Writes dist/{file_name}-offline.html from the files of the build: the
/// explorer in one file if given the `corpus` (which fits one: its articles
/// go inside), else with its index in dist/{file_name}-offline/.
fn single_file(
    dist: &Path,
    app: &split::SplitApp,
    corpus: Option<&corpus_core::Index>,
    name: &str,
) -> Result {
    let one_file = corpus.is_some();
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let text = |p: &Path| {
        read(p).and_then(|b| String::from_utf8(b).map_err(|e| format!("{}: {e}", p.display())))
    };
    let find = |prefix: &str, suffix: &str| -> Result<PathBuf> {
        std::fs::read_dir(dist)
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| {
                let name = p.file_name().unwrap_or_default().to_string_lossy();
                name.starts_with(prefix) && name.ends_with(suffix)
            })
            .ok_or_else(|| format!("no {prefix}*{suffix} in {}", dist.display()))
    };
    let (html, css, js, loader) = (
        text(&dist.join("index.html"))?,
        text(&find("", ".css")?)?,
        text(&dist.join(&app.js))?,
        text(&dist.join(&app.loader))?,
    );
    // Inside the file, or the file beside it.
    let data = match one_file {
        true => text(&dist.join("corpus.json"))?,
        false => String::new(),
    };
    let wasm = read(&dist.join(&app.wasm))?;
    let parts = app
        .parts
        .iter()
        .map(|(name, file)| Ok((name.as_str(), read(&dist.join(file))?)))
        .collect::<Result<Vec<_>>>()?;
    let parts: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let index = read(&find("corpus-", ".bin")?)?;
    let regex = read(&find("regex-", ".wasm")?)?;
    let ingest = read(&find("ingest-", ".wasm")?)?;
    let folder = name.trim_end_matches(".html");
    let corpus_in = if one_file {
        page::CorpusIn::File
    } else {
        page::CorpusIn::Folder(folder)
    };
    let html = match corpus {
        // One file has no pages beside it: every article whole.
        Some(corpus) => page::with_every_article(&html, corpus)?,
        // The served page's list, which links to the articles' pages.
        None => html,
    };
    let single = page::single_file(&page::Build {
        html: &html,
        css: &css,
        js: &js,
        wasm: &wasm,
        index: &index,
        regex: &regex,
        ingest: &ingest,
        data: &data,
        loader: &loader,
        parts: &parts,
        corpus: corpus_in,
    })?;
    let path = dist.join(name);
    std::fs::write(&path, single).map_err(|e| format!("{}: {e}", path.display()))?;
    write_index_scripts(dist, folder, (!one_file).then_some(index.as_slice()))
}

/// Writes the scripts that hold the `index` beside the offline file into
/// dist/`folder`, one in memory at a time; without an index, only removes
/// the folder an earlier, larger corpus left there.
fn write_index_scripts(dist: &Path, folder: &str, index: Option<&[u8]>) -> Result {
    let _ = std::fs::remove_dir_all(dist.join(folder));
    let Some(index) = index else {
        return Ok(());
    };
    let beside = dist.join(folder);
    std::fs::create_dir_all(&beside).map_err(|e| format!("{}: {e}", beside.display()))?;
    for (file, js) in page::index_scripts(folder, index) {
        let path = dist.join(file);
        std::fs::write(&path, js).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

fn serve() -> Result {
    tools::ensure_build_tools()?;
    println!("Serving the explorer at http://127.0.0.1:8080 (Ctrl-C stops)");
    run(tools::trunk().args(["serve", "--address", "127.0.0.1", "--port", "8080"]))
}

/// Release build into dist/; returns the dist folder.
fn dist() -> Result<PathBuf> {
    tools::ensure_build_tools()?;
    let said = post_build_error();
    let _ = std::fs::remove_file(&said);
    run(tools::trunk().args(["build", "--release"])).map_err(|e| {
        // The corpus's problems (FILE:LINE) rather than Trunk's command.
        std::fs::read_to_string(&said).unwrap_or(e)
    })?;
    let dist = root().join("dist");
    if !dist.join("corpus.json").exists() {
        return Err(
            "dist/corpus.json is missing after the build (see the post_build hook in Trunk.toml)"
                .into(),
        );
    }
    let offline = std::fs::read_dir(&dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.ends_with("-offline.html"))
        .ok_or("dist/ has no *-offline.html after the build")?;
    print_sizes(&dist, &offline)?;
    print_offline(&dist, &offline)?;
    Ok(dist)
}

/// Where `post-build` leaves what stopped it.
fn post_build_error() -> PathBuf {
    data_files::target_dir().join("post-build-error.txt")
}

/// What ingestion kept and removed of each article, then what needs a look.
fn print_report(report: &corpus_core::ingest::pipeline::Report) {
    print!("{report}");
    if let Some(w) = report.cleaning_warning() {
        println!("\n{w}");
    }
    for w in &report.story_warnings {
        println!("warning: {w}");
    }
}

/// Prints the raw and gzipped size of every file a reader downloads.
fn print_sizes(dist: &Path, offline: &str) -> Result {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    let (mut raw_total, mut gz_total) = (0, 0);
    println!("\nWhat a reader downloads (dist/):");
    for path in entries {
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let gz = served::gzipped_len(&bytes);
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let later = served::fetched_later(&name, offline);
        if later.is_none() {
            raw_total += bytes.len();
            gz_total += gz;
        }
        let later = later.map_or(String::new(), |l| format!(" ({l})"));
        println!(
            "  {name:<44} {:>9} B  {:>8} B gzipped{later}",
            bytes.len(),
            gz
        );
    }
    println!(
        "  {:<44} {raw_total:>9} B  {gz_total:>8} B gzipped (page load)",
        "total"
    );
    Ok(())
}

/// Says how the build's offline copy is to be used: one file, or, for a
/// corpus too large for one, the file with the folders beside it.
fn print_offline(dist: &Path, offline: &str) -> Result {
    let folder = dist.join(offline.trim_end_matches(".html"));
    if !folder.is_dir() {
        println!(
            "\nOffline: dist/{offline} holds the whole explorer and corpus in one file \
             (up to {} MB of corpus).",
            page::ONE_FILE_LIMIT >> 20
        );
        return Ok(());
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let bytes: u64 = files
        .iter()
        .filter_map(|p| p.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "\nOffline: this corpus is too large for one file (one holds up to {} MB of corpus: \
         its index and data as base64, its articles). dist/{offline} reads its index from \
         {} beside it ({} file(s), {:.1} MB), its articles from dist/articles/ and its data \
         from dist/corpus.json: copy the whole dist/ folder and open {offline} from it, \
         or serve the folder from any static host.",
        page::ONE_FILE_LIMIT >> 20,
        folder
            .strip_prefix(dist.parent().unwrap_or(dist))
            .unwrap_or(&folder)
            .display(),
        files.len(),
        bytes as f64 / 1e6
    );
    Ok(())
}

fn test() -> Result {
    tools::ensure_build_tools()?;
    tools::ensure_browser()?;
    let cargo = || Command::new(env!("CARGO"));
    println!("== cargo fmt --check");
    run(cargo().args(["fmt", "--all", "--", "--check"]))?;
    println!("== cargo clippy -D warnings");
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo().args([
        "clippy",
        "-p",
        "kosovo-explorer",
        "-p",
        "regex-module",
        "-p",
        "ingest-module",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    println!("== native tests");
    run(cargo().args(["test", "--workspace"]))?;
    eval_tests()?;
    println!("== release build of the hostile corpus ({HOSTILE_CORPUS})");
    tools::ensure_build_tools()?;
    let hostile = root().join("target/hostile-dist");
    run(tools::trunk()
        .args(["build", "--release", "--dist"])
        .arg(&hostile)
        .env(pipeline::CORPUS_DIR_VAR, root().join(HOSTILE_CORPUS))
        // Its offline file keeps its corpus beside it, as an archive's does.
        .env(ONE_FILE_LIMIT_VAR, "0"))?;
    println!("== release build");
    let dist = dist()?;
    tools::ensure_node_packages()?;
    for browser in ["chromium", "firefox"] {
        println!("== browser tests (headless {browser})");
        run(Command::new("node")
            .args(["--test", "--test-reporter=spec", "tests/browser/"])
            .env("BROWSER", browser)
            .env("DIST_DIR", &dist)
            .env("HOSTILE_DIST", &hostile))?;
    }
    Ok(())
}

/// The tests measuring names on the evaluation data (`../shared/eval`), which
/// this repository does not hold: run when it is there, said when it is not.
fn eval_tests() -> Result {
    let eval = root().join("../shared/eval/conll2003-dev");
    if !eval.join("gold.jsonl").is_file() {
        println!(
            "== evaluation tests skipped: {} is absent (they measure names on it)",
            eval.display()
        );
        return Ok(());
    }
    println!("== evaluation tests ({})", eval.display());
    run(Command::new(env!("CARGO")).args([
        "test",
        "-p",
        "corpus-core",
        "--test",
        "eval_conll",
        "--",
        "--ignored",
    ]))
}

/// The property tests that fuzz the query language, the link codec and the host
/// messages, run by the `cases` thousand (default 100) until they finish or
/// fail; `cargo test` runs the same tests with 256 cases each.
fn fuzz(cases: Option<&str>) -> Result {
    let thousands: u64 = cases.unwrap_or("100").parse().map_err(|_| {
        format!("cargo xtask fuzz [THOUSANDS]: {cases:?} is not a number of thousands")
    })?;
    println!("== fuzzing with {thousands},000 cases per property (PROPTEST_CASES)");
    let cases = (thousands * 1000).to_string();
    let cargo = || Command::new(env!("CARGO"));
    run(cargo()
        .args(["test", "--release", "-p", "corpus-core", "--test", "fuzz"])
        .env("PROPTEST_CASES", &cases))?;
    run(cargo()
        .args(["test", "--release", "-p", "kosovo-explorer", "any_"])
        .env("PROPTEST_CASES", &cases))
}

/// Articles written to attack the reader (scripts, handlers, bidi controls,
/// formula-like cells, a huge line), built and driven by `hostile.test.mjs`.
const HOSTILE_CORPUS: &str = "tests/browser/hostile-corpus";

fn screenshot() -> Result {
    let dist = dist()?;
    tools::ensure_browser()?;
    tools::ensure_node_packages()?;
    run(Command::new("node")
        .args(["tests/browser/screenshot.mjs", "docs/screenshot.png"])
        .env("DIST_DIR", &dist))
}

/// Native benchmarks, then the app itself in Chromium on the five articles and on
/// a scaled corpus, against MiniSearch on the same documents and queries; or
/// (`startup`) the start-up of both builds against their pages without scripts.
fn bench(mode: Option<&str>, args: &[String]) -> Result {
    let text_path = std::env::var("BENCH_TEXT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("../shared/bench/lee-news-300.txt"));
    let text = std::fs::read_to_string(&text_path).map_err(|e| {
        format!(
            "{}: {e} (set BENCH_TEXT to a file of one article per line)",
            text_path.display()
        )
    })?;
    if mode.is_none() {
        println!("== native: parse + match + highlight (criterion)");
        run(Command::new(env!("CARGO"))
            .args(["bench", "-p", "corpus-core", "--bench", "search"])
            .env("BENCH_TEXT", &text_path))?;
    }
    tools::ensure_build_tools()?;
    let bench_dir = root().join("target/bench");
    if mode == Some("open") {
        return bench_open(&text, &bench_dir);
    }
    if mode == Some("scale") {
        return scale::command(args, &text, &bench_dir);
    }
    let corpus_dir = scale::bench_corpus(&text, &bench_dir, "corpus", 1000, 5000)?;
    // Release builds like `dist`, in their own target directory, which keeps
    // the regular build's cache; the keystroke bench adds the `bench` feature,
    // which exports the search engine alone to the page.
    let startup = mode == Some("startup");
    let build = |corpus: Option<&Path>, dist: &Path| {
        let mut trunk = tools::trunk();
        trunk.args(["build", "--release"]);
        if !startup {
            trunk.args(["--features", "bench"]);
        }
        trunk
            .arg("--dist")
            .arg(dist)
            .env("CARGO_TARGET_DIR", bench_dir.join("target"));
        if let Some(corpus) = corpus {
            trunk.env(pipeline::CORPUS_DIR_VAR, corpus);
        }
        run(&mut trunk)
    };
    let prefix = if startup { "startup-" } else { "" };
    let small = bench_dir.join(format!("{prefix}dist5"));
    build(None, &small)?;
    let scaled = bench_dir.join(format!("{prefix}dist"));
    build(Some(&corpus_dir), &scaled)?;
    tools::ensure_browser()?;
    tools::ensure_node_packages()?;
    let dists = format!(
        "5 articles={}|1000 articles={}",
        small.display(),
        scaled.display()
    );
    if startup {
        println!("== browser: start-up against the same page without scripts");
        run(Command::new("node")
            .arg("tests/browser/startup.mjs")
            .env("STARTUP_DISTS", dists))
    } else {
        println!("== browser: the app on 5 articles and on 1,000");
        run(Command::new("node")
            .arg("tests/browser/bench.mjs")
            .env("BENCH_DISTS", dists))
    }
}

/// Opening articles in the page: the release build of the seeds, and folders
/// of 70 articles (about 150 KB) and 1,000 (about 5 MB) made from the bench
/// text, opened in Chromium.
fn bench_open(text: &str, bench_dir: &Path) -> Result {
    let small = scale::bench_corpus(text, bench_dir, "open-70", 70, 2150)?;
    let large = scale::bench_corpus(text, bench_dir, "open-1000", 1000, 5000)?;
    let dist = bench_dir.join("open-dist");
    run(tools::trunk()
        .args(["build", "--release", "--dist"])
        .arg(&dist)
        .env("CARGO_TARGET_DIR", bench_dir.join("target")))?;
    tools::ensure_browser()?;
    tools::ensure_node_packages()?;
    println!("== browser: opening articles in the page");
    run(Command::new("node")
        .arg("tests/browser/open-bench.mjs")
        .env("OPEN_DIST", &dist)
        .env(
            "OPEN_FOLDERS",
            format!(
                "70 articles={}|1000 articles={}",
                small.display(),
                large.display()
            ),
        ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_corpus_flag_names_a_folder() {
        let folder = root().join("corpus");
        let mut a = args(&["dist", "--corpus", folder.to_str().unwrap()]);
        assert_eq!(take_corpus_flag(&mut a), Ok(Some(folder)));
        assert_eq!(a, args(&["dist"]));
        let mut a = args(&["serve"]);
        assert_eq!(take_corpus_flag(&mut a), Ok(None));
        let mut a = args(&["serve", "--corpus"]);
        assert!(take_corpus_flag(&mut a)
            .unwrap_err()
            .contains("needs a folder"));
        let mut a = args(&["serve", "--corpus", "/no/such/folder"]);
        assert_eq!(
            take_corpus_flag(&mut a),
            Err("--corpus /no/such/folder: no such folder".to_string())
        );
    }
}
