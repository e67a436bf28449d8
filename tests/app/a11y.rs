//! What assistive technology gets, tested natively: generated descriptions and data tables
//! of every chart in both languages, the keyboard model, tooltip placement, and the
//! contrast of both themes' palettes.

use sip_explainer::charts::style::{svg_hex, PALETTE};
use sip_explainer::charts::{chart_model, render_chart, MarkBox};
use sip_explainer::components::data_table::data_table;
use sip_explainer::components::ReportRef;
use sip_explainer::interaction::{on_key, tooltip_top, KeyAction};
use sip_report::Lang;

fn report() -> &'static sip_report::Report {
    sip_explainer::data::report()
}

fn description(id: &str, lang: Lang) -> String {
    let chart = report().charts.iter().find(|c| c.id == id).unwrap();
    chart_model(report(), chart, lang).unwrap().describe(lang)
}

fn check(id: &str, lang: Lang, parts: &[&str]) {
    let d = description(id, lang);
    for p in parts {
        assert!(d.contains(p), "description of {id} ({lang:?}) lacks {p:?}: {d}");
    }
}

#[test]
fn descriptions_say_what_is_compared_extremes_references_and_derivations() {
    check(
        "talent-firms",
        Lang::En,
        &[
            "Horizontal bar chart",
            "3 figures",
            "Largest: Firms founded by leading tech talent, 2,602 firms",
            "Smallest: … of which listed at home or abroad, 40 firms",
        ],
    );
    check(
        "talent-firms",
        Lang::Zh,
        &["横向条形图", "3项", "最大的是领军人才企业(2602家)", "最小的是其中境内外上市(40家)"],
    );
    check(
        "enterprise-ladder",
        Lang::En,
        &[
            "log scale",
            "Largest: Firms classed as innovative tech firms, 10,000+ firms",
            "Smallest: Firms listed at home or abroad, 66 firms",
        ],
    );
    check("rd-intensity", Lang::En, &["5.16%", "reference line at 5%", "0.16 percentage points above", "derived"]);
    check("rd-intensity", Lang::Zh, &["5.16%", "高出0.16个百分点", "推算"]);
    check(
        "talent-growth",
        Lang::En,
        &["≈47 people in 2022 (derived)", "67 people in 2023", "+42.6%", "derived from the growth"],
    );
    check("nursery-progress", Lang::Zh, &["448家", "不少于500家", "≈89.6%", "推算"]);
    // No hedge said twice: a derived value carries its own "≈".
    for lang in Lang::ALL {
        for chart in report().charts.iter() {
            let d = description(&chart.id, lang);
            assert!(!d.contains("约占≈") && !d.contains("About ≈") && !d.contains("about ≈"), "{d}");
        }
    }
    check("ten-ones", Lang::Zh, &["编号列表,共10项", "1. 选择一个特色产业", "10. 打造一个品牌盛会"]);
    check("ten-ones", Lang::En, &["A numbered list of 10 items", "1. Choose one distinctive industry"]);
    check(
        "firsts",
        Lang::En,
        &[
            "Timeline of 5 firsts",
            "May 2023: First loan secured on a drug pipeline",
            "Without a date in the article: Drug patent-linkage insurance",
        ],
    );
    for chart in report().charts.iter() {
        for lang in Lang::ALL {
            assert!(description(&chart.id, lang).chars().count() > 20, "{} has a description in {lang:?}", chart.id);
        }
    }
}

#[derive(yew::Properties, PartialEq)]
struct TableProps {
    chart: yew::AttrValue,
    lang: Lang,
}

/// `data_table` is a function; the server renderer needs a component to call it.
#[yew::function_component]
fn Table(props: &TableProps) -> yew::Html {
    data_table(ReportRef(report()), &props.chart, props.lang)
}

fn table(id: &str, lang: Lang) -> String {
    let props = TableProps { chart: id.to_string().into(), lang };
    futures::executor::block_on(yew::LocalServerRenderer::<Table>::with_props(props).render())
}

#[test]
fn every_chart_has_a_real_table_with_the_same_figures() {
    for chart in report().charts.iter() {
        for lang in Lang::ALL {
            let html = table(&chart.id, lang).replace("&amp;", "&");
            assert!(
                html.contains("<table>") && html.contains("<th scope=\"col\">") && html.contains("<th scope=\"row\">"),
                "{}",
                chart.id
            );
            let expected = crate::common::expected_marks(report(), chart, lang);
            assert_eq!(html.matches("<tr>").count(), expected.len() + 1, "{}: one row per mark", chart.id);
            for m in expected {
                assert!(html.contains(&m.label) && html.contains(&m.value), "{} lacks {:?}", chart.id, m.label);
            }
        }
    }
    let en = table("enterprise-ladder", Lang::En);
    for cell in [
        "<td>nearly 2,800 firms</td>",
        "<td>nearly</td>",
        "<td>over · cumulative</td>",
        // The source cell leads to the article's sentence.
        "<td>Keyword 2, paragraph 4<a href=\"en/#src-high-tech-firms\" class=\"src-link\">In the article</a>",
        "<td>Keyword 6, paragraph 1<a href=\"en/#src-gazelles\" class=\"src-link\">In the article</a>",
        // And back to where the summary mentions it.
        "<a href=\"en/#ref-k2-high-tech-firms\" class=\"src-link\">In the summary</a>",
    ] {
        assert!(en.contains(cell), "ladder table lacks {cell}");
    }
    let zh = table("talent-growth", Lang::Zh);
    for cell in [
        "<td>≈47人</td>",
        "<td>约 · 推算</td>",
        "<td>2022年</td>",
        "<td>67人</td>",
        "<td>推算:67人 ÷ (1 + 42.6%);依据关键词三 · 第1段<a href=\"./#ref-k3-national-talent-2022\" class=\"src-link\">摘要中</a></td>",
        "<td>关键词三 · 第1段<a href=\"./#src-national-talent-new\" class=\"src-link\">原文</a>",
    ] {
        assert!(zh.contains(cell), "growth table lacks {cell}");
    }
}

