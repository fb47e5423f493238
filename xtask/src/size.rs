//! `cargo xtask size`: where the app's WebAssembly goes, by twiggy. The release
//! build's main module (the first download's: the parts fetched on demand
//! left out) before wasm-opt keeps its function names; shrunk as the page
//! gets it (`-Oz`) but with the names kept, twiggy attributes every byte. The
//! tables are Markdown, for `docs/performance.md`.

use crate::shell::{root, run, Result};
use crate::tools;
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// Who a code or data item belongs to, by its name.
fn owner(name: &str) -> &'static str {
    const OWNERS: [(&str, &str); 14] = [
        (
            "CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view",
            "yew: the components' views (`html!`)",
        ),
        ("kosovo_explorer::", "the app (`src/`)"),
        ("corpus_core::", "the core (`crates/corpus-core`)"),
        ("yew::", "yew: components, hooks, diffing, scheduler"),
        (
            "implicit_clone",
            "yew: components, hooks, diffing, scheduler",
        ),
        ("core::slice::sort", "sorting (std)"),
        ("fmt", "formatting (std)"),
        ("serde", "serde, postcard (the index)"),
        ("postcard", "serde, postcard (the index)"),
        ("wasm_bindgen", "wasm-bindgen, js-sys, web-sys, gloo"),
        ("js_sys", "wasm-bindgen, js-sys, web-sys, gloo"),
        ("web_sys", "wasm-bindgen, js-sys, web-sys, gloo"),
        ("gloo", "wasm-bindgen, js-sys, web-sys, gloo"),
        ("data segment", "data: strings, tables, panic locations"),
    ];
    OWNERS
        .iter()
        .find(|(key, _)| name.contains(key))
        .map_or_else(
            || {
                if [
                    "hashbrown",
                    "dlmalloc",
                    "alloc::",
                    "core::",
                    "std::",
                    "memchr",
                    "aho_corasick",
                    "rustc_hash",
                ]
                .iter()
                .any(|k| name.contains(k))
                {
                    "std, allocator, hash maps, memchr"
                } else {
                    "other (imports, tables, glue)"
                }
            },
            |(_, who)| *who,
        )
}

/// A symbol without its hash and crate disambiguators.
fn plain(name: &str) -> String {
    let mut s = name.to_string();
    if let Some(at) = s.rfind("::h") {
        if s[at + 3..].chars().all(|c| c.is_ascii_hexdigit()) && s.len() - at == 19 {
            s.truncate(at);
        }
    }
    while let Some(open) = s.find('[') {
        match s[open..].find(']') {
            Some(close)
                if s[open + 1..open + close]
                    .chars()
                    .all(|c| c.is_ascii_hexdigit()) =>
            {
                s.replace_range(open..open + close + 1, "");
            }
            _ => break,
        }
    }
    s
}

/// Builds the release app, then prints the tables.
pub fn size() -> Result {
    tools::ensure_build_tools()?;
    tools::ensure_twiggy()?;
    run(tools::trunk().args(["build", "--release"]))?;
    // The main module as the build cut it (xtask/src/split.rs), before wasm-opt.
    let cut = crate::data_files::target_dir().join("wasm-split/release/bindgen");
    let built = std::fs::read_dir(&cut)
        .map_err(|e| format!("{}: {e}", cut.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.to_string_lossy().ends_with("_bg.wasm"))
        .ok_or_else(|| format!("no main module in {}", cut.display()))?;
    let named = root().join("target/size-named.wasm");
    run(tools::wasm_opt()
        .args(["-Oz", "--debuginfo"])
        .arg(&built)
        .arg("-o")
        .arg(&named))?;
    let out = Command::new(tools::twiggy())
        .args(["top", "-n", "1000000", "-f", "csv"])
        .arg(&named)
        .output()
        .map_err(|e| format!("twiggy: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "twiggy failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    print_tables(&String::from_utf8_lossy(&out.stdout), &named)
}

/// The items of twiggy's CSV: (name, bytes), without the names section.
fn items(csv: &str) -> Vec<(String, usize)> {
    csv.lines()
        .skip(1)
        .filter_map(|line| {
            // The name may hold commas; the four numeric columns come last.
            let mut parts: Vec<&str> = line.rsplitn(5, ',').collect();
            parts.reverse();
            let field = parts.first()?;
            // A quoted CSV field: outer quotes off, inner ones doubled.
            let name = match field.strip_prefix('"').and_then(|f| f.strip_suffix('"')) {
                Some(inner) => inner.replace("\"\"", "\""),
                None => field.to_string(),
            };
            let bytes = parts.get(1)?.parse().ok()?;
            (!name.ends_with("names\" subsection")).then_some((name, bytes))
        })
        .collect()
}

fn print_tables(csv: &str, named: &Path) -> Result {
    let items = items(csv);
    let total: usize = items.iter().map(|(_, b)| b).sum();
    let mut by_owner: HashMap<&str, usize> = HashMap::new();
    for (name, bytes) in &items {
        *by_owner.entry(owner(&plain(name))).or_default() += bytes;
    }
    let mut owners: Vec<(&str, usize)> = by_owner.into_iter().collect();
    owners.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let share = |b: usize| 100.0 * b as f64 / total.max(1) as f64;
    println!(
        "\n{} ({total} bytes before gzip, names left out)\n",
        named.display()
    );
    println!("| whose | bytes | share |\n| --- | ---: | ---: |");
    for (who, bytes) in &owners {
        println!("| {who} | {bytes} | {:.1}% |", share(*bytes));
    }
    let mut merged: HashMap<String, usize> = HashMap::new();
    for (name, bytes) in &items {
        *merged.entry(plain(name)).or_default() += bytes;
    }
    let mut largest: Vec<(String, usize)> = merged.into_iter().collect();
    largest.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("\n| largest items (copies of one generic function together) | bytes | share |\n| --- | ---: | ---: |");
    for (name, bytes) in largest.iter().take(20) {
        let shown: String = name.chars().take(110).collect();
        println!(
            "| `{}` | {bytes} | {:.1}% |",
            shown.replace('|', "\\|"),
            share(*bytes)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_hashes_and_owners_are_found() {
        assert_eq!(
            plain("core::slice::sort::unstable::quicksort::quicksort::h0fdc7a815bdcc583"),
            "core::slice::sort::unstable::quicksort::quicksort"
        );
        assert_eq!(
            plain("<f64 as core[c5930c85a12de822]::fmt::Display>::fmt"),
            "<f64 as core::fmt::Display>::fmt"
        );
        assert_eq!(
            owner("kosovo_explorer::ui::link::decode"),
            "the app (`src/`)"
        );
        assert_eq!(
            owner("data segment \".rodata\""),
            "data: strings, tables, panic locations"
        );
        let csv = "Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent\n\
                   \"\"\"function names\"\" subsection\",100,1.0,,\n\
                   \"data segment \"\".rodata\"\"\",7,0.1,,\n\
                   a::b<T, U>::c::h0123456789abcdef,42,0.4,,\n";
        assert_eq!(
            items(csv),
            vec![
                ("data segment \".rodata\"".to_string(), 7),
                ("a::b<T, U>::c::h0123456789abcdef".to_string(), 42)
            ]
        );
    }
}
