//! The app's module cut into parts (after each Trunk build, before the page is
//! finished): the views the first frame does not show are fetched when first
//! opened (`src/ui/parts.rs` marks them with `#[wasm_split]`).
//!
//! Trunk links the app and runs wasm-bindgen on it; that output cannot be cut
//! (wasm-bindgen drops the linker's relocations). So this step starts again
//! from the module cargo linked (with `--emit-relocs`, see
//! `.cargo/config.toml`): `wasm-split-cli` cuts it into the main module, one
//! module per part and modules the parts share, and writes the JavaScript that
//! loads them; wasm-bindgen then runs on the main module and wasm-opt on every
//! module; the results replace Trunk's files under their names (which Trunk
//! derived from the same build, so they still name one content each). The
//! cut is kept by the linked module's hash (`target/wasm-split/PROFILE/cut-*`):
//! a build of another corpus with the same app only copies it.
//!
//! The loader script wasm-split writes fetches its modules by path; here each
//! fetch is handed to the page's own loader (`window.explorerData.part(name)`,
//! see `crates/page`), which knows their hashed names in a served page and
//! reads them from the offline file's data blocks.

use crate::data_files::{short_hash, target_dir, write_hashed};
use crate::shell::{run, Result};
use crate::tools;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The app's crate, as Trunk names its files (`{APP}-{hash}.js`).
const APP: &str = "kosovo-explorer";

/// The app as the build wrote it into its folder, cut into parts.
pub struct SplitApp {
    /// wasm-bindgen's script (Trunk's name for it).
    pub js: String,
    /// The main module (Trunk's name for it).
    pub wasm: String,
    /// The loader of the parts (`wasm-split-{hash}.js`), which the main
    /// script imports.
    pub loader: String,
    /// Each part's module: its name (as the loader asks for it) and file.
    pub parts: Vec<(String, String)>,
}

/// Cuts the app Trunk built into `dir` (its staging folder) into parts.
pub fn split_app(dir: &Path) -> Result<SplitApp> {
    tools::ensure_wasm_split()?;
    let (js, wasm) = trunk_files(dir)?;
    let stem = js.trim_end_matches(".js").to_string();
    let profile = std::env::var("TRUNK_PROFILE").unwrap_or_else(|_| "release".into());
    let cut = cut_app(&stem, &profile)?;
    write(&dir.join(&wasm), &read(&cut.join("main.wasm"))?)?;

    let (loader_js, names) = loader_script(&read_text(&cut.join(WASM_SPLIT_JS))?, &js)?;
    let loader = write_hashed(dir, "wasm-split", "js", loader_js.as_bytes())?;
    let main_js = read_text(&cut.join("main.js"))?;
    write(
        &dir.join(&js),
        importing_loader(&main_js, &loader)?.as_bytes(),
    )?;
    let parts = names
        .into_iter()
        .map(|name| {
            let bytes = read(&cut.join(format!("{name}.wasm")))?;
            let file = write_hashed(dir, &name, "wasm", &bytes)?;
            Ok((name, file))
        })
        .collect::<Result<_>>()?;
    Ok(SplitApp {
        js,
        wasm,
        loader,
        parts,
    })
}

/// wasm-split-cli's loader script, as it names it.
const WASM_SPLIT_JS: &str = "__wasm_split.js";

