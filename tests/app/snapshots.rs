//! Snapshots of everything the page shows or a reader takes away, in both languages: each
//! chart's SVG (with its size and mark boxes), its description, CSV and standalone SVG, each
//! section's poster, each page's head tags, the whole prerendered page and an embed's, the
//! link-preview image, and the published dataset. A change to any of them shows here as a diff
//! to review (`cargo insta review`, or `INSTA_UPDATE=always cargo test` and `git diff`).
//! Hydration needs the wasm's chart strings byte for byte equal to the server's, so a refactor
//! of the drawing code must leave these unchanged.

use crate::common;
use sip_explainer::url::Embed;
use sip_report::Lang;

fn report() -> &'static sip_report::Report {
    sip_explainer::data::report()
}

/// One tag per line: the strings have no line breaks of their own (charts are compacted), so
/// this is reversible, and a diff shows the element that changed.
fn lines(markup: &str) -> String {
    markup.replace("><", ">\n<")
}

const SITE: &str = "https://example.org/sip/";

#[test]
fn every_chart_in_both_languages() {
    for lang in Lang::ALL {
        for chart in report().charts.iter() {
            let drawn = sip_explainer::charts::render_chart(report(), chart, lang).expect("drawn");
            let boxes: Vec<String> = drawn.boxes.iter().map(|b| format!("{} {} {} {}", b.x, b.y, b.w, b.h)).collect();
            let description = sip_explainer::charts::svg::description(report(), chart, lang).expect("described");
            insta::assert_snapshot!(
                format!("chart-{}-{}", chart.id, lang.tag()),
                format!(
                    "size {}x{}\nboxes {}\ndescription {description}\n{}",
                    drawn.width,
                    drawn.height,
                    boxes.join(", "),
                    lines(&drawn.svg)
                )
            );
        }
    }
}

#[test]
fn every_download_in_both_languages() {
    use sip_explainer::export;
    for lang in Lang::ALL {
        for chart in report().charts.iter() {
            let (svg, w, h) = export::standalone_svg(report(), chart, lang).expect("drawn");
            let csv = export::chart_csv(report(), chart, lang);
            insta::assert_snapshot!(
                format!("download-{}-{}", chart.id, lang.tag()),
                format!(
                    "{}\n{}x{}\n{}\n\n{}\n{}",
                    export::file_name(report(), chart, lang, "csv"),
                    w,
                    h,
                    lines(&svg),
                    export::file_name(report(), chart, lang, "svg"),
                    csv.escape_default()
                )
            );
        }
    }
}

#[test]
fn every_poster_in_both_languages() {
    use sip_explainer::export;
    for lang in Lang::ALL {
        for s in report().sections.iter() {
            let link = format!("{SITE}#{}", s.id);
            let (svg, w, h) = export::poster_svg(report(), &s.id, lang, Some(&link)).expect("drawn");
            insta::assert_snapshot!(
                format!("poster-{}-{}", s.id, lang.tag()),
                format!("{}\n{w}x{h}\n{}", export::poster_name(report(), &s.id, lang), lines(&svg))
            );
        }
    }
}

#[test]
fn whole_pages_and_an_embed() {
    for lang in Lang::ALL {
        insta::assert_snapshot!(format!("page-{}", lang.tag()), lines(&common::page(lang)));
        let embed = sip_explainer::ssr::render_embed(report(), lang, &Embed::Section("k4".into()));
        insta::assert_snapshot!(format!("embed-k4-{}", lang.tag()), lines(&embed));
    }
}

/// What readers download as `sip-2023-report.json`: its shape must not change because the
/// internal model did.
#[test]
fn the_published_dataset() {
    insta::assert_snapshot!("dataset", serde_json::to_string_pretty(report()).expect("serialises"));
}
