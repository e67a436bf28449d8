//! The URL as view state: language by path, section by fragment; garbage falls back.
#![cfg(not(target_arch = "wasm32"))]

use sip_explainer::url::{href, lang_from_path, parse, section_href, ViewState};
use sip_report::Lang;

fn check(path: &str, hash: &str, base: &str, lang: Lang, section: Option<&str>) {
    let state = parse(path, hash, base, sip_explainer::data::report());
    assert_eq!(state, ViewState { lang, section: section.map(str::to_string) }, "{path}{hash} under {base}");
}

#[test]
fn paths_and_fragments() {
    for (path, hash, base, lang, section) in [
        ("/", "", "/", Lang::Zh, None),
        ("/", "#k3", "/", Lang::Zh, Some("k3")),
        ("/en/", "#k4", "/", Lang::En, Some("k4")),
        ("/en", "", "/", Lang::En, None),
        ("/en/index.html", "#k6", "/", Lang::En, Some("k6")),
        ("/index.html", "#k1", "/", Lang::Zh, Some("k1")),
        ("/sub/en/", "#k2", "/sub/", Lang::En, Some("k2")),
        ("/sub/", "#k2", "/sub/", Lang::Zh, Some("k2")),
        // Hostile or unknown input falls back to the defaults.
        ("/english/", "#k7", "/", Lang::Zh, None),
        ("/fr/", "#<img src=x onerror=alert(1)>", "/", Lang::Zh, None),
        ("/en/", "#", "/", Lang::En, None),
        ("/en/", "#%E4%BD", "/", Lang::En, None),
        ("", "", "/", Lang::Zh, None),
    ] {
        check(path, hash, base, lang, section);
    }
}

#[test]
fn links_round_trip() {
    let report = sip_explainer::data::report();
    for lang in Lang::ALL {
        for s in &report.sections {
            let state = ViewState { lang, section: Some(s.id.clone()) };
            let link = href(&state);
            assert_eq!(link, section_href(lang, &s.id));
            let (path, hash) = link.split_once('#').unwrap();
            let absolute = format!("/{}", path.trim_start_matches("./"));
            assert_eq!(parse(&absolute, &format!("#{hash}"), "/", report), state);
        }
    }
    assert_eq!(lang_from_path("/en/", "/"), Lang::En);
}
