//! What a reader can take away: a chart as a standalone SVG (title, chart, source line),
//! its data as CSV, and the names of those files. Pure functions; the browser only saves.

use crate::charts::{chart_model, render_chart};
use crate::i18n::ui;
use crate::text::{escape, wrap};
use sip_report::{format, source, Chart, Lang, Report};

/// `sip-2023-k4-ip-financing.csv`
pub fn file_name(report: &Report, chart: &Chart, lang: Lang, ext: &str) -> String {
    let suffix = if lang == Lang::En { "-en" } else { "" };
    format!("{}-{}-{}{suffix}.{ext}", report.meta.slug, chart.section, chart.id)
}

/// `sip-2023-report.json`
pub fn dataset_name(report: &Report) -> String {
    format!("{}-report.json", report.meta.slug)
}

/// The source line under an exported chart.
pub fn source_line(report: &Report, chart: &Chart, lang: Lang) -> String {
    let section = report.section(&chart.section).map(|s| s.ordinal.get(lang)).unwrap_or_default();
    format!("{} · {section}", crate::cite::source_line(report, lang))
}

const FONTS: &str = "PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, sans-serif";

/// The chart as a document of its own: white ground, title, chart, source line.
/// Returns (svg, width, height) in CSS px.
pub fn standalone_svg(report: &Report, chart: &Chart, lang: Lang) -> Option<(String, u32, u32)> {
    let drawn = render_chart(report, chart, lang)?;
    let width = drawn.width + 24;
    let title = wrap(chart.title.get(lang), drawn.width as i32, 22.0);
    let source = wrap(&source_line(report, chart, lang), drawn.width as i32, 15.0);
    let top = 14 + 24 * title.len() as u32;
    let height = top + drawn.height + 12 + 17 * source.len() as u32 + 10;
    let inner = drawn.svg.split_once('>').map(|(_, rest)| rest).unwrap_or_default();
    let inner = inner.trim_end().strip_suffix("</svg>").unwrap_or(inner);
    // Outside the page no stylesheet sets the font: name the CJK faces here.
    let inner = inner.replace("font-family=\"sans-serif\"", &format!("font-family=\"{FONTS}\""));
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{FONTS}\">\
         <rect width=\"{width}\" height=\"{height}\" fill=\"#FFFFFF\"/>"
    );
    for (i, line) in title.iter().enumerate() {
        out += &format!(
            "<text x=\"12\" y=\"{}\" font-size=\"18\" font-weight=\"bold\" fill=\"#1A1A1A\">{}</text>",
            30 + 24 * i,
            escape(line)
        );
    }
    out += &format!(
        "<svg x=\"12\" y=\"{top}\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\">{inner}</svg>",
        drawn.width, drawn.height, drawn.width, drawn.height
    );
    for (i, line) in source.iter().enumerate() {
        let y = top + drawn.height + 20 + 17 * i as u32;
        out += &format!("<text x=\"12\" y=\"{y}\" font-size=\"12\" fill=\"#555F6B\">{}</text>", escape(line));
    }
    out += "</svg>";
    Some((out, width, height))
}

/// The width of a share poster, in CSS px (a phone screenshot's width).
pub const POSTER_WIDTH: u32 = 1080;

