//! Honest numbers on the page: prose holds no number that is not a reference to a figure,
//! every figure shows where the article states it, the page says how to cite it, and its
//! JSON-LD metadata parses and links the two language versions.

use crate::common;

use sip_report::Lang;
use std::sync::OnceLock;

fn report() -> &'static sip_report::Report {
    sip_explainer::data::report()
}

/// Both pages, rendered once for all the tests.
fn rendered(lang: Lang) -> &'static str {
    static PAGES: OnceLock<[String; 2]> = OnceLock::new();
    let pages = PAGES.get_or_init(|| [common::page(Lang::Zh), common::page(Lang::En)]);
    &pages[lang as usize]
}

/// The inside of the element whose opening tag contains `marker`.
fn inside<'a>(html: &'a str, marker: &str, close: &str) -> &'a str {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let start = html[at..].find('>').unwrap() + at + 1;
    let end = html[start..].find(close).unwrap() + start;
    &html[start..end]
}

/// Text as a reader sees it: tags, hydration markers and entities gone.
fn text(html: &str) -> String {
    // Yew's component markers (`<!--<[Island]>-->`) first: they hold a `>` of their own.
    let mut html = html.to_string();
    while let Some(a) = html.find("<!--") {
        let b = html[a..].find("-->").map_or(html.len(), |b| a + b + 3);
        html.replace_range(a..b, "");
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
}

/// Prose with each reference (`<a class="ref">…</a>`, `<span class="period">…</span>`) taken
/// out.
fn without_references(html: &str) -> String {
    // A term's definition (its popover, which ends with a link to the list of terms) is the
    // glossary's, not the prose's.
    let mut html = html.to_string();
    while let Some(a) = html.find("class=\"term-tip\"").and_then(|c| html[..c].rfind("<span")) {
        let b = html[a..].find("</a></span>").map_or(html.len(), |b| a + b + "</a></span>".len());
        html.replace_range(a..b, "");
    }
    let html = html.split("<span class=\"period\">").map(|p| p.split_once("</span>").map_or(p, |(_, rest)| rest));
    let html: String = html.collect::<Vec<_>>().join("");
    let mut out = String::new();
    let mut rest = html.as_str();
    while let Some(i) = rest.find("<a href=\"") {
        let Some(end) = rest[i..].find("</a>") else { break };
        let tag_end = rest[i..].find('>').unwrap() + i;
        out.push_str(&rest[..i]);
        assert!(rest[i..tag_end].contains("class=\"ref\""), "a link in prose that is not a reference");
        rest = &rest[i + end + "</a>".len()..];
    }
    out.push_str(rest);
    out
}

#[test]
fn prose_on_the_page_shows_no_number_that_is_not_a_figure_reference() {
    for lang in Lang::ALL {
        let html = rendered(lang);
        let mut prose: Vec<(String, &str)> = vec![("intro".into(), inside(html, "class=\"intro\"", "</p>"))];
        for s in report().sections.iter() {
            let key = format!("{}-summary", s.id);
            prose.push((key.clone(), inside(html, &format!("id=\"{key}\""), "</p>")));
        }
        for (key, html) in prose {
            let bare = text(&without_references(html));
            assert!(bare.chars().count() > 20, "{lang:?} {key}: prose is there");
            // Digits only inside a quoted name (the “623” system).
            let unquoted: String = bare.split('“').map(|p| p.split_once('”').map_or(p, |(_, rest)| rest)).collect();
            assert!(
                !unquoted.chars().any(|c| c.is_ascii_digit()),
                "{lang:?} {key}: a digit outside a reference: {bare}"
            );
            assert_eq!(
                sip_report::prose::stray_number(&bare, lang, &report().meta.set_phrases),
                None,
                "{lang:?} {key}: {bare}"
            );
            // And the references are there: each shows a figure with its qualifier.
            assert!(html.contains("class=\"ref\"") || key == "intro", "{lang:?} {key}: no reference");
        }
    }
    // A derived figure in prose says so.
    let zh = rendered(Lang::Zh);
    let k3 = inside(zh, "id=\"k3-summary\"", "</p>");
    assert!(k3.contains("≈190个<span class=\"ref-derived\">(推算)</span>"), "{k3}");
    let en = rendered(Lang::En);
    let k4 = text(inside(en, "id=\"k4-summary\"", "</p>"));
    assert!(k4.contains("≈800 million yuan (derived)"), "{k4}");
    // Qualifiers survive in prose: 近 stays 近, 超 stays 超.
    let k2 = text(inside(zh, "id=\"k2-summary\"", "</p>"));
    assert!(k2.contains("占全省近30%") && k2.contains("超1万家"), "{k2}");
}

#[test]
fn every_figure_on_the_page_names_its_paragraph() {
    for (lang, talent_firms, derived) in [
        (Lang::Zh, "出处:关键词三 · 第2段", "推算:272个 ÷ (1 + 42%);依据关键词三 · 第4段"),
        (Lang::En, "Source: Keyword 3, paragraph 2", "Derived: 272 projects ÷ (1 + 42%), from Keyword 3, paragraph 4"),
    ] {
        let html = rendered(lang);
        let page = text(html);
        assert!(text(inside(html, "id=\"fig-talent-firms\"", "</li>")).contains(talent_firms), "{lang:?}");
        assert!(page.contains(derived), "{lang:?}: derived figures show their rule");
        for f in report().figures.iter() {
            let place = sip_report::source::locator(report(), &f.id, lang);
            let at = html.find(&format!("id=\"fig-{}\"", f.id)).unwrap_or_else(|| panic!("{lang:?}: {}", f.id));
            let card = &html[at..at + html[at..].find("</a>").unwrap_or(0).max(html[at..].find("</li>").unwrap_or(0))];
            assert!(text(card).contains(&place), "{lang:?}: {} lacks {place}", f.id);
        }
    }
    // Lists say where they come from, and dated items carry their date.
    let en = text(rendered(Lang::En));
    assert!(en.contains("September 2023: Suzhou issues its guidance"), "dated list items");
    assert!(en.contains("Source: Keyword 1, paragraphs 3 and 5"), "a list drawn from two paragraphs");
}

#[test]
fn the_page_says_how_to_cite_it() {
    for (lang, heading, short, credit, licence) in [
        (
            Lang::Zh,
            "如何引用",
            "园区科创成绩单图解:《苏州工业园区2023年科创成绩单》,第2版,2026-12-04",
            "本页所有数字均来自苏州工业园区于2024-04-11发布的文章《六大关键词 | 解读苏州工业园区2023年科创成绩单》。",
            "采用CC BY 4.0许可发布;数字本身归原发布者苏州工业园区所有。",
        ),
        (
            Lang::En,
            "How to cite",
            "SIP innovation report card, explained, “Suzhou Industrial Park's 2023 innovation report card”, version 2, 2026-12-04",
            "Every figure on this page comes from the article “六大关键词 | 解读苏州工业园区2023年科创成绩单” (Six keywords: reading Suzhou Industrial Park's 2023 science-and-innovation report card (in Chinese)), published by Suzhou Industrial Park on 2024-04-11.",
            "published under CC BY 4.0; the figures themselves are the publisher's (Suzhou Industrial Park).",
        ),
    ] {
        let block = inside(rendered(lang), "class=\"cite\"", "</section>");
        let words = text(block);
        assert!(words.starts_with(heading), "{lang:?}: {words}");
        assert!(words.contains(short), "{lang:?}: short citation in {words}");
        assert!(words.contains(credit), "{lang:?}: credit in {words}");
        assert!(words.contains(licence), "{lang:?}: licence in {words}");
        assert!(block.contains("rel=\"license\"") && block.contains("https://creativecommons.org/licenses/by/4.0/"));
        assert_eq!(block.matches("<button type=\"button\"").count(), 2, "a copy button for each citation");
    }
    // Once the page knows its address, the full citation names it.
    let c = sip_explainer::cite::citation(report(), Lang::En, Some("https://example.org/sip/en/"));
    assert!(c.full().contains("version 2, 2026-12-04. Figures from Suzhou Industrial Park, “六大关键词 | 解读苏州工业园区2023年科创成绩单” (Six keywords"), "{}", c.full());
    let c = sip_explainer::cite::citation(report(), Lang::Zh, None);
    assert!(!c.full().contains("http"), "no address until it is known: {}", c.full());
    let en = sip_explainer::cite::citation(report(), Lang::En, Some("https://example.org/sip/en/"));
    assert!(en.full().ends_with("published 2024-04-11. https://example.org/sip/en/"), "{}", en.full());
    let zh = text(inside(rendered(Lang::Zh), "data-cite=\"full\"", "</dd>"));
    assert!(zh.starts_with(&c.full()), "the page shows the full citation: {zh}");
}
