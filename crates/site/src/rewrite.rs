//! Turning Trunk's index.html and a server-rendered app into a finished page: the
//! language, title and description in `<head>`, the app's HTML inside `<div id="app">`.
//!
//! Trunk's page (minified by Trunk) is edited with `lol_html`, an HTML rewriter that matches
//! elements by CSS selector, never by substring. It also writes the Content-Security-Policy:
//! the page's inline scripts (Trunk's module loader, replaced by ours in `loader.js`, and the
//! embed's height reporter) are allowed by their SHA-256 hashes, and nothing else inline.

use crate::head::{head_of, Kind};
use lol_html::html_content::ContentType;
use lol_html::{element, text, HandlerResult, RewriteStrSettings};
use sip_explainer::url::Embed;
use sip_report::{Lang, Report};
use std::cell::RefCell;

/// Element and text handlers, each for a CSS selector.
type Handlers<'h> = Vec<(std::borrow::Cow<'static, lol_html::Selector>, lol_html::ElementContentHandlers<'h>)>;

/// Runs these handlers over a page; its errors as text.
fn rewrite(html: &str, handlers: Handlers<'_>) -> Result<String, String> {
    let settings = handlers.into_iter().fold(RewriteStrSettings::new(), |s, h| s.append_element_content_handler(h));
    lol_html::rewrite_str(html, settings).map_err(|e| format!("rewriting the page: {e}"))
}

/// An element handler that counts the elements it saw.
fn counted(n: &RefCell<usize>) -> HandlerResult {
    *n.borrow_mut() += 1;
    Ok(())
}

/// Fails unless the template held exactly one element for `selector`.
fn once(n: &RefCell<usize>, selector: &str) -> Result<(), String> {
    match *n.borrow() {
        1 => Ok(()),
        k => Err(format!("expected one `{selector}` in the page template, found {k}")),
    }
}

/// The finished page for a language, or for an embed (`embed`). `site` is the public address
/// of the site (`https://example.org/explainer/`); without it, links in `<head>` stay relative
/// to the base, which browsers follow but link-preview crawlers may not.
/// Fails if the template lacks a piece it must fill.
pub fn page(
    template: &str,
    report: &Report,
    lang: Lang,
    app_html: &str,
    site: Option<&str>,
    embed: Option<&Embed>,
) -> Result<String, String> {
    finish(template, report, lang, app_html, site, Kind::of(embed))
}

/// The page of terms for a language (`terms/`), as `page` makes the others.
pub fn terms_page(
    template: &str,
    report: &Report,
    lang: Lang,
    app_html: &str,
    site: Option<&str>,
) -> Result<String, String> {
    finish(template, report, lang, app_html, site, Kind::Terms)
}

fn finish(
    template: &str,
    report: &Report,
    lang: Lang,
    app_html: &str,
    site: Option<&str>,
    kind: Kind,
) -> Result<String, String> {
    let embed = match kind {
        Kind::Embed(e) => Some(e),
        _ => None,
    };
    let policy = content_security_policy(template)?;
    let mut head_tags = head_of(report, lang, site.unwrap_or(""), kind);
    // oEmbed's addresses are absolute: discovery only when the site's address is known (and
    // only for what can be embedded: not the terms page).
    if let (Some(site), false) = (site, matches!(kind, Kind::Terms)) {
        let folder = crate::oembed::folder(lang, embed);
        head_tags += &format!("\n  {}", crate::oembed::discovery(report, lang, site, &folder));
    }
    let [html, heads, titles, bases, apps]: [RefCell<usize>; 5] = Default::default();
    let out = rewrite(
        template,
        vec![
            element!("html", |el| {
                el.set_attribute("lang", lang.tag())?;
                counted(&html)
            }),
            // The policy comes first, right after the character set, before anything it
            // governs (Trunk's minified page has no `<head>` tag to hold on to).
            element!("meta[charset]", |el| {
                let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
                el.after(&meta, ContentType::Html);
                counted(&heads)
            }),
            element!("title", |el| {
                el.replace(&head_tags, ContentType::Html);
                counted(&titles)
            }),
            // Every link of an embed opens in a new tab, with or without scripts: a link
            // never turns the frame into the whole explainer.
            element!("base", |el| {
                if embed.is_some() {
                    el.set_attribute("target", "_blank")?;
                }
                counted(&bases)
            }),
            element!("#app", |el| {
                el.set_inner_content(app_html, ContentType::Html);
                counted(&apps)
            }),
            // The page of terms has no island: it loads no app (the other inline script, the
            // theme and the prefetch of the other language, stays).
            element!("script[type=module]", |el| {
                if matches!(kind, Kind::Terms) {
                    el.remove();
                }
                Ok(())
            }),
        ],
    )?;
    once(&html, "html")?;
    once(&heads, "meta[charset]")?;
    once(&titles, "title")?;
    once(&bases, "base")?;
    once(&apps, "#app")?;
    Ok(out)
}

/// What Trunk's page says about its app, read from its `modulepreload` and `preload` links:
/// the module and the wasm, each with its integrity hash.
#[derive(Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct TrunkApp {
    js: Option<String>,
    js_integrity: Option<String>,
    wasm: Option<String>,
    wasm_integrity: Option<String>,
}

/// The loader (`loader.js`): its first line is `const app = …;`, which the build fills in
/// with what Trunk wrote (a JSON object: `js`, `jsIntegrity`, `wasm`, `wasmIntegrity`).
const LOADER: &str = include_str!("loader.js");

