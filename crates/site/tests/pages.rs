//! The finished pages: language, title and the app's HTML in place, deterministic; the
//! loader, the policy and `_headers`; the head's tags and JSON-LD; the link-preview image.
#![cfg(not(target_arch = "wasm32"))]

use sip_report::Lang;
use sip_site::{deferred_loader, page};

/// A page as Trunk's minifier writes it: no `<head>` tag, attributes unquoted.
const TEMPLATE: &str = "<!doctype html><html lang=zh-CN><meta charset=utf-8><base href=/><title>x</title><link as=fetch crossorigin href=/a.wasm integrity=sha384-abc rel=preload type=application/wasm><script type=module>import init from '/a.js';await init();</script><body><div id=app></div></body></html>";

#[test]
fn pages_carry_their_language_and_content() {
    let en = page(TEMPLATE, sip_explainer::data::report(), Lang::En, "<main>hello</main>", None, None).unwrap();
    assert!(en.contains("<html lang=\"en\">"), "{en}");
    assert!(en.contains("<title>Suzhou Industrial Park&#39;s 2023 innovation report card</title>"));
    assert!(en.contains("<div id=app><main>hello</main></div>"));
    assert!(en.contains("hreflang=\"zh-CN\" href=\"./\""), "relative to the base without a site URL, never empty");
    let zh = page(
        TEMPLATE,
        sip_explainer::data::report(),
        Lang::Zh,
        "<main>你好</main>",
        Some("https://example.org/sip/"),
        None,
    )
    .unwrap();
    assert!(zh.contains("<html lang=\"zh-CN\">") && zh.contains("<title>苏州工业园区2023年科创成绩单</title>"));
}

/// What `trunk build` writes: a loader that starts at once, and a preload of the wasm.
const TRUNK: &str = "<!doctype html><html lang=zh-CN><meta charset=utf-8><base href=/><title>x</title><script type=module>import init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script><link crossorigin href=/app-1.js integrity=sha384-js rel=modulepreload><link as=fetch crossorigin href=/app-1_bg.wasm integrity=sha384-wasm rel=preload type=application/wasm></head><body><div id=app></div></body></html>";

#[test]
fn the_wasm_waits_for_the_content() {
    let template = deferred_loader(TRUNK).unwrap();
    assert!(!template.contains("rel=preload"), "no preload competes with the first paint");
    assert!(!template.contains("await init"), "Trunk's eager loader is gone");
    assert!(template.contains("addEventListener('load'") && template.contains("requestAnimationFrame"));
    // What Trunk wrote, read from its links, is the loader's first line.
    let app = r#"const app = {"js":"/app-1.js","jsIntegrity":"sha384-js","wasm":"/app-1_bg.wasm","wasmIntegrity":"sha384-wasm"};"#;
    assert!(template.contains(app), "{template}");
    assert!(template.contains("import(app.js)"));
    assert!(
        template.contains(".catch(failed)") && template.contains("setAttribute('data-failed', '')"),
        "a failed load is said"
    );
    assert!(
        template.contains("fetch(app.wasm, app.wasmIntegrity ? { integrity: app.wasmIntegrity } : {})"),
        "the wasm keeps its hash"
    );
    // The module too is fetched only then, and with its hash: the loader adds the preload.
    assert!(!template.contains("rel=modulepreload"), "nothing but the page is fetched while it is parsed");
    assert!(
        template.contains("rel: 'modulepreload', href: app.js, crossOrigin: 'anonymous', integrity: app.jsIntegrity")
            && template.contains("onload: run, onerror: failed"),
        "{template}"
    );
    // Two animation frames after `load`: the app's requests start once the first paint is
    // on its way, so none of them competes with it.
    assert!(template.contains("addEventListener('load', later"));
    assert!(template.contains("requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)))"));
    // The policy allows the new loader, and only it.
    let page = page(&template, sip_explainer::data::report(), Lang::En, "", None, None).unwrap();
    let policy = sip_site::content_security_policy(&template).unwrap();
    assert!(page.contains(&policy));
    assert_eq!(policy.matches("'sha256-").count(), 1);
    assert_ne!(policy, sip_site::content_security_policy(TRUNK).unwrap());
    assert!(deferred_loader("<html><body></body></html>").unwrap_err().contains("loader"));
}

