//! The whole page in one language: header with the report card, six sections, footer; or one
//! embed. Rendered on the server only (`prerender`): the page is plain HTML with islands in it
//! (see `island`), whose roots it writes with when they wake (`data-hydrate`). The islands'
//! own contents (`head_tools`, `how_to_cite`, and the section's tools and charts) are here and
//! in `section`, for the server and the browser alike.

use super::island::{Island, Part};
use super::prose::prose;
use super::report_card::report_card;
use super::section::section_view;
use super::ReportRef;
use crate::i18n::ui;
use crate::url::{full_href, page_href, Embed, ViewState};
use sip_report::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub report: ReportRef,
    pub lang: Lang,
    /// Embed mode: one section (or all) in a compact frame, no site header.
    #[prop_or_default]
    pub embed: Option<Embed>,
    /// What the build drew and measured for each section's Embed menu (none in an embed).
    #[prop_or_default]
    pub built: std::rc::Rc<crate::snippets::BuiltSections>,
}

#[function_component]
pub fn Page(props: &PageProps) -> Html {
    let report = props.report;
    let lang = props.lang;
    let sections: Vec<&str> = match &props.embed {
        None | Some(Embed::All) => report.sections.iter().map(|s| &*s.id).collect(),
        Some(Embed::Section(id)) => vec![id.as_str()],
    };
    let embedded = props.embed.is_some();
    let sections = sections.into_iter().map(|id| {
        html! {
            <section id={id.to_string()} class="keyword" aria-labelledby={format!("{id}-title")}>
                { section_view(report, id, lang, embedded, props.built.get(id)) }
            </section>
        }
    });
    if let Some(embed) = &props.embed {
        // `data-embed` says which: the page's own script names it in its height messages.
        return html! {
            <div class="page embed" lang={lang.tag()} data-embed={embed.key().to_string()}>
                <main id="main">{ for sections }</main>
                <footer class="embed-credit">{ embed_credit(report, lang, embed) }</footer>
            </div>
        };
    }
    html! {
        <div class="page" lang={lang.tag()}>
            { top(report, lang) }
            <header class="site-head">{ head(report, lang, props.built.values().next()) }</header>
            <main id="main" tabindex="-1">
                { for sections }
                { super::glossary::terms_pointer(report, lang) }
                { super::changes::changes(report, lang) }
            </main>
            <footer class="site-foot">{ foot(report, lang) }</footer>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TermsPageProps {
    pub report: ReportRef,
    pub lang: Lang,
}

/// The page of terms (`terms/`, `en/terms/`): every term the report marks, explained, with the
/// way back to the report and to the other language's list. No islands: nothing on it reacts.
#[function_component]
pub fn TermsPage(props: &TermsPageProps) -> Html {
    let (report, lang) = (props.report, props.lang);
    let (t, other) = (ui(lang), lang.other());
    html! {
        <div class="page terms-page" lang={lang.tag()}>
            <a class="skip-link" href={format!("{}#main", crate::url::terms_href(lang))}>{ t.skip_link }</a>
            <div class="head-bar">
                <p class="head-publisher"><a href={page_href(lang)}>{ format!("← {}", t.back_to_report) }</a></p>
                <div class="head-tools">
                    <a class="lang-toggle" href={crate::url::terms_href(other)} hreflang={other.tag()} lang={other.tag()}>
                        { ui(other).lang_name }
                    </a>
                </div>
            </div>
            <header class="site-head">
                <p class="subtitle">{ report.meta.title.get(lang) }</p>
                <h1>{ t.terms_title }</h1>
                <p class="terms-lead">{ t.terms_lead }</p>
            </header>
            <main id="main" tabindex="-1">{ super::glossary::terms_list(report, lang) }</main>
            <footer class="site-foot"><p class="credit">{ credit(report, lang) }</p></footer>
        </div>
    }
}

/// Above the header: the skip link, the failure notice, and the bar with the publisher and the
/// toggles (an island), which stays at the top while the reader scrolls.
fn top(report: ReportRef, lang: Lang) -> Html {
    let t = ui(lang);
    let (key, wake) = Part::Head.root_attrs();
    html! {
        <>
            <a class="skip-link" href={format!("{}#main", page_href(lang))}>{ t.skip_link }</a>
            // Shown by the stylesheet when the app has not started after a while, or at once
            // when it has failed: the page itself stays readable either way.
            <p class="js-failed-notice" role="status">{ t.scripts_failed }</p>
            <div class="head-bar">
                <p class="head-publisher">{ report.meta.publisher.get(lang) }</p>
                <div class="head-tools" data-island={key} data-hydrate={wake}>
                    <Island {report} part={Part::Head} {lang} />
                </div>
            </div>
        </>
    }
}

/// The header: title, intro and the report card, with the link to save the whole report as
/// one long picture (`built`: what the build drew; a download without scripts, and in an
/// in-app browser, where downloads fail, the app shows it to press and hold instead).
fn head(report: ReportRef, lang: Lang, built: Option<&crate::snippets::Built>) -> Html {
    let t = ui(lang);
    let meta = &report.meta;
    let save = built.map(|b| {
        html! {
            <p class="rc-save">
                <a class="long-picture" href={b.long.clone()} download={crate::export::long_picture_name(&report, lang)}
                    type="image/png">{ t.save_long_picture }</a>
            </p>
        }
    });
    html! {
        <>
            <h1>{ meta.title.get(lang) }</h1>
            <p class="subtitle">{ meta.subtitle.get(lang) }</p>
            <p class="intro">{ prose(report, meta.intro.get(lang), lang, "intro") }</p>
            <nav class="report-card" aria-label={t.report_card}>
                <ol>{ report_card(report, lang) }</ol>
                { for save }
            </nav>
        </>
    }
}

/// The credit to the article, in the footer and an embed's: "来源:《title》 · publisher · 发布于 date",
/// the title as a `<cite>`.
fn credit(report: ReportRef, lang: Lang) -> Html {
    let (t, meta) = (ui(lang), &report.meta);
    html! {
        <>
            { format!("{}{}", t.source, t.colon) }<cite>{ meta.article_title.get(lang) }</cite>
            { format!(" · {} · {} {}", meta.publisher.get(lang), t.published, meta.published) }
        </>
    }
}

/// An embed's footer: the credit line and a link to the full explainer.
fn embed_credit(report: ReportRef, lang: Lang, embed: &Embed) -> Html {
    let t = ui(lang);
    let full = full_href(&ViewState { lang, embed: Some(embed.clone()), ..ViewState::default() });
    html! {
        <>
            <p>{ credit(report, lang) }</p>
            <p><a href={full} target="_blank" rel="noopener">{ format!("{} ↗", t.open_full) }</a></p>
        </>
    }
}

/// The footer: the source, a note, how to cite (an island), the dataset and a way back up.
fn foot(report: ReportRef, lang: Lang) -> Html {
    let t = ui(lang);
    let dataset = crate::export::dataset_name(&report);
    let (key, wake) = Part::Cite.root_attrs();
    html! {
        <>
            <p class="credit">{ credit(report, lang) }</p>
            <p class="footer-note">{ t.footer_note }</p>
            <section class="cite" aria-labelledby="cite-title" data-island={key} data-hydrate={wake}>
                <Island {report} part={Part::Cite} {lang} />
            </section>
            <p class="no-print"><a href={dataset.clone()} download={dataset}>{ t.download_json }</a></p>
            <p class="no-print"><a href={page_href(lang)}>{ t.back_to_top }</a></p>
        </>
    }
}
