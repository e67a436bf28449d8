//! The whole page in one language: header with the report card, six sections, footer.
//!
//! The page is a frame of plain elements around islands (see `island`): the header, each
//! `<section>` and the footer are the roots the browser starts one by one, so their own
//! elements are written here and their contents by the island. Each root says when it wakes
//! (`data-hydrate`: at load, when read, when reached).

use super::island::{Island, Part, Wake};
use super::shell::Shell;
use super::ReportRef;
use crate::fragments::{markup, Fragment};
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
    /// Whether the islands hydrate server HTML (see `Island`); false when rendered fresh.
    #[prop_or_default]
    pub hydrating: bool,
}

#[function_component]
pub fn Page(props: &PageProps) -> Html {
    let report = props.report;
    let lang = props.lang;
    let hydrating = props.hydrating;
    let embed = props.embed.clone();
    let island = |part: Part| html! { <Island {report} {part} {lang} {hydrating} embed={embed.clone()} /> };
    let sections: Vec<&str> = match &props.embed {
        None | Some(Embed::All) => report.sections.iter().map(|s| &*s.id).collect(),
        Some(Embed::Section(id)) => vec![id.as_str()],
    };
    let sections = sections.into_iter().map(|id| {
        html! {
            <section id={id.to_string()} class="keyword" aria-labelledby={format!("{id}-title")} data-island={id.to_string()} data-hydrate={Wake::Visible.as_str()}>
                { island(Part::Section(id.to_string().into())) }
            </section>
        }
    });
    if let Some(embed) = &props.embed {
        // `data-embed` says which: the client starts this page's islands only if its URL asks
        // for the same embed, and the page's own script names it in its height messages.
        return html! {
            <div class="page embed" lang={lang.tag()} data-embed={embed.key().to_string()}>
                <main id="main">{ for sections }</main>
                <footer class="embed-credit" data-island="foot" data-hydrate={Wake::Reached.as_str()}>{ island(Part::Foot) }</footer>
            </div>
        };
    }
    html! {
        <div class="page" lang={lang.tag()}>
            <header class="site-head" data-island="head" data-hydrate={Wake::Load.as_str()}>{ island(Part::Head) }</header>
            <main id="main" tabindex="-1">{ for sections }</main>
            <footer class="site-foot" data-island="foot" data-hydrate={Wake::Reached.as_str()}>{ island(Part::Foot) }</footer>
        </div>
    }
}

/// The header's contents: skip link, failure notice, toggles, title and the report card.
pub fn head(report: ReportRef, lang: Lang, shell: &Shell) -> Html {
    let card = Fragment::ReportCard.key();
    let intro = Fragment::Intro.key();
    let t = ui(lang);
    let other = lang.other();
    let meta = &report.meta;
    let on_switch_lang = Callback::from(|e: MouseEvent| {
        // A modified click opens a new tab as a plain link would.
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        crate::store::switch_lang();
    });
    html! {
        <>
            <a class="skip-link" href={format!("{}#main", page_href(lang))}>{ t.skip_link }</a>
            // Shown by the stylesheet when the app has not started after a while, or at once
            // when it has failed: the page itself stays readable either way.
            <p class="js-failed-notice" role="status">{ t.scripts_failed }</p>
            <div class="head-bar">
                <p class="head-publisher">{ meta.publisher.get(lang) }</p>
                <div class="head-tools">
                    <button type="button" class="theme-toggle needs-js" aria-pressed={shell.dark.unwrap_or(false).to_string()}
                        onclick={Callback::from(|_: MouseEvent| crate::store::toggle_theme())}>
                        { t.dark_mode }
                    </button>
                    <a class="lang-toggle" href={page_href(other)} hreflang={other.tag()} lang={other.tag()} onclick={on_switch_lang}>
                        { ui(other).lang_name }
                    </a>
                </div>
            </div>
            <h1>{ meta.title.get(lang) }</h1>
            <p class="subtitle">{ meta.subtitle.get(lang) }</p>
            <p class="intro" data-fragment={intro.clone()}>{ markup(&intro, lang) }</p>
            <nav class="report-card" aria-label={t.report_card}>
                <ol data-fragment={card.clone()}>{ markup(&card, lang) }</ol>
            </nav>
        </>
    }
}

