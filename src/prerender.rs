//! Turning Trunk's index.html and a server-rendered app into a finished page: the
//! language, title and description in `<head>`, the app's HTML inside `<div id="app">`.
//!
//! Pure string work, so it is tested natively; the xtask calls it after `trunk build`.
//! It also writes the Content-Security-Policy: Trunk's module loader is the page's one
//! inline script, so the policy allows exactly that script by its SHA-256 hash.

use crate::charts::svg::escape;
use crate::data::report;
use crate::url::page_href;
use sip_report::Lang;

const APP: &str = "<div id=\"app\"></div>";

/// The finished page for a language. `site` is the public address of the site
/// (`https://example.org/explainer/`); without it, links in `<head>` stay relative to the
/// base, which browsers follow but link-preview crawlers may not.
/// Fails if the template lacks a piece it must fill.
pub fn page(template: &str, lang: Lang, app_html: &str, site: Option<&str>) -> Result<String, String> {
    let mut out = template.to_string();
    out = replace_once(&out, "<html lang=\"zh-CN\">", &format!("<html lang=\"{}\">", lang.tag()))?;
    let start = out.find("<title>").ok_or("the template has no <title>")?;
    let end = out[start..].find("</title>").ok_or("the template's <title> is not closed")? + start + "</title>".len();
    out.replace_range(start..end, &head(lang, site.unwrap_or("")));
    // The policy goes first in <head>, before anything it governs.
    let policy = content_security_policy(template)?;
    out = replace_once(
        &out,
        "<head>",
        &format!("<head>\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
    )?;
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

/// The policy for the built pages. A `<meta>` tag cannot carry `frame-ancestors`; hosts send
/// it as a header (see `headers_file`).
pub fn content_security_policy(template: &str) -> Result<String, String> {
    let hashes: Vec<String> =
        inline_scripts(template).iter().map(|s| format!("'sha256-{}'", sha256_base64(s))).collect();
    if hashes.is_empty() {
        return Err("the page template has no inline loader script to hash".into());
    }
    Ok(format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data: blob:; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
        hashes.join(" ")
    ))
}

/// `_headers` for static hosts that read one (Netlify, Cloudflare Pages): the same policy,
/// plus `frame-ancestors *` so news sites may embed the explainer.
pub fn headers_file(policy: &str) -> String {
    format!(
        "# Security headers for static hosts that read _headers. Written by `cargo xtask dist`.\n\
         /*\n  Content-Security-Policy: {policy}; frame-ancestors *\n  X-Content-Type-Options: nosniff\n  \
         Referrer-Policy: strict-origin-when-cross-origin\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n"
    )
}

/// The bodies of the inline `<script>` elements (those without `src`).
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<script") {
        let Some(open_end) = rest[i..].find('>').map(|e| i + e + 1) else { break };
        let Some(close) = rest[open_end..].find("</script>").map(|c| open_end + c) else { break };
        if !rest[i..open_end].contains(" src=") {
            out.push(&rest[open_end..close]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    out
}

fn sha256_base64(s: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(s.as_bytes()))
}

/// Title, description, canonical and alternate links, Open Graph and Twitter card tags.
pub fn head(lang: Lang, site: &str) -> String {
    let meta = &report().meta;
    let title = escape(meta.title.get(lang));
    let description =
        escape(&format!("{} {}", meta.subtitle.get(lang), meta.intro.get(lang)).chars().take(200).collect::<String>());
    let url = |l: Lang| escape(&format!("{site}{}", page_href(l).trim_start_matches("./")));
    let image = escape(&format!("{site}img/{}", crate::social::file_name(lang)));
    let locale = |l: Lang| match l {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    };
    let mut tags = vec![
        format!("<title>{title}</title>"),
        format!("<meta name=\"description\" content=\"{description}\">"),
        format!("<link rel=\"canonical\" href=\"{}\">", url(lang)),
    ];
    for l in Lang::ALL {
        tags.push(format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", l.tag(), url(l)));
    }
    tags.extend([
        "<meta property=\"og:type\" content=\"article\">".to_string(),
        format!("<meta property=\"og:site_name\" content=\"{}\">", escape(meta.publisher.get(lang))),
        format!("<meta property=\"og:title\" content=\"{title}\">"),
        format!("<meta property=\"og:description\" content=\"{description}\">"),
        format!("<meta property=\"og:url\" content=\"{}\">", url(lang)),
        format!("<meta property=\"og:locale\" content=\"{}\">", locale(lang)),
        format!("<meta property=\"og:locale:alternate\" content=\"{}\">", locale(lang.other())),
        format!("<meta property=\"og:image\" content=\"{image}\">"),
        format!("<meta property=\"og:image:width\" content=\"{}\">", crate::social::WIDTH),
        format!("<meta property=\"og:image:height\" content=\"{}\">", crate::social::HEIGHT),
        format!("<meta property=\"og:image:alt\" content=\"{title}\">"),
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string(),
        format!("<meta name=\"twitter:title\" content=\"{title}\">"),
        format!("<meta name=\"twitter:description\" content=\"{description}\">"),
        format!("<meta name=\"twitter:image\" content=\"{image}\">"),
    ]);
    tags.join("\n  ")
}

fn replace_once(haystack: &str, needle: &str, with: &str) -> Result<String, String> {
    match haystack.matches(needle).count() {
        1 => Ok(haystack.replacen(needle, with, 1)),
        n => Err(format!("expected `{needle}` once in the page template, found it {n} times")),
    }
}
