//! Downloads: CSV with a byte-order mark and the right rows, standalone SVG with title and
//! source, file names that say what they are.

use sip_explainer::export::{chart_csv, dataset_name, file_name, standalone_svg};
use sip_report::Lang;

fn chart(id: &str) -> &'static sip_report::Chart {
    sip_explainer::data::report().charts.iter().find(|c| c.id == id).unwrap()
}

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_mark() {
    let r = sip_explainer::data::report();
    let en = chart_csv(r, chart("ip-financing"), Lang::En);
    assert!(en.starts_with('\u{feff}'), "UTF-8 byte-order mark for Excel");
    let lines: Vec<&str> = en.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "label,value,unit,qualifier,period,derived,section,paragraph,source,method");
    assert_eq!(
        lines[1],
        "\"Raised through IP-backed loans (2022, derived)\",800000000,yuan,approximately,2022,yes,Keyword 4,,\
         \"Keyword 4, paragraph 5\",2.289 billion yuan ÷ 2.8"
    );
    assert_eq!(
        lines[2],
        "Raised through IP-backed loans,2289000000,yuan,,2023,no,Keyword 4,5,\"Keyword 4, paragraph 5\","
    );
    assert_eq!(lines.len(), 3);
    let zh = chart_csv(r, chart("enterprise-ladder"), Lang::Zh);
    let lines: Vec<&str> = zh.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "指标,数值,单位,限定,时间,是否推算,出处,段落,原文位置,推算方法");
    assert_eq!(lines[1], "科技创新型企业,10000,家,超,截至发稿(2024年4月),否,关键词二,4,关键词二 · 第4段,");
    assert_eq!(
        lines[4],
        "各级独角兽及潜在独角兽企业,200,家,超 累计,截至发稿(2024年4月),否,关键词六,1,关键词六 · 第1段,"
    );
    assert_eq!(lines.len(), 6);
}

#[test]
fn csv_quotes_what_needs_quoting() {
    let r = sip_explainer::data::report();
    let csv = chart_csv(r, chart("ten-ones"), Lang::En);
    assert!(csv.contains("Choose one distinctive industry,,,,,no,Keyword 1,,\"Keyword 1, paragraph 3\","));
}

#[test]
fn standalone_svg_carries_title_source_and_chart() {
    let r = sip_explainer::data::report();
    let (svg, w, h) = standalone_svg(r, chart("nursery-progress"), Lang::En).unwrap();
    assert_eq!(w, sip_explainer::charts::style::WIDTH + 24, "the chart and a margin");
    assert!(h > 150);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(">Listing nursery: how close to<"), "title, wrapped: {svg}");
    assert!(svg.contains("Source: Suzhou Industrial Park"));
    assert!(svg.contains("2024-04-11"));
    assert!(svg.contains("at least 500 firms"));
    assert_eq!(svg.matches("<svg").count(), 2, "the chart nests inside");
}

#[test]
fn file_names_say_what_they_are() {
    let r = sip_explainer::data::report();
    assert_eq!(file_name(r, chart("ip-financing"), Lang::Zh, "csv"), "sip-2023-k4-ip-financing.csv");
    assert_eq!(file_name(r, chart("ip-financing"), Lang::En, "png"), "sip-2023-k4-ip-financing-en.png");
    assert_eq!(dataset_name(r), "sip-2023-report.json");
}