/// A section as a tall share poster, in the page's language: the keyword and its headline
/// figures with their qualifiers, the section's first chart, the credit line, and a QR code of
/// `link` (the section on the site) when there is one. Also the section's picture in the
/// Embed menu (`snippets`). Returns (svg, width, height) in CSS px.
pub fn poster_svg(report: &Report, section: &str, lang: Lang, link: Option<&str>) -> Option<(String, u32, u32)> {
    const PAD: u32 = 72;
    let s = report.section(section)?;
    let t = ui(lang);
    let inner_w = POSTER_WIDTH - 2 * PAD;
    let mut body = String::new();
    let mut y = PAD;
    let text = |body: &mut String, y: &mut u32, s: &str, size: u32, weight: &str, fill: &str, gap: u32| {
        for line in wrap(s, inner_w as i32, size as f64 * 1.24) {
            *y += size;
            *body += &format!(
                "<text x=\"{PAD}\" y=\"{}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>",
                *y,
                escape(&line)
            );
            *y += size / 3;
        }
        *y += gap;
    };
    text(&mut body, &mut y, report.meta.title.get(lang), 30, "normal", "#555F6B", 24);
    text(&mut body, &mut y, s.ordinal.get(lang), 34, "bold", "#1F5F99", 8);
    text(&mut body, &mut y, s.keyword.get(lang), 64, "bold", "#1A1A1A", 8);
    text(&mut body, &mut y, s.theme.get(lang), 34, "normal", "#555F6B", 40);
    for id in s.headline.iter() {
        let Some(d) = report.datum(id) else { continue };
        text(&mut body, &mut y, &format::plain(&d, lang), 60, "bold", "#1F5F99", 0);
        text(&mut body, &mut y, d.label.get(lang), 32, "normal", "#1A1A1A", 28);
    }
    if let Some(chart) = report.charts_in(section).next() {
        let drawn = render_chart(report, chart, lang)?;
        y += 12;
        text(&mut body, &mut y, chart.title.get(lang), 36, "bold", "#1A1A1A", 12);
        let scale = inner_w as f64 / drawn.width as f64;
        let h = (drawn.height as f64 * scale).round() as u32;
        let inner = drawn.svg.split_once('>').map(|(_, rest)| rest).unwrap_or_default();
        let inner = inner.trim_end().strip_suffix("</svg>").unwrap_or(inner);
        let inner = inner.replace("font-family=\"sans-serif\"", &format!("font-family=\"{FONTS}\""));
        body += &format!(
            "<svg x=\"{PAD}\" y=\"{y}\" width=\"{inner_w}\" height=\"{h}\" viewBox=\"0 0 {} {}\">{inner}</svg>",
            drawn.width, drawn.height
        );
        y += h + 36;
    }
    text(&mut body, &mut y, &crate::cite::source_line(report, lang), 28, "normal", "#555F6B", 32);
    // The QR code of the section's link, with its caption beside it.
    if let Some(link) = link {
        let qr_px = 280;
        let code = crate::qr::svg(link, qr_px, link)?;
        let code = code.replacen("<svg ", &format!("<svg x=\"{PAD}\" y=\"{y}\" "), 1);
        body += &code;
        let caption_x = PAD + qr_px + 40;
        body += &format!(
            "<text x=\"{caption_x}\" y=\"{}\" font-size=\"36\" font-weight=\"bold\" fill=\"#1A1A1A\">{}</text>",
            y + qr_px / 2,
            escape(t.scan_to_open)
        );
        y += qr_px;
    }
    y += PAD;
    let height = y;
    let out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{POSTER_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {POSTER_WIDTH} {height}\" font-family=\"{FONTS}\">\
         <rect width=\"{POSTER_WIDTH}\" height=\"{height}\" fill=\"#FFFFFF\"/>{body}</svg>"
    );
    Some((out, POSTER_WIDTH, height))
}

/// `sip-2023-k3-poster.png`
pub fn poster_name(report: &Report, section: &str, lang: Lang) -> String {
    let suffix = if lang == Lang::En { "-en" } else { "" };
    format!("{}-{section}-poster{suffix}.png", report.meta.slug)
}

/// One CSV field, quoted when it must be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The chart's data as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese), one row
/// per mark. Columns: label, value, unit, qualifier, period, derived, section, paragraph (of
/// that keyword section, for a reported figure), source (where in the article, in words) and
/// method (how a derived figure is calculated).
pub fn chart_csv(report: &Report, chart: &Chart, lang: Lang) -> String {
    let t = ui(lang);
    let mut out = String::from("\u{feff}");
    out += &t.csv_header.join(",");
    out += "\r\n";
    let Some(model) = chart_model(report, chart, lang) else { return out };
    for m in model.marks() {
        let datum = report.datum(&m.id);
        let (value, unit, qualifier) = match &datum {
            Some(d) => {
                let mut q = vec![format::bound_word(d.bound, lang)];
                // Derived has a column of its own.
                q.extend(format::tags_except(d, lang, Some(format::Tag::Derived)));
                q.retain(|s| !s.is_empty());
                let unit = match lang {
                    Lang::Zh => d.unit.zh.to_string(),
                    Lang::En => d.unit.en.to_string(),
                };
                (format::decimal(d.value, 4), unit, q.join(" "))
            }
            None => (String::new(), String::new(), String::new()),
        };
        let derived = if m.derived { t.yes } else { t.no };
        let paragraph = report.figure(&m.id).map(|f| f.paragraph.to_string()).unwrap_or_default();
        let place = if datum.is_some() { source::locator(report, &m.id, lang) } else { m.source.clone() };
        let method = source::method(report, &m.id, lang).unwrap_or_default();
        let row =
            [m.label.as_str(), &value, &unit, &qualifier, &m.period, derived, &m.section, &paragraph, &place, &method];
        out += &row.iter().map(|s| field(s)).collect::<Vec<_>>().join(",");
        out += "\r\n";
    }
    out
}
