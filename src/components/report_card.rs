//! The report card in the header: each keyword with its headline figure, linking to its
//! section. Written on the server only (see `fragments`).

use super::ReportRef;
use crate::url::section_href;
use sip_report::{format, Lang};
use yew::prelude::*;

/// The report card's entries, one `<li>` per keyword (written on the server: see
/// `fragments`); the header puts them in its `<nav>` list.
pub fn report_card(report: ReportRef, lang: Lang) -> Html {
    report
        .sections
        .iter()
        .map(|s| {
            let figure = report.datum(&s.card).map(|d| format::datum(&d, lang));
            html! {
                <li>
                    <a href={section_href(lang, &s.id)}>
                        <span class="rc-ordinal">{ s.ordinal.get(lang) }</span>
                        <span class="rc-keyword">{ s.keyword.get(lang) }</span>
                        { for figure.map(|f| html! {
                            <span class="rc-figure">{ f.to_string() }</span>
                        }) }
                        <span class="rc-theme">{ s.theme.get(lang) }</span>
                    </a>
                </li>
            }
        })
        .collect()
}
