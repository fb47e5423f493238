//! The files the app loads beside its code: the corpus index, the regex
//! module, the interface's texts in each language but English, written into
//! a build's folder under names that change with their contents (so browsers
//! may cache them for good).

use crate::shell::{root, run, Result};
use crate::tools;
use corpus_core::i18n::{Locale, Texts};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes `bytes` to `dir/{stem}-{hash}.{ext}`: the file's name.
pub fn write_hashed(dir: &Path, stem: &str, ext: &str, bytes: &[u8]) -> Result<String> {
    let name = format!("{stem}-{}.{ext}", short_hash(bytes));
    let path = dir.join(&name);
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(name)
}

/// Writes the interface's texts in each language but English (compiled into
/// the app) as `texts-{tag}-{hash}.txt`: each language's tag and file name.
pub fn write_texts(dir: &Path) -> Result<Vec<(&'static str, String)>> {
    Locale::fetched()
        .map(|l| {
            let stem = format!("texts-{}", l.tag());
            let name = write_hashed(dir, &stem, "txt", Texts::table(l).as_bytes())?;
            Ok((l.tag(), name))
        })
        .collect()
}

/// The first 8 bytes of `bytes`' SHA-256, in hex: a name that changes with them.
pub fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The build's target folder (`CARGO_TARGET_DIR`, else `target/`).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// The regex module (`crates/regex-module`), for the browser.
pub fn regex_module() -> Result<Vec<u8>> {
    module("regex-module")
}

/// The ingestion module (`crates/ingest-module`), for the browser.
pub fn ingest_module() -> Result<Vec<u8>> {
    module("ingest-module")
}

/// The module crate `name` builds, built for the browser and shrunk with
/// wasm-opt. The shrunk module is kept by the hash of the built one, so
/// rebuilds that do not change it skip wasm-opt.
fn module(name: &str) -> Result<Vec<u8>> {
    const TARGET: &str = "wasm32-unknown-unknown";
    run(Command::new(env!("CARGO")).args([
        "build",
        "--quiet",
        "-p",
        name,
        "--release",
        "--target",
        TARGET,
    ]))?;
    let file = format!("release/{}.wasm", name.replace('-', "_"));
    let built = target_dir().join(TARGET).join(file);
    let bytes = std::fs::read(&built).map_err(|e| format!("{}: {e}", built.display()))?;
    let shrunk = target_dir().join(format!("{name}-{}.wasm", short_hash(&bytes)));
    if !shrunk.exists() {
        run(tools::wasm_opt()
            .args(["-Oz", "--strip-debug", "--strip-producers"])
            .arg(&built)
            .arg("-o")
            .arg(&shrunk))?;
    }
    std::fs::read(&shrunk).map_err(|e| format!("{}: {e}", shrunk.display()))
}