#[test]
fn every_mark_has_a_box_of_its_own() {
    for chart in report().charts.iter() {
        for lang in Lang::ALL {
            let r = render_chart(report(), chart, lang).unwrap();
            let n = crate::common::expected_marks(report(), chart, lang).len();
            assert_eq!(r.boxes.len(), n, "{}: one box per mark", chart.id);
            for (i, b) in r.boxes.iter().enumerate() {
                assert!(b.h >= 34 && b.w > 0, "{} box {i} is {}x{}: too small to tap", chart.id, b.w, b.h);
                assert!(b.y >= 0 && b.y + b.h <= r.height as i32, "{} box {i} inside the chart", chart.id);
                for other in &r.boxes[i + 1..] {
                    assert!(b.y + b.h <= other.y || other.y + other.h <= b.y, "{}: boxes overlap", chart.id);
                }
            }
        }
    }
}

#[test]
fn arrow_keys_home_end_and_escape() {
    for (key, current, len, want) in [
        ("ArrowRight", 0, 3, KeyAction::Focus(1)),
        ("ArrowDown", 2, 3, KeyAction::Focus(0)),
        ("ArrowLeft", 0, 3, KeyAction::Focus(2)),
        ("ArrowUp", 1, 3, KeyAction::Focus(0)),
        ("Home", 2, 3, KeyAction::Focus(0)),
        ("End", 0, 3, KeyAction::Focus(2)),
        ("Escape", 1, 3, KeyAction::Close),
        ("Tab", 1, 3, KeyAction::Pass),
        ("a", 1, 3, KeyAction::Pass),
        ("ArrowRight", 9, 3, KeyAction::Focus(0)),
        ("ArrowRight", 0, 0, KeyAction::Pass),
    ] {
        assert_eq!(on_key(key, current, len), want, "{key} at {current} of {len}");
    }
}

#[test]
fn tooltips_go_below_high_marks_and_above_low_ones() {
    // A chart 250 units tall, a tooltip 60 tall: below a mark that ends at 50, 2 units clear;
    // above one that ends at 240 (in the lower 40%), 2 units clear of its top at 200.
    let high = MarkBox { x: 0, y: 10, w: 300, h: 40 };
    let low = MarkBox { x: 0, y: 200, w: 300, h: 40 };
    assert_eq!(tooltip_top(&high, 250, 60), 52);
    assert_eq!(tooltip_top(&low, 250, 60), 138);
    // The line between: a mark ending at 150 of 250 (60%) still gets it below, one unit lower above.
    assert_eq!(tooltip_top(&MarkBox { x: 0, y: 110, w: 300, h: 40 }, 250, 60), 152);
    assert_eq!(tooltip_top(&MarkBox { x: 0, y: 111, w: 300, h: 40 }, 250, 60), 49);
}

/// WCAG relative luminance and contrast.
fn contrast(a: &str, b: &str) -> f64 {
    let lum = |h: &str| {
        let c = |i: usize| {
            let v = f64::from(u8::from_str_radix(&h[1 + 2 * i..3 + 2 * i], 16).unwrap()) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(0) + 0.7152 * c(1) + 0.0722 * c(2)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The value of `--name` in the first block of `css` that starts at `from`.
fn var(css: &str, from: &str, name: &str) -> String {
    let block = &css[css.find(from).unwrap_or_else(|| panic!("no {from} in the CSS"))..];
    let block = &block[..block.find('}').unwrap()];
    let at = block.find(&format!("{name}:")).unwrap_or_else(|| panic!("no {name} in {from}")) + name.len() + 1;
    block[at..].split(';').next().unwrap().trim().to_string()
}

#[test]
fn both_themes_meet_wcag_aa_contrast() {
    let css = include_str!("../../static/style.css");
    for theme in [":root {", ":root[data-theme=\"dark\"] {"] {
        let v = |n: &str| var(css, theme, n);
        for bg in ["--paper", "--panel"] {
            for text in ["--ink", "--muted", "--accent-ink", "--c-text", "--c-muted"] {
                let c = contrast(&v(text), &v(bg));
                assert!(c >= 4.5, "{theme} {text} on {bg}: {c:.2} < 4.5");
            }
            for mark in ["--c-mark", "--c-track", "--c-ref", "--accent"] {
                let c = contrast(&v(mark), &v(bg));
                assert!(c >= 3.0, "{theme} {mark} on {bg}: {c:.2} < 3");
            }
        }
    }
}

#[test]
fn every_chart_colour_is_themed_by_the_stylesheet() {
    let css = include_str!("../../static/style.css");
    for (color, variable) in PALETTE {
        let hex = svg_hex(color);
        for attr in ["fill", "stroke"] {
            let rule = format!(".chart-svg [{attr}=\"{hex}\"] {{ {attr}: var({variable}); }}");
            assert!(css.contains(&rule), "missing: {rule}");
        }
    }
    // And the charts use no other colour.
    for chart in report().charts.iter() {
        let svg = sip_explainer::charts::render(report(), chart, Lang::Zh);
        for part in svg.split("fill=\"#").skip(1).chain(svg.split("stroke=\"#").skip(1)) {
            let hex = format!("#{}", &part[..6]);
            assert!(PALETTE.iter().any(|(c, _)| svg_hex(*c) == hex), "{}: unthemed colour {hex}", chart.id);
        }
    }
}
