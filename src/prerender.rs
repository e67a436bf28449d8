//! Turning Trunk's index.html and a server-rendered app into a finished page: the
//! language, title and description in `<head>`, the app's HTML inside `<div id="app">`.
//!
//! Trunk's page (minified by Trunk) is edited with `lol_html`, an HTML rewriter that matches
//! elements by CSS selector, never by substring. Tested natively; the xtask calls it after
//! `trunk build`. It also writes the Content-Security-Policy: the page's inline scripts
//! (Trunk's module loader, replaced by ours, and the embed's height reporter) are allowed by
//! their SHA-256 hashes, and nothing else inline.

use crate::text::escape;
use crate::url::{embed_href, page_url, Embed};
use lol_html::html_content::ContentType;
use lol_html::{element, text, HandlerResult, RewriteStrSettings};
use sip_report::Lang;
use std::cell::RefCell;

/// A report's page in a language, rendered by Yew's server renderer: what the islands
/// hydrate (see `components::island`). `built` holds what the build drew and measured for
/// each section's Embed menu; a section without an entry is an error.
pub fn render_page(
    report: &'static sip_report::Report,
    lang: Lang,
    built: &crate::snippets::BuiltSections,
) -> Result<String, String> {
    if let Some(s) = report.sections.iter().find(|s| !built.contains_key(&*s.id)) {
        return Err(format!("no embed picture and frame height for section {} ({})", s.id, lang.tag()));
    }
    Ok(render(report, lang, None, built.clone()))
}

/// An embed's page in a language (`embed/k3/`): only what it shows, with its credit line.
pub fn render_embed(report: &'static sip_report::Report, lang: Lang, embed: &Embed) -> String {
    render(report, lang, Some(embed.clone()), Default::default())
}

fn render(
    report: &'static sip_report::Report,
    lang: Lang,
    embed: Option<Embed>,
    built: crate::snippets::BuiltSections,
) -> String {
    let report = crate::components::ReportRef(report);
    let props = crate::components::page::PageProps { report, lang, embed, built: std::rc::Rc::new(built) };
    futures::executor::block_on(yew::LocalServerRenderer::<crate::components::page::Page>::with_props(props).render())
}

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
    report: &sip_report::Report,
    lang: Lang,
    app_html: &str,
    site: Option<&str>,
    embed: Option<&Embed>,
) -> Result<String, String> {
    let policy = content_security_policy(template)?;
    let head_tags = head(report, lang, site.unwrap_or(""), embed);
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
        ],
    )?;
    once(&html, "html")?;
    once(&heads, "meta[charset]")?;
    once(&titles, "title")?;
    once(&bases, "base")?;
    once(&apps, "#app")?;
    Ok(out)
}

/// What Trunk's page says about its app: the loader's module and wasm, and the integrity
/// hashes of the module and the wasm (from its `modulepreload` and `preload` links).
#[derive(Default)]
struct TrunkApp {
    loader: String,
    module_integrity: Option<String>,
    wasm_integrity: Option<String>,
    preloads: usize,
}

/// Trunk's page with the app's loader replaced by one that waits for the content.
///
/// Trunk preloads the wasm and starts it as soon as the HTML is parsed, so on a slow line
/// the wasm competes with the stylesheet and the first paint. The prerendered page needs
/// neither: this loader starts two animation frames after the page has loaded (the first
/// paint on its way to the screen), fetching the wasm with the integrity hash Trunk computed
/// for it (Chromium ignores `integrity` on a `preload` of `as="fetch"`, so the preload goes). The JS module is fetched at that moment
/// too, not while the page is parsed: the loader adds Trunk's `modulepreload` (with its
/// integrity hash) then, and imports the module once that has loaded, so the hash holds. If the
/// script or the wasm cannot be loaded, the loader marks the page (`data-failed`) so the page
/// says so at once. Fails if Trunk's output lacks a piece it names.
pub fn deferred_loader(trunk_html: &str) -> Result<String, String> {
    // First pass: read what Trunk wrote.
    let found = RefCell::new(TrunkApp::default());
    let script_text = RefCell::new(String::new());
    rewrite(
        trunk_html,
        vec![
            element!("link[rel=preload]", |el| {
                let mut f = found.borrow_mut();
                f.wasm_integrity = el.get_attribute("integrity");
                f.preloads += 1;
                Ok(())
            }),
            element!("link[rel=modulepreload]", |el| {
                found.borrow_mut().module_integrity = el.get_attribute("integrity");
                Ok(())
            }),
            text!("script:not([src])", |t| {
                script_text.borrow_mut().push_str(t.as_str());
                if t.last_in_text_node() {
                    let body = script_text.take();
                    if body.contains("module_or_path") {
                        found.borrow_mut().loader = body;
                    }
                }
                Ok(())
            }),
        ],
    )?;
    let found = found.into_inner();
    if found.loader.is_empty() {
        return Err("Trunk's page has no inline loader script".into());
    }
    if found.preloads == 0 {
        return Err("Trunk's page has no wasm preload".into());
    }
    let quoted = |key: &str| {
        let s = &found.loader;
        let at = s.find(key)? + key.len();
        let rest = s[at..].trim_start_matches([' ', ':', '(']);
        let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"' | '`'))?;
        rest[1..].split(quote).next().map(str::to_string)
    };
    let js = quoted("from").ok_or("the loader imports no module")?;
    let wasm = quoted("module_or_path").ok_or("the loader names no wasm")?;
    let fetch_options = match &found.wasm_integrity {
        Some(hash) => format!(", {{ integrity: '{hash}' }}"),
        None => String::new(),
    };
    let module_integrity = found.module_integrity.clone().ok_or("Trunk's page has no modulepreload")?;
    // Any request that starts before the first paint is shown counts against it (Lighthouse
    // adds a round trip on a slow line), hence two animation frames after `load`.
    let loader = format!(
        "<script type=\"module\">\n\
         const root = document.documentElement, failed = () => root.setAttribute('data-failed', '');\n\
         const run = () => import('{js}').then((m) => m.default({{ module_or_path: fetch('{wasm}'{fetch_options}) }})).catch(failed);\n\
         const start = () => document.head.append(Object.assign(document.createElement('link'), {{\n\
           rel: 'modulepreload', href: '{js}', crossOrigin: 'anonymous', integrity: '{module_integrity}', onload: run, onerror: failed }}));\n\
         const later = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));\n\
         if (!root.hasAttribute('data-static')) document.readyState === 'complete' ? later() : addEventListener('load', later, {{ once: true }});\n\
         </script>"
    );
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
    out += &rule(hashed, "public, max-age=31536000, immutable");
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

/// Title, description, canonical and alternate links, Open Graph and Twitter card tags.
pub fn head(report: &sip_report::Report, lang: Lang, site: &str, embed: Option<&Embed>) -> String {
    let meta = &report.meta;
    let title = escape(meta.title.get(lang));
    // A section's embed is described as that section.
    let description = escape(&match embed {
        Some(Embed::Section(id)) => crate::snippets::description(report, id, lang),
        _ => description(report, lang),
    });
    // An embed's page is its own canonical page (a canonical link to the site's root would
    // tell search engines it is the home page), its alternate the other language's embed.
    let url = |l: Lang| escape(&embed.map_or_else(|| page_url(site, l), |e| format!("{site}{}", embed_href(l, e))));
    let image = escape(&format!("{site}img/{}", crate::social::file_name(lang)));
    let locale = |l: Lang| match l {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    };
    let mut tags = vec![
        // The first paint waits until the whole of <main> is parsed (browsers without render
        // blocking ignore it): the page is small, and one layout before the first paint costs
        // less than laying out the first screen again, in a long task, once the rest arrives.
        "<link rel=\"expect\" href=\"#main\" blocking=\"render\">".to_string(),
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
        // X reads the title, description and image from the Open Graph tags when its own
        // are absent; only the card's kind has no Open Graph equivalent.
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string(),
        format!("<script type=\"application/ld+json\">{}</script>", json_ld(report, lang, site)),
    ]);
    tags.join("\n  ")
}

