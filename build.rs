//! Links the app's WebAssembly with its relocations kept (`--emit-relocs`):
//! `wasm-split-cli` follows them to cut the module into the parts fetched on
//! demand (`src/ui/parts.rs`, `xtask/src/split.rs`); wasm-opt drops them from
//! what ships. Only the app's own link: the regex and ingestion modules are
//! not cut, and wasm-opt cannot shrink a module that keeps them.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
