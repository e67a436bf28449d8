//! The report card in the header: each keyword with its headline figure, linking to its
//! section.

use super::ReportRef;
use crate::i18n::ui;
use crate::url::section_href;
use sip_report::{format, Lang};
use yew::prelude::*;

/// The header's report card. A plain function: see `figure_card`.
pub fn report_card(report: ReportRef, lang: Lang) -> Html {
    html! {
        <nav class="report-card" aria-label={ui(lang).report_card}>
            <ol>
                { for report.sections.iter().map(|s| {
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
                }) }
            </ol>
        </nav>
    }
}
