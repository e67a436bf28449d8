//! Building, prerendering, serving and testing the site.

use crate::cmd::{command, root, run, Result};
use sip_explainer::snippets::{Built, BuiltSections};
use sip_explainer::url::Embed;
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
    run(crate::cmd::trunk(&["build", "--release", "--offline", "--public-url", public_url]))?;
    prerender(&root().join("dist"), public_url, site_url)
}

/// Writes `index.html` (Chinese) and `en/index.html` (English) from Trunk's index.html, each
/// embed's page (`embed/k3/index.html`, `en/embed/all/index.html`), the terms pages
/// (`terms/index.html`, `en/terms/index.html`), each section's picture for
/// the Embed menu (`img/embed/k3-en.<hash>.png`), and the whole dataset as JSON, in the same
/// shape as the data file.
pub fn prerender(dist: &Path, public_url: &str, site_url: Option<&str>) -> Result {
    let report = sip_explainer::data::report();
    let json = serde_json::to_string_pretty(report).map_err(|e| e.to_string())?;
    fs::write(dist.join(sip_explainer::export::dataset_name(report)), json).map_err(|e| e.to_string())?;
    let template_path = dist.join("index.html");
    let trunk_html =
        fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let template = sip_site::deferred_loader(&trunk_html)?;
    let policy = sip_site::content_security_policy(&template)?;
    // The embeds first: the Embed menu on the main pages gives their heights.
    for lang in Lang::ALL {
        for embed in Embed::all(report) {
            let html = sip_explainer::ssr::render_embed(report, lang, &embed);
            let page = sip_site::page(&template, report, lang, &html, site_url, Some(&embed))?;
            let dir = dist.join(sip_explainer::url::embed_href(lang, &embed));
            fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            fs::write(dir.join("index.html"), page).map_err(|e| e.to_string())?;
        }
        eprintln!("xtask: prerendered the embeds in {}", lang.tag());
    }
    let built = embed_pictures(dist, public_url, site_url)?;
    // Trunk's hashed files (`style-<hash>.css`, `sip-explainer-<hash>.js` and its wasm), and
    // the section pictures.
    let mut hashed: Vec<String> = fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| [".css", ".js", ".wasm"].iter().any(|x| n.ends_with(x)) && n.contains('-') && n != "embed.js")
        .collect();
    hashed.extend(built.iter().flat_map(|d| d.sections.values().map(|b| b.picture.clone())));
    hashed.extend(built.iter().filter_map(|d| d.sections.values().next().map(|b| b.long.clone())));
    // The pages besides `/` and `/en/`, cached as pages: each embed's, and the terms pages.
    let mut embeds: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|l| Embed::all(report).into_iter().map(move |e| (l, e)))
        .map(|(l, e)| sip_explainer::url::embed_href(l, &e))
        .collect();
    embeds.extend(Lang::ALL.map(sip_explainer::url::terms_href));
    let headers = sip_site::headers_file(&policy, public_url, &hashed, &embeds);
    fs::write(dist.join("_headers"), headers).map_err(|e| e.to_string())?;
    // The same headers for a host's own nginx, and the page a missing path gets.
    let server = sip_site::nginx::server_block(&policy, public_url, &hashed, &embeds);
    fs::write(dist.join("nginx.conf"), server).map_err(|e| e.to_string())?;
    fs::write(dist.join("404.html"), sip_site::not_found::page(report, public_url)).map_err(|e| e.to_string())?;
    match site_url {
        Some(site) => oembed_files(dist, site, &built)?,
        None => eprintln!("xtask: no oEmbed responses: they need the site's address (--site-url)"),
    }
    for lang in Lang::ALL {
        let html = sip_explainer::ssr::render_terms(report, lang);
        let page = sip_site::terms_page(&template, report, lang, &html, site_url)?;
        let dir = dist.join(sip_explainer::url::terms_href(lang));
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        fs::write(dir.join("index.html"), page).map_err(|e| e.to_string())?;
    }
    for Drawn { lang, sections, .. } in built {
        let html = sip_explainer::ssr::render_page(report, lang, &sections)?;
        let page = sip_site::page(&template, report, lang, &html, site_url, None)?;
        let dir = match lang {
            Lang::Zh => dist.to_path_buf(),
            Lang::En => dist.join("en"),
        };
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        fs::write(dir.join("index.html"), page).map_err(|e| e.to_string())?;
        eprintln!("xtask: prerendered {}", dir.join("index.html").display());
    }
    let n = sip_site::compress::precompress(dist).map_err(|e| e.to_string())?;
    eprintln!("xtask: wrote .gz and .br copies of {n} text files, for hosts that serve them as they are");
    Ok(())
}

