//! The article's own sentences behind a section's figures, each written once, with the
//! figures' words highlighted, the credit, and in English our translation, labelled as ours;
//! and the link from a figure to its sentence. Part of the prerendered page, outside the
//! islands: the wasm carries no article text.

use super::ReportRef;
use crate::i18n::ui;
use crate::url::page_href;
use sip_report::article::Evidence;
use sip_report::{format, source, Lang};
use yew::prelude::*;

/// The anchor of a reported figure's sentence, `src-<id>`; `None` for a derived figure.
/// Reads only the figure's id, so islands (which have no article text) link the same way.
pub fn source_anchor(report: ReportRef, id: &str) -> Option<String> {
    report.figure(id).map(|f| format!("src-{}", f.id))
}

/// "原文" / "In the article": a link to a reported figure's sentence (nothing for a derived
/// figure).
pub fn source_link(report: ReportRef, id: &str, lang: Lang) -> Html {
    let Some(anchor) = source_anchor(report, id) else { return html! {} };
    // No space of its own (the stylesheet spaces it): text next to text would reach the
    // browser as one node, which hydration, in a chart's table, would have to split.
    html! { <a class="src-link" href={format!("{}#{anchor}", page_href(lang))}>{ ui(lang).in_the_article }</a> }
}

/// The section's cited sentences, in the article's order, each once.
pub fn quotes(report: ReportRef, section: &str, lang: Lang) -> Html {
    let t = ui(lang);
    // Each sentence with the figures it gives.
    let mut cited: Vec<(Evidence<'_>, Vec<&str>)> = Vec::new();
    for f in report.figures_in(section) {
        let Some(ev) = report.evidence(&f.id) else { continue };
        match cited.iter_mut().find(|(e, _)| e.anchor() == ev.anchor()) {
            Some((_, ids)) => ids.push(&f.id),
            None => cited.push((ev, vec![&f.id])),
        }
    }
    if cited.is_empty() {
        return html! {};
    }
    cited.sort_by_key(|(e, _)| (e.paragraph, e.sentence));
    let title_id = format!("{section}-quotes-title");
    let meta = &report.meta;
    let credit = format!(
        "{}{}{} · {} · {} {}",
        t.source,
        t.colon,
        t.quote_title(meta.article_title.get(Lang::Zh)),
        meta.publisher.get(lang),
        t.published,
        meta.published
    );
    html! {
        <aside class="quotes" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ t.quotes_title }</h3>
            <p class="quotes-lead">{ t.quotes_lead }</p>
            <ol>
                { for cited.iter().map(|(ev, ids)| sentence(report, ev, ids, lang)) }
            </ol>
            <p class="quotes-credit">{ credit }</p>
        </aside>
    }
}

/// One sentence: the quotation (figures' words marked), our translation in English, where
/// it is, and links back to the figures it gives.
fn sentence(report: ReportRef, ev: &Evidence<'_>, ids: &[&str], lang: Lang) -> Html {
    let t = ui(lang);
    // Every figure's words in this sentence, in order, each marked once.
    let mut marks: Vec<(usize, usize)> = ids.iter().filter_map(|id| report.evidence(id)).map(|e| e.mark).collect();
    marks.sort_unstable();
    marks.dedup();
    let mut pieces: Vec<Html> = Vec::new();
    let mut at = 0;
    for (a, b) in marks {
        if a < at {
            continue;
        }
        pieces.push(html! { { &ev.text[at..a] } });
        pieces.push(html! { <mark>{ &ev.text[a..b] }</mark> });
        at = b;
    }
    pieces.push(html! { { &ev.text[at..] } });
    let place = source::paragraph(&report, ev.section, ev.paragraph, lang);
    let gives = ids.iter().filter_map(|id| report.datum(id)).map(|d| {
        html! { <li><a href={format!("{}#fig-{}", page_href(lang), d.id)}>{ format!("{} {}", d.label.get(lang), format::plain(&d, lang)) }</a></li> }
    });
    html! {
        <li id={ev.anchor()}>
            // One anchor per figure: a figure's "In the article" link lands here.
            { for ids.iter().map(|id| html! { <span id={format!("src-{id}")}></span> }) }
            <blockquote lang={Lang::Zh.tag()}><p>{ for pieces }</p></blockquote>
            if lang == Lang::En {
                if let Some(tr) = ev.translation {
                    <p class="our-translation"><span class="tag">{ format!("{}{}", t.our_translation, t.colon) }</span>{ tr }</p>
                }
            }
            <p class="quote-meta">{ format!("{} · {}", place, t.quote_gives) }</p>
            <ul class="quote-gives">{ for gives }</ul>
        </li>
    }
}
