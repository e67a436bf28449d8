//! Turning Trunk's index.html and a server-rendered app into a finished page: the
//! language, title and description in `<head>`, the app's HTML inside `<div id="app">`.
//!
//! Pure string work, so it is tested natively; the xtask calls it after `trunk build`.
//! It also writes the Content-Security-Policy: the page's inline scripts (Trunk's module
//! loader, replaced by ours, and the embed's height reporter) are allowed by their SHA-256
//! hashes, and nothing else inline.

use crate::charts::svg::escape;
use crate::data::report;
use crate::url::{embed_href, page_url, Embed};
use sip_report::Lang;

/// A report's page in a language, rendered by Yew's server renderer: what the islands
/// hydrate (see `components::island`).
pub fn render_page(report: &'static sip_report::Report, lang: Lang) -> String {
    render(report, lang, None)
}

/// An embed's page in a language (`embed/k3/`): only what it shows, with its credit line.
pub fn render_embed(report: &'static sip_report::Report, lang: Lang, embed: &Embed) -> String {
    render(report, lang, Some(embed.clone()))
}

fn render(report: &'static sip_report::Report, lang: Lang, embed: Option<Embed>) -> String {
    crate::fragments::prepare(crate::components::ReportRef(report), lang);
    let props = crate::components::page::PageProps {
        report: crate::components::ReportRef(report),
        lang,
        embed,
        hydrating: false,
    };
    futures::executor::block_on(yew::LocalServerRenderer::<crate::components::page::Page>::with_props(props).render())
}

const APP: &str = "<div id=\"app\"></div>";

/// The finished page for a language, or for an embed (`embed`). `site` is the public address
/// of the site (`https://example.org/explainer/`); without it, links in `<head>` stay relative
/// to the base, which browsers follow but link-preview crawlers may not.
/// Fails if the template lacks a piece it must fill.
pub fn page(
    template: &str,
    lang: Lang,
    app_html: &str,
    site: Option<&str>,
    embed: Option<&Embed>,
) -> Result<String, String> {
    let mut out = template.to_string();
    out = replace_once(&out, "<html lang=\"zh-CN\">", &format!("<html lang=\"{}\">", lang.tag()))?;
    let start = out.find("<title>").ok_or("the template has no <title>")?;
    let end = out[start..].find("</title>").ok_or("the template's <title> is not closed")? + start + "</title>".len();
    out.replace_range(start..end, &head(lang, site.unwrap_or(""), embed));
    if embed.is_some() {
        // Every link of an embed opens in a new tab, with or without scripts: a link never
        // turns the frame into the whole explainer.
        out = replace_once(&out, "<base href=", "<base target=\"_blank\" href=")?;
    }
    // The policy goes first in <head>, before anything it governs.
    let policy = content_security_policy(template)?;
    out = replace_once(
        &out,
        "<head>",
        &format!("<head>\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
    )?;
    let out = replace_once(&out, APP, &format!("<div id=\"app\">{app_html}</div>"))?;
    Ok(out)
}

/// Trunk's page with the app's loader replaced by one that waits for the content.
///
/// Trunk preloads the wasm and starts it as soon as the HTML is parsed, so on a slow line
/// the wasm competes with the stylesheet and the first paint. The prerendered page needs
/// neither: this loader starts after the page has loaded and painted once, fetching the
/// wasm with the integrity hash Trunk computed for it (Chromium ignores `integrity` on a
/// `preload` of `as="fetch"`, so the preload goes). The JS module is fetched at that moment
/// too, not while the page is parsed: the loader adds Trunk's `modulepreload` (with its
/// integrity hash) then, and imports the module once that has loaded, so the hash holds. If the
/// script or the wasm cannot be loaded, the loader marks the page (`data-failed`) so the page
/// says so at once. Fails if Trunk's output lacks a piece it names.
pub fn deferred_loader(trunk_html: &str) -> Result<String, String> {
    let (start, end) = inline_script_span(trunk_html).ok_or("Trunk's page has no inline loader script")?;
    let script = &trunk_html[start..end];
    let js = between(script, "from '", "'").ok_or("the loader imports no module")?;
    let wasm = between(script, "module_or_path: '", "'").ok_or("the loader names no wasm")?;
    let preload = link_tag(trunk_html, "preload").ok_or("Trunk's page has no wasm preload")?;
    let fetch_options = match between(preload, "integrity=\"", "\"") {
        Some(hash) => format!(", {{ integrity: '{hash}' }}"),
        None => String::new(),
    };
    let module_link = link_tag(trunk_html, "modulepreload").ok_or("Trunk's page has no modulepreload")?;
    let module_integrity = between(module_link, "integrity=\"", "\"").unwrap_or_default();
    let loader = format!(
        "<script type=\"module\">\n\
         const failed = () => document.documentElement.setAttribute('data-failed', '');\n\
         const run = () => import('{js}').then((m) => m.default({{ module_or_path: fetch('{wasm}'{fetch_options}) }})).catch(failed);\n\
         const start = () => {{\n\
           const link = Object.assign(document.createElement('link'), {{ rel: 'modulepreload', href: '{js}', crossOrigin: 'anonymous', integrity: '{module_integrity}' }});\n\
           link.addEventListener('load', run, {{ once: true }});\n\
           link.addEventListener('error', failed, {{ once: true }});\n\
           document.head.append(link);\n\
         }};\n\
         const later = () => requestAnimationFrame(() => setTimeout(start));\n\
         if (document.readyState === 'complete') later(); else addEventListener('load', later, {{ once: true }});\n\
         </script>"
    );
    let open = trunk_html[..start].rfind("<script").ok_or("the loader script has no opening tag")?;
    let with_loader = format!("{}{loader}{}", &trunk_html[..open], &trunk_html[end + "</script>".len()..]);
    Ok(with_loader.replacen(preload, "", 1).replacen(module_link, "", 1))
}

/// The text between the first `open` and the next `close`.
fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s[a..].find(close)? + a;
    Some(&s[a..b])
}

