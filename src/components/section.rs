//! One keyword section's contents, laid out from the data: heading, big-number cards, our
//! explanation, charts, lists, firsts, every remaining figure, then the article's sentences
//! behind them. The `<section>` element
//! itself is the page's. The section's tools and each chart are islands (see `island`): this
//! writes their roots; the rest is plain HTML.

use super::island::{Island, Part};
use super::prose::prose;
use super::ReportRef;
use crate::i18n::ui;
use crate::snippets::Built;
use sip_report::Lang;
use yew::prelude::*;

/// A section's contents (empty for an unknown id); an embedded section has no tools (the
/// host page is not where a reader copies our links from). `built` goes on the tools' root.
pub fn section_view(report: ReportRef, id: &str, lang: Lang, embedded: bool, built: Option<&Built>) -> Html {
    let Some(s) = report.section(id) else {
        return html! {};
    };
    let t = ui(lang);
    let title_id = format!("{}-title", s.id);
    let island = |part: Part| html! { <Island {report} {part} {lang} /> };
    let tools = (!embedded).then(|| {
        let part = Part::Tools(s.id.to_string().into());
        let (key, wake) = part.root_attrs();
        // Read back by `snippets::Built::from_attrs`.
        html! {
            <div class="tools needs-js" role="group" aria-label={t.section_tools} data-island={key} data-hydrate={wake}
                data-picture={built.map(|b| b.picture.clone())}
                data-picture-height={built.map(|b| b.picture_height.to_string())}
                data-frame-height={built.map(|b| b.frame_height.to_string())}
                data-long={built.map(|b| b.long.clone())}
                data-long-height={built.map(|b| b.long_height.to_string())}>
                { island(part) }
            </div>
        }
    });
    let charts = report.charts_in(&s.id).map(|c| {
        let part = Part::Chart(c.id.to_string().into());
        let (key, wake) = part.root_attrs();
        // The picture's description beside the figure, hidden: read as the picture's
        // description, not a second time as a paragraph (and not part of the island).
        let description = crate::charts::svg::description(&report, c, lang).unwrap_or_default();
        html! {
            <>
                <figure class="chart" id={key.clone()} data-island={key} data-hydrate={wake}>{ island(part) }</figure>
                <p hidden=true id={crate::charts::svg::description_id(c)}>{ description }</p>
            </>
        }
    });
    html! {
        <>
            <header class="keyword-head">
                <p class="keyword-ordinal">{ s.ordinal.get(lang) }</p>
                <h2 id={title_id}>{ s.keyword.get(lang) }</h2>
                <p class="keyword-theme">{ s.theme.get(lang) }</p>
                { for tools }
            </header>
            <div class="cards">{ cards(report, id, lang) }</div>
            <p class="summary" id={format!("{}-summary", s.id)}>{ prose(report, s.summary.get(lang), lang, &s.id) }</p>
            // What changed in the summary and the charts, under the summary: a note beside a
            // chart would take a cell of the charts' grid.
            { super::changes::section_notes(report, &s.id, lang) }
            <div class="charts">{ for charts }</div>
            <div class="section-rest">{ rest(report, id, lang) }</div>
            { super::evidence::quotes(report, &s.id, lang) }
        </>
    }
}

/// A section's headline figures as cards.
pub fn cards(report: ReportRef, id: &str, lang: Lang) -> Html {
    use super::figure_card::figure_card;
    let Some(s) = report.section(id) else { return html! {} };
    s.headline.iter().map(|id| figure_card(report, id, lang)).collect()
}

/// A section's named lists, its firsts (unless a timeline draws them) and every figure not on
/// a card.
pub fn rest(report: ReportRef, id: &str, lang: Lang) -> Html {
    use super::figure_list::figure_list;
    use sip_report::{format, source};
    let t = ui(lang);
    let Some(s) = report.section(id) else { return html! {} };
    // A list drawn as steps is not repeated as text; a list that only names a ladder's rungs is.
    let charted_lists: Vec<&str> =
        report.charts_in(&s.id).filter(|c| c.kind.draws_its_list()).filter_map(|c| c.list.as_deref()).collect();
    let has_timeline = report.charts_in(&s.id).any(|c| c.kind.draws_the_firsts());
    let lists: Vec<_> = report.lists_in(&s.id).filter(|l| !charted_lists.contains(&&*l.id)).collect();
    let firsts: Vec<_> = if has_timeline { Vec::new() } else { report.firsts_in(&s.id).collect() };
    let rest: Vec<&str> = report
        .figures_in(&s.id)
        .map(|f| &*f.id)
        .chain(report.derived.iter().filter(|d| d.section == s.id).map(|d| &*d.id))
        .filter(|id| !s.headline.iter().any(|h| h == id))
        .collect();
    html! {
        <>
            { for lists.iter().map(|l| html! {
                <div class="named-list">
                    <h3>{ l.title.get(lang) }</h3>
                    <ol>
                        { for l.items.iter().map(|item| {
                            let figure = item.figure.as_deref().and_then(|f| report.datum(f)).map(|d| format::plain(&d, lang));
                            let date = item.date.as_deref().map(|d| crate::text::date_text(d, lang));
                            html! {
                                <li>
                                    if let Some(date) = date { <span class="list-date">{ format!("{date}{}", t.colon) }</span> }
                                    { item.text(lang) }
                                    { for figure.map(|f| html! { <span class="list-figure">{ format!(" ({f})") }</span> }) }
                                </li>
                            }
                        }) }
                    </ol>
                    <p class="list-source">
                        { list_source(report, l, lang) }
                        { super::changes::change_note(report, "list", &l.id, lang) }
                    </p>
                </div>
            }) }
            if !firsts.is_empty() {
                <div class="named-list">
                    <h3>{ t.firsts_heading }</h3>
                    <ul>
                        { for firsts.iter().map(|f| {
                            let when = if f.date.is_empty() { t.date_not_given.to_string() } else { crate::text::month(&f.date, lang) };
                            let place = source::paragraph(&report, &f.section, f.paragraph, lang);
                            html! { <li>{ f.label.get(lang) }{ format!(" · {} · {when} · {}{place}", report.meta.first_scopes.get(f.scope, lang), t.source_prefix) }</li> }
                        }) }
                    </ul>
                </div>
            }
            if !rest.is_empty() {
                <div class="more-figures">
                    <h3>{ t.all_figures }</h3>
                    { figure_list(report, &rest, lang) }
                </div>
            }
        </>
    }
}

/// A list's place in the article: "出处:关键词一 · 第3段、第5段" / "Source: Keyword 1,
/// paragraphs 3 and 5".
fn list_source(report: ReportRef, list: &sip_report::NamedList, lang: Lang) -> String {
    let mut paragraphs: Vec<u32> = vec![list.paragraph];
    for p in list.items.iter().filter_map(|i| i.paragraph) {
        if !paragraphs.contains(&p) {
            paragraphs.push(p);
        }
    }
    paragraphs.sort_unstable();
    let place = sip_report::source::paragraphs(&report, &list.section, &paragraphs, lang);
    format!("{}{place}", ui(lang).source_prefix)
}
