//! A big-number card: the value with its qualifier and unit, the label, period and source,
//! a link to the article's sentence and, if it changed, to the note. Its value and label
//! are a link to the card itself, so a reader can point at one figure.

use super::ReportRef;
use crate::i18n::ui;
use crate::url::page_href;
use sip_report::{format, source, Lang};
use yew::prelude::*;

/// A figure's card (empty for an unknown id). A plain function, not a component: it has no
/// state, and each component type costs the wasm its own lifecycle code.
pub fn figure_card(report: ReportRef, id: &str, lang: Lang) -> Html {
    let Some(d) = report.datum(id) else {
        return html! {};
    };
    let f = format::datum(&d, lang);
    html! {
        <div class="card" data-derived={d.derived.then_some("true")} id={format!("fig-{}", d.id)}>
            <a class="card-link" href={format!("{}#fig-{}", page_href(lang), d.id)}>
            <p class="card-value">
                if !f.prefix.is_empty() { <span class="card-q">{ f.prefix.trim_end() }</span> }
                // The number and its "+" never part: "10,000" / "+" would read as two things.
                <span class="card-fig">
                    <span class="card-num">{ &f.number }</span>
                    if !f.suffix.is_empty() { <span class="card-plus">{ &f.suffix }</span> }
                </span>
                <span class="card-unit">{ f.unit_part() }</span>
            </p>
            <p class="card-label">{ d.label.get(lang) }</p>
            </a>
            <p class="card-meta">{ format::meta_line(&d, lang) }</p>
            <p class="card-source">
                { source_text(report, id, lang) }
                { super::evidence::source_link(report, id, lang) }
                { super::changes::change_note(report, "figure", id, lang) }
            </p>
        </div>
    }
}

/// "出处:关键词三 · 第2段", or for a derived figure "推算:…;依据关键词三 · 第4段".
pub fn source_text(report: ReportRef, id: &str, lang: Lang) -> String {
    if report.derived_def(id).is_some() {
        source::note(&report, id, lang)
    } else {
        format!("{}{}", ui(lang).source_prefix, source::note(&report, id, lang))
    }
}
