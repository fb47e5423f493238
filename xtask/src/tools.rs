//! Installs the toolchain pieces the build and tests need, each skipped when present:
//! the wasm32 target, Trunk, wasm-bindgen-cli (the Cargo.lock version), wasm-opt
//! (npm binaryen), Chromium and Firefox ESR (Debian) and the browser-test packages (npm).

use crate::shell::{root, run, Result};
use std::path::PathBuf;
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_VERSION: &str = "132";

fn cargo_bin_dir() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin")
}

/// The folder holding npm-installed tools (binaryen), inside the repository.
fn tools_dir() -> PathBuf {
    root().join(".tools")
}

/// PATH with the project's tools first.
fn path_with_tools() -> std::ffi::OsString {
    let mut paths = vec![tools_dir().join("node_modules/.bin"), cargo_bin_dir()];
    if let Some(p) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(paths).expect("PATH entries join")
}

/// A `trunk` command with the project's tools on PATH.
pub fn trunk() -> Command {
    let mut c = Command::new(cargo_bin_dir().join("trunk"));
    c.env("PATH", path_with_tools());
    c
}

fn output_of(cmd: &mut Command) -> Option<String> {
    let out = cmd.env("PATH", path_with_tools()).output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    })
}

/// The versions of the tools that make the app's modules (wasm-split,
/// wasm-bindgen, wasm-opt): what a module they made depends on besides its input.
pub fn module_tools() -> Result<String> {
    Ok(format!(
        "wasm-split {WASM_SPLIT_VERSION}, wasm-bindgen {}, binaryen {BINARYEN_VERSION}",
        locked_wasm_bindgen()?
    ))
}

/// The wasm-bindgen version locked in Cargo.lock.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn step(what: &str) {
    println!("== installing {what} (once; later runs skip this)");
}

pub fn ensure_build_tools() -> Result {
    let targets = output_of(Command::new("rustup").args(["target", "list", "--installed"]))
        .unwrap_or_default();
    if !targets
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        step("the wasm32-unknown-unknown target");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    let trunk =
        output_of(Command::new(cargo_bin_dir().join("trunk")).arg("--version")).unwrap_or_default();
    if !trunk.contains(TRUNK_VERSION) {
        step(&format!(
            "Trunk {TRUNK_VERSION} (about 20 minutes on 2 cores)"
        ));
        run(Command::new(env!("CARGO")).args([
            "install",
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
            "--no-default-features",
            "--features",
            "rustls",
        ]))?;
    }
    let wbg = locked_wasm_bindgen()?;
    let have = output_of(Command::new(cargo_bin_dir().join("wasm-bindgen")).arg("--version"))
        .unwrap_or_default();
    if !have.split_whitespace().any(|w| w == wbg) {
        step(&format!("wasm-bindgen-cli {wbg} (about 7 minutes)"));
        // No --locked: one of its locked dependencies is missing from the registry.
        run(Command::new(env!("CARGO")).args(["install", "wasm-bindgen-cli", "--version", &wbg]))?;
    }
    let opt = output_of(wasm_opt().arg("--version")).unwrap_or_default();
    if !opt.contains(&format!("version {BINARYEN_VERSION}")) {
        step(&format!("wasm-opt (npm binaryen@{BINARYEN_VERSION})"));
        std::fs::create_dir_all(tools_dir()).map_err(|e| e.to_string())?;
        run(Command::new("npm")
            .args([
                "install",
                "--no-save",
                "--no-audit",
                "--no-fund",
                "--prefix",
            ])
            .arg(tools_dir())
            .arg(format!("binaryen@{BINARYEN_VERSION}")))?;
    }
    ensure_wasm_split()
}