/// nginx serving a built site through its own `nginx.conf` (only `listen` and `root` set, as a
/// host would), in the foreground or as a child the caller stops. `root` is the folder the
/// site's base path starts in. Its pid file, logs and temporary files live in `target/nginx/`.
pub struct Nginx {
    child: std::process::Child,
    conf: String,
}

impl Nginx {
    fn config(dist: &Path, root_dir: &Path, listen: &str, name: &str) -> Result<std::path::PathBuf> {
        let dir = root().join("target/nginx").join(name);
        fs::create_dir_all(dir.join("tmp")).map_err(|e| e.to_string())?;
        let block = fs::read_to_string(dist.join("nginx.conf")).map_err(|e| format!("{}: {e}", dist.display()))?;
        let site = dir.join("site.conf");
        let root_dir = root_dir.canonicalize().map_err(|e| e.to_string())?;
        fs::write(&site, sip_site::nginx::with_address(&block, listen, &root_dir.display().to_string()))
            .map_err(|e| e.to_string())?;
        let brotli = Path::new(crate::tools::NGINX_BROTLI);
        let d = dir.display();
        let mut main =
            vec!["# Written by cargo xtask: nginx for this site alone, as a host's http block would include it."
                .to_string()];
        if crate::tools::is_root() {
            main.push("user root;".into());
        }
        main.extend([format!("pid {d}/nginx.pid;"), "error_log stderr warn;".into()]);
        let mut http = vec![
            "include /etc/nginx/mime.types;".to_string(),
            "default_type application/octet-stream;".into(),
            "access_log off;".into(),
        ];
        if brotli.exists() {
            main.push(format!("load_module {};", brotli.display()));
            http.push("brotli_static on;".into());
        }
        http.extend(
            [("client_body", "body"), ("proxy", "proxy"), ("fastcgi", "fastcgi"), ("uwsgi", "uwsgi"), ("scgi", "scgi")]
                .map(|(directive, dir)| format!("{directive}_temp_path {d}/tmp/{dir};")),
        );
        http.push(format!("include {};", site.display()));
        let conf = format!("{}\nevents {{}}\nhttp {{\n    {}\n}}\n", main.join("\n"), http.join("\n    "));
        let path = dir.join("nginx.conf");
        fs::write(&path, conf).map_err(|e| e.to_string())?;
        Ok(path)
    }

    /// Starts nginx in the background on `listen` for `dist`, whose files are at
    /// `<root_dir><base>`; it stops when dropped.
    pub fn start(dist: &Path, root_dir: &Path, listen: &str, name: &str) -> Result<Nginx> {
        let conf = Nginx::config(dist, root_dir, listen, name)?;
        let conf = conf.display().to_string();
        run(command("nginx", &["-t", "-q", "-c", &conf]))?;
        // Another server on that address (an nginx left over by an interrupted run, say) would
        // answer in this one's place while it retries its bind.
        std::net::TcpListener::bind(listen)
            .map_err(|e| format!("cannot serve on {listen}: {e} (is another server on it?)"))?;
        eprintln!("xtask: nginx serves {} on http://{listen}", dist.display());
        let mut child = command("nginx", &["-c", &conf, "-g", "daemon off;"]).spawn().map_err(|e| e.to_string())?;
        // Ready when it answers, and it is this nginx that answers (not another on that port).
        for _ in 0..100 {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!("nginx stopped ({status}): is {listen} taken?"));
            }
            if std::net::TcpStream::connect(listen).is_ok() {
                return Ok(Nginx { child, conf });
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Err(format!("nginx did not start listening on {listen}"))
    }
}

