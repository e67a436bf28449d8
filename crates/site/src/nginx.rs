//! The site as an nginx `server` block, with the same headers as `_headers`: for a newsroom or
//! a portal that serves from its own nginx (often behind a domestic CDN), which reads no
//! `_headers`. Written by `cargo xtask dist` beside the site, since its Content-Security-Policy
//! holds this build's script hashes.

/// The lines a host edits: where nginx listens, and the folder the site's base path starts in.
pub const LISTEN: &str = "listen 8080;";
pub const ROOT: &str = "root /var/www/sip-explainer;";

/// The security headers every response carries, error pages included (`always`).
fn security(policy: &str) -> String {
    [
        format!("Content-Security-Policy \"{policy}; frame-ancestors *\""),
        "X-Content-Type-Options \"nosniff\"".to_string(),
        "Referrer-Policy \"strict-origin-when-cross-origin\"".to_string(),
        "Permissions-Policy \"camera=(), microphone=(), geolocation=()\"".to_string(),
    ]
    .iter()
    .map(|h| format!("        add_header {h} always;\n"))
    .collect()
}

/// A `location` with the security headers and, if given, a `Cache-Control`. nginx drops the
/// headers a block inherits as soon as it adds one of its own, so each block says them all.
fn location(pattern: &str, cache: Option<&str>, policy: &str, extra: &str) -> String {
    let cache = cache.map(|c| format!("        add_header Cache-Control \"{c}\" always;\n")).unwrap_or_default();
    format!("    location {pattern} {{\n{extra}{cache}{}    }}\n", security(policy))
}

/// The `server` block for a build whose pages live under `base` (`/` or `/sub/`), with these
/// hashed files and embed pages (relative to `base`, as in `_headers`).
pub fn server_block(policy: &str, base: &str, hashed: &[String], embeds: &[String]) -> String {
    const IMMUTABLE: &str = "public, max-age=31536000, immutable";
    const PAGE: &str = "public, max-age=300, must-revalidate";
    const HOUR: &str = "public, max-age=3600";
    let mut out = format!(
        "# This site on nginx, with the same headers as _headers. Written by `cargo xtask dist` for this\n\
         # build (the Content-Security-Policy holds its scripts' hashes): use the file of the build you\n\
         # deploy. Include it in nginx's http block; edit only `listen` and `root`. `root` is the folder\n\
         # the site's base path starts in: this build's files are at <root>{base}. Brotli: with Debian's\n\
         # libnginx-mod-http-brotli-static, put `brotli_static on;` in the http block.\n\
         server {{\n    {LISTEN}\n    {ROOT}\n\n\
         \x20   charset utf-8;\n\
         \x20   index index.html;\n\
         \x20   # The build writes index.html.gz beside index.html (and .br): served as they are.\n\
         \x20   gzip_static on;\n\
         \x20   gzip_vary on;\n\
         \x20   # A folder without its slash is sent to it, by a path (right behind a proxy or CDN too).\n\
         \x20   absolute_redirect off;\n\
         \x20   # A missing page is a 404 with a short page in both languages, never the home page.\n\
         \x20   error_page 404 {base}404.html;\n\
         \x20   error_page 403 =404 {base}404.html;\n\n"
    );
    // Everything under the base: the security headers; a folder opens its index.html.
    out += &location(base, None, policy, "");
    out += &location(&format!("= {base}404.html"), Some("no-store"), policy, "        internal;\n");
    // The build's own notes for hosts are not pages.
    for file in ["_headers", "nginx.conf"] {
        out += &format!("    location = {base}{file} {{\n        return 404;\n    }}\n");
    }
    // Files whose name changes with their content: kept for good.
    for file in hashed {
        // The wasm's type whatever the host's mime.types says: browsers compile it while it
        // downloads only when it is `application/wasm`.
        let wasm =
            if file.ends_with(".wasm") { "        types { }\n        default_type application/wasm;\n" } else { "" };
        // Public and unchanging: any origin may read them (a sandboxed frame has none).
        let extra = format!("{wasm}        add_header Access-Control-Allow-Origin \"*\" always;\n");
        out += &location(&format!("= {base}{file}"), Some(IMMUTABLE), policy, &extra);
    }
    // Pages: a few minutes, so a correction reaches readers soon.
    let mut pages: Vec<String> = vec![String::new(), "index.html".into(), "en/".into(), "en/index.html".into()];
    pages.extend(embeds.iter().flat_map(|e| [e.clone(), format!("{e}index.html")]));
    for page in &pages {
        out += &location(&format!("= {base}{page}"), Some(PAGE), policy, "");
    }
    // The host script, the dataset, the oEmbed responses and the link-preview images: an hour.
    let quoted = regex_escape(base);
    out += &location(
        &format!("~ \"^{quoted}(?:embed\\.js|(?:[^/]+/)*[^/]+\\.json|img/social-[^/]+)$\""),
        Some(HOUR),
        policy,
        "",
    );
    out += "}\n";
    out
}

/// A path as an nginx (PCRE) regular expression that matches it alone.
fn regex_escape(s: &str) -> String {
    s.chars().fold(String::new(), |mut out, c| {
        if ".^$*+?()[]{}|\\".contains(c) {
            out.push('\\');
        }
        out.push(c);
        out
    })
}

/// The server block with `listen` and `root` set: what a host does to the file by hand.
pub fn with_address(block: &str, listen: &str, root: &str) -> String {
    block.replacen(LISTEN, &format!("listen {listen};"), 1).replacen(ROOT, &format!("root {root};"), 1)
}
