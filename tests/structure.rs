//! The shape of the code, checked so that it cannot drift: no function
//! outside tests needs a scroll to read (over 80 lines); no source file
//! imports a file that imports it back (directly or round a longer circle);
//! and the code map in `docs/architecture.md` names every source file.
//!
//! Rust sources are read as text: comments, strings and character literals
//! are blanked first, so braces and paths are counted in code only.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The longest a function outside tests may be, in lines.
const MAX_FUNCTION_LINES: usize = 80;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The crates' source folders: the app, each crate under `crates/`, xtask.
fn source_roots() -> Vec<PathBuf> {
    let mut roots = vec![root().join("src"), root().join("xtask/src")];
    let crates = std::fs::read_dir(root().join("crates")).expect("crates/");
    for entry in crates {
        let src = entry.expect("a crate").path().join("src");
        if src.is_dir() {
            roots.push(src);
        }
    }
    roots.sort();
    roots
}

/// Every file under `dir` whose name ends with `ext`, sorted.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `path` relative to the repository, with `/`.
fn shown(path: &Path) -> String {
    let rel = path.strip_prefix(root()).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

/// `source` with comments, strings and character literals blanked to spaces
/// (line breaks kept, so lines still count).
fn code_only(source: &str) -> String {
    let c: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    let ident = |k: usize| k > 0 && (c[k - 1].is_alphanumeric() || c[k - 1] == '_');
    while i < c.len() {
        let next = c.get(i + 1).copied();
        if c[i] == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if c[i] == 'r' && !ident(i) && matches!(next, Some('"') | Some('#')) {
            i = raw_string(&c, i, &mut out);
        } else if c[i] == '"' {
            i = string(&c, i, &mut out);
        } else if c[i] == '\'' && (next == Some('\\') || c.get(i + 2) == Some(&'\'')) {
            // A character literal (a lifetime has no closing quote).
            out.push(' ');
            i += 1;
            if c[i] == '\\' {
                blank(&mut out, c[i]);
                i += 1;
            }
            while i < c.len() && c[i] != '\'' {
                blank(&mut out, c[i]);
                i += 1;
            }
            out.push(' ');
            i += 1;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// Blanks the string starting at `c[i]` (a `"`); where it ends.
fn string(c: &[char], mut i: usize, out: &mut String) -> usize {
    out.push(' ');
    i += 1;
    while i < c.len() && c[i] != '"' {
        if c[i] == '\\' {
            out.push(' ');
            i += 1;
        }
        if i < c.len() {
            out.push(if c[i] == '\n' { '\n' } else { ' ' });
            i += 1;
        }
    }
    out.push(' ');
    i + 1
}

/// Blanks the raw string starting at `c[i]` (an `r`), if it is one; where it ends.
fn raw_string(c: &[char], i: usize, out: &mut String) -> usize {
    let mut k = i + 1;
    while c.get(k) == Some(&'#') {
        k += 1;
    }
    if c.get(k) != Some(&'"') {
        out.push(c[i]);
        return i + 1;
    }
    let hashes = k - i - 1;
    let closes = |at: usize| c[at] == '"' && (1..=hashes).all(|h| c.get(at + h) == Some(&'#'));
    let mut end = k + 1;
    while end < c.len() && !closes(end) {
        end += 1;
    }
    let end = (end + hashes + 1).min(c.len());
    for &ch in &c[i..end] {
        out.push(if ch == '\n' { '\n' } else { ' ' });
    }
    end
}

/// Where the brace block opening at byte `open` of `code` closes.
fn block_end(code: &[u8], open: usize) -> usize {
    let mut depth = 0;
    for (k, &b) in code.iter().enumerate().skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// The byte ranges of `code` (blanked) inside `#[cfg(test)]` modules.
fn test_modules(code: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("#[cfg(test)]") {
        let rest = &code[at..];
        let Some(m) = rest.find("mod ") else { continue };
        let Some(semi_or_brace) = rest[m..].find(['{', ';']) else {
            continue;
        };
        let brace = at + m + semi_or_brace;
        if code.as_bytes()[brace] == b'{' && !rest[..m].contains("fn ") {
            out.push((at, block_end(code.as_bytes(), brace)));
        }
    }
    out
}

fn line_of(code: &str, at: usize) -> usize {
    code[..at].matches('\n').count() + 1
}

/// Each function of `code` outside tests: its name, first line and length.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let tests = test_modules(code);
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(k) = code[at..].find("fn ") {
        let start = at + k;
        at = start + 3;
        let word_before =
            start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_');
        if word_before || tests.iter().any(|&(a, z)| (a..=z).contains(&start)) {
            continue;
        }
        let name: String = code[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let Some(end_of_head) = code[at..].find(['{', ';']) else {
            break;
        };
        let open = at + end_of_head;
        if name.is_empty() || bytes[open] == b';' {
            continue;
        }
        let close = block_end(bytes, open);
        let lines = line_of(code, close) - line_of(code, start) + 1;
        out.push((name, line_of(code, start), lines));
    }
    out
}

/// Whether `path` holds tests or benchmarks only.
fn is_test_file(path: &Path) -> bool {
    let p = shown(path);
    p.ends_with("/tests.rs") || p.contains("/tests/") || p.contains("/benches/")
}

#[test]
fn functions_fit_on_a_screen() {
    let mut long = Vec::new();
    for dir in source_roots() {
        for file in files(&dir, ".rs").into_iter().filter(|f| !is_test_file(f)) {
            let code = code_only(&std::fs::read_to_string(&file).expect("a source file"));
            for (name, line, lines) in functions(&code) {
                if lines > MAX_FUNCTION_LINES {
                    long.push(format!("{}:{line} fn {name}: {lines} lines", shown(&file)));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines hold several jobs; split them into named parts:\n{}",
        long.join("\n")
    );
}

/// A crate's files by module path (`["ui", "components", "header"]`).
fn modules(src: &Path) -> BTreeMap<Vec<String>, PathBuf> {
    let mut out = BTreeMap::new();
    for file in files(src, ".rs").into_iter().filter(|f| !is_test_file(f)) {
        let rel = file.strip_prefix(src).expect("inside src");
        let mut parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
            .collect();
        if matches!(
            parts.last().map(String::as_str),
            Some("mod" | "lib" | "main")
        ) {
            parts.pop();
        }
        out.insert(parts, file);
    }
    out
}

/// The paths `code` names through `crate::`, `super::` and `self::`, `use`
/// trees expanded (`use super::{a::B, c}` names `super::a::B` and `super::c`),
/// and those starting with a child module's name; each as its segments, with
/// how many inline modules (`mod imp { … }`) deep it stands.
fn paths(code: &str, children: &BTreeSet<String>) -> Vec<(usize, Vec<String>)> {
    let inline = inline_modules(code);
    let depth = |at: usize| {
        inline
            .iter()
            .filter(|&&(a, z)| (a..=z).contains(&at))
            .count()
    };
    let mut out = Vec::new();
    let mut at = 0;
    for statement in code.split(';') {
        let trimmed = statement.trim_start();
        let start = at + statement.len() - trimmed.len();
        at += statement.len() + 1;
        let flat: String = trimmed.split_whitespace().collect::<Vec<_>>().join(" ");
        let tree = flat
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub ");
        if let Some(tree) = tree.strip_prefix("use ") {
            let tree = tree.replace(" as ", "@").replace(' ', "");
            let mut found = Vec::new();
            expand(&tree, &mut Vec::new(), &mut found);
            out.extend(found.into_iter().map(|p| (depth(start), p)));
        }
    }
    let bytes = code.as_bytes();
    for start in 0..bytes.len() {
        let boundary = start == 0
            || !(bytes[start - 1].is_ascii_alphanumeric()
                || matches!(bytes[start - 1], b'_' | b':'));
        if !boundary {
            continue;
        }
        let rest = &code[start..];
        let first: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let named =
            matches!(first.as_str(), "crate" | "super" | "self") || children.contains(&first);
        if named && rest[first.len()..].starts_with("::") {
            let path: Vec<String> = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            out.push((depth(start), path));
        }
    }
    out
}

/// The byte ranges of the modules written inline in `code` (tests left out
/// before): `mod imp { … }`.
fn inline_modules(code: &str) -> Vec<(usize, usize)> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    for (at, _) in code.match_indices("mod ") {
        let word_before =
            at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        let rest = &code[at + 4..];
        let name_len = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .count();
        if word_before || name_len == 0 || !rest[name_len..].trim_start().starts_with('{') {
            continue;
        }
        let open = at + 4 + name_len + rest[name_len..].find('{').unwrap_or(0);
        out.push((open, block_end(bytes, open)));
    }
    out
}

/// The paths of a `use` tree (`a::{b, c::{d, e}}`), each appended to `prefix`.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let (head, group) = match tree.find('{') {
        Some(open) if tree.ends_with('}') => (&tree[..open], Some(&tree[open + 1..tree.len() - 1])),
        _ => (tree, None),
    };
    let before = prefix.len();
    let segments = head.split("::").filter(|s| !s.is_empty());
    prefix.extend(segments.map(|s| s.split('@').next().unwrap_or(s).to_string()));
    match group {
        None => out.push(prefix.clone()),
        Some(group) => {
            let (mut depth, mut from) = (0, 0);
            for (k, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&group[from..k], prefix, out);
                        from = k + 1;
                    }
                    _ => {}
                }
            }
            if from < group.len() {
                expand(&group[from..], prefix, out);
            }
        }
    }
    prefix.truncate(before);
}

/// The module file `path`, named in module `at` from `inline` modules deep
/// inside its file, leads to: the longest module its segments reach.
fn resolve(
    (inline, path): &(usize, Vec<String>),
    at: &[String],
    known: &BTreeMap<Vec<String>, PathBuf>,
) -> Option<Vec<String>> {
    let mut module: Vec<String> = at.to_vec();
    let mut segments = path.iter().peekable();
    match segments.peek().map(|s| s.as_str()) {
        Some("crate") => {
            module.clear();
            segments.next();
        }
        Some("self") => {
            segments.next();
        }
        Some("super") => {
            // The first `super`s of an inline module climb back to its file.
            let mut climbs = 0;
            while segments.peek().map(|s| s.as_str()) == Some("super") {
                if climbs >= *inline {
                    module.pop()?;
                }
                climbs += 1;
                segments.next();
            }
        }
        _ => {}
    }
    for s in segments {
        module.push(s.clone());
        if !known.contains_key(&module) {
            module.pop();
            break;
        }
    }
    Some(module)
}

/// The files each file of `src` imports from the same crate.
fn imports(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let known = modules(src);
    let mut graph = BTreeMap::new();
    for (module, file) in &known {
        let mut code = code_only(&std::fs::read_to_string(file).expect("a source file"));
        for (a, z) in test_modules(&code).into_iter().rev() {
            code.replace_range(a..=z.min(code.len() - 1), "");
        }
        let children: BTreeSet<String> = known
            .keys()
            .filter(|k| k.len() == module.len() + 1 && k.starts_with(module))
            .map(|k| k[module.len()].clone())
            .collect();
        let targets: BTreeSet<String> = paths(&code, &children)
            .iter()
            .filter_map(|p| resolve(p, module, &known))
            .filter(|m| m != module)
            .filter_map(|m| known.get(&m).map(|f| shown(f)))
            .collect();
        graph.insert(shown(file), targets);
    }
    graph
}

/// The circles of `graph`: each a list of files, each importing the next and
/// the last the first.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let mut found: Vec<Vec<String>> = Vec::new();
    for start in graph.keys() {
        // The shortest way back to `start`, breadth first.
        let mut from: BTreeMap<&String, &String> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        'search: while let Some(f) = queue.pop_front() {
            for next in graph.get(f).into_iter().flatten() {
                if next == start {
                    let mut circle = vec![f.clone()];
                    let mut at = f;
                    while at != start {
                        at = from[at];
                        circle.push(at.clone());
                    }
                    circle.reverse();
                    let mut key = circle.clone();
                    key.sort();
                    if !found.iter().any(|c| {
                        let mut k = c.clone();
                        k.sort();
                        k == key
                    }) {
                        found.push(circle);
                    }
                    break 'search;
                }
                if !from.contains_key(next) && next != start {
                    from.insert(next, f);
                    queue.push_back(next);
                }
            }
        }
    }
    found
}

