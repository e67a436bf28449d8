//! Every chart draws to an SVG string with its marks and labels, in both languages.

use crate::common;

use sip_explainer::charts::{chart_model, render, ChartModel};
use sip_report::{ChartKind, Lang};

fn report() -> &'static sip_report::Report {
    sip_explainer::data::report()
}

fn svg(id: &str, lang: Lang) -> String {
    let chart = report().charts.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no chart {id}"));
    render(report(), chart, lang)
}

/// The text nodes of an SVG, trimmed, in document order.
fn texts(svg: &str) -> Vec<String> {
    let unescape = |t: &str| {
        t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
    };
    svg.split("<text")
        .skip(1)
        .filter_map(|t| Some(unescape(t.split_once('>')?.1.split_once("</text>")?.0.trim())))
        .collect()
}

/// The chart's text as a reader sees it: wrapped lines joined again.
fn reading(svg: &str, lang: Lang) -> String {
    texts(svg).join(if lang == Lang::Zh { "" } else { " " })
}

/// The SVG of chart `id` in `lang` shows each of `parts` as text.
fn check(id: &str, lang: Lang, parts: &[&str]) {
    let s = svg(id, lang);
    let text = reading(&s, lang);
    let nodes = texts(&s);
    for p in parts {
        let found = text.contains(p) || nodes.iter().any(|n| n == p);
        assert!(found, "chart {id} ({lang:?}) lacks {p:?} in {nodes:?}");
    }
}

#[test]
fn every_chart_is_an_accessible_svg_with_every_mark_labelled() {
    for chart in report().charts.iter() {
        for lang in Lang::ALL {
            let s = render(report(), chart, lang);
            assert!(
                s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 "),
                "{}: {}",
                chart.id,
                &s[..80.min(s.len())]
            );
            assert!(s.contains("role=\"img\""), "{}", chart.id);
            assert!(
                s.contains(&format!("aria-label=\"{}\"", sip_explainer::text::escape(chart.title.get(lang)))),
                "{}",
                chart.id
            );
            assert!(s.trim_end().ends_with("</svg>"), "{}", chart.id);
            let text = reading(&s, lang);
            for m in common::expected_marks(report(), chart, lang) {
                // A derived year in a growth chart is labelled by its period instead.
                let label = if m.derived { &m.period } else { &m.label };
                assert!(text.contains(label.as_str()), "{}: label {label:?} in {text}", chart.id);
                assert!(text.contains(&m.value), "{}: value {:?} in {text}", chart.id, m.value);
            }
        }
    }
}

#[test]
fn bars_show_values_with_their_qualifiers() {
    check("talent-firms", Lang::Zh, &["2602家", "198家", "40家"]);
    assert!(svg("talent-firms", Lang::Zh).matches("<rect").count() >= 3, "one bar per figure");
    check("talent-firms", Lang::En, &["2,602 firms", "198 firms", "40 firms"]);
    // Cumulative counts say so; the key names the article's own word for a lower bound, and
    // explains the faded end of a "nearly" bar.
    check(
        "enterprise-ladder",
        Lang::Zh,
        &["各级瞪羚企业(累计)", "境内外上市企业(累计)", "箭头:下限(原文作“超”)", "淡色末端"],
    );
    check(
        "enterprise-ladder",
        Lang::En,
        &["Gazelle firms, all levels (cumulative)", "arrow: lower bound (“over”)", "faded end"],
    );
}

#[test]
fn the_ladder_is_on_a_log_scale_with_labelled_grid_lines() {
    check(
        "enterprise-ladder",
        Lang::Zh,
        &["超1万家", "近2800家", "近900家", "超200家", "66家", "10", "100", "1,000", "10,000", "对数刻度"],
    );
    check("enterprise-ladder", Lang::En, &["10,000+ firms", "nearly 2,800 firms", "Log scale"]);
    let ChartModel::Bars(bars) =
        chart_model(report(), report().charts.iter().find(|c| c.kind == ChartKind::LogBars).unwrap(), Lang::Zh)
            .unwrap()
    else {
        panic!("a ladder is drawn as bars");
    };
    assert!(bars.log);
}

