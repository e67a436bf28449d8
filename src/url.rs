//! The URL as view state, and back: a pair of pure functions, no `web_sys`.
//!
//! - the language is in the path: Chinese at the base, English under `en/`;
//! - so is an embed, a page of its own: `embed/k3/`, `en/embed/all/` (the old `?embed=k3`
//!   is still read);
//! - the fragment names what to show: a section (`#k3`), a chart (`#chart-rd-institutions`) or a
//!   figure (`#fig-ai-output`);
//! - the query holds the rest: `table=<chart>` (that chart's table is open),
//!   `embed=<section>|all` (embed mode), `theme=light|dark|auto`.
//!
//! Every input is hostile until proven otherwise: a value is used only if it is exactly
//! one the report or this module knows, so nothing needs decoding and nothing unknown gets
//! through. Anything else falls back to the default.

use sip_report::{Lang, Report};

/// What an embed shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Embed {
    Section(String),
    All,
}

impl Embed {
    /// Its name in paths and messages: the section's id, or `all`.
    pub fn key(&self) -> &str {
        match self {
            Embed::Section(id) => id,
            Embed::All => "all",
        }
    }

    /// The embed a key names, if the report has it.
    pub fn from_key(key: &str, report: &Report) -> Option<Embed> {
        match key {
            "all" => Some(Embed::All),
            id => report.section(id).map(|s| Embed::Section(s.id.to_string())),
        }
    }

    /// Every embed of a report: each section, then all of it.
    pub fn all(report: &Report) -> Vec<Embed> {
        report.sections.iter().map(|s| Embed::Section(s.id.to_string())).chain([Embed::All]).collect()
    }
}

/// A colour theme asked for by the URL (embeds) or chosen by the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What a URL asks the page to show.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ViewState {
    pub lang: Lang,
    /// An element id the report has: a section, `chart-<id>` or `fig-<id>`.
    pub anchor: Option<String>,
    /// A chart whose data table is open.
    pub table: Option<String>,
    pub embed: Option<Embed>,
    pub theme: Theme,
}

/// The parts of a location, as the browser gives them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Location<'a> {
    pub path: &'a str,
    /// With or without the leading `?`.
    pub query: &'a str,
    /// With or without the leading `#`.
    pub hash: &'a str,
    /// The site's base path, `/` or `/sub/`.
    pub base: &'a str,
}

/// Values longer than this are ignored unread: no id in a report is anywhere near it.
const MAX_VALUE: usize = 80;

/// The segments of a path below the site's base path.
fn segments<'a>(path: &'a str, base: &str) -> impl Iterator<Item = &'a str> {
    let rest = path.strip_prefix(base).or_else(|| path.strip_prefix(base.trim_end_matches('/'))).unwrap_or(path);
    rest.split('/').filter(|s| !s.is_empty())
}

/// The language a path asks for, relative to the site's base path.
/// `en`, `en/` and `en/index.html` under the base are English; everything else is Chinese.
pub fn lang_from_path(path: &str, base: &str) -> Lang {
    match segments(path, base).next() {
        Some("en") => Lang::En,
        _ => Lang::Zh,
    }
}

/// The embed a path names: `embed/k3/` or `en/embed/all/` under the base.
fn embed_from_path(path: &str, base: &str, report: &Report) -> Option<Embed> {
    let mut parts = segments(path, base).skip_while(|s| *s == "en");
    match (parts.next(), parts.next()) {
        (Some("embed"), Some(key)) if key.len() <= MAX_VALUE => Embed::from_key(key, report),
        _ => None,
    }
}

/// Whether `id` is an element id the page has for this report.
pub fn is_anchor(id: &str, report: &Report) -> bool {
    if id.len() > MAX_VALUE {
        return false;
    }
    if id == "main" || report.section(id).is_some() {
        return true;
    }
    if let Some(chart) = id.strip_prefix("chart-") {
        return report.charts.iter().any(|c| c.id == chart);
    }
    id.strip_prefix("fig-").is_some_and(|f| report.datum(f).is_some())
}

/// The anchor a fragment asks for, with a chart's former id (an old shared link) read as its
/// current one.
fn anchor(id: &str, report: &Report) -> Option<String> {
    if is_anchor(id, report) {
        return Some(id.to_string());
    }
    let old = id.strip_prefix("chart-").filter(|_| id.len() <= MAX_VALUE)?;
    report.chart(old).map(|c| format!("chart-{}", c.id))
}

/// The first value of `key` in a query string, if short enough to be one of ours.
fn param<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
        .filter(|v| v.len() <= MAX_VALUE)
}

/// Reads a location into a view state. Never fails: what it does not know, it drops.
pub fn parse(loc: Location<'_>, report: &Report) -> ViewState {
    let hash = loc.hash.strip_prefix('#').unwrap_or(loc.hash);
    let anchor = anchor(hash, report);
    let table = param(loc.query, "table").and_then(|t| report.chart(t)).map(|c| c.id.to_string());
    // The embed's own page, or the query that named it before embeds had pages.
    let embed = embed_from_path(loc.path, loc.base, report)
        .or_else(|| param(loc.query, "embed").and_then(|key| Embed::from_key(key, report)));
    let theme = match param(loc.query, "theme") {
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        _ => Theme::Auto,
    };
    ViewState { lang: lang_from_path(loc.path, loc.base), anchor, table, embed, theme }
}

/// The page of a language, relative to the base: `./` or `en/`.
pub fn page_href(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "./",
        Lang::En => "en/",
    }
}

/// The list of terms in a language, relative to the base: `terms/`, `en/terms/`.
pub fn terms_href(lang: Lang) -> String {
    format!("{}terms/", page_href(lang).trim_start_matches("./"))
}

/// The address of a language's page under `site` (`https://example.org/sip/en/`); with an
/// empty `site`, relative to the base and never empty (`./`, `en/`).
pub fn page_url(site: &str, lang: Lang) -> String {
    let url = format!("{site}{}", page_href(lang).trim_start_matches("./"));
    if url.is_empty() {
        "./".to_string()
    } else {
        url
    }
}

/// A link to an element in a language, relative to the base: `en/#k3`.
pub fn section_href(lang: Lang, anchor: &str) -> String {
    format!("{}#{anchor}", page_href(lang))
}

/// An embed's page in a language, relative to the base: `embed/k3/`, `en/embed/all/`.
pub fn embed_href(lang: Lang, embed: &Embed) -> String {
    format!("{}embed/{}/", page_href(lang).trim_start_matches("./"), embed.key())
}

/// The link for a view state, relative to the base; `parse` reads it back as the same state.
pub fn href(state: &ViewState) -> String {
    let mut query: Vec<String> = Vec::new();
    if state.theme != Theme::Auto {
        query.push(format!("theme={}", state.theme.as_str()));
    }
    if let Some(t) = &state.table {
        query.push(format!("table={t}"));
    }
    let mut out = match &state.embed {
        Some(embed) => embed_href(state.lang, embed),
        None => page_href(state.lang).to_string(),
    };
    if !query.is_empty() {
        out.push('?');
        out.push_str(&query.join("&"));
    }
    if let Some(a) = &state.anchor {
        out.push('#');
        out.push_str(a);
    }
    out
}

/// The full explainer's link for what an embed shows (no embed, no theme).
pub fn full_href(state: &ViewState) -> String {
    let anchor = match &state.embed {
        Some(Embed::Section(id)) => Some(id.clone()),
        _ => state.anchor.clone(),
    };
    href(&ViewState { lang: state.lang, anchor, ..ViewState::default() })
}
