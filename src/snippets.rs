//! The Embed menu's three snippets for a section, for three kinds of host page: the
//! resizing iframe with its script; the iframe alone, as tall as the section in a narrow
//! column; and a picture with a link, for hosts that strip iframes and scripts.
//!
//! The last two need what the build drew and measured (`Built`): `cargo xtask dist` draws
//! each section's picture (`export::poster_svg`, as PNG, hashed) and measures each embed page
//! in a narrow column, then writes those facts on the section tools' root, where the browser
//! reads them back. Pure functions, tested natively.

use crate::text::{escape, fill};
use crate::url::{embed_href, page_url, Embed};
use sip_report::{format, Lang, Report};

/// The width of the column the fixed-height iframe is measured in, in CSS px: the narrowest
/// phone. In a wider column the section is shorter, and the frame leaves room below it.
pub const NARROW_COLUMN: u32 = 320;

/// What the build drew and measured for each section of a page, by section id.
pub type BuiltSections = std::collections::BTreeMap<String, Built>;

/// What the build drew and measured for one section's embeds, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Built {
    /// The section's picture, relative to the site (`img/embed/k3-en.1a2b3c4d5e6f.png`).
    pub picture: String,
    /// Its height in px; its width is `export::POSTER_WIDTH`.
    pub picture_height: u32,
    /// The embed page's height in a `NARROW_COLUMN`-wide frame, in CSS px.
    pub frame_height: u32,
    /// The whole report's long picture in this language (`img/long/report-en.1a2b3c4d5e6f.png`),
    /// the same for every section: the report card offers it, each Embed menu has its form.
    pub long: String,
    /// Its height in px; its width is `export::POSTER_WIDTH`.
    pub long_height: u32,
}

impl Built {
    /// The facts back from the attributes the server writes on the section tools' root
    /// (`components::section`; `attr` reads one); `None` if any is missing or malformed.
    pub fn from_attrs(attr: impl Fn(&str) -> Option<String>) -> Option<Built> {
        let number = |name: &str| attr(name)?.parse::<u32>().ok().filter(|n| *n > 0);
        let png = |name: &str| attr(name).filter(|p| p.starts_with("img/") && p.ends_with(".png"));
        Some(Built {
            picture: png("data-picture")?,
            picture_height: number("data-picture-height")?,
            frame_height: number("data-frame-height")?,
            long: png("data-long")?,
            long_height: number("data-long-height")?,
        })
    }
}

/// The frame's title: the keyword, then the report's title (the report's title alone for the
/// whole report).
fn frame_title(report: &Report, embed: &Embed, lang: Lang) -> String {
    let title = report.meta.title.get(lang);
    match embed {
        Embed::Section(id) => {
            let keyword = report.section(id).map(|s| s.keyword.get(lang)).unwrap_or_default();
            escape(&format!("{keyword} · {title}"))
        }
        Embed::All => escape(title),
    }
}

fn frame_src(site: &str, embed: &Embed, lang: Lang) -> String {
    escape(&format!("{site}{}", embed_href(lang, embed)))
}

/// A lazy, titled, full-width iframe and the host script, which sizes the frame to its
/// content (`static/embed.js`).
pub fn resizing(report: &Report, site: &str, embed: &Embed, lang: Lang) -> String {
    // A first guess at the height; the host script corrects it as soon as the frame loads.
    let charts = match embed {
        Embed::Section(id) => report.charts_in(id).count() as u32,
        Embed::All => report.charts.len() as u32,
    };
    resizing_at(report, site, embed, lang, 900 + 520 * charts)
}

/// The same, starting at `height` px: the `html` of an oEmbed response, whose consumer may
/// strip the script (WordPress does, for a provider it does not list), starts at the height
/// the build measured in a narrow column, so nothing is cut off without the script.
pub fn resizing_at(report: &Report, site: &str, embed: &Embed, lang: Lang, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" \
         style=\"border:0;width:100%\" allow=\"clipboard-write; web-share\"></iframe>\n<script src=\"{}\" async></script>",
        frame_src(site, embed, lang),
        frame_title(report, embed, lang),
        escape(&format!("{site}embed.js")),
    )
}

