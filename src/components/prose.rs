//! Prose from the data (a section's summary, the intro) as HTML: each reference becomes the
//! figure it stands for, formatted in the page's language, linked to the figure's card and
//! marked “推算 / derived” where it is computed; a period reference becomes its words.
//! Part of the prerendered page, outside the islands: the wasm never renders it.

use super::ReportRef;
use crate::url::page_href;
use sip_report::prose::{derived_mark, pieces, reference, Piece};
use sip_report::Lang;
use yew::prelude::*;

/// The prose `text` with its references resolved and its terms marked (`scope`, the section's
/// id or "intro", keeps the terms' ids unique). A validated report has no broken reference;
/// one that is broken anyway shows as written, never as a blank.
pub fn prose(report: ReportRef, text: &str, lang: Lang, scope: &str) -> Html {
    let Ok(pieces) = pieces(text) else { return html! { { text } } };
    html! {
        { for pieces.into_iter().map(|piece| match piece {
            Piece::Text(t) => html! { { t } },
            Piece::Term(id, words) => super::glossary::term_mark(report, id, words, scope, lang),
            Piece::Ref(id) => match reference(&report, id, lang) {
                Some(r) if r.figure => html! {
                    <a class="ref" href={format!("{}#fig-{id}", page_href(lang))} data-derived={r.derived.then_some("true")}>
                        { r.text }
                        if r.derived { <span class="ref-derived">{ derived_mark(lang) }</span> }
                    </a>
                },
                // A period: marked, so that every number in prose is a reference, visibly.
                Some(r) => html! { <span class="period">{ r.text }</span> },
                None => html! { { format!("{{{id}}}") } },
            },
        }) }
    }
}
