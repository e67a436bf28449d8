//! What a host gets besides the pages: the nginx server block (its headers as `_headers` gives
//! them, at the root and under a sub-path), the 404 page, and the precompressed copies.

use sip_site::{headers_file, nginx, not_found};

const POLICY: &str = "default-src 'self'; script-src 'self' 'sha256-abc='";

fn hashed() -> Vec<String> {
    vec!["style-0123abcd.css".into(), "app-4567ef_bg.wasm".into(), "img/embed/k3-en.89ab.png".into()]
}

fn embeds() -> Vec<String> {
    vec!["embed/k3/".into(), "en/embed/all/".into()]
}

#[test]
fn the_nginx_block_sends_what_headers_sends() {
    for base in ["/", "/sip/"] {
        let block = nginx::server_block(POLICY, base, &hashed(), &embeds());
        let headers = headers_file(POLICY, base, &hashed(), &embeds());
        // The same policy, frame-ancestors included, in both.
        assert!(headers.contains(&format!("Content-Security-Policy: {POLICY}; frame-ancestors *")));
        assert!(block.contains(&format!("add_header Content-Security-Policy \"{POLICY}; frame-ancestors *\" always;")));
        // Every path _headers gives a Cache-Control has its own location with the same value,
        // and the security headers again (nginx drops inherited headers once a block adds one).
        for file in hashed() {
            let at = block.find(&format!("location = {base}{file} {{")).unwrap_or_else(|| panic!("{base}{file}"));
            let body = &block[at..at + block[at..].find("    }\n").unwrap()];
            assert!(body.contains("Cache-Control \"public, max-age=31536000, immutable\""), "{body}");
            assert!(body.contains("X-Content-Type-Options \"nosniff\""), "{body}");
            assert!(headers.contains(&format!("{base}{file}\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *\n")));
            assert!(body.contains("add_header Access-Control-Allow-Origin \"*\" always;"), "{body}");
        }
        for page in ["", "en/", "embed/k3/", "en/embed/all/index.html"] {
            assert!(block.contains(&format!("location = {base}{page} {{")), "{base}{page}");
            assert!(headers.contains(&format!("{base}{page}\n  Cache-Control: public, max-age=300, must-revalidate")));
        }
        assert!(block.contains(&format!("error_page 404 {base}404.html;")));
        assert!(block.contains("gzip_static on;"));
        // The wasm's type does not depend on the host's mime.types.
        assert!(block.contains("default_type application/wasm;"));
        // The two lines a host edits, and only those.
        let edited = nginx::with_address(&block, "127.0.0.1:9", "/srv/site");
        assert_eq!(edited.lines().filter(|l| !block.contains(l)).count(), 2, "{edited}");
        assert!(edited.contains("    listen 127.0.0.1:9;\n    root /srv/site;\n"));
    }
}

#[test]
fn a_missing_page_says_so_in_both_languages_and_leads_back() {
    let report = sip_explainer::data::report();
    let page = not_found::page(report, "/sip/");
    for want in ["找不到这一页", "This page does not exist", "href=\"/sip/\"", "href=\"/sip/en/\"", "noindex"] {
        assert!(page.contains(want), "{want}: {page}");
    }
}

#[test]
fn text_files_get_gzip_and_brotli_copies_that_decode_to_them() {
    use std::io::Read;
    let dir = std::env::temp_dir().join(format!("sip-compress-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("en")).unwrap();
    let page = "<!doctype html><p>苏州工业园区 ".repeat(200);
    std::fs::write(dir.join("en/index.html"), &page).unwrap();
    std::fs::write(dir.join("picture.png"), [0u8; 64]).unwrap();
    assert_eq!(sip_site::compress::precompress(&dir).unwrap(), 1, "the page, not the picture");
    let mut gz = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(dir.join("en/index.html.gz")).unwrap())
        .read_to_string(&mut gz)
        .unwrap();
    assert_eq!(gz, page);
    let mut br = String::new();
    brotli::Decompressor::new(std::fs::File::open(dir.join("en/index.html.br")).unwrap(), 4096)
        .read_to_string(&mut br)
        .unwrap();
    assert_eq!(br, page);
    assert!(!dir.join("picture.png.gz").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
