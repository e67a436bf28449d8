//! Corrections and changes, shown: the list near the end of the page, and a note on each
//! figure, chart, summary or list that changed ("更正于2026年12月4日" / "Correction, 4
//! December 2026"), linked to its entry. A chart taken down keeps its old links: its entry
//! carries the chart's ids. Part of the prerendered page: the wasm carries no changes.

use super::ReportRef;
use crate::i18n::{ui, Ui};
use crate::text::{day, fill};
use crate::url::page_href;
use sip_report::{Change, ChangeKind, Lang};
use yew::prelude::*;

fn kind_word(t: &Ui, kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Correction => t.change_correction,
        ChangeKind::Addition => t.change_addition,
        ChangeKind::Clarification => t.change_clarification,
    }
}

/// What a change is about, in words.
fn subject(report: ReportRef, c: &Change, lang: Lang) -> String {
    let t = ui(lang);
    let Some((kind, id)) = c.subject() else { return String::new() };
    let (template, name) = match kind {
        "figure" => (t.change_figure, report.datum(id).map(|d| d.label.get(lang).to_string())),
        "chart" if c.removed => (t.change_removed_chart, Some(id.to_string())),
        "chart" => {
            (t.change_chart, report.charts.iter().find(|ch| ch.id == id).map(|ch| ch.title.get(lang).to_string()))
        }
        "section" => (t.change_summary, report.section(id).map(|s| s.ordinal.get(lang).to_string())),
        _ => (t.change_list, report.list(id).map(|l| l.title.get(lang).to_string())),
    };
    fill(template, &[("name", &name.unwrap_or_else(|| id.to_string()))])
}

/// The list of changes, near the end of the page (nothing when there are none).
pub fn changes(report: ReportRef, lang: Lang) -> Html {
    if report.changes.is_empty() {
        return html! {};
    }
    let t = ui(lang);
    html! {
        // Not a `<section>`: the page's sections are its keywords.
        <div class="changes" id="changes" role="region" aria-labelledby="changes-title">
            <h2 id="changes-title">{ t.changes_title }</h2>
            <p class="changes-lead">{ t.changes_lead }</p>
            <ol>
                { for report.changes.iter().enumerate().map(|(i, c)| {
                    // A chart taken down: its old links land on its entry.
                    let old: Vec<String> = match (c.removed, &c.chart) {
                        (true, Some(id)) => std::iter::once(id.as_ref()).chain(c.formerly.iter().map(|f| f.as_ref())).map(|id: &str| format!("chart-{id}")).collect(),
                        _ => Vec::new(),
                    };
                    html! {
                        <li id={format!("change-{}", i + 1)}>
                            { for old.into_iter().map(|id| html! { <span id={id}></span> }) }
                            <p class="change-head">
                                <strong>{ kind_word(t, c.kind) }</strong>
                                { format!(" · {} · {}", day(&c.date, lang), subject(report, c, lang)) }
                            </p>
                            <dl>
                                <dt>{ t.change_was }</dt><dd>{ c.was.get(lang) }</dd>
                                <dt>{ t.change_now }</dt><dd>{ c.now.get(lang) }</dd>
                                <dt>{ t.change_why }</dt><dd>{ c.why.get(lang) }</dd>
                            </dl>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}

/// The notes on a section's summary and on its charts, each naming what changed, in one
/// paragraph under the summary (nothing when none changed).
pub fn section_notes(report: ReportRef, section: &str, lang: Lang) -> Html {
    let t = ui(lang);
    let charts: Vec<&str> = report.charts_in(section).map(|c| &*c.id).collect();
    let notes: Vec<Html> = report
        .changes
        .iter()
        .enumerate()
        .filter(|(_, c)| match c.subject() {
            Some(("section", id)) => id == section,
            Some(("chart", id)) => charts.contains(&id),
            _ => false,
        })
        .map(|(i, c)| {
            let when = fill(t.changed_on, &[("kind", kind_word(t, c.kind)), ("date", &day(&c.date, lang))]);
            let text = format!("{when} · {}", subject(report, c, lang));
            html! { <a class="change-note" href={format!("{}#change-{}", page_href(lang), i + 1)}>{ text }</a> }
        })
        .collect();
    if notes.is_empty() {
        return html! {};
    }
    html! { <p class="section-changes">{ for notes }</p> }
}

/// The notes on what changed: `kind` is "figure", "chart", "section" or "list".
pub fn change_note(report: ReportRef, kind: &str, id: &str, lang: Lang) -> Html {
    let t = ui(lang);
    let notes: Vec<Html> = report
        .changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.subject() == Some((kind, id)))
        .map(|(i, c)| {
            let text = fill(t.changed_on, &[("kind", kind_word(t, c.kind)), ("date", &day(&c.date, lang))]);
            html! { <a class="change-note" href={format!("{}#change-{}", page_href(lang), i + 1)}>{ text }</a> }
        })
        .collect();
    html! { { for notes } }
}
