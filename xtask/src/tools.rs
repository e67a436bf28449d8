//! Installs the toolchain the project needs, pinned, when it is missing
//! (see shared/TOOLCHAIN.md for why each version).

use crate::cmd::{command, output, root, run, Result};
use std::path::Path;

pub const TRUNK_VERSION: &str = "0.21.14";

/// Makes sure every tool is there; `browser` adds Chromium and chromedriver for tests.
pub fn ensure(browser: bool) -> Result {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    node_tools()?;
    if browser {
        chromium()?;
        java()?;
    }
    Ok(())
}

fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    eprintln!("xtask: installing the wasm32-unknown-unknown target (about 10 s)");
    run(command("rustup", &["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result {
    let have = output("trunk", &["--version"]).unwrap_or_default();
    if have.trim() == format!("trunk {TRUNK_VERSION}") {
        return Ok(());
    }
    eprintln!("xtask: installing Trunk {TRUNK_VERSION} (about 10 minutes on 2 cores, once)");
    run(command("cargo", &["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))
}

/// The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
pub fn locked_wasm_bindgen() -> Result<String> {
    let lock =
        std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn wasm_bindgen() -> Result {
    let version = locked_wasm_bindgen()?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if have.trim() == format!("wasm-bindgen {version}") {
        return Ok(());
    }
    eprintln!("xtask: installing wasm-bindgen-cli {version} to match Cargo.lock (about 3 minutes, once)");
    // Not --locked: its lock file names a crate version the registry no longer serves.
    run(command("cargo", &["install", "wasm-bindgen-cli", "--version", &version]))
}

fn node_tools() -> Result {
    let tools = root().join("tools");
    let stamp = tools.join("node_modules/.package-lock.json");
    let lock = tools.join("package-lock.json");
    let fresh = modified(&stamp).zip(modified(&lock)).is_some_and(|(s, l)| s >= l)
        && tools.join("node_modules/.bin/wasm-opt").exists();
    if fresh {
        return Ok(());
    }
    eprintln!("xtask: installing the node tools in tools/ (binaryen's wasm-opt, playwright-core, axe-core, vnu-jar, jsqr, pngjs)");
    let mut c = command("npm", &["ci", "--no-audit", "--no-fund"]);
    c.current_dir(&tools);
    run(c)
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

pub const CHROMIUM: &str = "/usr/bin/chromium";

pub fn chromium() -> Result {
    if Path::new(CHROMIUM).exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    apt_install(&["chromium", "chromium-driver"], "Chromium, for the browser tests")
}

/// Debian's nginx brotli module (`libnginx-mod-http-brotli-static`), loaded when present.
pub const NGINX_BROTLI: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/// Debian's nginx and its brotli module, for `serve --nginx` and the tests of the nginx set-up.
pub fn nginx() -> Result {
    if output("nginx", &["-v"]).is_some() && Path::new(NGINX_BROTLI).exists() {
        return Ok(());
    }
    apt_install(&["nginx", "libnginx-mod-http-brotli-static"], "nginx, to serve the site as a host's own server would")
}

/// Whether this runs as root (nginx's workers then run as root too: the site may be in a
/// folder no other user can read).
pub fn is_root() -> bool {
    output("id", &["-u"]).is_some_and(|u| u.trim() == "0")
}

/// Java, which runs the Nu Html Checker (vnu-jar) in the tests: Debian's headless JRE.
fn java() -> Result {
    if output("java", &["-version"]).is_some() {
        return Ok(());
    }
    apt_install(&["default-jre-headless"], "Java, for the Nu Html Checker")
}

/// A CJK font for drawing the link-preview images (Debian's Noto CJK).
pub fn cjk_font() -> Result {
    chromium()?;
    let have = output("fc-list", &[":lang=zh", "family"]).unwrap_or_default();
    if have.contains("Noto Sans CJK") {
        return Ok(());
    }
    apt_install(&["fonts-noto-cjk"], "a CJK font, to draw Chinese in the preview images")
}

/// Installs Debian packages when run as root; otherwise says which command to run.
fn apt_install(packages: &[&str], what: &str) -> Result {
    let list = packages.join(" ");
    if !is_root() {
        return Err(format!("{what} is missing: run `sudo apt-get install -y {list}`, then try again"));
    }
    eprintln!("xtask: installing Debian's {list} ({what})");
    run(command("apt-get", &["update"]))?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend_from_slice(packages);
    let mut c = command("apt-get", &args);
    c.env("DEBIAN_FRONTEND", "noninteractive");
    run(c)
}