/// The module cargo linked cut into parts: a folder holding the main module
/// after wasm-bindgen (`main.wasm`) and its script (`main.js`, named for
/// `stem`), wasm-split's loader and every other module, each shrunk by
/// wasm-opt in a release build. The folder is kept by what it is made from
/// (the linked module, `stem`, whether names are kept, the tools' versions):
/// a build of another corpus with the same app cuts nothing again (wasm-opt
/// on every part was most of such a build's time).
fn cut_app(stem: &str, profile: &str) -> Result<PathBuf> {
    let linked = target_dir()
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join(format!("{APP}.wasm"));
    let names = std::env::var_os("XTASK_WASM_NAMES").is_some();
    let made_of = [
        read(&linked)?,
        stem.as_bytes().to_vec(),
        vec![u8::from(names)],
        tools::module_tools()?.into_bytes(),
    ];
    let key = short_hash(&made_of.concat());
    let base = target_dir().join("wasm-split").join(profile);
    let done = base.join(format!("cut-{key}"));
    if done.is_dir() {
        return Ok(done);
    }
    // A folder of this build's own: two builds at once (a bench beside a
    // `serve`) would cut into each other's.
    let work = base.join(format!("work-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    run(Command::new(tools::wasm_split())
        .arg(&linked)
        .arg(work.join("cut")))?;
    run(Command::new(tools::wasm_bindgen())
        .arg(work.join("cut/main.wasm"))
        .args(["--target", "web", "--keep-lld-exports", "--no-typescript"])
        .arg("--out-dir")
        .arg(work.join("bindgen"))
        .args(["--out-name", stem]))?;
    let shrink = profile == "release";
    let out = work.join("out");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    write(
        &out.join("main.wasm"),
        &module(&work.join(format!("bindgen/{stem}_bg.wasm")), shrink)?,
    )?;
    write(
        &out.join("main.js"),
        &read(&work.join(format!("bindgen/{stem}.js")))?,
    )?;
    write(
        &out.join(WASM_SPLIT_JS),
        &read(&work.join("cut").join(WASM_SPLIT_JS))?,
    )?;
    let cut = std::fs::read_dir(work.join("cut")).map_err(|e| e.to_string())?;
    for path in cut.filter_map(|e| e.ok().map(|e| e.path())) {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".wasm") && name != "main.wasm" {
            write(&out.join(&name), &module(&path, shrink)?)?;
        }
    }
    // One cut kept: an earlier app's goes.
    for old in std::fs::read_dir(&base)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        if old.file_name().to_string_lossy().starts_with("cut-") {
            let _ = std::fs::remove_dir_all(old.path());
        }
    }
    let renamed = std::fs::rename(&out, &done);
    let _ = std::fs::remove_dir_all(&work);
    match renamed {
        // Another build cut the same app meanwhile.
        Err(_) if done.is_dir() => Ok(done),
        Err(e) => Err(format!("{}: {e}", done.display())),
        Ok(()) => Ok(done),
    }
}

/// Trunk's script and module of the app in `dir`.
fn trunk_files(dir: &Path) -> Result<(String, String)> {
    let names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(&format!("{APP}-")))
        .collect();
    let one = |suffix: &str| {
        let found: Vec<&String> = names
            .iter()
            .filter(|n| n.ends_with(suffix) && !n.ends_with(&format!("_bg{suffix}")))
            .collect();
        match found[..] {
            [name] => Ok(name.clone()),
            _ => Err(format!(
                "{}: expected one {APP}-HASH{suffix} from Trunk, found {found:?}",
                dir.display()
            )),
        }
    };
    let js = one(".js")?;
    let wasm = format!("{}_bg.wasm", js.trim_end_matches(".js"));
    if !names.contains(&wasm) {
        return Err(format!("{}: no {wasm} beside {js}", dir.display()));
    }
    Ok((js, wasm))
}

/// A module as it ships: shrunk by wasm-opt in a release build. With
/// `XTASK_WASM_NAMES` set, the functions keep their names, for a browser's
/// profiler (docs/performance.md).
fn module(path: &Path, shrink: bool) -> Result<Vec<u8>> {
    if shrink {
        let shrunk = path.with_extension("opt.wasm");
        let keep = if std::env::var_os("XTASK_WASM_NAMES").is_some() {
            "--debuginfo"
        } else {
            "--strip-debug"
        };
        run(tools::wasm_opt()
            .args(["-Oz", keep, "--strip-producers"])
            .arg(path)
            .arg("-o")
            .arg(&shrunk))?;
        read(&shrunk)
    } else {
        read(path)
    }
}

/// What wasm-split-cli's loader script says, and what it is made to say.
const MAIN_IMPORT: &str = "import { initSync } from \"./main.js\";";
const FETCH_START: &str = "fetch(new URL(\"./";
const FETCH_END: &str = ".wasm\", import.meta.url))";
const INSTANTIATE: &str = "WebAssembly.instantiateStreaming(src, imports)";
const INSTANTIATE_BYTES: &str = "src.then((bytes) => WebAssembly.instantiate(bytes, imports))";

