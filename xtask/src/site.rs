//! Building, prerendering, serving and testing the site.

use crate::cmd::{command, root, run, Result};
use sip_report::Lang;
use std::fs;
use std::path::Path;

/// The release site, built and prerendered as `dist` makes it, served on 127.0.0.1:8080 by
/// a static server (`tools/serve.mjs`): what a reader gets, every page prerendered. Run it
/// again after a change.
pub fn serve() -> Result {
    dist("/", None)?;
    let mut node = command("node", &["serve.mjs", &root().join("dist").display().to_string(), "8080"]);
    node.current_dir(root().join("tools"));
    run(node)
}

/// The release site in dist/: Trunk's build, then each language's page prerendered.
pub fn dist(public_url: &str, site_url: Option<&str>) -> Result {
    eprintln!("xtask: building the release site for {public_url}");
    run(command("trunk", &["build", "--release", "--offline", "--public-url", public_url]))?;
    prerender(&root().join("dist"), public_url, site_url)
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
    // The same site with a panic built in, for the one test of what a reader sees then.
    let panic_dist = root().join("target/dist-panic");
    eprintln!("xtask: building the test-only site that panics once started ({})", panic_dist.display());
    let dir = panic_dist.display().to_string();
    let trunk = ["build", "--release", "--offline", "--features", "test-panic", "--dist", &dir, "--public-url", "/"];
    run(command("trunk", &trunk))?;
    prerender(&panic_dist, "/", None)?;
    let mut e2e = command("node", &["--test", "--test-concurrency=1", "--test-timeout=120000", "e2e/"]);
    e2e.current_dir(root().join("tools")).env("DIST", root().join("dist")).env("DIST_PANIC", &panic_dist);
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
