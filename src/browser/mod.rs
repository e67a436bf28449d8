//! The only module that talks to the browser. `web` is the real thing (the wasm); `native`
//! is a stand-in with the same signatures for what the shared code calls (the store's effects,
//! the components' focus and key handling), which records what it was asked to do, so native
//! tests can assert it. The target picks the module; nothing branches inside them.

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::*;