#[test]
fn a_poster_holds_the_keyword_its_figures_with_qualifiers_a_chart_the_credit_and_a_qr_code() {
    use sip_explainer::export::{poster_name, poster_svg, POSTER_WIDTH};
    let r = sip_explainer::data::report();
    let link = "https://example.org/sip/#k3";
    let (svg, w, h) = poster_svg(r, "k3", Lang::Zh, Some(link)).unwrap();
    assert_eq!(w, POSTER_WIDTH);
    assert!(h > 1500 && h < 6000, "a tall poster: {h}");
    let s = r.section("k3").unwrap();
    assert!(svg.contains(&*s.keyword.zh), "the keyword");
    for id in s.headline.iter() {
        let d = r.datum(id).unwrap();
        assert!(svg.contains(&sip_report::format::plain(&d, Lang::Zh)), "{id} with its qualifier");
    }
    assert!(svg.contains(">超2600人</text>"), "超 drawn as on the page");
    // The section's first chart (its title, then its drawing, 300 units wide).
    let title: String = r.charts_in("k3").next().unwrap().title.zh.chars().take(4).collect();
    assert!(svg.contains(&format!(">{title}")), "its title, {title}…");
    assert!(svg.contains("viewBox=\"0 0 300 "), "the section's first chart, drawn");
    assert!(
        svg.contains("《六大关键词") && svg.contains("2024-04-11") && svg.contains("出处:苏州工业园区"),
        "the credit, wrapped"
    );
    assert!(svg.contains("class=\"qr\"") && svg.contains("扫码在手机上打开"), "a QR code and its caption");
    assert_eq!(poster_name(r, "k3", Lang::En), "sip-2023-k3-poster-en.png");
    let (en, _, _) = poster_svg(r, "k3", Lang::En, Some("https://example.org/sip/en/#k3")).unwrap();
    assert!(en.contains("Scan to open on your phone") && en.contains("“Six keywords"), "{}", &en[..400]);
    assert!(poster_svg(r, "nope", Lang::En, Some(link)).is_none());
    // Without a link (the Embed menu's picture of a site built without its address), no code.
    let (bare, _, bare_h) = poster_svg(r, "k3", Lang::Zh, None).unwrap();
    assert!(!bare.contains("class=\"qr\"") && !bare.contains("扫码"), "no QR code without a link");
    assert!(bare_h < h && bare.contains(&*s.keyword.zh));
}

#[test]
fn the_long_picture_holds_every_keyword_its_figures_a_chart_each_the_credit_licence_and_a_qr_code() {
    use sip_explainer::export::{long_picture_name, long_picture_svg, POSTER_WIDTH};
    let r = sip_explainer::data::report();
    let link = "https://example.org/sip/";
    let (svg, w, h) = long_picture_svg(r, Lang::Zh, Some(link)).unwrap();
    assert_eq!(w, POSTER_WIDTH);
    // Chromium draws it in one screenshot: keep it under the 16,384 px of a texture.
    assert!(h > 6000 && h < 16384, "one long picture: {h}");
    assert!(svg.contains(&*r.meta.title.zh), "the title");
    for s in r.sections.iter() {
        assert!(svg.contains(&format!(">{}</text>", s.keyword.zh)), "{}'s keyword", s.id);
        for id in s.headline.iter() {
            let d = r.datum(id).unwrap();
            assert!(
                svg.contains(&format!(">{}</text>", sip_report::format::plain(&d, Lang::Zh))),
                "{id} with its qualifier"
            );
        }
    }
    assert!(svg.contains(">超2600人</text>"), "超 as on the page");
    assert!(svg.contains("累计"), "累计 kept under the figures it qualifies");
    // One chart per section that has one (k5 has none), derived values in the charts' key.
    let charts = svg.matches("viewBox=\"0 0 300 ").count();
    let with_chart = r.sections.iter().filter(|s| r.charts_in(&s.id).next().is_some()).count();
    assert_eq!(charts, with_chart, "one chart per section with a chart");
    assert!(svg.contains("推算(斜线)"), "derived values are marked");
    assert!(svg.contains("出处:苏州工业园区") && svg.contains("CC BY 4.0"), "the credit and the licence");
    assert!(
        svg.contains("aria-label=\"https://example.org/sip/\"") && svg.contains("扫码在手机上打开"),
        "the page's QR code"
    );
    let (bare, _, _) = long_picture_svg(r, Lang::En, None).unwrap();
    assert!(
        !bare.contains("class=\"qr\"")
            && bare.contains(&format!(">{}</text>", sip_explainer::text::escape(&r.sections[2].keyword.en))),
        "no QR code without the site's address"
    );
    assert_eq!(long_picture_name(r, Lang::Zh), "sip-2023-report-card.png");
    assert_eq!(long_picture_name(r, Lang::En), "sip-2023-report-card-en.png");
}
