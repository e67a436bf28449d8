//! One keyword section, laid out from the data: heading, big-number cards, our explanation,
//! charts, lists, firsts, then every remaining figure.

use super::chart_frame::ChartFrame;
use super::figure_card::FigureCard;
use super::figure_list::FigureList;
use super::ReportRef;
use crate::charts::model::month;
use crate::i18n::ui;
use sip_report::{format, ChartKind, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub report: ReportRef,
    pub id: AttrValue,
    pub lang: Lang,
}

#[function_component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let report = props.report;
    let lang = props.lang;
    let t = ui(lang);
    let Some(s) = report.section(&props.id) else {
        return html! {};
    };
    let charted_lists: Vec<&str> = report.charts_in(&s.id).filter_map(|c| c.list.as_deref()).collect();
    let has_timeline = report.charts_in(&s.id).any(|c| c.kind == ChartKind::Timeline);
    let lists: Vec<_> = report.lists_in(&s.id).filter(|l| !charted_lists.contains(&l.id.as_str())).collect();
    let firsts: Vec<_> = if has_timeline { Vec::new() } else { report.firsts_in(&s.id).collect() };
    let rest: Vec<AttrValue> = report
        .figures_in(&s.id)
        .map(|f| f.id.as_str())
        .chain(report.derived.iter().filter(|d| d.section == s.id).map(|d| d.id.as_str()))
        .filter(|id| !s.headline.iter().any(|h| h == id))
        .map(|id| AttrValue::from(id.to_string()))
        .collect();
    let title_id = format!("{}-title", s.id);
    html! {
        <section id={s.id.clone()} class="keyword" aria-labelledby={title_id.clone()}>
            <header class="keyword-head">
                <p class="keyword-ordinal">{ s.ordinal.get(lang) }</p>
                <h2 id={title_id}>{ s.keyword.get(lang) }</h2>
                <p class="keyword-theme">{ s.theme.get(lang) }</p>
            </header>
            <div class="cards">
                { for s.headline.iter().map(|id| html! { <FigureCard {report} id={id.clone()} {lang} /> }) }
            </div>
            <p class="summary">{ s.summary.get(lang) }</p>
            <div class="charts">
                { for report.charts_in(&s.id).map(|c| html! { <ChartFrame {report} chart={c.id.clone()} {lang} /> }) }
            </div>
            { for lists.iter().map(|l| html! {
                <div class="named-list">
                    <h3>{ l.title.get(lang) }</h3>
                    <ol>
                        { for l.items.iter().map(|item| {
                            let figure = item.figure.as_deref().and_then(|f| report.datum(f)).map(|d| format::plain(&d, lang));
                            html! { <li>{ item.text(lang) }{ for figure.map(|f| html! { <span class="list-figure">{ format!(" ({f})") }</span> }) }</li> }
                        }) }
                    </ol>
                </div>
            }) }
            if !firsts.is_empty() {
                <div class="named-list">
                    <h3>{ t.firsts_heading }</h3>
                    <ul>
                        { for firsts.iter().map(|f| {
                            let when = if f.date.is_empty() { t.date_not_given.to_string() } else { month(&f.date, lang) };
                            html! { <li>{ f.label.get(lang) }{ format!(" · {} · {when}", format::first_scope(f.scope, lang)) }</li> }
                        }) }
                    </ul>
                </div>
            }
            if !rest.is_empty() {
                <div class="more-figures">
                    <h3>{ t.all_figures }</h3>
                    <FigureList {report} ids={rest} {lang} />
                </div>
            }
        </section>
    }
}
