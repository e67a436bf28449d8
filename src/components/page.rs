//! The whole page in one language: header with the report card, six sections, footer; or one
//! embed. Rendered on the server only (`prerender`): the page is plain HTML with islands in it
//! (see `island`), whose roots it writes with when they wake (`data-hydrate`). The islands'
//! own contents (`head_tools`, `how_to_cite`, and the section's tools and charts) are here and
//! in `section`, for the server and the browser alike.

use super::island::{Island, Part};
use super::prose::prose;
use super::report_card::report_card;
use super::section::section_view;
use super::shell::{Action, Shell};
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
            <header class="site-head">{ head(report, lang) }</header>
            <main id="main" tabindex="-1">{ for sections }</main>
            <footer class="site-foot">{ foot(report, lang) }</footer>
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

/// The header: title, intro and the report card.
fn head(report: ReportRef, lang: Lang) -> Html {
    let t = ui(lang);
    let meta = &report.meta;
    html! {
        <>
            <h1>{ meta.title.get(lang) }</h1>
            <p class="subtitle">{ meta.subtitle.get(lang) }</p>
            <p class="intro">{ prose(report, meta.intro.get(lang), lang) }</p>
            <nav class="report-card" aria-label={t.report_card}>
                <ol>{ report_card(report, lang) }</ol>
            </nav>
        </>
    }
}

/// The header's toggles: theme, and a link to the other language's page, which the app
/// follows at the place the reader is looking at. A modified click opens a new tab, as the
/// plain link does.
pub fn head_tools(lang: Lang, shell: &Shell) -> Html {
    let t = ui(lang);
    let other = lang.other();
    let act = shell.act.clone();
    let on_switch_lang = Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        act.emit(Action::SwitchLang { in_view: crate::browser::anchor_in_view() });
    });
    html! {
        <>
            <button type="button" class="theme-toggle needs-js" aria-pressed={shell.dark.unwrap_or(false).to_string()}
                onclick={shell.act.reform(|_: MouseEvent| Action::ToggleTheme)}>
                { t.dark_mode }
            </button>
            <a class="lang-toggle" href={page_href(other)} hreflang={other.tag()} lang={other.tag()} onclick={on_switch_lang}>
                { ui(other).lang_name }
            </a>
            // Inside WeChat, QQ, Weibo, DingTalk or Alipay: how to open the page in a browser
            // that can download. Fixed at the bottom of the screen, so nothing moves.
            if let Some(app) = shell.inapp.filter(|_| !shell.hint_dismissed) {
                <p class="inapp-hint" role="note">
                    <span>{ t.inapp_hint.replace("{app}", app.name(lang)) }</span>
                    <button type="button" onclick={shell.act.reform(|_: MouseEvent| Action::DismissHint)}>{ t.close }</button>
                </p>
            }
        </>
    }
}

/// An embed's footer: the credit line and a link to the full explainer.
fn embed_credit(report: ReportRef, lang: Lang, embed: &Embed) -> Html {
    let t = ui(lang);
    let meta = &report.meta;
    let colon = if lang == Lang::Zh { ":" } else { ": " };
    let full = full_href(&ViewState { lang, embed: Some(embed.clone()), ..ViewState::default() });
    html! {
        <>
            <p>
                { format!("{}{colon}", t.source) }<cite>{ meta.article_title.get(lang) }</cite>
                { format!(" · {} · {}", meta.publisher.get(lang), meta.published) }
            </p>
            <p><a href={full} target="_blank" rel="noopener">{ format!("{} ↗", t.open_full) }</a></p>
        </>
    }
}

/// The footer: the source, a note, how to cite (an island), the dataset and a way back up.
fn foot(report: ReportRef, lang: Lang) -> Html {
    let t = ui(lang);
    let meta = &report.meta;
    let colon = if lang == Lang::Zh { ":" } else { ": " };
    let dataset = crate::export::dataset_name(&report);
    let (key, wake) = Part::Cite.root_attrs();
    html! {
        <>
            <p class="credit">
                { format!("{}{colon}", t.source) }<cite>{ meta.article_title.get(lang) }</cite>
                { format!(" · {} · {} {}", meta.publisher.get(lang), t.published, meta.published) }
            </p>
            <p class="footer-note">{ t.footer_note }</p>
            <section class="cite" aria-labelledby="cite-title" data-island={key} data-hydrate={wake}>
                <Island {report} part={Part::Cite} {lang} />
            </section>
            <p class="no-print"><a href={dataset.clone()} download={dataset}>{ t.download_json }</a></p>
            <p class="no-print"><a href={page_href(lang)}>{ t.back_to_top }</a></p>
        </>
    }
}

/// The "How to cite" block's contents: a short and a full citation with copy buttons, the
/// credit to the article and the licence. The full citation names the page's address once it
/// is known.
pub fn how_to_cite(report: ReportRef, lang: Lang, shell: &Shell) -> Html {
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
        <>
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
            <span class="notice" role="status">{ shell.notice_for(crate::state::CITE_ANCHOR).unwrap_or_default() }</span>
            <p class="cite-credit">{ cite::credit(&report, lang) }</p>
            <p class="cite-licence">{ before }<a href={report.meta.licence.url.to_string()} rel="license">{ name }</a>{ after }</p>
            // For the printed page: the address as a QR code, last (hidden on screen).
            if let Some(code) = c.url.as_deref().and_then(|u| crate::qr::svg(u, 112, &format!("{}: {u}", t.page_qr))) {
                <figure class="print-qr">
                    { Html::from_html_unchecked(AttrValue::from(code)) }
                    <figcaption>{ t.page_qr }</figcaption>
                </figure>
            }
        </>
    }
}