pub fn ensure_browser() -> Result {
    let missing: Vec<&str> = [
        ("/usr/bin/chromium", &["chromium", "chromium-driver"][..]),
        ("/usr/bin/firefox-esr", &["firefox-esr"][..]),
    ]
    .iter()
    .filter(|(bin, _)| !PathBuf::from(bin).exists())
    .flat_map(|(_, packages)| packages.iter().copied())
    .collect();
    if missing.is_empty() {
        return Ok(());
    }
    step(&format!(
        "browsers (Debian packages {})",
        missing.join(", ")
    ));
    let sudo = |args: &[&str]| {
        let root_user = output_of(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0");
        let mut c = if root_user {
            Command::new(args[0])
        } else {
            Command::new("sudo")
        };
        if root_user {
            c.args(&args[1..]);
        } else {
            c.args(args);
        }
        c.env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut sudo(&["apt-get", "update", "-qq"]))?;
    let mut install = sudo(&["apt-get", "install", "-y", "-qq"]);
    run(install.args(&missing))
}

pub fn ensure_node_packages() -> Result {
    let dir = root().join("tests/browser");
    let wanted = std::fs::read_to_string(dir.join("package.json"))
        .map_err(|e| format!("tests/browser/package.json: {e}"))?;
    // Installed when each package is there at the version package.json pins.
    let installed = ["playwright-core", "minisearch", "axe-core"]
        .iter()
        .all(|p| {
            let found =
                std::fs::read_to_string(dir.join("node_modules").join(p).join("package.json"));
            let version = found.ok().and_then(|text| {
                let at = text.find("\"version\"")?;
                let rest = &text[at + 9..];
                let start = rest.find('"')? + 1;
                let end = start + rest[start..].find('"')?;
                Some(rest[start..end].to_string())
            });
            version.is_some_and(|v| wanted.contains(&format!("\"{p}\": \"{v}\"")))
        });
    if installed {
        return Ok(());
    }
    step("browser-test packages (npm ci in tests/browser)");
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(dir))
}

/// A `wasm-opt` command (npm binaryen, see [`ensure_build_tools`]).
pub fn wasm_opt() -> Command {
    Command::new(tools_dir().join("node_modules/.bin/wasm-opt"))
}

/// The version of `wasm-split-cli` (crate `wasm_split_cli_support`) that cuts
/// the app's module into parts; the app's `wasm_split_helpers` must speak the
/// same format (0.2).
const WASM_SPLIT_VERSION: &str = "0.2.4";

/// `wasm-split-cli`, in `.tools/` (see [`ensure_wasm_split`]).
pub fn wasm_split() -> PathBuf {
    tools_dir()
        .join(format!("wasm-split-{WASM_SPLIT_VERSION}"))
        .join("bin/wasm-split-cli")
}

/// wasm-bindgen, as [`ensure_build_tools`] installs it.
pub fn wasm_bindgen() -> PathBuf {
    cargo_bin_dir().join("wasm-bindgen")
}

/// Installs `wasm-split-cli` unless it is there (about 2 minutes); it has
/// no `--version`, so its version is in the folder's name.
pub fn ensure_wasm_split() -> Result {
    if wasm_split().is_file() {
        return Ok(());
    }
    step(&format!(
        "wasm-split-cli {WASM_SPLIT_VERSION} (about 2 minutes)"
    ));
    run(Command::new(env!("CARGO"))
        .args([
            "install",
            "wasm_split_cli_support",
            "--version",
            WASM_SPLIT_VERSION,
            "--features",
            "build-binary",
            "--root",
        ])
        .arg(tools_dir().join(format!("wasm-split-{WASM_SPLIT_VERSION}"))))
}

/// The twiggy version `cargo xtask size` installs.
const TWIGGY_VERSION: &str = "0.8.0";

/// The `twiggy` binary (see [`ensure_twiggy`]).
pub fn twiggy() -> PathBuf {
    cargo_bin_dir().join("twiggy")
}

/// twiggy, the code size profiler, for `cargo xtask size` only (about 3 minutes).
pub fn ensure_twiggy() -> Result {
    let have = output_of(Command::new(twiggy()).arg("--version")).unwrap_or_default();
    if !have.contains(TWIGGY_VERSION) {
        step(&format!("twiggy {TWIGGY_VERSION} (about 3 minutes)"));
        run(Command::new(env!("CARGO")).args(["install", "twiggy", "--version", TWIGGY_VERSION]))?;
    }
    Ok(())
}
