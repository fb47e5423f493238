//! The app's regex engine: the regex module (`crates/regex-module`), a
//! WebAssembly module of its own, fetched the first time a `/` is typed
//! ([`load`]). Until it is there, [`ModuleEngine`] answers
//! [`Compiled::Loading`] and the query waits for it without an error.

use crate::load;
use corpus_core::search::pattern::{Compiled, Pattern, RegexEngine};
use js_sys::{Function, Object, Promise, Reflect, Uint32Array, Uint8Array, WebAssembly};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `WebAssembly.instantiate(bytes, imports)`, the bytes an `ArrayBuffer`.
    #[wasm_bindgen(js_namespace = WebAssembly, js_name = instantiate)]
    fn instantiate(bytes: &JsValue, imports: &Object) -> Promise;
}

/// The module's exports (see `crates/regex-module/src/lib.rs`).
struct Module {
    memory: WebAssembly::Memory,
    buffer: Function,
    compile: Function,
    find: Function,
    release: Function,
    message_ptr: Function,
    message_len: Function,
    matches_ptr: Function,
}

impl Module {
    async fn load() -> Result<Module, String> {
        let bytes = load::regex_module().await?;
        let made = JsFuture::from(instantiate(&bytes, &Object::new()))
            .await
            .map_err(load::describe)?;
        let exports = Reflect::get(&made, &"instance".into())
            .and_then(|i| Reflect::get(&i, &"exports".into()))
            .map_err(load::describe)?;
        let get = |name: &str| {
            Reflect::get(&exports, &name.into())
                .ok()
                .filter(|f| !f.is_undefined())
                .ok_or(format!("the regex module has no `{name}`"))
        };
        let function = |name: &str| get(name).and_then(|f| f.dyn_into().map_err(|_| name.into()));
        Ok(Module {
            memory: get("memory")?
                .dyn_into()
                .map_err(|_| "the regex module's memory is missing".to_string())?,
            buffer: function("buffer")?,
            compile: function("compile")?,
            find: function("find")?,
            release: function("release")?,
            message_ptr: function("message_ptr")?,
            message_len: function("message_len")?,
            matches_ptr: function("matches_ptr")?,
        })
    }

    /// Calls an export with numbers, for a number.
    fn call(&self, f: &Function, args: &[u32]) -> u32 {
        let args: js_sys::Array = args.iter().map(|&a| JsValue::from(a)).collect();
        f.apply(&JsValue::NULL, &args)
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0) as u32
    }

    /// The module's memory, as it is now (it may have grown since the last call).
    fn bytes(&self) -> Uint8Array {
        Uint8Array::new(&self.memory.buffer())
    }

    /// Copies `text` into the module's buffer: its length.
    fn write(&self, text: &str) -> u32 {
        let len = text.len() as u32;
        let at = self.call(&self.buffer, &[len]);
        self.bytes()
            .subarray(at, at + len)
            .copy_from(text.as_bytes());
        len
    }
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("regex module")
    }
}

/// Where the module is.
enum State {
    Idle,
    Loading,
    Ready(Rc<Module>),
    Failed(String),
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::Idle) };
    /// How many loads have ended (arrived or failed).
    static ENDED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Whether a load may start: nobody asked for the module yet, or the last
/// load failed (a regex typed again tries again).
pub fn may_load() -> bool {
    STATE.with(|s| matches!(*s.borrow(), State::Idle | State::Failed(_)))
}

/// Fetches and starts the module, then calls `done` with how many loads have
/// ended (this one arrived or failed).
pub fn load(done: impl FnOnce(u32) + 'static) {
    STATE.with(|s| *s.borrow_mut() = State::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        let state = match Module::load().await {
            Ok(module) => State::Ready(Rc::new(module)),
            Err(e) => State::Failed(e),
        };
        STATE.with(|s| *s.borrow_mut() = state);
        let ended = ENDED.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        done(ended);
    });
}

/// Regular expressions compiled by the module.
pub struct ModuleEngine;

impl RegexEngine for ModuleEngine {
    fn compile(&self, source: &str, case_insensitive: bool) -> Compiled {
        let state = STATE.with(|s| match &*s.borrow() {
            State::Ready(m) => Ok(m.clone()),
            State::Failed(e) => Err(Some(e.clone())),
            State::Idle | State::Loading => Err(None),
        });
        let module = match state {
            Ok(m) => m,
            Err(Some(e)) => {
                return Compiled::Invalid(format!(
                    "regular expressions are unavailable: their engine could not be loaded ({e}); type the regex again to retry"
                ))
            }
            Err(None) => return Compiled::Loading,
        };
        let len = module.write(source);
        let handle = module.call(&module.compile, &[len, case_insensitive as u32]);
        if handle == 0 {
            let at = module.call(&module.message_ptr, &[]);
            let len = module.call(&module.message_len, &[]);
            let message = module.bytes().subarray(at, at + len).to_vec();
            return Compiled::Invalid(String::from_utf8_lossy(&message).into_owned());
        }
        Compiled::Ready(Rc::new(ModulePattern { module, handle }))
    }
}

/// A pattern compiled in the module, freed there when dropped.
#[derive(Debug)]
struct ModulePattern {
    module: Rc<Module>,
    handle: u32,
}

impl Pattern for ModulePattern {
    fn each_match(&self, text: &str, limit: usize, visit: &mut dyn FnMut(usize, usize) -> bool) {
        let m = &self.module;
        let len = m.write(text);
        let limit = limit.min(u32::MAX as usize) as u32;
        let n = m.call(&m.find, &[self.handle, len, limit]);
        if n == 0 {
            return;
        }
        let at = m.call(&m.matches_ptr, &[]);
        let pairs =
            Uint32Array::new_with_byte_offset_and_length(&m.memory.buffer(), at, n * 2).to_vec();
        for pair in pairs.chunks_exact(2) {
            if !visit(pair[0] as usize, pair[1] as usize) {
                return;
            }
        }
    }
}

impl Drop for ModulePattern {
    fn drop(&mut self) {
        self.module.call(&self.module.release, &[self.handle]);
    }
}
