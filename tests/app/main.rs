//! The app's native tests, in one crate (one binary to link): data, formatting, charts as
//! SVG strings, pages rendered by Yew's server renderer, the reducer and its effects, and
//! snapshots of everything a reader can take away.
#![cfg(not(target_arch = "wasm32"))]

mod common;

mod a11y;
mod charts;
mod data;
mod export;
mod figures;
mod hostile;
mod inapp;
mod layers;
mod render;
mod snapshots;
mod snippets;
mod sources;
mod store;
mod url;
