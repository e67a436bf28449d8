//! The whole page in one language: header with the report card, six sections, footer.

use super::report_card::ReportCard;
use super::section::SectionView;
use super::ReportRef;
use crate::i18n::ui;
use crate::url::{full_href, page_href, Embed, ViewState};
use sip_report::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub report: ReportRef,
    pub lang: Lang,
    /// Called when the reader picks the other language; without it the toggle is a plain link.
    #[prop_or_default]
    pub on_switch_lang: Option<Callback<MouseEvent>>,
    /// Whether the page is dark; `None` until the browser has told us.
    #[prop_or_default]
    pub dark: Option<bool>,
    #[prop_or_default]
    pub on_toggle_theme: Option<Callback<MouseEvent>>,
    /// Embed mode: one section (or all) in a compact frame, no site header.
    #[prop_or_default]
    pub embed: Option<Embed>,
}

#[function_component]
pub fn Page(props: &PageProps) -> Html {
    let report = props.report;
    let lang = props.lang;
    let t = ui(lang);
    let other = lang.other();
    let meta = &report.meta;
    let onclick = props.on_switch_lang.clone();
    if let Some(embed) = &props.embed {
        let sections: Vec<&str> = match embed {
            Embed::All => report.sections.iter().map(|s| s.id.as_str()).collect(),
            Embed::Section(id) => vec![id.as_str()],
        };
        let full = full_href(&ViewState { lang, embed: Some(embed.clone()), ..ViewState::default() });
        return html! {
            <div class="page embed" lang={lang.tag()}>
                <main id="main">
                    { for sections.into_iter().map(|id| html! { <SectionView {report} id={id.to_string()} {lang} /> }) }
                </main>
                <footer class="embed-credit">
                    <p>
                        { t.source }{ if lang == Lang::Zh { ":" } else { ": " } }
                        <cite>{ meta.article_title.get(lang) }</cite>
                        { format!(" · {} · {}", meta.publisher.get(lang), meta.published) }
                    </p>
                    <p><a href={full} target="_blank" rel="noopener">{ t.open_full }{ " ↗" }</a></p>
                </footer>
            </div>
        };
    }
    html! {
        <div class="page" lang={lang.tag()}>
            <a class="skip-link" href={format!("{}#main", page_href(lang))}>{ t.skip_link }</a>
            // Shown by the stylesheet when the app has not started after a while, or at once
            // when it has failed: the page itself stays readable either way.
            <p class="js-failed-notice" role="status">{ t.scripts_failed }</p>
            <header class="site-head">
                <div class="head-bar">
                    <p class="head-publisher">{ meta.publisher.get(lang) }</p>
                    <div class="head-tools">
                        <button type="button" class="theme-toggle needs-js" aria-pressed={props.dark.unwrap_or(false).to_string()}
                            onclick={props.on_toggle_theme.clone()}>
                            { t.dark_mode }
                        </button>
                        <a class="lang-toggle" href={page_href(other)} hreflang={other.tag()} lang={other.tag()} {onclick}>
                            { ui(other).lang_name }
                        </a>
                    </div>
                </div>
                <h1>{ meta.title.get(lang) }</h1>
                <p class="subtitle">{ meta.subtitle.get(lang) }</p>
                <p class="intro">{ meta.intro.get(lang) }</p>
                <ReportCard {report} {lang} />
            </header>
            <main id="main" tabindex="-1">
                { for report.sections.iter().map(|s| html! {
                    <SectionView {report} id={s.id.clone()} {lang} />
                }) }
            </main>
            <footer class="site-foot">
                <p class="credit">
                    { t.source }{ if lang == Lang::Zh { ":" } else { ": " } }
                    <cite>{ meta.article_title.get(lang) }</cite>
                    { format!(" · {} · {} {}", meta.publisher.get(lang), t.published, meta.published) }
                </p>
                <p class="footer-note">{ t.footer_note }</p>
                <p><a href={crate::export::dataset_name(&report)} download={crate::export::dataset_name(&report)}>{ t.download_json }</a></p>
                <p><a href={page_href(lang)}>{ t.back_to_top }</a></p>
            </footer>
        </div>
    }
}
