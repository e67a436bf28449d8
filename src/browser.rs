//! The only module that talks to the browser: reading and writing the location, the
//! document language, scrolling.

use crate::url::{self, ViewState};
use sip_report::{Lang, Report};
use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The site's base path, from `<base href>` (Trunk's public URL), `/` by default.
pub fn base_path() -> String {
    let doc = window().and_then(|w| w.document());
    doc.and_then(|d| d.query_selector("base[href]").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .filter(|h| h.starts_with('/'))
        .unwrap_or_else(|| "/".to_string())
}

/// The view state of the current location.
pub fn current_view(report: &Report) -> ViewState {
    let loc = window().map(|w| w.location());
    let path = loc.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    let hash = loc.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    url::parse(&path, &hash, &base_path(), report)
}

/// Moves the URL to the other language's page, keeping the fragment, as a new history entry.
pub fn push_lang(lang: Lang) {
    let Some(w) = window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    let target = format!("{}{}{}", base_path(), url::page_href(lang).trim_start_matches("./"), hash);
    if let Ok(history) = w.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_document_lang(lang: Lang, title: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    doc.set_title(title);
}

/// Brings a section into view (after the first render, when it exists).
pub fn scroll_to(id: &str) {
    let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Calls `f` on back/forward; the listener lives as long as the returned value.
pub fn on_popstate(f: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(&w, "popstate", move |_| f()))
}

/// Marks the page as hydrated and interactive (`<html data-ready>`), for tests and the
/// benchmark to wait on.
pub fn mark_ready() {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// Focuses the `index`-th mark (`.hit`) in the chart layer behind `node`.
pub fn focus_mark(node: &yew::NodeRef, index: u32) {
    let marks = node.cast::<web_sys::Element>().and_then(|el| el.query_selector_all(".hit").ok());
    let child = marks.and_then(|m| m.item(index)).and_then(|n| n.dyn_into::<web_sys::Element>().ok());
    if let Some(el) = child.and_then(|c| c.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = el.focus();
    }
}

/// Calls `f` when Escape is pressed anywhere; the listener lives as long as the returned value.
pub fn on_escape(f: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(&w, "keydown", move |e| {
        if e.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
            f();
        }
    }))
}

const THEME_KEY: &str = "sip-explainer-theme";

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The reader's saved choice, applied to `<html data-theme>`, else the system's preference.
pub fn initial_dark() -> bool {
    let saved = local_storage().and_then(|s| s.get_item(THEME_KEY).ok().flatten());
    match saved.as_deref() {
        Some("dark") => {
            set_theme_attribute("dark");
            true
        }
        Some("light") => {
            set_theme_attribute("light");
            false
        }
        _ => window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

/// Overrides the system theme and remembers the choice on this device.
pub fn set_dark(dark: bool) {
    let value = if dark { "dark" } else { "light" };
    set_theme_attribute(value);
    if let Some(s) = local_storage() {
        let _ = s.set_item(THEME_KEY, value);
    }
}

fn set_theme_attribute(value: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", value);
    }
}
