//! The footer's "How to cite" island: citations to copy, the credit, the licence, and the
//! page's address as a QR code for the printed page.

use crate::components::shell::Shell;
use crate::components::ReportRef;
use crate::i18n::ui;
use crate::state::Action;
use sip_report::Lang;
use yew::prelude::*;

/// The "How to cite" block's contents: a short and a full citation with copy buttons, the
/// credit to the article and the licence. The full citation names the page's address once it
/// is known.
pub fn how_to_cite(report: ReportRef, lang: Lang, shell: &Shell) -> Html {
    let t = ui(lang);
    let url = shell.site.as_ref().map(|site| crate::url::page_url(site, lang));
    let c = crate::cite::citation(&report, lang, url.as_deref());
    let (before, name, after) = crate::cite::licence(&report, lang);
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
            <p class="cite-credit">{ crate::cite::credit(&report, lang) }</p>
            <p class="cite-licence">{ before }<a href={report.meta.licence.url.to_string()} rel="license">{ name }</a>{ after }</p>
            // For the printed page: the address as a QR code, last (hidden on screen).
            if let Some(code) = c.url.as_deref().and_then(|u| crate::qr::svg(u, 112, &format!("{}{}{u}", t.page_qr, t.colon))) {
                <figure class="print-qr">
                    { Html::from_html_unchecked(AttrValue::from(code)) }
                    <figcaption>{ t.page_qr }</figcaption>
                </figure>
            }
        </>
    }
}
