//! The stylesheet as served: comments out, rules kept, integrity renewed.
#![cfg(not(target_arch = "wasm32"))]

use sip_explainer::stylesheet::{linked, minify, with_integrity};

#[test]
fn comments_and_indentation_go_strings_stay() {
    let css = "/* head */\n.a {\n  color: red; /* why */\n}\n\n.b::after { content: \"/* not a comment */\"; }\n/* multi\n   line */\n.c { font-family: 'x/*y'; }\n";
    assert_eq!(
        minify(css),
        ".a {\ncolor: red;\n}\n.b::after { content: \"/* not a comment */\"; }\n.c { font-family: 'x/*y'; }\n"
    );
    assert_eq!(minify(&minify(css)), minify(css), "minifying twice changes nothing more");
}

#[test]
fn the_real_stylesheet_keeps_every_rule() {
    let css = std::fs::read_to_string("static/style.css").unwrap();
    let small = minify(&css);
    assert!(css.contains("/*") && !small.contains("/*"), "its comments go");
    assert!(small.len() < css.len() * 9 / 10, "{} → {} bytes", css.len(), small.len());
    let count = |s: &str, c: char| s.chars().filter(|&x| x == c).count();
    // Comments in this stylesheet hold no braces, so every brace is a rule's.
    for c in ['{', '}'] {
        assert_eq!(count(&small, c), count(&css, c), "every {c} of a rule is kept");
    }
    for selector in [".keyword {", "@media print {", ":root[data-theme=\"dark\"] {", ".card[data-derived] {"] {
        assert!(small.lines().any(|l| l.starts_with(selector)), "{selector}");
    }
}

#[test]
fn the_link_gets_the_hash_of_what_is_served() {
    let html = "<head><link rel=\"icon\" href=\"i.svg\"><link rel=\"stylesheet\" href=\"/style-1.css\" integrity=\"sha384-OLD\"/></head>";
    assert_eq!(linked(html), Some("/style-1.css"));
    let out = with_integrity(html, "a{}\n").unwrap();
    let expected = {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest("a{}\n"))
    };
    assert!(out.contains(&format!("integrity=\"sha384-{expected}\"")), "{out}");
    assert!(!out.contains("sha384-OLD"));
    assert!(out.contains("<link rel=\"icon\" href=\"i.svg\">"), "other links are left alone");
    assert_ne!(with_integrity(html, "b{}\n").unwrap(), out, "the hash follows the content");
    assert!(with_integrity("<head></head>", "a{}").is_err());
    assert!(with_integrity("<link rel=\"stylesheet\" href=\"s.css\">", "a{}").is_err());
}
