//! `cargo xtask <job>`: the project's own commands. Each installs what it needs first.

mod bench;
mod cmd;
mod site;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <job>

jobs:
  serve [--nginx]    install what is missing, build the site as `dist` does, serve it on http://127.0.0.1:8080
                     (Chinese at /, English at /en/); --nginx serves it through its own nginx.conf
                     with Debian's nginx (installed when missing, as root)
  dist [--public-url /sub/] [--site-url https://example.org/sub/]
                     build the release site into dist/: trunk build, then prerender
                     index.html and en/index.html; --site-url makes the canonical and
                     link-preview URLs absolute
  test [--only-nginx]
                     install what is missing (Chromium and nginx too), then fmt, clippy (host
                     and wasm32), cargo test, the release site, the browser tests, and the
                     nginx suite (at the root and under /sip/); --only-nginx builds the site
                     and runs the nginx suite alone
  bench              build the release site and a minimal Yew baseline, measure both in one
                     run (sizes, Lighthouse 12.2.3 mobile, Chromium timings), write BENCHMARKS.md
  setup              only install the toolchain (wasm target, Trunk, wasm-bindgen, node tools)
  social             redraw the link-preview images static/img/social-{zh,en}.png from the data
                     (needs Chromium and a CJK font; installs them when run as root)
";

fn main() -> ExitCode {
    let mut args = pico_args::Arguments::from_env();
    let job = args.subcommand().ok().flatten();
    let result = match job.as_deref() {
        Some("serve") => {
            let nginx = args.contains("--nginx");
            done(args).and_then(|_| tools::ensure(false)).and_then(|_| {
                if nginx {
                    site::serve_nginx()
                } else {
                    site::serve()
                }
            })
        }
        Some("dist") => match dist_options(&mut args) {
            Ok((public_url, site_url)) => {
                done(args).and_then(|_| tools::ensure(false)).and_then(|_| site::dist(&public_url, site_url.as_deref()))
            }
            Err(e) => Err(e),
        },
        Some("test") => {
            let only_nginx = args.contains("--only-nginx");
            done(args).and_then(|_| tools::ensure(true)).and_then(|_| site::test(only_nginx))
        }
        Some("setup") => done(args).and_then(|_| tools::ensure(true)),
        Some("bench") => done(args).and_then(|_| tools::ensure(true)).and_then(|_| bench::bench()),
        Some("social") => done(args).and_then(|_| tools::ensure(false)).and_then(|_| site::social()),
        Some(other) => Err(format!("unknown job `{other}`")),
        None => Err("which job?".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// `dist`'s options: `--public-url /sub/` (default `/`) and `--site-url https://…/` (optional),
/// each normalised to begin and end as the build expects.
fn dist_options(args: &mut pico_args::Arguments) -> Result<(String, Option<String>), String> {
    let public: Option<String> = args.opt_value_from_str("--public-url").map_err(|e| e.to_string())?;
    let site: Option<String> = args.opt_value_from_str("--site-url").map_err(|e| e.to_string())?;
    let mut public = public.unwrap_or_else(|| "/".to_string());
    if !public.starts_with('/') {
        public.insert(0, '/');
    }
    if !public.ends_with('/') {
        public.push('/');
    }
    let site = site.map(|url| if url.ends_with('/') { url } else { format!("{url}/") });
    if let Some(url) = site.as_deref().filter(|u| !u.starts_with("https://") && !u.starts_with("http://")) {
        return Err(format!("--site-url must be an http(s) address, not `{url}`"));
    }
    Ok((public, site))
}

/// Fails on anything left over: a misspelled flag, or a value no flag took.
fn done(args: pico_args::Arguments) -> Result<(), String> {
    let rest = args.finish();
    if rest.is_empty() {
        Ok(())
    } else {
        let rest: Vec<String> = rest.iter().map(|a| a.to_string_lossy().into_owned()).collect();
        Err(format!("unexpected argument{} {}", if rest.len() == 1 { "" } else { "s" }, rest.join(" ")))
    }
}
