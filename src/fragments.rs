//! The parts of the page that change with nothing but the language: the header's intro and
//! report card, a section's figure cards, its summary, its lists and remaining figures, each
//! chart's data table. They
//! are written on the server only, like the chart pictures, and the wasm carries neither the
//! code that writes them nor their wording (about 4 KB of gzip).
//!
//! On the server each part is rendered to HTML first (`prepare`), then set into the page as
//! raw HTML inside a container that names it (`data-fragment`). In the browser, hydration
//! keeps the server's nodes as they are: the part is shown as an empty raw string, which
//! claims them. After a switch of language the other language's parts come from the same
//! file as its pictures (`charts::pictures`); the page's own are taken from the page just
//! before the switch replaces them (`browser::adopt_markup`), for a switch back.

use crate::components::ReportRef;
use sip_report::Lang;
use std::cell::RefCell;
use yew::prelude::*;

/// A part of the page written on the server.
#[derive(Clone, Debug, PartialEq)]
pub enum Fragment {
    /// The header's intro (prose with references to figures).
    Intro,
    /// The header's report card: one entry per keyword.
    ReportCard,
    /// A section's summary (prose with references to figures).
    Summary(AttrValue),
    /// A section's headline figures, as cards.
    Cards(AttrValue),
    /// A section's named lists, firsts and remaining figures.
    Rest(AttrValue),
    /// A chart's data table.
    Table(AttrValue),
}

impl Fragment {
    /// The value of its container's `data-fragment` attribute, unique on the page.
    pub fn key(&self) -> String {
        match self {
            Fragment::Intro => "intro".to_string(),
            Fragment::ReportCard => "report-card".to_string(),
            Fragment::Summary(section) => format!("{section}-summary"),
            Fragment::Cards(section) => format!("{section}-cards"),
            Fragment::Rest(section) => format!("{section}-rest"),
            Fragment::Table(chart) => format!("table-{chart}"),
        }
    }

    /// Every part of a report.
    pub fn all(report: ReportRef) -> Vec<Fragment> {
        let sections = report.sections.iter().flat_map(|s| {
            let id = AttrValue::from(s.id.to_string());
            [Fragment::Cards(id.clone()), Fragment::Summary(id.clone()), Fragment::Rest(id)]
        });
        let charts = report.charts.iter().map(|c| Fragment::Table(c.id.to_string().into()));
        [Fragment::Intro, Fragment::ReportCard].into_iter().chain(sections).chain(charts).collect()
    }
}

type Cache = Vec<(String, Lang, AttrValue)>;

thread_local! {
    /// The parts' markup by key and language: on the server, what `prepare` rendered; in the
    /// browser, what came from a file or was taken from the page.
    static CACHE: RefCell<Cache> = const { RefCell::new(Vec::new()) };
    /// In the browser, what each part shows now, so that re-rendering it in the same
    /// language never replaces its nodes (a focused card link would lose focus).
    #[cfg(target_arch = "wasm32")]
    static SHOWN: RefCell<Cache> = const { RefCell::new(Vec::new()) };
}

/// Keeps a part's markup in a language.
pub fn insert(key: &str, lang: Lang, html: AttrValue) {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|(k, l, _)| !(k == key && *l == lang));
        c.push((key.to_string(), lang, html));
    });
}

/// Whether the parts of a language are at hand.
pub fn has(lang: Lang) -> bool {
    CACHE.with(|c| c.borrow().iter().any(|(_, l, _)| *l == lang))
}

fn cached(key: &str, lang: Lang) -> Option<AttrValue> {
    CACHE.with(|c| c.borrow().iter().find(|(k, l, _)| k == key && *l == lang).map(|(_, _, h)| h.clone()))
}

/// The markup of the part of this key (`Fragment::key`, also its container's `data-fragment`),
/// for inside its container.
pub fn markup(key: &str, lang: Lang) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    let html = cached(key, lang).unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    let html = SHOWN.with(|s| {
        let mut s = s.borrow_mut();
        match s.iter().position(|(k, _, _)| *k == key) {
            Some(i) if s[i].1 == lang => s[i].2.clone(),
            found => {
                // First shown (hydrating: empty, which keeps the server's nodes) or shown in
                // another language until now.
                let html = cached(key, lang).unwrap_or_default();
                if let Some(i) = found {
                    s.remove(i);
                }
                s.push((key.to_string(), lang, html.clone()));
                html
            }
        }
    });
    Html::from_html_unchecked(html)
}

/// Renders every part of a report in a language for `markup` to find (on the server, before
/// the page: the server renderer cannot run inside itself).
#[cfg(not(target_arch = "wasm32"))]
pub fn prepare(report: ReportRef, lang: Lang) {
    for (key, html) in rendered(report, lang) {
        insert(&key, lang, html.into());
    }
}

/// Every part of a report in a language, as (key, HTML): for the page and for the file the
/// browser fetches on a switch of language.
#[cfg(not(target_arch = "wasm32"))]
pub fn rendered(report: ReportRef, lang: Lang) -> Vec<(String, String)> {
    Fragment::all(report)
        .into_iter()
        .map(|part| {
            let key = part.key();
            let props = ContentProps { report, part, lang };
            let renderer = yew::LocalServerRenderer::<Content>::with_props(props).hydratable(false);
            (key, futures::executor::block_on(renderer.render()))
        })
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Properties, PartialEq)]
struct ContentProps {
    report: ReportRef,
    part: Fragment,
    lang: Lang,
}

/// A part's own markup, rendered alone.
#[cfg(not(target_arch = "wasm32"))]
#[function_component]
fn Content(props: &ContentProps) -> Html {
    use crate::components::{data_table::data_table, prose::prose, report_card::report_card, section};
    let (report, lang) = (props.report, props.lang);
    match &props.part {
        Fragment::Intro => prose(report, report.meta.intro.get(lang), lang),
        Fragment::ReportCard => report_card(report, lang),
        Fragment::Summary(id) => {
            report.section(id).map(|s| prose(report, s.summary.get(lang), lang)).unwrap_or_default()
        }
        Fragment::Cards(id) => section::cards(report, id, lang),
        Fragment::Rest(id) => section::rest(report, id, lang),
        Fragment::Table(chart) => data_table(report, chart, lang),
    }
}
