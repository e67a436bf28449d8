//! A chart in its frame: a `<figure>` with caption, the plotters SVG, the source line and
//! the same figures as a real table.

use super::ReportRef;
use crate::charts::{chart_model, render, ChartModel};
use crate::i18n::ui;
use sip_report::{format, Chart, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    pub report: ReportRef,
    pub chart: AttrValue,
    pub lang: Lang,
}

#[function_component]
pub fn ChartFrame(props: &ChartFrameProps) -> Html {
    let report = props.report;
    let lang = props.lang;
    let svg = use_memo((props.chart.clone(), lang, report), |(id, lang, report)| {
        report
            .charts
            .iter()
            .find(|c| c.id == id.as_str())
            .map(|c| render(report, c, *lang))
            .unwrap_or_default()
    });
    let Some(chart) = report.charts.iter().find(|c| c.id == props.chart.as_str()) else {
        return html! {};
    };
    let t = ui(lang);
    let section = report
        .section(&chart.section)
        .map(|s| s.ordinal.get(lang))
        .unwrap_or_default();
    let has_derived = chart_model(&report, chart, lang).is_some_and(|m| {
        m.marks().iter().any(|m| m.derived)
            || matches!(m, ChartModel::Share { .. } | ChartModel::Progress { .. })
    });
    html! {
        <figure class="chart" id={format!("chart-{}", chart.id)}>
            <figcaption class="chart-title">{ chart.title.get(lang) }</figcaption>
            <div class="chart-body">{ Html::from_html_unchecked(AttrValue::from((*svg).clone())) }</div>
            <p class="chart-source">
                { format!("{}{}", t.source_prefix, section) }
                if has_derived { { format!(" · {}: {}", t.derived, t.derived_note) } }
            </p>
            <details class="chart-table">
                <summary>{ t.data_table }</summary>
                { data_table(&report, chart, lang) }
            </details>
        </figure>
    }
}

/// The chart's figures as a table with header cells.
pub fn data_table(report: &ReportRef, chart: &Chart, lang: Lang) -> Html {
    let t = ui(lang);
    let Some(model) = chart_model(report, chart, lang) else {
        return html! {};
    };
    let with_values = !matches!(
        model,
        ChartModel::Steps { .. } | ChartModel::Timeline { .. }
    );
    html! {
        <table>
            <caption class="visually-hidden">{ chart.title.get(lang) }</caption>
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
                    let period = if m.period.is_empty() && !with_values { m.display.clone() } else { m.period.clone() };
                    html! {
                        <tr>
                            <th scope="row">{ &m.label }</th>
                            if with_values {
                                <td>{ &m.display }</td>
                                <td>{ qualifier }</td>
                            }
                            <td>{ period }</td>
                            <td>{ &m.section }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
