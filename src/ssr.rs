//! The server render of a page: Yew's server renderer over the same components the browser
//! hydrates (see `components::island`). Native only; `cargo xtask dist` calls it for every
//! page a reader or a host opens, and the tests read its output.

use crate::url::Embed;
use sip_report::Lang;

/// A report's page in a language, rendered by Yew's server renderer: what the islands
/// hydrate (see `components::island`). `built` holds what the build drew and measured for
/// each section's Embed menu; a section without an entry is an error.
pub fn render_page(
    report: &'static sip_report::Report,
    lang: Lang,
    built: &crate::snippets::BuiltSections,
) -> Result<String, String> {
    if let Some(s) = report.sections.iter().find(|s| !built.contains_key(&*s.id)) {
        return Err(format!("no embed picture and frame height for section {} ({})", s.id, lang.tag()));
    }
    Ok(render(report, lang, None, built.clone()))
}

/// The page of terms in a language (`terms/`, `en/terms/`).
pub fn render_terms(report: &'static sip_report::Report, lang: Lang) -> String {
    let props = crate::components::page::TermsPageProps { report: crate::components::ReportRef(report), lang };
    futures::executor::block_on(
        yew::LocalServerRenderer::<crate::components::page::TermsPage>::with_props(props).render(),
    )
}

/// An embed's page in a language (`embed/k3/`): only what it shows, with its credit line.
pub fn render_embed(report: &'static sip_report::Report, lang: Lang, embed: &Embed) -> String {
    render(report, lang, Some(embed.clone()), Default::default())
}

fn render(
    report: &'static sip_report::Report,
    lang: Lang,
    embed: Option<Embed>,
    built: crate::snippets::BuiltSections,
) -> String {
    let report = crate::components::ReportRef(report);
    let props = crate::components::page::PageProps { report, lang, embed, built: std::rc::Rc::new(built) };
    futures::executor::block_on(yew::LocalServerRenderer::<crate::components::page::Page>::with_props(props).render())
}