/// The icon is part of the page: a file would be fetched while the first paint is on its way
/// (Chromium asks for it at `load`), and Lighthouse counts it against the largest paint.
#[test]
fn the_icon_needs_no_request() {
    let template = include_str!("../../../index.html");
    let icon = template.lines().find(|l| l.contains("rel=\"icon\"")).expect("the page has an icon");
    let href = icon.split("href=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("an href");
    assert!(href.starts_with("data:image/svg+xml,%3Csvg%20"), "{href}");
    assert!(!href.contains([' ', '<', '>', '#']), "encoded whole, as the HTML checker asks: {href}");
}

#[test]
fn social_tags_per_language() {
    let site = Some("https://example.org/sip/");
    let zh = page(TEMPLATE, sip_explainer::data::report(), Lang::Zh, "", site, None).unwrap();
    let en = page(TEMPLATE, sip_explainer::data::report(), Lang::En, "", site, None).unwrap();
    for (html, url, image, locale) in [
        (&zh, "https://example.org/sip/", "https://example.org/sip/img/social-zh.png", "zh_CN"),
        (&en, "https://example.org/sip/en/", "https://example.org/sip/img/social-en.png", "en_US"),
    ] {
        assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")), "canonical {url}");
        assert!(html.contains(&format!("<meta property=\"og:url\" content=\"{url}\">")));
        assert!(html.contains(&format!("<meta property=\"og:image\" content=\"{image}\">")));
        assert!(html.contains(&format!("<meta property=\"og:locale\" content=\"{locale}\">")));
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(html.contains("<link rel=\"expect\" href=\"#main\" blocking=\"render\">"), "one first layout");
        assert!(html.contains("<meta property=\"og:image:width\" content=\"1200\">"));
    }
    assert!(zh.contains("<meta property=\"og:title\" content=\"苏州工业园区2023年科创成绩单\">"));
    assert!(en.contains("hreflang=\"zh-CN\" href=\"https://example.org/sip/\""));
}

#[test]
fn the_preview_images_are_drawn_from_the_data() {
    let report = sip_explainer::data::report();
    for lang in Lang::ALL {
        let svg = sip_site::social::card_svg(report, lang);
        assert!(svg.contains("width=\"1200\" height=\"630\""));
        for s in report.sections.iter() {
            assert!(svg.contains(s.ordinal.get(lang)), "{lang:?} {}", s.id);
        }
        let png = std::fs::read(format!("../../static/img/{}", sip_site::social::file_name(lang))).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        assert_eq!(
            (u32::from_be_bytes(png[16..20].try_into().unwrap()), u32::from_be_bytes(png[20..24].try_into().unwrap())),
            (1200, 630)
        );
    }
}

#[test]
fn a_template_without_the_mount_point_is_an_error() {
    let template = TEMPLATE.replace("<div id=app></div>", "");
    let err = page(&template, sip_explainer::data::report(), Lang::Zh, "", None, None).unwrap_err();
    assert!(err.contains("#app"), "{err}");
    let err = page(&TEMPLATE.replace("<title>x</title>", ""), sip_explainer::data::report(), Lang::Zh, "", None, None)
        .unwrap_err();
    assert!(err.contains("title"), "{err}");
}

#[test]
fn the_policy_allows_exactly_the_inline_loader() {
    let page = page(TEMPLATE, sip_explainer::data::report(), Lang::Zh, "", None, None).unwrap();
    let policy = sip_site::content_security_policy(TEMPLATE).unwrap();
    // sha256 of "import init from '/a.js';await init();", base64 (`openssl dgst -sha256 -binary | base64`).
    assert!(
        policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-awrdIpltG+fqPljz70QRUhUm+Xm7Xz1+HvomlNs4Osw=';"),
        "{policy}"
    );
    assert!(
        policy.contains("style-src 'self';")
            && policy.contains("object-src 'none'")
            && policy.contains("base-uri 'self'")
    );
    assert!(!policy.contains("unsafe-inline"));
    let meta = format!("<meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    assert!(page.contains(&meta), "the policy comes first, after the character set");
    let hashed = vec!["app-1a2b.js".to_string(), "app-1a2b_bg.wasm".to_string()];
    let headers = sip_site::headers_file(&policy, "/sip/", &hashed, &["embed/k3/".to_string()]);
    assert!(headers.contains("frame-ancestors *") && headers.contains(&policy));
    assert!(headers.contains("/sip/app-1a2b_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable"));
    assert!(headers.contains("/sip/en/index.html\n  Cache-Control: public, max-age=300, must-revalidate"));
    assert!(headers.contains("/sip/embed/k3/\n  Cache-Control: public, max-age=300"));
    assert!(headers.contains("/sip/embed.js\n  Cache-Control: public, max-age=3600"));
    // One Cache-Control per path: a host that merges rules gets no contradiction.
    let paths: Vec<&str> = headers.lines().filter(|l| l.starts_with('/')).collect();
    let unique: std::collections::BTreeSet<&str> = paths.iter().copied().collect();
    assert_eq!(paths.len(), unique.len());
    assert!(sip_site::content_security_policy("<html><head></head></html>").is_err());
}

#[test]
fn the_loader_is_found_beside_the_embed_height_script() {
    // Trunk's page as it comes from index.html: the height reporter follows the app.
    let trunk = TRUNK.replace(
        "<div id=app></div>",
        "<div id=app></div><script>(function () { if (window.parent === window) return; })();</script>",
    );
    let template = deferred_loader(&trunk).unwrap();
    assert!(template.contains(r#""js":"/app-1.js""#), "the loader is replaced, not the height script");
    assert!(template.contains("if (window.parent === window) return;"), "the height script stays");
    let policy = sip_site::content_security_policy(&template).unwrap();
    assert_eq!(policy.matches("'sha256-").count(), 2, "each inline script by its hash: {policy}");
}

#[test]
fn the_page_of_terms_loads_no_app() {
    let trunk = TRUNK
        .replace("<div id=app></div>", "<div id=app></div><script>document.documentElement.dataset.x = 1;</script>");
    let template = deferred_loader(&trunk).unwrap();
    let report = sip_explainer::data::report();
    let terms = sip_site::terms_page(&template, report, Lang::En, "<main>terms</main>", None).unwrap();
    assert!(!terms.contains("type=module") && !terms.contains("app.wasm"), "{terms}");
    assert!(terms.contains("<script>document.documentElement.dataset.x = 1;</script>"), "the other script stays");
    let report_page = page(&template, report, Lang::En, "<main>report</main>", None, None).unwrap();
    assert!(report_page.contains("<script type=\"module\">") && report_page.contains("import(app.js)"));
}

#[test]
fn an_embed_page_opens_links_in_a_new_tab() {
    let trunk = TEMPLATE;
    let k3 = sip_explainer::url::Embed::Section("k3".into());
    let embed = page(
        trunk,
        sip_explainer::data::report(),
        Lang::En,
        "<main></main>",
        Some("https://example.org/sip/"),
        Some(&k3),
    )
    .unwrap();
    assert!(embed.contains("<base href=/ target=\"_blank\">"), "{embed}");
    // Its own canonical page, its alternate the other language's embed: never the site's root.
    assert!(embed.contains("<link rel=\"canonical\" href=\"https://example.org/sip/en/embed/k3/\">"), "{embed}");
    assert!(embed.contains("hreflang=\"zh-CN\" href=\"https://example.org/sip/embed/k3/\""));
    let full = page(trunk, sip_explainer::data::report(), Lang::En, "<main></main>", None, None).unwrap();
    assert!(!full.contains("target=\"_blank\""), "the full page's links stay in the tab");
    let no_base = TEMPLATE.replace("<base href=/>", "");
    assert!(
        page(&no_base, sip_explainer::data::report(), Lang::En, "", None, Some(&k3)).is_err(),
        "no base, no embed page"
    );
}

/// One tag per line (see the app's snapshots).
fn lines(markup: &str) -> String {
    markup.replace("><", ">\n<")
}

const SITE: &str = "https://example.org/sip/";

fn report() -> &'static sip_report::Report {
    sip_explainer::data::report()
}

#[test]
fn head_tags_of_pages_and_embeds() {
    use sip_explainer::url::Embed;
    for lang in Lang::ALL {
        let embeds = [None, Some(Embed::All), Some(Embed::Section("k3".into()))];
        let heads: Vec<String> = embeds.iter().map(|e| sip_site::head(report(), lang, SITE, e.as_ref())).collect();
        insta::assert_snapshot!(format!("head-{}", lang.tag()), heads.join("\n\n"));
    }
}

#[test]
fn link_preview_images() {
    for lang in Lang::ALL {
        insta::assert_snapshot!(format!("social-{}", lang.tag()), lines(&sip_site::social::card_svg(report(), lang)));
    }
}

/// An embed page's description is its section's, as the Embed menu's picture says.
#[test]
fn an_embed_page_describes_its_section() {
    let r = report();
    let head = sip_site::head(r, Lang::En, SITE, Some(&sip_explainer::url::Embed::Section("k3".into())));
    let alt = sip_explainer::text::escape(&sip_explainer::snippets::description(r, "k3", Lang::En));
    assert!(head.contains(&format!("<meta name=\"description\" content=\"{alt}\">")), "{head}");
}

#[test]
fn json_ld_describes_the_article_and_the_dataset_and_links_the_translations() {
    let site = "https://example.org/sip/";
    for (lang, link, other) in [
        (Lang::Zh, "workTranslation", "https://example.org/sip/en/#article"),
        (Lang::En, "translationOfWork", "https://example.org/sip/#article"),
    ] {
        let raw = sip_site::json_ld(report(), lang, site);
        assert!(!raw.contains('<'), "nothing can close the script element");
        let v: serde_json::Value = serde_json::from_str(&raw).expect("JSON-LD parses");
        assert_eq!(v["@context"], "https://schema.org");
        let article = &v["@graph"][0];
        let dataset = &v["@graph"][1];
        assert_eq!(article["@type"], "NewsArticle");
        assert_eq!(article["inLanguage"], lang.tag());
        assert_eq!(article[link]["@id"], other);
        assert_eq!(article["isBasedOn"]["datePublished"], "2024-04-11");
        assert_eq!(article["isBasedOn"]["publisher"]["name"], "苏州工业园区");
        assert_eq!(article["license"], "https://creativecommons.org/licenses/by/4.0/");
        assert!(article["description"].as_str().unwrap().contains("2023"), "references resolved");
        assert!(!article["description"].as_str().unwrap().contains('{'));
        assert_eq!(dataset["@type"], "Dataset");
        assert_eq!(dataset["distribution"][0]["contentUrl"], "https://example.org/sip/sip-2023-report.json");
        assert_eq!(dataset["distribution"][0]["encodingFormat"], "application/json");
        assert_eq!(dataset["isBasedOn"]["headline"], "六大关键词 | 解读苏州工业园区2023年科创成绩单");
        assert_eq!(dataset["license"], article["license"]);
    }
    // In the finished page, as a data block in <head>.
    let template = "<!doctype html><html lang=zh-CN><meta charset=utf-8><base href=/><title>x</title><script type=module>import('/a.js');</script><body><div id=app></div></body></html>";
    let html =
        sip_site::page(template, sip_explainer::data::report(), Lang::En, "<main></main>", Some(site), None).unwrap();
    let head = &html[..html.find("<body>").unwrap()];
    let block = inside(head, "<script type=\"application/ld+json\">", "</script>");
    serde_json::from_str::<serde_json::Value>(block).expect("the page's JSON-LD parses");
    // The policy allows exactly the loader: the data block is never run, so needs no hash.
    let policy = sip_site::content_security_policy(template).unwrap();
    assert_eq!(policy.matches("'sha256-").count(), 1, "{policy}");
}

#[test]
fn the_meta_description_ends_at_a_sentence() {
    for lang in Lang::ALL {
        let d = sip_site::description(report(), lang);
        assert!(d.chars().count() <= 200 && d.chars().count() > 40, "{lang:?}: {d}");
        assert!(d.ends_with('。') || d.ends_with('.'), "{lang:?}: {d}");
        assert!(!d.contains('{'), "{lang:?}: references resolved: {d}");
    }
}

/// Markup in the report's texts is drawn as text in the preview image (the app's own hostile
/// tests cover the page, the charts and the downloads).
#[test]
fn the_preview_image_draws_markup_as_text() {
    let mut r = report().clone();
    let evil = "<script>alert(1)</script>\"&</svg>'";
    r.meta.title = sip_report::Text { zh: evil.to_string().into(), en: evil.to_string().into() };
    for s in r.sections.to_mut() {
        s.keyword = sip_report::Text { zh: evil.to_string().into(), en: evil.to_string().into() };
    }
    for lang in Lang::ALL {
        let svg = sip_site::social::card_svg(&r, lang);
        assert!(!svg.contains("<script") && !svg.contains("</svg>'"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"), "the title is there, as text: {svg}");
    }
}

/// The text between the first `marker` and the `close` after it.
fn inside<'a>(html: &'a str, marker: &str, close: &str) -> &'a str {
    let start = html.find(marker).unwrap_or_else(|| panic!("no {marker}")) + marker.len();
    &html[start..start + html[start..].find(close).unwrap_or_else(|| panic!("no {close} after {marker}"))]
}

#[test]
fn oembed_is_discovered_from_each_page_with_a_site_address_and_describes_its_embed() {
    use sip_explainer::url::Embed;
    use sip_site::oembed::{self, Facts};
    let r = report();
    let site = "https://example.org/sip/";
    let k3 = Embed::Section("k3".into());
    for (lang, embed, file) in [
        (Lang::Zh, None, "https://example.org/sip/oembed.json"),
        (Lang::En, None, "https://example.org/sip/en/oembed.json"),
        (Lang::En, Some(&k3), "https://example.org/sip/en/embed/k3/oembed.json"),
    ] {
        let html = page(TEMPLATE, r, lang, "<main></main>", Some(site), embed).unwrap();
        let link = format!("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{file}\" title=\"");
        assert!(html.contains(&link), "{file} in {html}");
    }
    // Without the site's address, no discovery: every address in a response is absolute.
    let bare = page(TEMPLATE, r, Lang::En, "<main></main>", None, Some(&k3)).unwrap();
    assert!(!bare.contains("json+oembed"), "{bare}");
    assert_eq!(oembed::folder(Lang::Zh, None), "");
    assert_eq!(oembed::folder(Lang::En, Some(&Embed::All)), "en/embed/all/");

    let facts = Facts {
        frame_height: 3120,
        thumbnail: "img/embed/k3-en.0123456789ab.png",
        thumbnail_width: 1080,
        thumbnail_height: 2345,
    };
    let json: serde_json::Value =
        serde_json::from_str(&oembed::response(r, Lang::En, site, Some(&k3), &facts)).unwrap();
    assert_eq!(json["version"], "1.0");
    assert_eq!(json["type"], "rich");
    assert_eq!(json["title"], "More than 2,600 people · Suzhou Industrial Park's 2023 innovation report card");
    let html = json["html"].as_str().unwrap();
    assert!(html.starts_with("<iframe src=\"https://example.org/sip/en/embed/k3/\""), "{html}");
    assert!(html.contains(" height=\"3120\" "), "as tall as measured, in case the script is stripped: {html}");
    assert!(html.ends_with("<script src=\"https://example.org/sip/embed.js\" async></script>"), "{html}");
    assert_eq!((json["width"].as_u64(), json["height"].as_u64()), (Some(320), Some(3120)));
    assert_eq!(json["thumbnail_url"], "https://example.org/sip/img/embed/k3-en.0123456789ab.png");
    assert_eq!((json["thumbnail_width"].as_u64(), json["thumbnail_height"].as_u64()), (Some(1080), Some(2345)));
    assert_eq!(json["provider_url"], "https://example.org/sip/en/");
    assert_eq!(json["provider_name"], &*r.meta.site_name.en);
    assert_eq!(json["author_name"], &*r.meta.publisher.en);
    // A page embeds the whole report.
    let json: serde_json::Value = serde_json::from_str(&oembed::response(r, Lang::Zh, site, None, &facts)).unwrap();
    assert!(json["html"].as_str().unwrap().starts_with("<iframe src=\"https://example.org/sip/embed/all/\""));
    assert_eq!(json["title"], &*r.meta.title.zh);
}
