//! The Embed menu's three snippets, and the build facts the page carries for them.

use crate::common;

use sip_explainer::snippets::{self, Built};
use sip_explainer::url::Embed;
use sip_report::Lang;

const SITE: &str = "https://example.org/sip/";

fn built() -> Built {
    Built {
        picture: "img/embed/k3-en.0123456789ab.png".into(),
        picture_height: 2345,
        frame_height: 3120,
        long: "img/long/report-en.0123456789ab.png".into(),
        long_height: 9876,
    }
}

#[test]
fn the_resizing_form_is_a_lazy_titled_iframe_with_the_host_script() {
    let r = sip_explainer::data::report();
    let code = snippets::resizing(r, SITE, &Embed::Section("k3".into()), Lang::En);
    assert!(code.starts_with("<iframe src=\"https://example.org/sip/en/embed/k3/\" title=\"More than 2,600 people · "));
    assert!(code.contains("loading=\"lazy\"") && code.contains("allow=\"clipboard-write; web-share\""));
    assert!(code.ends_with("<script src=\"https://example.org/sip/embed.js\" async></script>"), "{code}");
}

#[test]
fn the_iframe_alone_is_as_tall_as_the_build_measured_and_has_no_script() {
    let r = sip_explainer::data::report();
    let code = snippets::fixed(r, SITE, "k3", Lang::Zh, &built());
    assert!(code.starts_with("<iframe src=\"https://example.org/sip/embed/k3/\""), "{code}");
    assert!(code.contains("height=\"3120\"") && code.contains("width=\"100%\""), "{code}");
    assert!(!code.contains("<script"), "nothing a script-stripping host would remove");
}

#[test]
fn the_picture_links_to_the_section_and_is_described() {
    let r = sip_explainer::data::report();
    let code = snippets::picture(r, SITE, "k3", Lang::En, &built());
    assert!(code.starts_with("<a href=\"https://example.org/sip/en/#k3\"><img src=\"https://example.org/sip/img/embed/k3-en.0123456789ab.png\""), "{code}");
    assert!(code.contains("width=\"1080\" height=\"2345\""), "the picture's size, so the host lays it out once");
    assert!(!code.contains("<iframe") && !code.contains("<script"));
    let alt = snippets::description(r, "k3", Lang::En);
    assert!(code.contains(&format!("alt=\"{}\"", sip_explainer::text::escape(&alt))));
}

#[test]
fn the_long_picture_links_to_the_page_and_lists_every_headline_figure() {
    let r = sip_explainer::data::report();
    let code = snippets::long_picture(r, SITE, Lang::En, &built());
    assert!(code.starts_with("<a href=\"https://example.org/sip/en/\"><img src=\"https://example.org/sip/img/long/report-en.0123456789ab.png\""), "{code}");
    assert!(code.contains("width=\"1080\" height=\"9876\""), "{code}");
    assert!(!code.contains("<iframe") && !code.contains("<script"));
    // Its alt text names every keyword and every headline figure, as the cards write it.
    let alt = snippets::long_description(r, Lang::Zh);
    assert!(alt.starts_with(&*r.meta.title.zh), "{alt}");
    for s in r.sections.iter() {
        assert!(alt.contains(&*s.keyword.zh), "{alt}");
        for f in s.headline.iter() {
            let datum = r.datum(f).unwrap();
            assert!(alt.contains(&sip_report::format::plain(&datum, Lang::Zh)), "{f} in {alt}");
        }
    }
    // And what the charts draw: the derived 2022 values (marked), the steps, the five counts.
    for drawn in ["≈47人", "≈190个", "选择一个特色产业", "打造一个品牌盛会", "境内外上市企业", "66家"]
    {
        assert!(alt.contains(drawn), "{drawn} in {alt}");
    }
    assert!(alt.contains("推算"), "{alt}");
}

#[test]
fn a_section_description_names_the_keyword_its_figures_with_qualifiers_and_its_chart() {
    let r = sip_explainer::data::report();
    for lang in Lang::ALL {
        for s in r.sections.iter() {
            let d = snippets::description(r, &s.id, lang);
            assert!(d.contains(s.keyword.get(lang)) && d.contains(s.theme.get(lang)), "{d}");
            for f in s.headline.iter() {
                let datum = r.datum(f).unwrap();
                assert!(d.contains(&sip_report::format::plain(&datum, lang)), "{}: {f} in {d}", s.id);
            }
            if let Some(c) = r.charts_in(&s.id).next() {
                assert!(d.contains(c.title.get(lang)), "{d}");
            }
            assert!(!d.contains('{') && !d.contains("  "), "{d}");
        }
    }
    assert!(snippets::description(r, "k3", Lang::Zh).contains("超2600"), "超 as on the page");
    assert_eq!(snippets::description(r, "nope", Lang::En), "");
}

#[test]
fn the_page_writes_the_build_facts_on_each_sections_tools_and_the_browser_reads_them_back() {
    for lang in Lang::ALL {
        let html = common::page(lang);
        for (id, expected) in common::built(lang) {
            let root = format!("data-island=\"{id}-tools\"");
            let at = html.find(&root).unwrap_or_else(|| panic!("{id}'s tools"));
            let tag = &html[html[..at].rfind('<').unwrap()..at + html[at..].find('>').unwrap()];
            let attr = |name: &str| {
                let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
                Some(tag[start..start + tag[start..].find('"')?].to_string())
            };
            assert_eq!(Built::from_attrs(attr), Some(expected), "{tag}");
        }
    }
    // An embed has no tools, and needs no facts.
    let embed = sip_explainer::ssr::render_embed(
        sip_explainer::data::report(),
        Lang::En,
        &sip_explainer::url::Embed::Section("k3".into()),
    );
    assert!(!embed.contains("data-picture"));
}

#[test]
fn a_page_without_the_facts_for_a_section_is_an_error_and_bad_facts_are_refused() {
    let r = sip_explainer::data::report();
    let mut built = common::built(Lang::En);
    built.remove("k5");
    let err = sip_explainer::ssr::render_page(r, Lang::En, &built).unwrap_err();
    assert!(err.contains("k5") && err.contains("en"), "{err}");
    let attrs = |picture: &'static str, height: &'static str| {
        move |name: &str| match name {
            "data-picture" => Some(picture.to_string()),
            "data-picture-height" => Some(height.to_string()),
            "data-frame-height" => Some("100".to_string()),
            "data-long" => Some("img/long/report-zh.0123456789ab.png".to_string()),
            "data-long-height" => Some("9000".to_string()),
            _ => None,
        }
    };
    assert!(Built::from_attrs(attrs("img/embed/k3.png", "10")).is_some());
    assert!(Built::from_attrs(attrs("javascript:alert(1)//.png", "10")).is_none(), "only our own pictures");
    assert!(Built::from_attrs(attrs("img/embed/k3.png", "0")).is_none());
    assert!(Built::from_attrs(attrs("img/embed/k3.png", "-5")).is_none());
    assert!(Built::from_attrs(|_| None).is_none());
}