/// The footer's contents: the source, a note, how to cite, the dataset and a way back up; in
/// an embed, the credit line and a link to the full explainer.
pub fn foot(report: ReportRef, lang: Lang, shell: &Shell) -> Html {
    let embed = shell.view.embed.as_ref();
    let t = ui(lang);
    let meta = &report.meta;
    let colon = if lang == Lang::Zh { ":" } else { ": " };
    if let Some(embed) = embed {
        let full = full_href(&ViewState { lang, embed: Some(embed.clone()), ..ViewState::default() });
        return html! {
            <>
                <p>
                    { format!("{}{colon}", t.source) }<cite>{ meta.article_title.get(lang) }</cite>
                    { format!(" · {} · {}", meta.publisher.get(lang), meta.published) }
                </p>
                <p><a href={full} target="_blank" rel="noopener">{ format!("{} ↗", t.open_full) }</a></p>
            </>
        };
    }
    let dataset = crate::export::dataset_name(&report);
    html! {
        <>
            <p class="credit">
                { format!("{}{colon}", t.source) }<cite>{ meta.article_title.get(lang) }</cite>
                { format!(" · {} · {} {}", meta.publisher.get(lang), t.published, meta.published) }
            </p>
            <p class="footer-note">{ t.footer_note }</p>
            { how_to_cite(report, lang, shell) }
            <p><a href={dataset.clone()} download={dataset}>{ t.download_json }</a></p>
            <p><a href={page_href(lang)}>{ t.back_to_top }</a></p>
        </>
    }
}

/// The "How to cite" block: a short and a full citation with copy buttons, the credit to the
/// article and the licence. The full citation names the page's address once it is known.
fn how_to_cite(report: ReportRef, lang: Lang, shell: &Shell) -> Html {
    use super::shell::Action;
    use crate::cite;
    let t = ui(lang);
    let url = shell.site.as_ref().map(|site| crate::url::page_url(site, lang));
    let c = cite::citation(&report, lang, url.as_deref());
    let (before, name, after) = cite::licence(&report, lang);
    let copy = |text: &str| {
        let text = text.to_string();
        shell.act.reform(move |_: MouseEvent| Action::CopyCitation(text.clone()))
    };
    html! {
        <section class="cite" aria-labelledby="cite-title">
            <h2 id="cite-title">{ t.cite_heading }</h2>
            <dl>
                <dt>{ t.cite_short }</dt>
                <dd>
                    <span class="cite-text" data-cite="short">{ &c.short }</span>
                    <button type="button" class="needs-js" aria-label={format!("{} · {}", t.copy_citation, t.cite_short)} onclick={copy(&c.short)}>{ t.copy_citation }</button>
                </dd>
                <dt>{ t.cite_full }</dt>
                <dd>
                    // The address comes last, on a line of its own that is there from the start:
                    // filling it in once known writes no text again and moves nothing.
                    <span class="cite-text" data-cite="full">
                        <span>{ &c.lead }</span>
                        <span class="cite-url">if let Some(url) = &c.url { { url } }</span>
                    </span>
                    <button type="button" class="needs-js" aria-label={format!("{} · {}", t.copy_citation, t.cite_full)} onclick={copy(&c.full())}>{ t.copy_citation }</button>
                </dd>
            </dl>
            <span class="notice" role="status">{ shell.notice_for(crate::store::CITE_ANCHOR).unwrap_or_default() }</span>
            <p class="cite-credit">{ cite::credit(&report, lang) }</p>
            <p class="cite-licence">{ before }<a href={report.meta.licence.url.to_string()} rel="license">{ name }</a>{ after }</p>
        </section>
    }
}
