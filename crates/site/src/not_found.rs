//! The page a missing path gets, with status 404 (`404.html`: nginx's `error_page`, Netlify and
//! Cloudflare Pages read it by name): short, in both languages, with a way to each page.

use sip_explainer::i18n::ui;
use sip_explainer::text::{escape, fill};
use sip_report::{Lang, Report};

/// The 404 page for a site whose pages live under `base`.
pub fn page(report: &Report, base: &str) -> String {
    let (zh, en) = (ui(Lang::Zh), ui(Lang::En));
    let title = |lang: Lang| escape(report.meta.site_name.get(lang));
    format!(
        "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\"><title>404 · {}</title></head>\n<body>\
         <main><h1>{}</h1><p><a href=\"{base}\">{}</a></p>\
         <h2 lang=\"en\">{}</h2><p lang=\"en\"><a href=\"{base}en/\">{}</a></p></main></body></html>\n",
        title(Lang::Zh),
        escape(zh.not_found),
        fill(zh.not_found_link, &[("name", &title(Lang::Zh))]),
        escape(en.not_found),
        fill(en.not_found_link, &[("name", &title(Lang::En))]),
    )
}
