//! How to cite the explainer: a short and a full citation in each language, the credit to
//! the article every figure comes from, and the licence of our own work. Pure functions,
//! shared by the footer and the page's metadata.

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
    let m = &report.meta;
    let (name, title, updated) = (m.site_name.get(lang), m.title.get(lang), &m.updated);
    let (publisher, article, published) = (m.publisher.get(lang), m.article_title.get(lang), &m.published);
    match lang {
        Lang::Zh => Citation {
            short: format!("{name}:《{title}》,{updated}"),
            lead: format!("{name}.《{title}》(互动解读),{updated}。数据来源:{publisher}《{article}》,{published}。"),
            url: url.map(str::to_string),
        },
        Lang::En => Citation {
            short: format!("{name}, “{title}”, {updated}"),
            // The article's own title first, as a reader would search for it, then ours of it.
            lead: format!(
                "{name}. “{title}” (interactive explainer), {updated}. Figures from {publisher}, “{}” ({article}), \
                 published {published}. ",
                m.article_title.zh
            ),
            url: url.map(str::to_string),
        },
    }
}

/// The credit line: every figure is the publisher's.
pub fn credit(report: &Report, lang: Lang) -> String {
    let m = &report.meta;
    match lang {
        Lang::Zh => format!(
            "本页所有数字均来自{}于{}发布的文章《{}》。",
            m.publisher.get(lang),
            m.published,
            m.article_title.get(lang)
        ),
        Lang::En => format!(
            "Every figure on this page comes from the article “{}” ({}), published by {} on {}.",
            m.article_title.zh,
            m.article_title.get(lang),
            m.publisher.get(lang),
            m.published
        ),
    }
}

/// The licence of our own work, around the licence's name (before, name, after).
pub fn licence(report: &Report, lang: Lang) -> (String, String, String) {
    let m = &report.meta;
    match lang {
        Lang::Zh => (
            "本页自行撰写的文字、绘制的图表和整理的数据文件采用".to_string(),
            m.licence.name.to_string(),
            format!("许可发布;数字本身归原发布者{}所有。", m.publisher.get(lang)),
        ),
        Lang::En => (
            "Our own text, charts and data file are published under ".to_string(),
            m.licence.name.to_string(),
            format!("; the figures themselves are the publisher's ({}).", m.publisher.get(lang)),
        ),
    }
}