impl Drop for Nginx {
    /// Stops nginx as its own signal does (`-s stop`), so its workers end with it and free the
    /// port; a killed master would leave them serving.
    fn drop(&mut self) {
        let stopped = command("nginx", &["-c", &self.conf, "-s", "stop"]).status().is_ok_and(|s| s.success());
        if !stopped {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// `serve --nginx`: the release site through its own nginx configuration, on the address
/// `serve` uses. Installs Debian's nginx first if it is missing.
pub fn serve_nginx() -> Result {
    dist("/", None)?;
    crate::tools::nginx()?;
    let dist = root().join("dist");
    let conf = Nginx::config(&dist, &dist, "127.0.0.1:8080", "serve")?;
    let conf = conf.display().to_string();
    run(command("nginx", &["-t", "-q", "-c", &conf]))?;
    eprintln!("xtask: nginx serves dist/ on http://127.0.0.1:8080/ (Chinese) and /en/ (English); Ctrl-C stops");
    run(command("nginx", &["-c", &conf, "-g", "daemon off;"]))
}

/// The browser suite against the real nginx: the site at the root, and built again under a
/// sub-path (`/sip/`) with its address (`--site-url`), each through its own `nginx.conf`.
fn nginx_suite() -> Result {
    crate::tools::nginx()?;
    let dist = root().join("dist");
    let suite = |url: &str| {
        let mut node = command("node", &["--test", "--test-concurrency=1", "--test-timeout=120000", "nginx/"]);
        node.current_dir(root().join("tools")).env("SITE_URL", url).env("DIST", &dist);
        node
    };
    {
        let _nginx = Nginx::start(&dist, &dist, "127.0.0.1:8091", "root")?;
        run(suite("http://127.0.0.1:8091/"))?;
    }
    let sub = root().join("target/nginx/sub-root");
    let sub_dist = sub.join("sip");
    eprintln!("xtask: building the site again under /sip/ ({})", sub_dist.display());
    let _ = fs::remove_dir_all(&sub);
    let out = sub_dist.display().to_string();
    run(crate::cmd::trunk(&["build", "--release", "--offline", "--dist", &out, "--public-url", "/sip/"]))?;
    // With its address, as a deployment would be: QR codes in the pictures, oEmbed.
    let site = "http://127.0.0.1:8092/sip/";
    prerender(&sub_dist, "/sip/", Some(site))?;
    let _nginx = Nginx::start(&sub_dist, &sub, "127.0.0.1:8092", "sub")?;
    let mut node = suite(site);
    node.env("DIST", &sub_dist).env("BUILT_WITH_SITE_URL", "1");
    run(node)
}

/// What the build drew and measured for one language's pages.
struct Drawn {
    lang: Lang,
    /// Each section's facts (its picture, its embed's height, the long picture).
    sections: BuiltSections,
    /// The height of the whole report's embed (`embed/all/`) in a narrow column.
    all_frame_height: u32,
}

/// Draws each section's picture for the Embed menu (`export::poster_svg`, with a QR code of
/// the section when the site's address is known) as PNG under `img/embed/`, and the long
/// picture of the whole report (`export::long_picture_svg`, with a QR code of the page) under
/// `img/long/`, each named by its hash; and measures each embed page in a narrow column, served
/// at the build's public URL (`public_url`), so it loads its stylesheet.
/// Needs Chromium and a CJK font, which it installs when missing.
fn embed_pictures(dist: &Path, public_url: &str, site_url: Option<&str>) -> Result<Vec<Drawn>> {
    use sip_explainer::url::{embed_href, page_url};
    crate::tools::cjk_font()?;
    let report = sip_explainer::data::report();
    let work = root().join("target/embed-pictures");
    fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let mut draw = Vec::new();
    let mut add = |name: &str, (svg, width, height): (String, u32, u32)| -> Result<u32> {
        let file = work.join(name);
        fs::write(file.with_extension("svg"), svg).map_err(|e| e.to_string())?;
        draw.push(serde_json::json!({
            "svg": file.with_extension("svg"), "png": file.with_extension("png"), "width": width, "height": height,
        }));
        Ok(height)
    };
    // Each section in each language: its picture's name (before the hash), its height, its embed.
    let mut todo = Vec::new();
    let mut longs = Vec::new();
    for lang in Lang::ALL {
        for s in report.sections.iter() {
            let link = site_url.map(|site| format!("{}#{}", page_url(site, lang), s.id));
            let drawn = sip_explainer::export::poster_svg(report, &s.id, lang, link.as_deref())
                .ok_or_else(|| format!("cannot draw the picture of section {}", s.id))?;
            let name = stem(&s.id, lang);
            let height = add(&name, drawn)?;
            todo.push((lang, s.id.to_string(), name, height, embed_href(lang, &Embed::Section(s.id.to_string()))));
        }
        let link = site_url.map(|site| page_url(site, lang));
        let drawn = sip_explainer::export::long_picture_svg(report, lang, link.as_deref())
            .ok_or("cannot draw the long picture")?;
        let name = stem("report", lang);
        let height = add(&name, drawn)?;
        longs.push((lang, name, height));
    }
    let mut pages: Vec<String> = todo.iter().map(|t| t.4.clone()).collect();
    pages.extend(Lang::ALL.map(|l| embed_href(l, &Embed::All)));
    let jobs = serde_json::json!({
        "draw": draw,
        "measure": { "dist": dist, "base": public_url, "width": sip_explainer::snippets::NARROW_COLUMN, "pages": pages },
    });
    eprintln!(
        "xtask: drawing {} section pictures and 2 long pictures, measuring {} embeds (Chromium)",
        todo.len(),
        pages.len()
    );
    let heights = pictures(&jobs)?;
    // A reader's fonts are not Chromium's Noto: a little room for longer lines.
    let frame_height = |page: &str| -> Result<u32> {
        let measured = heights.get(page).and_then(|h| h.as_u64()).ok_or(format!("{page} was not measured"))?;
        Ok((measured as u32 * 104 / 100).div_ceil(10) * 10)
    };
    // A picture under its hash: `img/embed/k3-en.1a2b3c4d5e6f.png`.
    let hashed = |folder: &str, name: &str| -> Result<String> {
        use sha2::Digest;
        let png = fs::read(work.join(format!("{name}.png"))).map_err(|e| e.to_string())?;
        let hash: String = sha2::Sha256::digest(&png)[..6].iter().map(|b| format!("{b:02x}")).collect();
        let path = format!("img/{folder}/{name}.{hash}.png");
        fs::create_dir_all(dist.join("img").join(folder)).map_err(|e| e.to_string())?;
        fs::write(dist.join(&path), &png).map_err(|e| e.to_string())?;
        Ok(path)
    };
    let mut out = Vec::new();
    for (lang, name, long_height) in longs {
        let long = hashed("long", &name)?;
        let mut sections = BuiltSections::new();
        for (_, id, name, picture_height, page) in todo.iter().filter(|t| t.0 == lang) {
            let built = Built {
                picture: hashed("embed", name)?,
                picture_height: *picture_height,
                frame_height: frame_height(page)?,
                long: long.clone(),
                long_height,
            };
            sections.insert(id.clone(), built);
        }
        out.push(Drawn { lang, sections, all_frame_height: frame_height(&embed_href(lang, &Embed::All))? });
    }
    Ok(out)
}

/// The oEmbed response beside each page and embed page (`oembed.json`), from what the build
/// drew and measured: a section's embed has its picture as thumbnail, a page and the whole
/// report's embed the link-preview image.
fn oembed_files(dist: &Path, site: &str, drawn: &[Drawn]) -> Result {
    use sip_site::oembed;
    let report = sip_explainer::data::report();
    for d in drawn {
        let social = format!("img/{}", sip_site::social::file_name(d.lang));
        let whole = oembed::Facts {
            frame_height: d.all_frame_height,
            thumbnail: &social,
            thumbnail_width: sip_site::social::WIDTH,
            thumbnail_height: sip_site::social::HEIGHT,
        };
        let write = |embed: Option<&Embed>, facts: &oembed::Facts| -> Result {
            let path = dist.join(oembed::folder(d.lang, embed)).join(oembed::FILE);
            fs::write(&path, oembed::response(report, d.lang, site, embed, facts)).map_err(|e| e.to_string())
        };
        write(None, &whole)?;
        for embed in Embed::all(report) {
            let section = match &embed {
                Embed::Section(id) => d.sections.get(id),
                Embed::All => None,
            };
            match section {
                Some(b) => write(
                    Some(&embed),
                    &oembed::Facts {
                        frame_height: b.frame_height,
                        thumbnail: &b.picture,
                        thumbnail_width: sip_explainer::export::POSTER_WIDTH,
                        thumbnail_height: b.picture_height,
                    },
                )?,
                None => write(Some(&embed), &whole)?,
            }
        }
    }
    eprintln!("xtask: wrote the oEmbed responses (oembed.json beside each page and embed)");
    Ok(())
}

/// A picture's name before its hash: `k3-zh`, `k3-en`, `report-zh`.
fn stem(section: &str, lang: Lang) -> String {
    let lang = match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    };
    format!("{section}-{lang}")
}

/// Runs `tools/pictures.mjs` on these jobs; returns the heights it measured, by page.
fn pictures(jobs: &serde_json::Value) -> Result<serde_json::Map<String, serde_json::Value>> {
    let work = root().join("target");
    let (jobs_file, out_file) = (work.join("pictures-jobs.json"), work.join("pictures-out.json"));
    fs::write(&jobs_file, jobs.to_string()).map_err(|e| e.to_string())?;
    let (jobs_arg, out_arg) = (jobs_file.display().to_string(), out_file.display().to_string());
    let mut node = command("node", &["pictures.mjs", &jobs_arg, &out_arg]);
    node.current_dir(root().join("tools"));
    run(node)?;
    let out = fs::read_to_string(&out_file).map_err(|e| e.to_string())?;
    serde_json::from_str(&out).map_err(|e| format!("{}: {e}", out_file.display()))
}

/// Every check CI runs; with `only_nginx`, the release site and the nginx suite alone.
pub fn test(only_nginx: bool) -> Result {
    if only_nginx {
        dist("/", None)?;
        return nginx_suite();
    }
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
    // The workspace's tests include the check that a broken data file stops the build.
    run(command("cargo", &["test", "--workspace"]))?;
    dist("/", None)?;
    // The same site with a panic built in, for the one test of what a reader sees then.
    let panic_dist = root().join("target/dist-panic");
    eprintln!("xtask: building the test-only site that panics once started ({})", panic_dist.display());
    let dir = panic_dist.display().to_string();
    let trunk = ["build", "--release", "--offline", "--features", "test-panic", "--dist", &dir, "--public-url", "/"];
    run(crate::cmd::trunk(&trunk))?;
    prerender(&panic_dist, "/", None)?;
    let mut e2e = command("node", &["--test", "--test-concurrency=1", "--test-timeout=120000", "e2e/"]);
    e2e.current_dir(root().join("tools")).env("DIST", root().join("dist")).env("DIST_PANIC", &panic_dist);
    run(e2e)?;
    nginx_suite()
}

/// Draws the link-preview images from the data and saves them as PNG under static/img/.
/// Needs Chromium and a CJK font (Debian's fonts-noto-cjk), which it installs when missing.
pub fn social() -> Result {
    crate::tools::cjk_font()?;
    let out = root().join("target/social");
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let report = sip_explainer::data::report();
    let mut draw = Vec::new();
    for lang in Lang::ALL {
        let svg = out.join(format!("social-{}.svg", lang.tag()));
        fs::write(&svg, sip_site::social::card_svg(report, lang)).map_err(|e| e.to_string())?;
        let png = root().join("static/img").join(sip_site::social::file_name(lang));
        let (width, height) = (sip_site::social::WIDTH, sip_site::social::HEIGHT);
        draw.push(serde_json::json!({ "svg": svg, "png": png, "width": width, "height": height }));
    }
    pictures(&serde_json::json!({ "draw": draw })).map(drop)
}

#[cfg(test)]
mod tests {
    use crate::cmd::command;

    /// A mistake in the data file must stop the build with the file, the entry and the field:
    /// `cargo check` of the app with its build pointed at `tests/fixtures/broken.toml`. Cargo
    /// records a build script's inputs only when it succeeds, so this failing run leaves the
    /// usual build as it was: nothing is built again afterwards.
    #[test]
    fn a_broken_data_file_stops_the_build() {
        let mut build = command("cargo", &["check", "--quiet", "-p", "sip-explainer", "--lib"]);
        build.env("SIP_REPORT_DATA", "tests/fixtures/broken.toml");
        let out = build.output().expect("cargo runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "the build went through with a broken data file");
        let expected = "tests/fixtures/broken.toml: figures[0] \"planted\": field `vaule`";
        assert!(stderr.contains(expected), "the build stopped, but without naming file, entry and field:\n{stderr}");
    }
}