/// The first `<link>` tag of this `rel`, whole.
pub fn link_tag<'a>(html: &'a str, rel: &str) -> Option<&'a str> {
    let rel = format!("rel=\"{rel}\"");
    let mut rest = html;
    while let Some(i) = rest.find("<link") {
        let end = rest[i..].find('>')? + i + 1;
        let tag = &rest[i..end];
        if tag.contains(&rel) {
            return Some(tag);
        }
        rest = &rest[end..];
    }
    None
}

/// Where the body of Trunk's loader lies: the inline `<script>` that starts the wasm (the page
/// has another inline script, the embed's height reporter).
fn inline_script_span(html: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = html[from..].find("<script").map(|i| i + from) {
        let open_end = html[i..].find('>')? + i + 1;
        let close = html[open_end..].find("</script>")? + open_end;
        if !html[i..open_end].contains(" src=") && html[open_end..close].contains("module_or_path") {
            return Some((open_end, close));
        }
        from = close;
    }
    None
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
    let other = ["img/*", "embed.js", "pictures/*", "*.json"].map(str::to_string);
    out += &rule(&other, "public, max-age=3600");
    out
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
pub fn head(lang: Lang, site: &str, embed: Option<&Embed>) -> String {
    let meta = &report().meta;
    let title = escape(meta.title.get(lang));
    let description = escape(&description(report(), lang));
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
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string(),
        format!("<meta name=\"twitter:title\" content=\"{title}\">"),
        format!("<meta name=\"twitter:description\" content=\"{description}\">"),
        format!("<meta name=\"twitter:image\" content=\"{image}\">"),
        format!("<script type=\"application/ld+json\">{}</script>", json_ld(report(), lang, site)),
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
        "citation": source,
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

fn replace_once(haystack: &str, needle: &str, with: &str) -> Result<String, String> {
    match haystack.matches(needle).count() {
        1 => Ok(haystack.replacen(needle, with, 1)),
        n => Err(format!("expected `{needle}` once in the page template, found it {n} times")),
    }
}
