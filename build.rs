//! Runs the ingestion pipeline on `corpus/` (or the folder in `CORPUS_DIR`, which
//! the benchmarks use) and writes the compact index the app embeds
//! (`$OUT_DIR/index.bin`). Problems in the corpus stop the build with messages
//! naming the file and line.

use corpus_core::ingest::pipeline;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-env-changed={}", pipeline::CORPUS_DIR_VAR);
    let (dir, shown) = pipeline::corpus_folder(&root, std::env::var(pipeline::CORPUS_DIR_VAR).ok());
    println!("cargo:rerun-if-changed={}", dir.display());
    let built = pipeline::build_dir(&dir, &shown);
    let (index, report) = match built {
        Ok(b) => b,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
                println!("cargo:warning={e}");
            }
            eprintln!(
                "the corpus has {} problem(s); `cargo xtask report` shows the pipeline's view",
                errors.len()
            );
            std::process::exit(1);
        }
    };
    if let Some(w) = report.cleaning_warning() {
        println!("cargo:warning={w}");
    }
    let path = out.join("index.bin");
    if let Err(e) = std::fs::write(&path, index.encode()) {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
