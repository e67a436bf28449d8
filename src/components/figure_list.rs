//! The section's remaining figures as a compact list, so every figure is on the page.

use super::ReportRef;
use sip_report::{format, Lang};
use yew::prelude::*;

/// The list of figures of these ids (unknown ids are left out). A plain function: see
/// `figure_card`.
pub fn figure_list(report: ReportRef, ids: &[&str], lang: Lang) -> Html {
    html! {
        <ul class="figure-list">
            { for ids.iter().filter_map(|id| report.datum(id)).map(|d| {
                let mut meta = vec![d.period.label(lang).to_string()];
                meta.extend(format::tags(&d, lang).into_iter().map(str::to_string));
                if let Some(scope) = d.scope {
                    meta.push(scope.get(lang).to_string());
                }
                meta.push(super::figure_card::source_text(report, d.id, lang));
                html! {
                    <li id={format!("fig-{}", d.id)} data-derived={d.derived.then_some("true")}>
                        <span class="fl-label">{ d.label.get(lang) }</span>
                        <span class="fl-value">{ format::plain(&d, lang) }</span>
                        <span class="fl-meta">
                            { meta.join(" · ") }
                            { super::evidence::source_link(report, d.id, lang) }
                            { super::changes::change_note(report, "figure", d.id, lang) }
                        </span>
                    </li>
                }
            }) }
        </ul>
    }
}
