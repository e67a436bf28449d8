//! Prose from the data (a section's summary, the intro) as HTML: each reference becomes the
//! figure it stands for, formatted in the page's language, linked to the figure's card and
//! marked “推算 / derived” where it is computed; a period reference becomes its words.
//! Part of the prerendered page, outside the islands: the wasm never renders it.

use super::ReportRef;
use crate::i18n::ui;
use crate::url::page_href;
use sip_report::prose::{derived_mark, pieces, reference, Piece};
use sip_report::Lang;
use yew::prelude::*;

/// The prose `text` with its references resolved and its terms marked (`scope`, the section's
/// id or "intro", keeps the terms' ids unique). A validated report has no broken reference;
/// one that is broken anyway shows as written, never as a blank.
pub fn prose(report: ReportRef, text: &str, lang: Lang, scope: &str) -> Html {
    let Ok(pieces) = pieces(text) else { return html! { { text } } };
    // A figure's first mention here has an id: its chart's table links back to it.
    let mut mentioned: Vec<&str> = Vec::new();
    html! {
        { for pieces.into_iter().map(|piece| match piece {
            Piece::Text(t) => html! { { t } },
            Piece::Term(id, words) => super::glossary::term_mark(report, id, words, scope, lang),
            Piece::Ref(id) => match reference(&report, id, lang) {
                Some(r) if r.figure => {
                    let first = !mentioned.contains(&id);
                    mentioned.push(id);
                    // The link's purpose, for a screen reader: the value, then what it is.
                    let label = report.datum(id).map(|d| format!("{}{}{}", r.text, ui(lang).colon, d.label.get(lang)));
                    html! {
                    <a class="ref" href={format!("{}#fig-{id}", page_href(lang))} data-derived={r.derived.then_some("true")}
                        data-fig={id.to_string()} id={first.then(|| mention_id(scope, id))} aria-label={label}>
                        { r.text }
                        if r.derived { <span class="ref-derived">{ derived_mark(lang) }</span> }
                    </a>
                    }
                },
                // A period: marked, so that every number in prose is a reference, visibly.
                Some(r) => html! { <span class="period">{ r.text }</span> },
                None => html! { { format!("{{{id}}}") } },
            },
        }) }
    }
}

/// The id of a figure's first mention in a stretch of prose: `ref-k3-leading-talent`.
pub fn mention_id(scope: &str, figure: &str) -> String {
    format!("ref-{scope}-{figure}")
}

/// Where a section's summary first mentions a figure, if it does: the id of that mention.
pub fn mention_in_summary(report: ReportRef, figure: &str, lang: Lang) -> Option<String> {
    let datum = report.datum(figure)?;
    let section = report.section(datum.section)?;
    let mentioned = pieces(section.summary.get(lang)).ok()?.into_iter().any(|p| p == Piece::Ref(figure));
    mentioned.then(|| mention_id(&section.id, figure))
}
