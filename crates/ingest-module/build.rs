//! The name lists of the core's `gazetteer` feature (countries, cities,
//! nationalities, given names), written out as text for the module to
//! include: the crates they come from are many megabytes of code in
//! WebAssembly, the words they hold about 200 KB of text.

fn main() {
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("gazetteer.txt");
    std::fs::write(&out, corpus_core::names::gazetteer::data()).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../corpus-core/src/names/gazetteer.rs");
}
