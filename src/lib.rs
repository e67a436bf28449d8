//! Suzhou Industrial Park's 2023 science-and-innovation report card, explained.
//!
//! `data` embeds the report; `charts` draws it with plotters; `components` lays it out with
//! Yew as islands sharing a `store`; `client` starts them in the browser; `url` and `i18n` are
//! pure conversions. Only `browser`, `client` and `main.rs` touch `web_sys`.

pub mod charts;
pub mod cite;
pub mod components;
pub mod data;
pub mod export;
pub mod i18n;
pub mod inapp;
pub mod interaction;
pub mod qr;
pub mod snippets;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;
pub mod state;
pub mod store;
pub mod text;
pub mod url;

pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod client;
