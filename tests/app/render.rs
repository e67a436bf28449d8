//! The whole app rendered by Yew's server renderer, in each language: six sections in
//! order, every headline figure, every figure, the source credit.

use crate::common;

use sip_report::{format, Lang, Report};

fn render(report: &'static Report, lang: Lang) -> String {
    common::page_of(report, lang)
}

/// HTML text as a reader sees it (entities decoded).
fn decoded(html: &str) -> String {
    html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn each_language_holds_six_sections_in_order_and_every_figure() {
    let report = sip_explainer::data::report();
    for lang in Lang::ALL {
        let html = render(report, lang);
        let text = decoded(&html);
        let positions: Vec<usize> = report
            .sections
            .iter()
            .map(|s| {
                html.find(&format!("<section id=\"{}\"", s.id))
                    .unwrap_or_else(|| panic!("{lang:?}: no section {}", s.id))
            })
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{lang:?}: sections out of order");
        for s in report.sections.iter() {
            assert!(text.contains(s.keyword.get(lang)), "{lang:?}: keyword of {}", s.id);
            for id in s.headline.iter() {
                let d = report.datum(id).unwrap();
                let f = format::datum(&d, lang);
                let card = format!("<span class=\"card-num\">{}</span>", f.number);
                assert!(
                    html.contains(&format!("id=\"fig-{id}\"")) && html.contains(&card),
                    "{lang:?}: headline card {id}"
                );
            }
        }
        for f in report.figures.iter() {
            let d = report.datum(&f.id).unwrap();
            assert!(html.contains(&format!("id=\"fig-{}\"", f.id)), "{lang:?}: figure {} is not on the page", f.id);
            assert!(
                text.contains(&format::plain(&d, lang)) || text.contains(&format::datum(&d, lang).number),
                "{lang:?}: value of {}",
                f.id
            );
        }
        assert!(
            text.contains(report.meta.article_title.get(lang)) && text.contains("2024-04-11"),
            "{lang:?}: source credit"
        );
        assert_eq!(html.matches("role=\"img\"").count(), report.charts.len(), "{lang:?}: one SVG per chart");
    }
}

#[test]
fn the_languages_do_not_mix() {
    let report = sip_explainer::data::report();
    let zh = render(report, Lang::Zh);
    let en = render(report, Lang::En);
    assert!(zh.contains("关键词一") && !zh.contains("Keyword 1"));
    assert!(en.contains("Keyword 1") && !en.contains("关键词一"));
    assert!(
        en.contains("<a href=\"./\" hreflang=\"zh-CN\" lang=\"zh-CN\" class=\"lang-toggle\">中文</a>"),
        "the toggle points to Chinese"
    );
    assert!(
        zh.contains("<a href=\"en/\" hreflang=\"en\" lang=\"en\" class=\"lang-toggle\">English</a>"),
        "the toggle points to English"
    );
    // Section links stay in their language.
    assert!(en.contains("href=\"en/#k3\"") && zh.contains("href=\"./#k3\""));
}

#[test]
fn derived_figures_say_so() {
    let report = sip_explainer::data::report();
    let zh = render(report, Lang::Zh);
    let en = render(report, Lang::En);
    assert!(zh.contains("≈47人") && zh.contains("推算"));
    assert!(en.contains("≈47 people") && en.contains("derived"));
}

#[test]
fn a_second_report_renders_without_code_changes() {
    let mini = sip_report::load::from_toml_str("mini.toml", include_str!("../fixtures/mini.toml")).unwrap();
    let mini: &'static Report = Box::leak(Box::new(mini));
    for lang in Lang::ALL {
        let html = render(mini, lang);
        assert!(html.contains("<section id=\"trees\"") && html.contains("<section id=\"money\""));
        assert!(!html.contains("<section id=\"k1\""));
    }
    let en = decoded(&render(mini, Lang::En));
    for want in [
        "1,234 trees",
        "nearly 5,000 trees",
        "over 35,000 yuan",
        "≈1,100 trees",
        "Trees: 2029 and 2030",
        "March 2030",
        "First forest park",
    ] {
        assert!(en.contains(want), "mini report lacks {want}");
    }
    let zh = decoded(&render(mini, Lang::Zh));
    for want in [
        "1234棵",
        "近5000棵",
        "超3.5万元",
        "≈1100棵",
        "累计",
        // The mention links to the figure, says what it is, and is the one the chart's table
        // links back to.
        "href=\"./#fig-planted\"",
        "data-fig=\"planted\"",
        "id=\"ref-trees-planted\"",
        "aria-label=\"1234棵:新种树木\"",
        ">1234棵</a>树",
    ] {
        assert!(zh.contains(want), "mini report lacks {want}");
    }
}

#[test]
fn every_named_list_and_first_is_on_the_page() {
    let report = sip_explainer::data::report();
    for lang in Lang::ALL {
        let text = decoded(&render(report, lang));
        for list in report.lists.iter() {
            assert!(
                text.contains(list.title.get(lang))
                    || report.charts.iter().any(|c| c.list.as_deref() == Some(&list.id)),
                "{lang:?}: list {}",
                list.id
            );
            for item in list.items.iter() {
                assert!(text.contains(item.text(lang)), "{lang:?}: {} lacks {:?}", list.id, item.text(lang));
            }
        }
        for first in report.firsts.iter() {
            assert!(text.contains(first.label.get(lang)), "{lang:?}: first {}", first.id);
        }
    }
    // The ladder's rung names are shown as a list: the chart itself shows the measured figures.
    let en = decoded(&render(report, Lang::En));
    assert!(en.contains("<h3>The enterprise ladder</h3>") && en.contains("<li>Gazelles</li>"));
}

#[test]
fn an_embed_page_holds_its_own_section_and_the_credit_only() {
    use sip_explainer::url::Embed;
    let report = sip_explainer::data::report();
    for lang in Lang::ALL {
        let html = sip_explainer::ssr::render_embed(report, lang, &Embed::Section("k3".into()));
        assert!(html.contains("<section id=\"k3\""), "{lang:?}");
        for other in ["k1", "k2", "k4", "k5", "k6"] {
            assert!(!html.contains(&format!("<section id=\"{other}\"")), "{lang:?}: {other}");
        }
        assert!(html.contains("data-embed=\"k3\"") && html.contains("class=\"embed-credit\""));
        assert!(!html.contains("class=\"site-head\"") && !html.contains("embed-menu"), "no site header, no embed menu");
        assert!(html.contains("chart-svg"), "its charts are drawn");
        let all = sip_explainer::ssr::render_embed(report, lang, &Embed::All);
        assert_eq!(all.matches("<section id=\"k").count(), 6);
    }
}

#[test]
fn the_report_card_says_what_each_figure_counts() {
    let report = sip_explainer::data::report();
    for lang in Lang::ALL {
        let html = decoded(&render(report, lang));
        let start = html.find("class=\"report-card\"").expect("the report card");
        let card = &html[start..start + html[start..].find("</nav>").unwrap()];
        for s in report.sections.iter() {
            let d = report.datum(&s.card).unwrap();
            let entry = format!(
                "<span class=\"rc-figure\">{}</span><span class=\"rc-label\">{}</span>",
                format::plain(&d, lang),
                d.label.get(lang)
            );
            assert!(card.contains(&entry), "{lang:?} {}: {entry}", s.id);
        }
    }
}

#[test]
fn the_page_is_plain_html_with_islands_only_where_the_reader_acts() {
    use sip_explainer::components::island::Part;
    let report = sip_explainer::data::report();
    for lang in Lang::ALL {
        let html = common::page(lang);
        let roots: Vec<(String, String)> = html
            .split("data-island=\"")
            .skip(1)
            .map(|rest| {
                let key = rest[..rest.find('"').unwrap()].to_string();
                let wake = rest.split("data-hydrate=\"").nth(1).map(|w| w[..w.find('"').unwrap()].to_string());
                (key, wake.unwrap_or_default())
            })
            .collect();
        // The toggles, each section's tools, each chart, the citation block.
        assert_eq!(roots.len(), 1 + report.sections.len() + report.charts.len() + 1, "{roots:?}");
        for (key, wake) in &roots {
            let part = Part::from_key(key).unwrap_or_else(|| panic!("{key} names no island"));
            assert_eq!(part.root_attrs(), (key.clone(), wake.as_str()), "{key}");
        }
        assert_eq!(roots[0], ("head".to_string(), "load".to_string()));
        assert_eq!(roots.last().unwrap(), &("cite".to_string(), "load".to_string()));
        // The sections themselves, their cards and summaries are not islands.
        assert!(!html.contains("<section id=\"k1\" class=\"keyword\" aria-labelledby=\"k1-title\" data-island"));
        // An embed has chart islands only.
        let embed = sip_explainer::ssr::render_embed(report, lang, &sip_explainer::url::Embed::Section("k3".into()));
        let keys: Vec<&str> = embed.split("data-island=\"").skip(1).map(|r| &r[..r.find('"').unwrap()]).collect();
        assert_eq!(keys, vec!["chart-talent-growth", "chart-talent-firms"]);
    }
    assert_eq!(Part::from_key("<img src=x>"), None);
}

#[test]
fn qr_codes_are_black_on_white_with_a_quiet_zone() {
    let svg = sip_explainer::qr::svg("https://example.org/sip/en/#k3", 176, "QR code: <k3>").unwrap();
    let side: i32 = svg.split("viewBox=\"0 0 ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    // Version 3 (29 modules) for a link this long, and four modules of white all round.
    assert_eq!(side, 29 + 2 * sip_explainer::qr::QUIET);
    assert!(svg.contains(&format!("<rect width=\"{side}\" height=\"{side}\" fill=\"#FFFFFF\"/>")));
    assert!(svg.contains("fill=\"#000000\"") && svg.contains("aria-label=\"QR code: &lt;k3&gt;\""));
    // No dark module in the quiet zone: every run starts and ends inside it.
    let d = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let nums: Vec<i32> =
            run.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
        let (x, y, w) = (nums[0], nums[1], nums[2]);
        assert!(x >= 4 && y >= 4 && x + w <= side - 4 && y < side - 4, "{run}");
    }
    // Deterministic: the page and the wasm draw the same code for the same link.
    assert_eq!(svg, sip_explainer::qr::svg("https://example.org/sip/en/#k3", 176, "QR code: <k3>").unwrap());
}

#[test]
fn the_printed_page_qr_code_waits_for_the_address() {
    // The server does not know the site's address: no code in the prerendered page (the
    // browser draws it once it does).
    let html = common::page(Lang::En);
    assert!(!html.contains("class=\"print-qr\"") && !html.contains("class=\"qr\""), "no QR code drawn");
    assert!(html.contains("class=\"menu qr-menu\""));
}

#[test]
fn prerendering_is_deterministic() {
    for lang in Lang::ALL {
        assert_eq!(common::page(lang), common::page(lang));
    }
}

#[test]
fn the_terms_have_a_page_of_their_own_which_every_definition_links_to() {
    let r = sip_explainer::data::report();
    for lang in Lang::ALL {
        let terms = sip_explainer::ssr::render_terms(r, lang);
        let page = crate::common::page(lang);
        let list = sip_explainer::url::terms_href(lang);
        for term in r.glossary.iter() {
            // Each term on the terms page, once, with its definition.
            assert_eq!(terms.matches(&format!("id=\"term-{}\"", term.id)).count(), 1, "{}", term.id);
            assert!(decoded(&terms).contains(term.definition.get(lang)), "{}", term.id);
            // Not on the report's page any more, where a definition opened in place links to it.
            assert!(!page.contains(&format!("id=\"term-{}\"", term.id)), "{}", term.id);
        }
        assert!(page.contains(&format!("href=\"{list}#term-gazelle\"")), "a definition links to its entry");
        // The report's page keeps `#terms`, pointing to the list, which says how many terms.
        let pointer = format!("<a href=\"{list}\">");
        assert!(page.contains("id=\"terms\"") && page.contains(&pointer), "the pointer to {list}");
        let n = r.glossary.len().to_string();
        assert!(page[page.find(&pointer).unwrap()..].split("</a>").next().unwrap().contains(&n));
        // The way back, and the other language's list; no island: nothing there reacts.
        assert!(terms.contains(&format!("href=\"{}\"", sip_explainer::url::page_href(lang))));
        assert!(terms.contains(&format!("href=\"{}\"", sip_explainer::url::terms_href(lang.other()))));
        assert!(!terms.contains("data-island"));
    }
}