/// The iframe alone, as tall as the section is in a narrow column: for hosts that keep
/// iframes but strip scripts.
pub fn fixed(report: &Report, site: &str, id: &str, lang: Lang, built: &Built) -> String {
    let embed = Embed::Section(id.to_string());
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{}\" \
         style=\"border:0;width:100%\" allow=\"clipboard-write; web-share\"></iframe>",
        frame_src(site, &embed, lang),
        frame_title(report, &embed, lang),
        built.frame_height,
    )
}

/// The section's picture, described, linking to the section on the site: for hosts that
/// strip iframes and scripts.
pub fn picture(report: &Report, site: &str, id: &str, lang: Lang, built: &Built) -> String {
    let width = crate::export::POSTER_WIDTH;
    format!(
        "<a href=\"{}#{}\"><img src=\"{}\" alt=\"{}\" width=\"{width}\" height=\"{}\" loading=\"lazy\" \
         style=\"width:100%;max-width:{}px;height:auto\"></a>",
        escape(&page_url(site, lang)),
        escape(id),
        escape(&format!("{site}{}", built.picture)),
        escape(&description(report, id, lang)),
        built.picture_height,
        width / 2,
    )
}

/// The whole report card as one long picture, described, linking to the page: for hosts that
/// strip iframes and scripts and want the whole report.
pub fn long_picture(report: &Report, site: &str, lang: Lang, built: &Built) -> String {
    let width = crate::export::POSTER_WIDTH;
    format!(
        "<a href=\"{}\"><img src=\"{}\" alt=\"{}\" width=\"{width}\" height=\"{}\" loading=\"lazy\" \
         style=\"width:100%;max-width:{}px;height:auto\"></a>",
        escape(&page_url(site, lang)),
        escape(&format!("{site}{}", built.long)),
        escape(&long_description(report, lang)),
        built.long_height,
        width / 2,
    )
}

/// The long picture in words, for its alt text: the title, then each section as `description`
/// gives it (every headline figure with its qualifier, and the chart drawn), and every mark of
/// that chart with its value (a derived one says so): every figure the picture shows.
pub fn long_description(report: &Report, lang: Lang) -> String {
    let t = crate::i18n::ui(lang);
    let space = if lang == Lang::Zh { "" } else { " " };
    let mut out = format!("{}{}", report.meta.title.get(lang), t.sentence_end);
    for s in report.sections.iter() {
        out.push_str(&description(report, &s.id, lang));
        out.push_str(space);
        let marks = report.charts_in(&s.id).next().and_then(|c| crate::charts::chart_model(report, c, lang));
        if let Some(model) = marks {
            let items: Vec<String> = model
                .marks()
                .iter()
                .map(|m| {
                    let mut item = if m.display.is_empty() {
                        m.label.clone()
                    } else {
                        fill(t.figure_item, &[("label", &m.label), ("value", &m.display)])
                    };
                    if m.derived && !m.label.contains(t.derived) {
                        item = format!("{item}{space}({})", t.derived);
                    }
                    item
                })
                .collect();
            out.push_str(&items.join(t.list_sep));
            out.push_str(t.sentence_end);
        }
    }
    out.trim_end().to_string()
}

/// A section in words, for the picture's alt text and the embed page's description: the
/// keyword and its theme, each headline figure with its qualifier, and the chart the picture
/// shows. Empty for an unknown section.
pub fn description(report: &Report, id: &str, lang: Lang) -> String {
    let Some(s) = report.section(id) else { return String::new() };
    let t = crate::i18n::ui(lang);
    let figures: Vec<String> = s
        .headline
        .iter()
        .filter_map(|f| report.datum(f))
        .map(|d| fill(t.figure_item, &[("label", d.label.get(lang)), ("value", &format::plain(&d, lang))]))
        .collect();
    let chart = report.charts_in(id).next().map(|c| c.title.get(lang));
    let mut out = format!("{} · {}{}{}", s.ordinal.get(lang), s.keyword.get(lang), t.colon, s.theme.get(lang));
    out.push_str(t.sentence_end);
    if !figures.is_empty() {
        out.push_str(&figures.join(t.list_sep));
        out.push_str(t.sentence_end);
    }
    if let Some(chart) = chart {
        out.push_str(&format!("{}{}{chart}{}", t.chart, t.colon, t.sentence_end));
    }
    out.trim_end().to_string()
}
