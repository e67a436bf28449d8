//! The section's remaining figures as a compact list, so every figure is on the page.

use super::ReportRef;
use crate::i18n::ui;
use sip_report::{format, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    pub report: ReportRef,
    pub ids: Vec<AttrValue>,
    pub lang: Lang,
}

#[function_component]
pub fn FigureList(props: &FigureListProps) -> Html {
    let lang = props.lang;
    html! {
        <ul class="figure-list">
            { for props.ids.iter().filter_map(|id| props.report.datum(id)).map(|d| {
                let mut meta = vec![d.period.label(lang).to_string()];
                meta.extend(format::tags(&d, lang).into_iter().map(str::to_string));
                if let Some(scope) = d.scope {
                    meta.push(scope.get(lang).to_string());
                }
                if let Some(section) = props.report.section(d.section) {
                    meta.push(format!("{}{}", ui(lang).source_prefix, section.ordinal.get(lang)));
                }
                html! {
                    <li id={format!("fig-{}", d.id)} class={classes!(d.derived.then_some("derived"))}>
                        <span class="fl-label">{ d.label.get(lang) }</span>
                        <span class="fl-value">{ format::plain(&d, lang) }</span>
                        <span class="fl-meta">{ meta.join(" · ") }</span>
                    </li>
                }
            }) }
        </ul>
    }
}
