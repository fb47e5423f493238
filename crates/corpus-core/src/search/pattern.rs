//! Regular expressions, from whichever engine the build has.
//!
//! The query parser compiles `/regex/` terms through a [`RegexEngine`]. Native
//! builds (tests, benchmarks, the build script) use [`regex_engine::Native`],
//! the `regex` crate linked in (cargo feature `regex`). The reader's app leaves
//! the crate out of its first download: its engine is a second WebAssembly
//! module, fetched the first time a regex is typed, which runs this same
//! [`regex_engine::compile`] and answers [`RegexEngine::compile`] with
//! [`Compiled::Loading`] until it is there.

use std::fmt::Debug;
use std::rc::Rc;

/// A compiled regular expression.
pub trait Pattern: Debug {
    /// Calls `visit` with the byte range of each match in `text`, in order, at
    /// most `limit` of them, until it returns false. Matching takes time linear
    /// in the text (no backtracking).
    fn each_match(&self, text: &str, limit: usize, visit: &mut dyn FnMut(usize, usize) -> bool);

    /// Whether the expression matches anywhere in `text`.
    fn is_match(&self, text: &str) -> bool {
        let mut found = false;
        self.each_match(text, 1, &mut |_, _| {
            found = true;
            false
        });
        found
    }
}

/// What an engine made of a regular expression's source.
#[derive(Clone, Debug)]
pub enum Compiled {
    Ready(Rc<dyn Pattern>),
    /// The expression is wrong: a message for the reader (its position is the
    /// term's).
    Invalid(String),
    /// The engine is not there yet (still being fetched).
    Loading,
}

/// Compiles regular expressions for the query parser.
pub trait RegexEngine {
    /// Compiles `source`, ignoring case when `case_insensitive`.
    fn compile(&self, source: &str, case_insensitive: bool) -> Compiled;
}

/// An engine for builds without one: every regex waits.
pub struct NoEngine;

impl RegexEngine for NoEngine {
    fn compile(&self, _: &str, _: bool) -> Compiled {
        Compiled::Loading
    }
}

/// The engine the core's own callers use: [`regex_engine::Native`] when the
/// `regex` feature is on, else [`NoEngine`].
pub fn default_engine() -> &'static dyn RegexEngine {
    #[cfg(feature = "regex")]
    {
        &regex_engine::Native
    }
    #[cfg(not(feature = "regex"))]
    {
        &NoEngine
    }
}

/// The `regex` crate behind [`RegexEngine`]: size limits, and its errors said
/// for readers. Shared by native builds and the app's regex module.
#[cfg(feature = "regex")]
pub mod regex_engine {
    use super::{Compiled, Pattern, RegexEngine};
    use regex::RegexBuilder;
    use std::rc::Rc;

    pub use regex::Regex;

    /// Largest compiled size of a regex, so no expression can exhaust memory.
    const SIZE_LIMIT: usize = 1 << 20;

    /// Compiles `source` with the size limits, or says what is wrong with it.
    pub fn compile(source: &str, case_insensitive: bool) -> Result<Regex, String> {
        RegexBuilder::new(source)
            .case_insensitive(case_insensitive)
            .size_limit(SIZE_LIMIT)
            .dfa_size_limit(SIZE_LIMIT)
            .build()
            .map_err(|e| message(&e))
    }

    /// The crate's error in a line a reader can act on.
    pub fn message(e: &regex::Error) -> String {
        match e {
            // The Unicode property tables (scripts, categories) are left out of
            // the build for size; say so rather than "property not found".
            regex::Error::Syntax(s) if s.contains("Unicode property not found") => {
                "regular expression: Unicode properties like \\p{Greek} are not available here; name the letters instead, like [α-ω]".into()
            }
            regex::Error::CompiledTooBig(_) => "this regular expression is too large".into(),
            regex::Error::Syntax(s) => {
                // The crate's message spans several lines with a caret; keep its last line.
                let last = s
                    .lines()
                    .rev()
                    .find(|l| l.starts_with("error:"))
                    .unwrap_or("invalid syntax");
                format!(
                    "regular expression: {}",
                    last.trim_start_matches("error:").trim()
                )
            }
            _ => "invalid regular expression".into(),
        }
    }

    /// The `regex` crate, linked in.
    pub struct Native;

    impl RegexEngine for Native {
        fn compile(&self, source: &str, case_insensitive: bool) -> Compiled {
            match compile(source, case_insensitive) {
                Ok(re) => Compiled::Ready(Rc::new(NativePattern(re))),
                Err(message) => Compiled::Invalid(message),
            }
        }
    }

    #[derive(Debug)]
    struct NativePattern(Regex);

    impl Pattern for NativePattern {
        fn each_match(
            &self,
            text: &str,
            limit: usize,
            visit: &mut dyn FnMut(usize, usize) -> bool,
        ) {
            for m in self.0.find_iter(text).take(limit) {
                if !visit(m.start(), m.end()) {
                    return;
                }
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn check(source: &str, case_insensitive: bool, text: &str, expected: &[(usize, usize)]) {
            let Compiled::Ready(p) = Native.compile(source, case_insensitive) else {
                panic!("{source} does not compile");
            };
            let mut found = Vec::new();
            p.each_match(text, usize::MAX, &mut |a, b| {
                found.push((a, b));
                true
            });
            assert_eq!(found, expected, "{source} in {text}");
        }

        #[test]
        fn matches_are_byte_ranges_in_order() {
            check("sold(ier)?s", true, "Soldiers, solds", &[(0, 8), (10, 15)]);
            check("kfor", false, "KFOR kfor", &[(5, 9)]);
            check("č", true, "Vučić Č", &[(2, 4), (8, 10)]);
        }

        #[test]
        fn errors_are_said_for_readers() {
            let said = |source: &str| match Native.compile(source, true) {
                Compiled::Invalid(m) => m,
                other => panic!("{source}: {other:?}"),
            };
            assert_eq!(said("sold(ier"), "regular expression: unclosed group");
            assert!(said("(a{1000}){1000}").contains("too large"));
            let missing = regex::Error::Syntax(
                "regex parse error:\n    \\p{Greek}\n    ^^^^^^^^^\nerror: Unicode property not found"
                    .into(),
            );
            assert!(
                message(&missing).contains("Unicode properties like \\p{Greek} are not available")
            );
        }

        #[test]
        fn the_limit_and_the_visitor_stop_early() {
            let Compiled::Ready(p) = Native.compile("a", true) else {
                unreachable!()
            };
            let mut n = 0;
            p.each_match("aaaa", 3, &mut |_, _| {
                n += 1;
                true
            });
            assert_eq!(n, 3);
            assert!(p.is_match("xa") && !p.is_match("xyz"));
        }
    }
}
