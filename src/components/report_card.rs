//! The report card in the header: each keyword with its headline figure and what that figure
//! counts, linking to its section. Part of the prerendered page, outside the islands.

use super::ReportRef;
use crate::url::section_href;
use sip_report::{format, Lang};
use yew::prelude::*;

/// The report card's entries, one `<li>` per keyword; the header puts them in its `<nav>`
/// list.
pub fn report_card(report: ReportRef, lang: Lang) -> Html {
    report
        .sections
        .iter()
        .map(|s| {
            let datum = report.datum(&s.card);
            html! {
                <li>
                    <a href={section_href(lang, &s.id)}>
                        <span class="rc-ordinal">{ s.ordinal.get(lang) }</span>
                        <span class="rc-keyword">{ s.keyword.get(lang) }</span>
                        // The figure says what it counts: "448 firms" alone could be anything.
                        { for datum.map(|d| html! {
                            <>
                                <span class="rc-figure">{ format::plain(&d, lang) }</span>
                                <span class="rc-label">{ d.label.get(lang) }</span>
                            </>
                        }) }
                        <span class="rc-theme">{ s.theme.get(lang) }</span>
                    </a>
                </li>
            }
        })
        .collect()
}
