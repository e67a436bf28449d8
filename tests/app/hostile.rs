//! Hostile input: arbitrary URLs never panic and always give a valid view; markup in every
//! text of a report renders as text, in the page, the charts and the downloads.

use crate::common;

use proptest::prelude::*;
use sip_explainer::url::{parse, Embed, Location, ViewState};
use sip_report::{Lang, Report, Text};

fn report() -> &'static Report {
    sip_explainer::data::report()
}

/// Every anchor the page has, listed from the data: `main`, each section, each chart
/// (`chart-…`) and each figure, reported or derived (`fig-…`).
fn anchors() -> Vec<String> {
    let r = report();
    let mut out = vec!["main".to_string()];
    out.extend(r.sections.iter().map(|s| s.id.to_string()));
    out.extend(r.charts.iter().map(|c| format!("chart-{}", c.id)));
    out.extend(r.figures.iter().map(|f| format!("fig-{}", f.id)));
    out.extend(r.derived.iter().map(|d| format!("fig-{}", d.id)));
    out
}

fn valid(state: &ViewState) -> bool {
    let r = report();
    state.anchor.as_deref().is_none_or(|a| anchors().iter().any(|x| x == a))
        && state.table.as_deref().is_none_or(|t| r.charts.iter().any(|c| c.id == t))
        && match &state.embed {
            Some(Embed::Section(s)) => r.section(s).is_some(),
            _ => true,
        }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_location_parses_to_a_valid_view(path in ".{0,64}", query in ".{0,300}", hash in ".{0,120}", base in prop_oneof![Just("/".to_string()), Just("/sub/".to_string()), ".{0,10}"]) {
        let state = parse(Location { path: &path, query: &query, hash: &hash, base: &base }, report());
        prop_assert!(valid(&state), "{state:?}");
    }

    #[test]
    fn query_shaped_noise_parses_to_a_valid_view(pairs in proptest::collection::vec(("(embed|table|theme|x|)", "[a-z0-9%<>\"'&=/.-]{0,30}"), 0..12), hash in "#?[a-z0-9%<>-]{0,20}") {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let state = parse(Location { path: "/en/", query: &query.join("&"), hash: &hash, base: "/" }, report());
        prop_assert!(valid(&state), "{state:?}");
        prop_assert_eq!(state.lang, Lang::En);
    }
}

const EVIL: &str = "<script>alert(1)</script>\"&</svg>'";

fn poison(t: &mut Text) {
    t.zh.to_mut().push_str(EVIL);
    t.en.to_mut().push_str(EVIL);
}

/// The real report with markup appended to every text it has.
fn poisoned() -> &'static Report {
    let mut r = report().clone();
    for t in
        [&mut r.meta.title, &mut r.meta.subtitle, &mut r.meta.article_title, &mut r.meta.publisher, &mut r.meta.intro]
    {
        poison(t);
    }
    for s in r.sections.to_mut().iter_mut() {
        for t in [&mut s.ordinal, &mut s.keyword, &mut s.theme, &mut s.summary] {
            poison(t);
        }
    }
    for f in r.figures.to_mut().iter_mut() {
        poison(&mut f.label);
        if let Some(scope) = &mut f.scope {
            poison(scope);
        }
    }
    for d in r.derived.to_mut().iter_mut() {
        poison(&mut d.label);
    }
    for l in r.lists.to_mut().iter_mut() {
        poison(&mut l.title);
        for item in l.items.to_mut().iter_mut() {
            item.zh.to_mut().push_str(EVIL);
            item.en.to_mut().push_str(EVIL);
        }
    }
    for f in r.firsts.to_mut().iter_mut() {
        poison(&mut f.label);
    }
    for c in r.charts.to_mut().iter_mut() {
        poison(&mut c.title);
    }
    for (_, u) in r.units.to_mut().iter_mut() {
        for s in [&mut u.zh, &mut u.en, &mut u.en_one] {
            s.to_mut().push_str(EVIL);
        }
    }
    for (_, p) in r.periods.to_mut().iter_mut() {
        p.zh.to_mut().push_str(EVIL);
        p.en.to_mut().push_str(EVIL);
    }
    Box::leak(Box::new(r))
}

fn assert_inert(what: &str, out: &str) {
    assert!(!out.contains("<script>alert"), "{what}: a script element got through");
    assert!(!out.contains("</svg>'"), "{what}: an SVG was closed early");
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{what}: the text is not there, escaped");
}

#[test]
fn markup_in_every_text_renders_as_text() {
    let r = poisoned();
    for lang in Lang::ALL {
        let html = common::page_of(r, lang);
        assert_inert("page", &html);
        for s in r.sections.iter() {
            let built = &common::built(lang)[&*s.id];
            let picture = sip_explainer::snippets::picture(r, "https://example.org/", &s.id, lang, built);
            assert_inert(&format!("{} picture snippet", s.id), &picture);
            let (poster, _, _) = sip_explainer::export::poster_svg(r, &s.id, lang, None).unwrap();
            assert_inert(&format!("{} picture", s.id), &poster);
        }
        for chart in r.charts.iter() {
            assert_inert(&chart.id, &sip_explainer::charts::render(r, chart, lang));
            let (svg, _, _) = sip_explainer::export::standalone_svg(r, chart, lang).unwrap();
            assert_inert(&format!("{} export", chart.id), &svg);
        }
    }
    // CSV is not markup: the text goes in as it is, quoted.
    let csv = sip_explainer::export::chart_csv(r, &r.charts[9], Lang::En);
    assert!(csv.contains("<script>alert(1)</script>\"\"&</svg>'\""), "{csv}");
}
