//! The finished pages: language, title and the app's HTML in place, deterministic.
#![cfg(not(target_arch = "wasm32"))]

use sip_explainer::prerender::page;
use sip_report::Lang;

const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n  <title>x</title>\n<link rel=\"preload\" href=\"/a.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-abc\" as=\"fetch\" type=\"application/wasm\"></head>\n<body>\n  <div id=\"app\"></div>\n</body>\n</html>\n";

#[test]
fn pages_carry_their_language_and_content() {
    let en = page(TEMPLATE, Lang::En, "<main>hello</main>").unwrap();
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("<title>Suzhou Industrial Park&#39;s 2023 innovation report card</title>"));
    assert!(en.contains("<div id=\"app\"><main>hello</main></div>"));
    assert!(en.contains("hreflang=\"zh-CN\" href=\"./\""));
    assert!(!en.contains("integrity=\"sha384-abc\""), "Chromium ignores preload integrity and warns");
    let zh = page(TEMPLATE, Lang::Zh, "<main>你好</main>").unwrap();
    assert!(zh.contains("<html lang=\"zh-CN\">") && zh.contains("<title>苏州工业园区2023年科创成绩单</title>"));
}

#[test]
fn a_template_without_the_mount_point_is_an_error() {
    let err = page("<html lang=\"zh-CN\"><title>x</title></html>", Lang::Zh, "").unwrap_err();
    assert!(err.contains("<div id=\"app\"></div>"), "{err}");
}

#[test]
fn prerendering_is_deterministic() {
    let render = |lang| {
        let props = sip_explainer::components::app::AppProps {
            report: sip_explainer::components::ReportRef(sip_explainer::data::report()),
            initial: sip_explainer::url::ViewState { lang, ..Default::default() },
        };
        futures::executor::block_on(
            yew::LocalServerRenderer::<sip_explainer::components::app::App>::with_props(props).render(),
        )
    };
    for lang in Lang::ALL {
        assert_eq!(render(lang), render(lang));
    }
}
