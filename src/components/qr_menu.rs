//! A link as a QR code, in a menu beside Copy link: how readers in China pass a page from a
//! screen to a phone. Drawn in the browser once the page's address is known (`qr`).

use crate::i18n::ui;
use sip_report::Lang;
use yew::prelude::*;

/// The QR menu for a link; empty inside until the link is known.
pub fn qr_menu(link: Option<&str>, lang: Lang) -> Html {
    let t = ui(lang);
    let code = link.and_then(|link| {
        let svg = crate::qr::svg(link, 176, &format!("{}{}{link}", t.qr_code, t.colon))?;
        Some(html! {
            <figure class="qr-card">
                { Html::from_html_unchecked(AttrValue::from(svg)) }
                <figcaption>{ t.scan_to_open }</figcaption>
                <p class="qr-link">{ link.to_string() }</p>
            </figure>
        })
    });
    html! {
        <details class="menu qr-menu">
            <summary>{ t.qr_code }</summary>
            // One place, empty or not: a list of children that grows would make the summary a
            // new node when the island starts (see `islands::tools`).
            if let Some(code) = code { { code } }
        </details>
    }
}
