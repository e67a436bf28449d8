//! A chart's figures as a real table with header cells: the same values, qualifiers,
//! units, periods and sources.

use super::ReportRef;
use crate::charts::chart_model;
use crate::i18n::ui;
use sip_report::{format, Lang};
use yew::prelude::*;

/// A chart's data as a table (empty for an unknown chart). A plain function: see
/// `figure_card`.
pub fn data_table(report: ReportRef, chart: &str, lang: Lang) -> Html {
    let t = ui(lang);
    let Some(chart) = report.charts.iter().find(|c| c.id == chart) else { return html! {} };
    let Some(model) = chart_model(&report, chart, lang) else { return html! {} };
    let with_values = model.has_values();
    html! {
        <table>
            <caption>{ chart.title.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.col_label }</th>
                    if with_values {
                        <th scope="col">{ t.col_value }</th>
                        <th scope="col">{ t.col_qualifier }</th>
                    }
                    <th scope="col">{ t.col_period }</th>
                    <th scope="col">{ t.col_source }</th>
                </tr>
            </thead>
            <tbody>
                { for model.marks().into_iter().map(|m| {
                    let qualifier = report.datum(&m.id).map(|d| {
                        let mut q = vec![format::bound_word(d.bound, lang)];
                        q.extend(format::tags(&d, lang));
                        q.retain(|s| !s.is_empty());
                        q.join(" · ")
                    }).unwrap_or_default();
                    let period = if with_values { m.period.clone() } else { [&*m.period, m.display.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ") };
                    html! {
                        <tr>
                            <th scope="row">{ &m.label }</th>
                            if with_values {
                                <td>{ &m.display }</td>
                                <td>{ qualifier }</td>
                            }
                            <td>{ period }</td>
                            <td>
                                { &m.source }{ super::evidence::source_link(report, &m.id, lang) }
                                { for super::prose::mention_in_summary(report, &m.id, lang).map(|at| html! {
                                    <a class="src-link" href={format!("{}#{at}", crate::url::page_href(lang))}>{ t.in_the_summary }</a>
                                }) }
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
