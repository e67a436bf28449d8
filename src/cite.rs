//! How to cite the explainer: a short and a full citation in each language, the credit to
//! the article every figure comes from, and the licence of our own work. Pure functions,
//! shared by the footer and the page's metadata.

use crate::i18n::ui;
use crate::text::fill;
use sip_report::{Lang, Report};

/// The citations of the page in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// Name, title and date: for a caption or a footnote.
    pub short: String,
    /// The full citation up to the page's address: name, title, date, and the article the
    /// figures come from.
    pub lead: String,
    /// The page's address, last, once known.
    pub url: Option<String>,
}

impl Citation {
    /// Name, title, date, the article the figures come from, and the address.
    pub fn full(&self) -> String {
        format!("{}{}", self.lead, self.url.as_deref().unwrap_or_default())
    }
}

/// The citations of the page in `lang`. `url` is the page's address, once known (the server
/// does not know where the site is hosted); without it the full citation leaves it out.
pub fn citation(report: &Report, lang: Lang, url: Option<&str>) -> Citation {
    let (m, t) = (&report.meta, ui(lang));
    let values = [
        ("name", m.site_name.get(lang)),
        ("title", m.title.get(lang)),
        ("updated", &m.updated),
        ("version", &m.version),
        ("publisher", m.publisher.get(lang)),
        ("article", m.article_title.get(lang)),
        ("article_zh", &m.article_title.zh),
        ("published", &m.published),
    ];
    Citation {
        short: fill(t.cite_short_text, &values),
        lead: fill(t.cite_lead_text, &values),
        url: url.map(str::to_string),
    }
}

/// The credit line: every figure is the publisher's.
pub fn credit(report: &Report, lang: Lang) -> String {
    let m = &report.meta;
    let values = [
        ("publisher", m.publisher.get(lang)),
        ("published", &*m.published),
        ("article", m.article_title.get(lang)),
        ("article_zh", &m.article_title.zh),
    ];
    fill(ui(lang).credit_text, &values)
}

/// The source line under a chart or on a poster: "出处:苏州工业园区 《…》, 发布于 2024-04-11".
pub fn source_line(report: &Report, lang: Lang) -> String {
    let (m, t) = (&report.meta, ui(lang));
    let title = t.quote_title(m.article_title.get(lang));
    format!("{}{} {title}, {} {}", t.source_prefix, m.publisher.get(lang), t.published, m.published)
}

/// The licence of our own work, around the licence's name (before, name, after).
pub fn licence(report: &Report, lang: Lang) -> (String, String, String) {
    let (m, t) = (&report.meta, ui(lang));
    let after = fill(t.licence_after, &[("publisher", m.publisher.get(lang))]);
    (t.licence_before.to_string(), m.licence.name.to_string(), after)
}
