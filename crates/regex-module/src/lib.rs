//! The app's regex engine as a WebAssembly module of its own: the `regex` crate
//! is about half of the app's code, and most readers never type a `/regex/`.
//! The app fetches this module the first time a `/` is typed (inlined in the
//! offline file) and calls it through these exports; no JavaScript glue, no
//! imports.
//!
//! The app writes a pattern or a text into the module's buffer (`buffer`),
//! then calls `compile` or `find`; results are read from the module's memory
//! (`message_ptr`/`message_len`, `matches_ptr`). Compiling and the error
//! messages are the core's ([`regex_engine::compile`]), so they are the same
//! as in native builds; matching is the `regex` crate's, linear in the text.

use corpus_core::search::pattern::regex_engine;
use std::cell::RefCell;

/// What the module holds between calls.
#[derive(Default)]
pub struct Engine {
    /// Compiled patterns; a handle is an index + 1 (0 means failure).
    patterns: Vec<Option<regex_engine::Regex>>,
    /// Where the caller writes a pattern or a text.
    buffer: Vec<u8>,
    /// The last compile error.
    message: String,
    /// The last `find`'s matches: start and end byte offsets, in pairs.
    matches: Vec<u32>,
}

impl Engine {
    /// The buffer, grown to at least `len` bytes.
    pub fn buffer(&mut self, len: usize) -> &mut [u8] {
        if self.buffer.len() < len {
            self.buffer.resize(len, 0);
        }
        &mut self.buffer[..len]
    }

    /// Compiles the pattern in the buffer's first `len` bytes: its handle, or
    /// 0 with the reason in `message`.
    pub fn compile(&mut self, len: usize, case_insensitive: bool) -> u32 {
        let compiled = written(&self.buffer, len)
            .map_err(|_| "regular expression: not valid UTF-8".to_string())
            .and_then(|source| regex_engine::compile(source, case_insensitive));
        match compiled {
            Ok(re) => {
                let free = self.patterns.iter().position(Option::is_none);
                let at = free.unwrap_or(self.patterns.len());
                if at == self.patterns.len() {
                    self.patterns.push(None);
                }
                self.patterns[at] = Some(re);
                at as u32 + 1
            }
            Err(message) => {
                self.message = message;
                0
            }
        }
    }

    /// Finds pattern `handle` in the text in the buffer's first `len` bytes,
    /// keeping at most `limit` matches: how many were kept.
    pub fn find(&mut self, handle: u32, len: usize, limit: usize) -> u32 {
        self.matches.clear();
        let pattern = handle
            .checked_sub(1)
            .and_then(|i| self.patterns.get(i as usize)?.as_ref());
        let text = written(&self.buffer, len);
        let (Some(re), Ok(text)) = (pattern, text) else {
            return 0;
        };
        for m in re.find_iter(text).take(limit) {
            self.matches.extend([m.start() as u32, m.end() as u32]);
        }
        (self.matches.len() / 2) as u32
    }

    /// Frees pattern `handle`.
    pub fn release(&mut self, handle: u32) {
        if let Some(slot) = handle
            .checked_sub(1)
            .and_then(|i| self.patterns.get_mut(i as usize))
        {
            *slot = None;
        }
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn matches(&self) -> &[u32] {
        &self.matches
    }
}

/// The first `len` bytes of `buffer` as text.
fn written(buffer: &[u8], len: usize) -> Result<&str, std::str::Utf8Error> {
    std::str::from_utf8(&buffer[..len.min(buffer.len())])
}

thread_local! {
    static ENGINE: RefCell<Engine> = RefCell::default();
}

/// A buffer of at least `len` bytes for the next pattern or text: its address.
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    ENGINE.with(|e| e.borrow_mut().buffer(len).as_mut_ptr())
}

/// See [`Engine::compile`]; `case_insensitive` is 0 or 1.
#[no_mangle]
pub extern "C" fn compile(len: usize, case_insensitive: u32) -> u32 {
    ENGINE.with(|e| e.borrow_mut().compile(len, case_insensitive != 0))
}

/// See [`Engine::find`].
#[no_mangle]
pub extern "C" fn find(handle: u32, len: usize, limit: usize) -> u32 {
    ENGINE.with(|e| e.borrow_mut().find(handle, len, limit))
}

/// See [`Engine::release`].
#[no_mangle]
pub extern "C" fn release(handle: u32) {
    ENGINE.with(|e| e.borrow_mut().release(handle))
}

/// The last compile error's address (UTF-8, `message_len` bytes).
#[no_mangle]
pub extern "C" fn message_ptr() -> *const u8 {
    ENGINE.with(|e| e.borrow().message().as_ptr())
}

#[no_mangle]
pub extern "C" fn message_len() -> usize {
    ENGINE.with(|e| e.borrow().message().len())
}

/// The last `find`'s matches' address (pairs of u32 byte offsets).
#[no_mangle]
pub extern "C" fn matches_ptr() -> *const u32 {
    ENGINE.with(|e| e.borrow().matches().as_ptr())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(e: &mut Engine, s: &str) -> usize {
        e.buffer(s.len()).copy_from_slice(s.as_bytes());
        s.len()
    }

    fn check(pattern: &str, text: &str, limit: usize, expected: &[u32]) {
        let mut e = Engine::default();
        let len = put(&mut e, pattern);
        let h = e.compile(len, true);
        assert_ne!(h, 0, "{}", e.message());
        let len = put(&mut e, text);
        assert_eq!(e.find(h, len, limit) as usize, expected.len() / 2);
        assert_eq!(e.matches(), expected);
    }

    #[test]
    fn finds_byte_ranges_up_to_the_limit() {
        check("sold(ier)?s", "Soldiers and solds", 10, &[0, 8, 13, 18]);
        check("a", "aaa", 2, &[0, 1, 1, 2]);
        check("ć", "Vučić", 10, &[5, 7]);
    }

    #[test]
    fn errors_and_handles() {
        let mut e = Engine::default();
        let len = put(&mut e, "sold(ier");
        assert_eq!(e.compile(len, true), 0);
        assert_eq!(e.message(), "regular expression: unclosed group");
        let len = put(&mut e, "x");
        let h = e.compile(len, false);
        assert_eq!(h, 1);
        e.release(h);
        assert_eq!(e.find(h, len, 5), 0, "a released handle finds nothing");
        assert_eq!(e.find(0, len, 5), 0);
        assert_eq!(e.find(99, len, 5), 0);
        assert_eq!(e.compile(len, false), 1, "the slot is reused");
    }
}