#[test]
fn no_file_imports_one_that_imports_it_back() {
    let mut all = Vec::new();
    for src in source_roots() {
        for circle in circles(&imports(&src)) {
            all.push(format!("{} → back", circle.join(" → ")));
        }
    }
    assert!(
        all.is_empty(),
        "import circles between files (move what both need into a file of its own):\n{}",
        all.join("\n")
    );
}

#[test]
fn the_code_map_names_every_source_file() {
    let map =
        std::fs::read_to_string(root().join("docs/architecture.md")).expect("docs/architecture.md");
    let mut missing = Vec::new();
    for dir in source_roots() {
        for file in files(&dir, ".rs").into_iter().chain(files(&dir, ".js")) {
            let path = shown(&file);
            if !map.contains(&format!("`{path}`")) {
                missing.push(path);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/architecture.md's code map does not name these files (as `path`):\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_checks_read_code_as_code() {
    let code = code_only("fn a() { let s = \"}\"; // }\n let c = '}'; let r = r#\"{\"#; }\nfn b<'x>(v: &'x str) {}\n");
    assert_eq!(
        functions(&code),
        [("a".to_string(), 1, 2), ("b".to_string(), 3, 1)]
    );
    let tested = code_only("fn a() {}\n#[cfg(test)]\nmod tests {\n fn t() {}\n}\n");
    assert_eq!(functions(&tested), [("a".to_string(), 1, 1)]);
    let mut trees = Vec::new();
    expand("super::{a::{B,c},d@e}", &mut Vec::new(), &mut trees);
    assert_eq!(
        trees,
        [
            vec!["super", "a", "B"],
            vec!["super", "a", "c"],
            vec!["super", "d"]
        ]
    );
    let inline = paths(
        &code_only("use crate::a;\nmod imp {\n use super::X;\n}\n"),
        &BTreeSet::new(),
    );
    assert!(
        inline.contains(&(1, vec!["super".to_string(), "X".to_string()])),
        "{inline:?}"
    );
    let known: BTreeMap<Vec<String>, PathBuf> = [
        vec![],
        vec!["a".to_string()],
        vec!["a".to_string(), "b".to_string()],
    ]
    .into_iter()
    .map(|m| (m, PathBuf::new()))
    .collect();
    let at = ["a".to_string(), "b".to_string()];
    let super_x = vec!["super".to_string(), "X".to_string()];
    assert_eq!(
        resolve(&(1, super_x.clone()), &at, &known),
        Some(at.to_vec()),
        "an inline module's super is its file"
    );
    assert_eq!(
        resolve(&(0, super_x), &at, &known),
        Some(vec!["a".to_string()])
    );
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(circles(&graph), [vec!["a", "b", "c"]]);
}