#[test]
fn growth_charts_draw_the_derived_year_hatched_and_labelled() {
    check(
        "talent-growth",
        Lang::Zh,
        &["≈47人", "67人", "≈190个", "272个", "+42.6%", "+42%", "2022年 (推算)", "推算(斜线)"],
    );
    check(
        "ip-financing",
        Lang::En,
        &["≈800 million yuan", "2.289 billion yuan", "2.8 times", "2022 (derived)", "derived (hatched)"],
    );
    // Hatching is many thin lines; an exact bar alone has none.
    let hatched = svg("ip-financing", Lang::Zh).matches("<polyline").count();
    let plain = svg("talent-firms", Lang::Zh).matches("<polyline").count();
    assert!(hatched > plain + 10, "hatching: {hatched} lines against {plain}");
}

#[test]
fn threshold_progress_and_share_name_their_reference() {
    check("rd-intensity", Lang::Zh, &["5.16%", "5%关口"]);
    check("nursery-progress", Lang::Zh, &["≈89.6%", "不少于500家", "448家", "目标"]);
    check("nursery-progress", Lang::En, &["≈89.6%", "at least 500 firms", "448 firms", "target"]);
    check("class3-certificates", Lang::Zh, &["≈18.6%", "96个", "516个"]);
}

#[test]
fn steps_and_timeline_list_every_item() {
    check("ten-ones", Lang::Zh, &["选择一个特色产业", "打造一个品牌盛会", "10"]);
    check("ipo-systems", Lang::En, &["Training", "Communication", "6"]);
    check("firsts", Lang::Zh, &["2023年5月", "2024年1月", "原文未注明日期", "全国首创"]);
    check("firsts", Lang::En, &["May 2023", "January 2024", "date not given"]);
}

#[test]
fn lower_bounds_get_an_open_end() {
    // Each "over" bar ends in a chevron (two polylines), and so does its key; the log scale
    // has four grid lines (10 to 10,000).
    let s = svg("enterprise-ladder", Lang::Zh);
    assert_eq!(s.matches("<polyline").count(), 4 + 2 * 2 + 2, "two over bars: {s}");
    let exact_only = svg("talent-firms", Lang::Zh);
    assert_eq!(exact_only.matches("<polyline").count(), 0, "no chevrons, no grid: {exact_only}");
}

#[test]
fn the_page_holds_each_chart_exactly_as_render_chart_draws_it() {
    // Hydration keeps the server's picture because the wasm draws the same string: the page
    // must hold that string whole, once, for every chart, in both languages.
    let report = sip_explainer::data::report();
    for lang in sip_report::Lang::ALL {
        let page = common::page(lang);
        for chart in report.charts.iter() {
            let drawn = sip_explainer::charts::render_chart(report, chart, lang).unwrap();
            assert_eq!(page.matches(&drawn.svg).count(), 1, "{} ({lang:?})", chart.id);
            // The marks layer has one target per mark, in the picture's coordinates.
            let layer = page.split(&format!("id=\"chart-{}\"", chart.id)).nth(1).unwrap();
            let layer = &layer[layer.find("class=\"chart-hit\"").unwrap()..];
            let layer = &layer[..layer.find("</svg>").unwrap()];
            assert_eq!(layer.matches("class=\"hit\"").count(), drawn.boxes.len(), "{}", chart.id);
        }
    }
}

#[test]
fn wrapped_chinese_never_starts_a_line_with_closing_punctuation() {
    use sip_explainer::text::wrap;
    let text =
        "出处:苏州工业园区 《六大关键词 | 解读苏州工业园区2023年科创成绩单》, 发布于 2024-04-11。人才、项目;“小巨人”。";
    for width in (60..700).step_by(7) {
        let lines = wrap(text, width, 14.0);
        for l in &lines {
            assert!(!l.starts_with(|c| "》」』)、,。:;!?”’".contains(c)), "{width}: {lines:?}");
        }
        let joined: String = lines.concat().chars().filter(|c| *c != ' ').collect();
        assert_eq!(joined, text.chars().filter(|c| *c != ' ').collect::<String>(), "nothing lost at {width}");
    }
}
