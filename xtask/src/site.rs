//! Building, prerendering, serving and testing the site.

use crate::cmd::{command, root, run, Result};
use sip_report::Lang;
use std::fs;
use std::path::Path;

/// `trunk serve`: the development loop, client-rendered, both languages (Trunk answers
/// `/en/` with index.html).
pub fn serve() -> Result {
    pictures()?;
    eprintln!("xtask: serving on http://127.0.0.1:8080/ (Chinese) and http://127.0.0.1:8080/en/ (English)");
    run(command("trunk", &["serve", "--offline"]))
}

/// The release site in dist/: Trunk's build, then each language's page prerendered.
pub fn dist(public_url: &str, site_url: Option<&str>) -> Result {
    pictures()?;
    eprintln!("xtask: building the release site for {public_url}");
    run(command("trunk", &["build", "--release", "--offline", "--public-url", public_url]))?;
    prerender(&root().join("dist"), public_url, site_url)
}

/// Draws every chart in each language into `target/pictures/` (Trunk copies the folder
/// into the site): the browser, which carries no drawing code, fetches the other language's
/// pictures from there when the page is idle.
fn pictures() -> Result {
    let dir = root().join("target/pictures");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let report = sip_explainer::data::report();
    for lang in Lang::ALL {
        let path = root().join("target").join(sip_explainer::charts::pictures::path(lang));
        fs::write(&path, sip_explainer::charts::pictures::file(report, lang)).map_err(|e| e.to_string())?;
    }
    eprintln!("xtask: drew the charts into {}", dir.display());
    Ok(())
}

/// Writes `index.html` (Chinese) and `en/index.html` (English) from Trunk's index.html, each
/// embed's page (`embed/k3/index.html`, `en/embed/all/index.html`), and the whole dataset as
/// JSON, in the same shape as the data file.
pub fn prerender(dist: &Path, public_url: &str, site_url: Option<&str>) -> Result {
    let report = sip_explainer::data::report();
    let json = serde_json::to_string_pretty(report).map_err(|e| e.to_string())?;
    fs::write(dist.join(sip_explainer::export::dataset_name(report)), json).map_err(|e| e.to_string())?;
    let template_path = dist.join("index.html");
    let trunk_html =
        fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let trunk_html = compact_stylesheet(dist, &trunk_html)?;
    let template = sip_explainer::prerender::deferred_loader(&trunk_html)?;
    let policy = sip_explainer::prerender::content_security_policy(&template)?;
    // Trunk's hashed files (`style-<hash>.css`, `sip-explainer-<hash>.js` and its wasm).
    let hashed: Vec<String> = fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| [".css", ".js", ".wasm"].iter().any(|x| n.ends_with(x)) && n.contains('-') && n != "embed.js")
        .collect();
    let embeds: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|l| sip_explainer::url::Embed::all(report).into_iter().map(move |e| (l, e)))
        .map(|(l, e)| sip_explainer::url::embed_href(l, &e))
        .collect();
    let headers = sip_explainer::prerender::headers_file(&policy, public_url, &hashed, &embeds);
    fs::write(dist.join("_headers"), headers).map_err(|e| e.to_string())?;
    for lang in Lang::ALL {
        let page = sip_explainer::prerender::page(
            &template,
            lang,
            &sip_explainer::prerender::render_page(report, lang),
            site_url,
            None,
        )?;
        let dir = match lang {
            Lang::Zh => dist.to_path_buf(),
            Lang::En => dist.join("en"),
        };
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        fs::write(dir.join("index.html"), page).map_err(|e| e.to_string())?;
        eprintln!("xtask: prerendered {}", dir.join("index.html").display());
        for embed in sip_explainer::url::Embed::all(report) {
            let html = sip_explainer::prerender::render_embed(report, lang, &embed);
            let page = sip_explainer::prerender::page(&template, lang, &html, site_url, Some(&embed))?;
            let dir = dist.join(sip_explainer::url::embed_href(lang, &embed));
            fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            fs::write(dir.join("index.html"), page).map_err(|e| e.to_string())?;
        }
        eprintln!("xtask: prerendered the embeds of {}", dir.display());
    }
    Ok(())
}

/// Rewrites the stylesheet Trunk wrote without its comments and indentation; returns Trunk's
/// page with the link's integrity hash renewed.
fn compact_stylesheet(dist: &Path, trunk_html: &str) -> Result<String> {
    use sip_explainer::stylesheet;
    let href = stylesheet::linked(trunk_html).ok_or("Trunk's page links no stylesheet")?;
    let file = dist.join(href.rsplit('/').next().unwrap_or(href));
    let css = fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let small = stylesheet::minify(&css);
    fs::write(&file, &small).map_err(|e| e.to_string())?;
    stylesheet::with_integrity(trunk_html, &small)
}

/// Every check CI runs.
pub fn test() -> Result {
    run(command("cargo", &["fmt", "--all", "--check"]))?;
    run(command("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    run(command(
        "cargo",
        &[
            "clippy",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "sip-explainer",
            "-p",
            "sip-report",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    ))?;
    run(command("cargo", &["test", "--workspace"]))?;
    broken_data_stops_the_build()?;
    dist("/", None)?;
    let mut e2e = command("node", &["--test", "--test-concurrency=1", "--test-timeout=120000", "e2e/"]);
    e2e.current_dir(root().join("tools")).env("DIST", root().join("dist"));
    run(e2e)
}

/// Draws the link-preview images from the data and saves them as PNG under static/img/.
/// Needs Chromium and a CJK font (Debian's fonts-noto-cjk), which it installs when missing.
pub fn social() -> Result {
    crate::tools::cjk_font()?;
    let out = root().join("target/social");
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let report = sip_explainer::data::report();
    let mut args: Vec<String> = vec!["social.mjs".into()];
    for lang in Lang::ALL {
        let svg = out.join(format!("social-{}.svg", lang.tag()));
        fs::write(&svg, sip_explainer::social::card_svg(report, lang)).map_err(|e| e.to_string())?;
        args.push(svg.display().to_string());
        args.push(root().join("static/img").join(sip_explainer::social::file_name(lang)).display().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut node = command("node", &args);
    node.current_dir(root().join("tools"));
    run(node)
}

/// A mistake in the data file must stop the build with the file, the entry and the field.
fn broken_data_stops_the_build() -> Result {
    eprintln!("xtask: checking that a broken data file stops the build (tests/fixtures/broken.toml)");
    let mut build = command("cargo", &["build", "--quiet", "-p", "sip-explainer", "--lib"]);
    build.env("SIP_REPORT_DATA", "tests/fixtures/broken.toml");
    let out = build.output().map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = "tests/fixtures/broken.toml: figures[0] \"planted\": field `vaule`";
    match (out.status.success(), stderr.contains(expected)) {
        (false, true) => Ok(()),
        (true, _) => Err("the build went through with a broken data file".into()),
        (false, false) => Err(format!("the build stopped, but without naming file, entry and field:\n{stderr}")),
    }
}
