//! `cargo xtask <job>`: the project's own commands. Each installs what it needs first.

mod bench;
mod cmd;
mod site;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <job>

jobs:
  serve              install what is missing, build the site as `dist` does, serve it on http://127.0.0.1:8080
                     (Chinese at /, English at /en/)
  dist [--public-url /sub/] [--site-url https://example.org/sub/]
                     build the release site into dist/: trunk build, then prerender
                     index.html and en/index.html; --site-url makes the canonical and
                     link-preview URLs absolute
  test               install what is missing (Chromium too), then fmt, clippy (host and
                     wasm32), cargo test, the release site, and the browser tests
  bench              build the release site and a minimal Yew baseline, measure both in one
                     run (sizes, Lighthouse 12.2.3 mobile, Chromium timings), write BENCHMARKS.md
  setup              only install the toolchain (wasm target, Trunk, wasm-bindgen, node tools)
  social             redraw the link-preview images static/img/social-{zh,en}.png from the data
                     (needs Chromium and a CJK font; installs them when run as root)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => tools::ensure(false).and_then(|_| site::serve()),
        Some("dist") => {
            tools::ensure(false).and_then(|_| site::dist(&public_url(&args[1..]), site_url(&args[1..]).as_deref()))
        }
        Some("test") => tools::ensure(true).and_then(|_| site::test()),
        Some("setup") => tools::ensure(true),
        Some("bench") => tools::ensure(true).and_then(|_| bench::bench()),
        Some("social") => tools::ensure(false).and_then(|_| site::social()),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn site_url(args: &[String]) -> Option<String> {
    let url = args.iter().position(|a| a == "--site-url").and_then(|i| args.get(i + 1))?;
    Some(if url.ends_with('/') { url.clone() } else { format!("{url}/") })
}

fn public_url(args: &[String]) -> String {
    let mut url = args
        .iter()
        .position(|a| a == "--public-url")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "/".to_string());
    if !url.starts_with('/') {
        url.insert(0, '/');
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    url
}
