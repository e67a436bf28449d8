//! What several test files share: a page rendered as `cargo xtask dist` renders it, with
//! stand-in build facts (the picture's name and the heights the build would measure). Each
//! test file uses some of it (hence the `allow(dead_code)`s).

use sip_explainer::snippets::{Built, BuiltSections};
use sip_report::Lang;

/// Stand-in facts for every section: `img/embed/<id>-<lang>.0123456789ab.png`, 2400 px tall,
/// in a frame 3000 px tall.
#[allow(dead_code)]
pub fn built(lang: Lang) -> BuiltSections {
    built_of(sip_explainer::data::report(), lang)
}

/// The same for this report's sections.
pub fn built_of(report: &sip_report::Report, lang: Lang) -> BuiltSections {
    report
        .sections
        .iter()
        .map(|s| {
            let picture = format!("img/embed/{}-{}.0123456789ab.png", s.id, lang.tag());
            (s.id.to_string(), Built { picture, picture_height: 2400, frame_height: 3000 })
        })
        .collect()
}

/// A language's page, prerendered with `built(lang)`.
#[allow(dead_code)]
pub fn page(lang: Lang) -> String {
    page_of(sip_explainer::data::report(), lang)
}

/// A language's page of this report, prerendered with `built_of(report, lang)`.
#[allow(dead_code)]
pub fn page_of(report: &'static sip_report::Report, lang: Lang) -> String {
    sip_explainer::ssr::render_page(report, lang, &built_of(report, lang)).expect("every section")
}