/// The page's description for search results and link previews: the subtitle, then as many
/// whole sentences of the intro as fit in 200 characters (never cut mid-word).
pub fn description(report: &sip_report::Report, lang: Lang) -> String {
    let meta = &report.meta;
    let intro = sip_report::prose::plain(report, meta.intro.get(lang), lang);
    let (stop, sep) = if lang == Lang::Zh { ('。', "") } else { ('.', " ") };
    let mut out = format!("{}{}", meta.subtitle.get(lang), if lang == Lang::Zh { "。" } else { "." });
    for sentence in intro.split_inclusive(stop) {
        let sentence = sentence.trim();
        if out.chars().count() + sentence.chars().count() > 200 {
            break;
        }
        out.push_str(sep);
        out.push_str(sentence);
    }
    out
}

/// Schema.org metadata as JSON-LD: the page as a `NewsArticle` and its data as a `Dataset`,
/// both based on the source article, each language version linked to the other. A data block:
/// browsers never run it, so the Content-Security-Policy has nothing to allow. Every `<` is
/// escaped, so no text can end the script element.
pub fn json_ld(report: &sip_report::Report, lang: Lang, site: &str) -> String {
    use serde_json::json;
    let meta = &report.meta;
    let url = |l: Lang| page_url(site, l);
    let source = json!({
        "@type": "NewsArticle",
        "headline": meta.article_title.zh,
        "inLanguage": Lang::Zh.tag(),
        "datePublished": meta.published,
        "publisher": { "@type": "Organization", "name": meta.publisher.zh },
    });
    let description = sip_report::prose::plain(report, meta.intro.get(lang), lang);
    let link = match lang {
        Lang::Zh => "workTranslation",
        Lang::En => "translationOfWork",
    };
    let article = json!({
        "@type": "NewsArticle",
        "@id": format!("{}#article", url(lang)),
        "headline": meta.title.get(lang),
        "alternativeHeadline": meta.subtitle.get(lang),
        "description": description,
        "inLanguage": lang.tag(),
        "url": url(lang),
        "datePublished": meta.updated,
        "dateModified": meta.updated,
        "image": format!("{site}img/{}", crate::social::file_name(lang)),
        "author": { "@type": "Organization", "name": meta.site_name.get(lang) },
        "publisher": { "@type": "Organization", "name": meta.site_name.get(lang) },
        "license": meta.licence.url,
        "isBasedOn": source,
        link: { "@id": format!("{}#article", url(lang.other())) },
    });
    let dataset = json!({
        "@type": "Dataset",
        "@id": format!("{}#dataset", url(lang)),
        "name": format!("{} ({})", meta.title.get(lang), if lang == Lang::Zh { "数据" } else { "data" }),
        "description": crate::cite::credit(report, lang),
        "inLanguage": [Lang::Zh.tag(), Lang::En.tag()],
        "url": url(lang),
        "license": meta.licence.url,
        "creator": { "@type": "Organization", "name": meta.site_name.get(lang) },
        "isBasedOn": source,
        "distribution": [{
            "@type": "DataDownload",
            "encodingFormat": "application/json",
            "contentUrl": format!("{site}{}", crate::export::dataset_name(report)),
        }],
    });
    let graph = json!({ "@context": "https://schema.org", "@graph": [article, dataset] });
    graph.to_string().replace('<', "\\u003c")
}
