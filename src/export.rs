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

/// A tall picture drawn from the top down, 1080 px wide with a margin of `PAD`: what the
/// section posters and the long picture of the whole report are made of.
struct Tall {
    body: String,
    y: u32,
}

impl Tall {
    const PAD: u32 = 72;
    const INNER: u32 = POSTER_WIDTH - 2 * Tall::PAD;

    fn new() -> Tall {
        Tall { body: String::new(), y: Tall::PAD }
    }

    /// Wrapped text across the inner width, then `gap` px.
    fn text(&mut self, s: &str, size: u32, weight: &str, fill: &str, gap: u32) {
        for line in wrap(s, Tall::INNER as i32, size as f64 * 1.24) {
            self.y += size;
            self.body += &format!(
                "<text x=\"{}\" y=\"{}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>",
                Tall::PAD,
                self.y,
                escape(&line)
            );
            self.y += size / 3;
        }
        self.y += gap;
    }

    /// A chart, its title above it, scaled to the inner width.
    fn chart(&mut self, report: &Report, chart: &Chart, lang: Lang) -> Option<()> {
        let drawn = render_chart(report, chart, lang)?;
        self.y += 12;
        self.text(chart.title.get(lang), 36, "bold", "#1A1A1A", 12);
        let scale = Tall::INNER as f64 / drawn.width as f64;
        let h = (drawn.height as f64 * scale).round() as u32;
        let inner = drawn.svg.split_once('>').map(|(_, rest)| rest).unwrap_or_default();
        let inner = inner.trim_end().strip_suffix("</svg>").unwrap_or(inner);
        let inner = inner.replace("font-family=\"sans-serif\"", &format!("font-family=\"{FONTS}\""));
        self.body += &format!(
            "<svg x=\"{}\" y=\"{}\" width=\"{}\" height=\"{h}\" viewBox=\"0 0 {} {}\">{inner}</svg>",
            Tall::PAD,
            self.y,
            Tall::INNER,
            drawn.width,
            drawn.height
        );
        self.y += h + 36;
        Some(())
    }

    /// The QR code of `link`, with its caption beside it.
    fn qr(&mut self, link: &str, caption: &str) -> Option<()> {
        let qr_px = 280;
        let code = crate::qr::svg(link, qr_px, link)?;
        self.body += &code.replacen("<svg ", &format!("<svg x=\"{}\" y=\"{}\" ", Tall::PAD, self.y), 1);
        self.body += &format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"36\" font-weight=\"bold\" fill=\"#1A1A1A\">{}</text>",
            Tall::PAD + qr_px + 40,
            self.y + qr_px / 2,
            escape(caption)
        );
        self.y += qr_px;
        Some(())
    }

    /// A keyword's heading: its ordinal, the keyword, its theme, then `gap` px.
    fn keyword(&mut self, s: &sip_report::Section, lang: Lang, gap: u32) {
        self.text(s.ordinal.get(lang), 34, "bold", "#1F5F99", 8);
        self.text(s.keyword.get(lang), 64, "bold", "#1A1A1A", 8);
        self.text(s.theme.get(lang), 34, "normal", "#555F6B", gap);
    }

    /// A thin rule across the inner width, with room above and below.
    fn rule(&mut self) {
        self.y += 24;
        self.body += &format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"4\" fill=\"#1F5F99\"/>",
            Tall::PAD,
            self.y,
            Tall::INNER
        );
        self.y += 4 + 48;
    }

    /// The finished picture: (svg, width, height) in CSS px, on a white ground.
    fn finish(self) -> (String, u32, u32) {
        let height = self.y + Tall::PAD;
        let out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{POSTER_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {POSTER_WIDTH} {height}\" font-family=\"{FONTS}\">\
             <rect width=\"{POSTER_WIDTH}\" height=\"{height}\" fill=\"#FFFFFF\"/>{}</svg>",
            self.body
        );
        (out, POSTER_WIDTH, height)
    }
}

/// A section as a tall share poster, in the page's language: the keyword and its headline
/// figures with their qualifiers, the section's first chart, the credit line, and a QR code of
/// `link` (the section on the site) when there is one. Also the section's picture in the
/// Embed menu (`snippets`). Returns (svg, width, height) in CSS px.
pub fn poster_svg(report: &Report, section: &str, lang: Lang, link: Option<&str>) -> Option<(String, u32, u32)> {
    let s = report.section(section)?;
    let mut p = Tall::new();
    p.text(report.meta.title.get(lang), 30, "normal", "#555F6B", 24);
    p.keyword(s, lang, 40);
    for id in s.headline.iter() {
        let Some(d) = report.datum(id) else { continue };
        p.text(&format::plain(&d, lang), 60, "bold", "#1F5F99", 0);
        p.text(d.label.get(lang), 32, "normal", "#1A1A1A", 28);
    }
    if let Some(chart) = report.charts_in(section).next() {
        p.chart(report, chart, lang)?;
    }
    p.text(&crate::cite::source_line(report, lang), 28, "normal", "#555F6B", 32);
    if let Some(link) = link {
        p.qr(link, ui(lang).scan_to_open)?;
    }
    Some(p.finish())
}

/// The whole report card as one long picture (长图), in a language: the title, then for each
/// keyword its headline figures with their qualifiers and tags (累计, 同比, 推算: a derived
/// figure says so) and its first chart, then the credit, the licence, and a QR code of `link`
/// (the page on the site) when there is one. Drawn by `cargo xtask dist`, never by the wasm.
/// Returns (svg, width, height) in CSS px.
pub fn long_picture_svg(report: &Report, lang: Lang, link: Option<&str>) -> Option<(String, u32, u32)> {
    let (meta, t) = (&report.meta, ui(lang));
    let mut p = Tall::new();
    p.text(meta.site_name.get(lang), 30, "normal", "#555F6B", 16);
    p.text(meta.title.get(lang), 60, "bold", "#1A1A1A", 12);
    p.text(meta.subtitle.get(lang), 34, "normal", "#555F6B", 8);
    for s in report.sections.iter() {
        p.rule();
        p.keyword(s, lang, 36);
        for id in s.headline.iter() {
            let Some(d) = report.datum(id) else { continue };
            p.text(&format::plain(&d, lang), 56, "bold", "#1F5F99", 0);
            p.text(d.label.get(lang), 30, "normal", "#1A1A1A", 0);
            p.text(&format::meta_line(&d, lang), 26, "normal", "#555F6B", 24);
        }
        if let Some(chart) = report.charts_in(&s.id).next() {
            p.chart(report, chart, lang)?;
        }
    }
    p.rule();
    p.text(&crate::cite::source_line(report, lang), 28, "normal", "#555F6B", 12);
    let (before, name, after) = crate::cite::licence(report, lang);
    p.text(&format!("{before}{name}{after}"), 24, "normal", "#555F6B", 32);
    if let Some(link) = link {
        p.qr(link, t.scan_to_open)?;
    }
    Some(p.finish())
}

/// The long picture's download name: `sip-2023-report-card.png`, `sip-2023-report-card-en.png`.
pub fn long_picture_name(report: &Report, lang: Lang) -> String {
    let suffix = if lang == Lang::En { "-en" } else { "" };
    format!("{}-report-card{suffix}.png", report.meta.slug)
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
