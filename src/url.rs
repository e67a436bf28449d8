//! The URL as view state: the language lives in the path (Chinese at the root, English
//! under `en/`), the section in the fragment. Pure functions, no `web_sys`.
//!
//! Every input is treated as hostile: anything not understood falls back to the default.

use sip_report::{Lang, Report};

/// What a URL asks the page to show.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ViewState {
    pub lang: Lang,
    /// A section id that exists in the report.
    pub section: Option<String>,
}

/// The language a path asks for, relative to the site's base path (`/` or `/sub/`).
/// `/en`, `/en/` and `/en/index.html` are English; everything else is Chinese.
pub fn lang_from_path(path: &str, base: &str) -> Lang {
    let rest = path.strip_prefix(base).or_else(|| path.strip_prefix(base.trim_end_matches('/'))).unwrap_or(path);
    let rest = rest.trim_start_matches('/');
    match rest.split('/').next() {
        Some("en") => Lang::En,
        _ => Lang::Zh,
    }
}

/// The section a fragment names (`#k3` or `k3`), if the report has it.
pub fn section_from_hash(hash: &str, report: &Report) -> Option<String> {
    let id = hash.strip_prefix('#').unwrap_or(hash);
    report.section(id).map(|s| s.id.clone())
}

/// Reads a location into a view state.
pub fn parse(path: &str, hash: &str, base: &str, report: &Report) -> ViewState {
    ViewState { lang: lang_from_path(path, base), section: section_from_hash(hash, report) }
}

/// The page of a language, relative to the base: `./` or `en/`.
pub fn page_href(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "./",
        Lang::En => "en/",
    }
}

/// A link to a section in a language, relative to the base: `en/#k3`.
pub fn section_href(lang: Lang, section: &str) -> String {
    format!("{}#{section}", page_href(lang))
}

/// The link for a view state, relative to the base.
pub fn href(state: &ViewState) -> String {
    match &state.section {
        Some(s) => section_href(state.lang, s),
        None => page_href(state.lang).to_string(),
    }
}