/// Trunk's page with the app's loader replaced by one that waits for the content.
///
/// Trunk preloads the wasm and starts it as soon as the HTML is parsed, so on a slow line
/// the wasm competes with the stylesheet and the first paint. The prerendered page needs
/// neither: the loader starts two animation frames after the page has loaded (the first
/// paint on its way to the screen), fetching the wasm with the integrity hash Trunk computed
/// for it (Chromium ignores `integrity` on a `preload` of `as="fetch"`, so the preload goes).
/// The JS module is fetched at that moment too, not while the page is parsed: the loader adds
/// Trunk's `modulepreload` (with its integrity hash) then, and imports the module once that
/// has loaded, so the hash holds. If the script or the wasm cannot be loaded, the loader marks
/// the page (`data-failed`) so the page says so at once. Fails if Trunk's output lacks a
/// piece it names.
pub fn deferred_loader(trunk_html: &str) -> Result<String, String> {
    // First pass: read what Trunk wrote, from its links.
    let found = RefCell::new(TrunkApp::default());
    let loaders = RefCell::new(0);
    rewrite(
        trunk_html,
        vec![
            element!("link[rel=preload][as=fetch]", |el| {
                let mut f = found.borrow_mut();
                (f.wasm, f.wasm_integrity) = (el.get_attribute("href"), el.get_attribute("integrity"));
                Ok(())
            }),
            element!("link[rel=modulepreload]", |el| {
                let mut f = found.borrow_mut();
                (f.js, f.js_integrity) = (el.get_attribute("href"), el.get_attribute("integrity"));
                Ok(())
            }),
            element!("script[type=module]:not([src])", |_| counted(&loaders)),
        ],
    )?;
    once(&loaders, "script[type=module]").map_err(|_| "Trunk's page has no inline loader script".to_string())?;
    let found = found.into_inner();
    if found.wasm.is_none() {
        return Err("Trunk's page has no wasm preload".into());
    }
    if found.js.is_none() || found.js_integrity.is_none() {
        return Err("Trunk's page has no modulepreload with its integrity".into());
    }
    let app = serde_json::to_string(&found).map_err(|e| e.to_string())?;
    let body = LOADER.replacen("const app = {};", &format!("const app = {app};"), 1);
    if body == LOADER {
        return Err("loader.js does not start with `const app = {};`".into());
    }
    let loader = format!("<script type=\"module\">\n{body}</script>");
    // Second pass: the preloads go, the loader takes the place of Trunk's (its one module
    // script without `src`; the other inline script is the embed's height reporter).
    let replaced = RefCell::new(0);
    let out = rewrite(
        trunk_html,
        vec![
            element!("link[rel=preload], link[rel=modulepreload]", |el| {
                el.remove();
                Ok(())
            }),
            element!("script[type=module]:not([src])", |el| {
                el.replace(&loader, ContentType::Html);
                counted(&replaced)
            }),
            // Fetched with CORS, so its integrity holds wherever the page has no origin of its
            // own: in a frame sandboxed to scripts only (how WordPress shows an oEmbed it does
            // not trust), a stylesheet with `integrity` loads only so. Hosts send
            // `Access-Control-Allow-Origin: *` with the hashed files (`_headers`, `nginx.conf`).
            element!("link[rel=stylesheet][integrity]", |el| {
                el.set_attribute("crossorigin", "anonymous")?;
                Ok(())
            }),
        ],
    )?;
    once(&replaced, "script[type=module]")?;
    Ok(out)
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
/// plus `frame-ancestors *` so news sites may embed the explainer; and how long each file may
/// be cached. `base` is the site's path (`/`, `/explainer/`); `hashed` names the files whose
/// names carry their content's hash (the stylesheet, the script, the wasm): those never change,
/// so they are cached for a year; pages for five minutes, so a fix reaches readers soon; the
/// rest (images, the host script, the data) for an hour. Each file gets one `Cache-Control`.
pub fn headers_file(policy: &str, base: &str, hashed: &[String], embeds: &[String]) -> String {
    let mut out = format!(
        "# Security and caching headers for static hosts that read _headers. Written by `cargo xtask dist`.\n\
         {base}*\n  Content-Security-Policy: {policy}; frame-ancestors *\n  X-Content-Type-Options: nosniff\n  \
         Referrer-Policy: strict-origin-when-cross-origin\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n"
    );
    let rule = |paths: &[String], value: &str| {
        paths.iter().map(|p| format!("{base}{p}\n  Cache-Control: {value}\n")).collect::<String>()
    };
    // Hashed files are public and never change: any origin may read them, so a page with no
    // origin of its own (a sandboxed frame) loads its stylesheet, script and wasm too.
    out += &hashed
        .iter()
        .map(|p| {
            format!(
                "{base}{p}\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *\n"
            )
        })
        .collect::<String>();
    let mut pages: Vec<String> = ["", "index.html", "en/", "en/index.html"].map(str::to_string).to_vec();
    pages.extend(embeds.iter().flat_map(|e| [e.clone(), format!("{e}index.html")]));
    out += &rule(&pages, "public, max-age=300, must-revalidate");
    let other = ["img/social-*", "embed.js", "*.json"].map(str::to_string);
    out += &rule(&other, "public, max-age=3600");
    out
}

/// The bodies of the inline `<script>` elements (those without `src`), data blocks
/// (`type="application/ld+json"`) aside: browsers never run those.
fn inline_scripts(html: &str) -> Vec<String> {
    let out = RefCell::new(Vec::new());
    let current = RefCell::new(String::new());
    let _ = rewrite(
        html,
        vec![text!("script:not([src]):not([type='application/ld+json'])", |t| {
            current.borrow_mut().push_str(t.as_str());
            if t.last_in_text_node() {
                out.borrow_mut().push(current.take());
            }
            Ok(())
        })],
    );
    out.into_inner()
}

fn sha256_base64(s: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(s.as_bytes()))
}
