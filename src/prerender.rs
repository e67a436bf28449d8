//! Turning Trunk's index.html and a server-rendered app into a finished page: the
//! language, title and description in `<head>`, the app's HTML inside `<div id="app">`.
//!
//! Pure string work, so it is tested natively; the xtask calls it after `trunk build`.

use crate::charts::svg::escape;
use crate::data::report;
use crate::url::page_href;
use sip_report::Lang;

const APP: &str = "<div id=\"app\"></div>";

/// The finished page for a language. Fails if the template lacks a piece it must fill.
pub fn page(template: &str, lang: Lang, app_html: &str) -> Result<String, String> {
    let meta = &report().meta;
    let title = escape(meta.title.get(lang));
    let description = escape(meta.subtitle.get(lang));
    let mut out = template.to_string();
    out = replace_once(&out, "<html lang=\"zh-CN\">", &format!("<html lang=\"{}\">", lang.tag()))?;
    let start = out.find("<title>").ok_or("the template has no <title>")?;
    let end = out[start..].find("</title>").ok_or("the template's <title> is not closed")? + start + "</title>".len();
    let alternates: String = Lang::ALL
        .iter()
        .map(|l| format!("\n  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", l.tag(), page_href(*l)))
        .collect();
    let head = format!("<title>{title}</title>\n  <meta name=\"description\" content=\"{description}\">{alternates}");
    out.replace_range(start..end, &head);
    let out = replace_once(&out, APP, &format!("<div id=\"app\">{app_html}</div>"))?;
    Ok(drop_preload_integrity(&out))
}

/// Chromium ignores `integrity` on `<link rel="preload" as="fetch">` and warns about it in
/// the console; the module script and the stylesheet keep theirs.
fn drop_preload_integrity(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(i) = rest.find("<link rel=\"preload\"") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        let tag = &rest[i..end];
        match tag.find(" integrity=\"") {
            Some(a) if tag.contains("as=\"fetch\"") => {
                let close = tag[a + 12..].find('"').map_or(tag.len(), |c| a + 12 + c + 1);
                out.push_str(&tag[..a]);
                out.push_str(&tag[close..]);
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn replace_once(haystack: &str, needle: &str, with: &str) -> Result<String, String> {
    match haystack.matches(needle).count() {
        1 => Ok(haystack.replacen(needle, with, 1)),
        n => Err(format!("expected `{needle}` once in the page template, found it {n} times")),
    }
}
