//! Terms of art, explained where they are used and listed on a page of their own ("术语 /
//! Terms", `terms/`), which the report's page points to at its end. A marked term is a button
//! that opens its definition in place (the HTML `popover` attribute: a tap, a click, or Enter;
//! no script needed); the list gives each term its own link, `terms/#term-<id>`. A definition says where it comes from: the paragraph where the article
//! explains the term, or our note, with the public document behind any criterion it gives.
//! Part of the prerendered page: the wasm carries no glossary.

use super::ReportRef;
use crate::i18n::ui;
use crate::url::terms_href;
use sip_report::{source, Lang, Term};
use yew::prelude::*;

/// Where a definition comes from, in words.
fn basis(report: ReportRef, term: &Term, lang: Lang) -> String {
    let t = ui(lang);
    match (&term.explained_in, &term.document) {
        (Some(p), _) => format!("{}{}", t.term_from_article, source::paragraph(&report, &p.section, p.paragraph, lang)),
        (None, Some(d)) => {
            let doc = crate::text::fill(
                t.term_document,
                &[("issuer", d.issuer.get(lang)), ("title", d.title.get(lang)), ("year", &d.year.to_string())],
            );
            format!("{}{}{doc}", t.term_our_note, t.list_sep)
        }
        (None, None) => t.term_our_note.to_string(),
    }
}

/// A term marked in prose: its words, as a button that opens the definition in place. `scope`
/// (the section's id, or "intro") keeps the definition's id unique in the page.
pub fn term_mark(report: ReportRef, id: &str, words: &str, scope: &str, lang: Lang) -> Html {
    let Some(term) = report.term(id) else { return html! { { words } } };
    let t = ui(lang);
    let tip = format!("tip-{scope}-{id}");
    html! {
        <>
            <button type="button" class="term" popovertarget={tip.clone()}>{ words }</button>
            <span class="term-tip" id={tip} popover="auto">
                <strong lang={Lang::Zh.tag()}>{ &*term.term.zh }</strong>
                if lang == Lang::En { { format!(" · {}", term.term.en) } }
                { format!("{}{}", t.colon, term.definition.get(lang)) }
                <span class="term-basis">{ basis(report, term, lang) }</span>
                <a href={format!("{}#term-{}", terms_href(lang), term.id)}>{ t.terms_title }</a>
            </span>
        </>
    }
}

/// At the end of the report's page: where the terms are listed (nothing when there are none).
/// Keeps the id `terms`, so an old link to the list lands here.
pub fn terms_pointer(report: ReportRef, lang: Lang) -> Html {
    if report.glossary.is_empty() {
        return html! {};
    }
    let t = ui(lang);
    let n = report.glossary.len().to_string();
    html! {
        // Not a `<section>`: the page's sections are its keywords.
        <div class="terms" id="terms" role="region" aria-labelledby="terms-title">
            <h2 id="terms-title">{ t.terms_title }</h2>
            <p class="terms-lead">{ t.terms_lead }</p>
            <p><a href={terms_href(lang)}>{ crate::text::fill(t.terms_all, &[("n", &n)]) }</a></p>
        </div>
    }
}

/// The list of every term, for the terms page.
pub fn terms_list(report: ReportRef, lang: Lang) -> Html {
    html! {
        <dl class="terms-list">
            { for report.glossary.iter().map(|term| html! {
                <>
                    <dt id={format!("term-{}", term.id)}>
                        <span lang={Lang::Zh.tag()}>{ &*term.term.zh }</span>
                        if lang == Lang::En { <span class="term-en">{ format!(" · {}", term.term.en) }</span> }
                    </dt>
                    <dd>
                        { term.definition.get(lang) }
                        <span class="term-basis">{ basis(report, term, lang) }</span>
                    </dd>
                </>
            }) }
        </dl>
    }
}
