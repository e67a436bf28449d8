//! The URL as view state: round trips, and hostile input falling back to the defaults.

use sip_explainer::url::{full_href, href, parse, Embed, Location, Theme, ViewState};
use sip_report::Lang;

fn report() -> &'static sip_report::Report {
    sip_explainer::data::report()
}

fn at(path: &str, query: &str, hash: &str) -> ViewState {
    parse(Location { path, query, hash, base: "/" }, report())
}

fn state(lang: Lang, anchor: Option<&str>) -> ViewState {
    ViewState { lang, anchor: anchor.map(str::to_string), ..ViewState::default() }
}

#[test]
fn paths_fragments_and_queries() {
    for (path, query, hash, want) in [
        ("/", "", "", state(Lang::Zh, None)),
        ("/", "", "#k3", state(Lang::Zh, Some("k3"))),
        ("/en/", "", "#k4", state(Lang::En, Some("k4"))),
        ("/en", "", "", state(Lang::En, None)),
        ("/en/index.html", "", "#chart-talent-firms", state(Lang::En, Some("chart-talent-firms"))),
        // A chart taken down is not the app's to scroll to: its old links land, natively, on
        // its note in the corrections list (see `render`).
        ("/en/", "", "#chart-platforms", state(Lang::En, None)),
        ("/", "", "#chart-ai-in-emerging", state(Lang::Zh, None)),
        ("/index.html", "", "#fig-ai-output", state(Lang::Zh, Some("fig-ai-output"))),
        ("/", "", "#fig-nursery-progress", state(Lang::Zh, Some("fig-nursery-progress"))),
        // A figure withdrawn from the report (an unsupported share) is simply not an anchor.
        ("/", "", "#fig-ai-share", state(Lang::Zh, None)),
        (
            "/",
            "?table=talent-firms",
            "#chart-talent-firms",
            ViewState { table: Some("talent-firms".into()), ..state(Lang::Zh, Some("chart-talent-firms")) },
        ),
        (
            "/en/",
            "?embed=k3&theme=dark",
            "",
            ViewState { embed: Some(Embed::Section("k3".into())), theme: Theme::Dark, ..state(Lang::En, None) },
        ),
        ("/", "?embed=all", "", ViewState { embed: Some(Embed::All), ..state(Lang::Zh, None) }),
        // Embeds have pages of their own.
        ("/embed/k3/", "", "", ViewState { embed: Some(Embed::Section("k3".into())), ..state(Lang::Zh, None) }),
        (
            "/en/embed/all/",
            "?theme=dark",
            "#chart-ten-ones",
            ViewState { embed: Some(Embed::All), theme: Theme::Dark, ..state(Lang::En, Some("chart-ten-ones")) },
        ),
        (
            "/en/embed/k6/index.html",
            "",
            "",
            ViewState { embed: Some(Embed::Section("k6".into())), ..state(Lang::En, None) },
        ),
    ] {
        assert_eq!(at(path, query, hash), want, "{path}{query}{hash}");
    }
    let sub = parse(Location { path: "/sub/en/", query: "", hash: "#k2", base: "/sub/" }, report());
    assert_eq!(sub, state(Lang::En, Some("k2")));
}

#[test]
fn hostile_input_falls_back_to_the_defaults() {
    let long = "a".repeat(10 * 1024);
    let long_query = format!("?embed={long}&table={long}&theme={long}");
    let long_hash = format!("#{long}");
    for (path, query, hash) in [
        ("/", "", "#%E4%BD"),
        ("/", "", "#%zz"),
        ("/", "", "#"),
        ("/", "", "#<img src=x onerror=alert(1)>"),
        ("/", "", "#k7"),
        ("/", "", "#chart-"),
        ("/", "", "#fig-"),
        ("/", "", "#K3"),
        ("/", "?embed=../../", ""),
        ("/", "?embed=<script>alert(1)</script>", ""),
        ("/", "?embed=%6B%33", ""),
        ("/", "?table=%E4%BD&theme=%zz", ""),
        ("/", "?theme=purple&table=nope&embed=k9", ""),
        ("/", "?=&&&==&embed", ""),
        ("/", long_query.as_str(), long_hash.as_str()),
        ("/fr/", "", ""),
        ("/english/", "", ""),
        ("", "", ""),
        ("//evil.example/", "", ""),
        ("/embed/k9/", "", ""),
        ("/embed/../", "", ""),
        ("/embed/", "", ""),
        ("/embed/K3/", "", ""),
        ("/k3/embed/", "", ""),
    ] {
        assert_eq!(at(path, query, hash), state(Lang::Zh, None), "{path} {query} {hash}");
    }
    // Repeated parameters: the first wins.
    assert_eq!(at("/", "?embed=k2&embed=k5", "").embed, Some(Embed::Section("k2".into())));
}

#[test]
fn every_view_round_trips() {
    let mut states = Vec::new();
    for lang in Lang::ALL {
        states.push(state(lang, None));
        for s in report().sections.iter() {
            states.push(state(lang, Some(&s.id)));
            states.push(ViewState {
                embed: Some(Embed::Section(s.id.to_string())),
                theme: Theme::Light,
                ..state(lang, None)
            });
        }
        for c in report().charts.iter() {
            states.push(ViewState { table: Some(c.id.to_string()), ..state(lang, Some(&format!("chart-{}", c.id))) });
        }
        for f in report().figures.iter() {
            states.push(state(lang, Some(&format!("fig-{}", f.id))));
        }
        states.push(ViewState { embed: Some(Embed::All), theme: Theme::Dark, ..state(lang, None) });
    }
    for s in states {
        let link = href(&s);
        let (rest, hash) = link.split_once('#').map_or((link.as_str(), ""), |(a, b)| (a, b));
        let (page, query) = rest.split_once('?').unwrap_or((rest, ""));
        let path = format!("/{}", page.trim_start_matches("./"));
        assert_eq!(at(&path, query, hash), s, "{link}");
    }
}

#[test]
fn an_embed_links_to_the_full_explainer_at_its_section() {
    let embed = at("/en/embed/k3/", "?theme=dark", "");
    assert_eq!(full_href(&embed), "en/#k3");
    assert_eq!(full_href(&at("/en/", "?embed=k3&theme=dark", "")), "en/#k3");
    assert_eq!(href(&embed), "en/embed/k3/?theme=dark");
    assert_eq!(full_href(&at("/", "?embed=all", "")), "./");
}