/// wasm-split-cli's loader script made to import the app's script by its name
/// (`js`) and to ask the page's loader for each module (as bytes); and the
/// names of the modules it asks for.
pub fn loader_script(script: &str, js: &str) -> Result<(String, Vec<String>)> {
    let changed = |what: &str| {
        format!("wasm-split-cli's loader no longer holds `{what}`: update xtask/src/split.rs")
    };
    if !script.contains(MAIN_IMPORT) {
        return Err(changed(MAIN_IMPORT));
    }
    let mut out = script.replacen(
        MAIN_IMPORT,
        &format!("import {{ initSync }} from \"./{js}\";"),
        1,
    );
    let mut names = Vec::new();
    while let Some(at) = out.find(FETCH_START) {
        let from = at + FETCH_START.len();
        let Some(len) = out[from..].find(FETCH_END) else {
            return Err(changed(FETCH_END));
        };
        let name = out[from..from + len].to_string();
        out.replace_range(
            at..from + len + FETCH_END.len(),
            &format!("window.explorerData.part(\"{name}\")"),
        );
        names.push(name);
    }
    if names.is_empty() {
        return Err(changed(FETCH_START));
    }
    if out.matches(INSTANTIATE).count() != names.len() {
        return Err(changed(INSTANTIATE));
    }
    Ok((out.replace(INSTANTIATE, INSTANTIATE_BYTES), names))
}

/// How wasm-bindgen's script imports the loader (the module's import module).
pub const LOADER_IMPORT: &str = "\"./__wasm_split.js\"";

/// wasm-bindgen's script importing the loader by its file name (it imports
/// it once per function the module imports from it). Only the `import`
/// statements change: the module's imports keep their module name.
fn importing_loader(script: &str, loader: &str) -> Result<String> {
    let statement = format!(" from {LOADER_IMPORT}");
    if !script.contains(&statement) {
        return Err(format!(
            "wasm-bindgen's script no longer imports{statement}: update xtask/src/split.rs"
        ));
    }
    Ok(script.replace(&statement, &format!(" from \"./{loader}\"")))
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of wasm-split-cli 0.2.4's loader, shortened.
    const LOADER: &str = r#"import { initSync } from "./main.js";
const __chunk_1 = makeLoad(() => {
    const src = fetch(new URL("./chunk_1_shared.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_quotes = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_quotes.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1]));
"#;

    #[test]
    fn the_loader_asks_the_page_for_each_module() {
        let (out, names) = loader_script(LOADER, "app-1.js").unwrap();
        assert_eq!(names, ["chunk_1_shared", "split_quotes"]);
        assert!(out.starts_with("import { initSync } from \"./app-1.js\";"));
        assert!(out.contains("const src = window.explorerData.part(\"split_quotes\");"));
        assert!(!out.contains("fetch(") && !out.contains("import.meta"));
        assert_eq!(out.matches(INSTANTIATE_BYTES).count(), 2);
    }

    #[test]
    fn a_loader_of_another_shape_is_refused() {
        let err = loader_script("export const x = 1;", "app.js").unwrap_err();
        assert!(err.contains("update xtask/src/split.rs"), "{err}");
    }

    #[test]
    fn only_the_import_statement_names_the_file() {
        let script = "import * as import1 from \"./__wasm_split.js\"\n\
                      import * as import2 from \"./__wasm_split.js\"\n\
                      const i = { \"./__wasm_split.js\": import1, \"./__wasm_split.js\": import2 };";
        let out = importing_loader(script, "wasm-split-9.js").unwrap();
        assert_eq!(
            out,
            "import * as import1 from \"./wasm-split-9.js\"\n\
             import * as import2 from \"./wasm-split-9.js\"\n\
             const i = { \"./__wasm_split.js\": import1, \"./__wasm_split.js\": import2 };"
        );
    }
}
