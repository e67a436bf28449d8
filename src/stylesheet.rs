//! The stylesheet as the built site serves it: without comments, indentation or blank
//! lines, and with the integrity hash in Trunk's `<link>` renewed to match.
//!
//! Trunk's own minifier comes with minifying the HTML template as well, which the prerender
//! does not parse; and the stylesheet's comments are a fifth of its gzip size. Native only:
//! `cargo xtask dist` runs it after `trunk build`.

use crate::prerender::link_tag;

/// The first stylesheet a page links: its `href` as written (`/style-….css`).
pub fn linked(html: &str) -> Option<&str> {
    let link = link_tag(html, "stylesheet")?;
    let start = link.find("href=\"")? + "href=\"".len();
    let len = link[start..].find('"')?;
    Some(&link[start..start + len])
}

/// `css` without comments, indentation and blank lines. Strings are kept as written, even
/// when they contain `/*`; line breaks are kept, so nothing that separates tokens goes.
pub fn minify(css: &str) -> String {
    let mut kept = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                kept.push(c);
                if c == '\\' {
                    kept.extend(chars.next());
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                kept.push(c);
            }
        }
    }
    let lines: Vec<&str> = kept.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    lines.join("\n") + "\n"
}

/// Trunk's page with the stylesheet link's `integrity` made that of `css`. Fails if the page
/// links no stylesheet with an integrity hash.
pub fn with_integrity(html: &str, css: &str) -> Result<String, String> {
    use base64::Engine;
    use sha2::Digest;
    let link = link_tag(html, "stylesheet").ok_or("the page links no stylesheet")?;
    let start = link.find("integrity=\"").ok_or("the stylesheet link has no integrity hash")? + "integrity=\"".len();
    let len = link[start..].find('"').ok_or("the integrity attribute is not closed")?;
    let hash = format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(css)));
    let new_link = format!("{}{hash}{}", &link[..start], &link[start + len..]);
    Ok(html.replacen(link, &new_link, 1))
}
