//! What several test files share: a page rendered as `cargo xtask dist` renders it, with
//! stand-in build facts (the picture's name and the heights the build would measure). Each
//! test file uses some of it (hence the `allow(dead_code)`s).

use sip_explainer::snippets::{Built, BuiltSections};
use sip_report::Lang;

/// Stand-in facts for every section: `img/embed/<id>-<lang>.0123456789ab.png`, 2400 px tall,
/// in a frame 3000 px tall; the long picture `img/long/report-<lang>.0123456789ab.png`, 9000 px.
#[allow(dead_code)]
pub fn built(lang: Lang) -> BuiltSections {
    built_of(sip_explainer::data::report(), lang)
}

/// The same for this report's sections.
pub fn built_of(report: &sip_report::Report, lang: Lang) -> BuiltSections {
    report
        .sections
        .iter()
        .map(|s| {
            let picture = format!("img/embed/{}-{}.0123456789ab.png", s.id, lang.tag());
            let long = format!("img/long/report-{}.0123456789ab.png", lang.tag());
            (s.id.to_string(), Built { picture, picture_height: 2400, frame_height: 3000, long, long_height: 9000 })
        })
        .collect()
}

/// A language's page, prerendered with `built(lang)`.
#[allow(dead_code)]
pub fn page(lang: Lang) -> String {
    page_of(sip_explainer::data::report(), lang)
}

/// A language's page of this report, prerendered with `built_of(report, lang)`.
#[allow(dead_code)]
pub fn page_of(report: &'static sip_report::Report, lang: Lang) -> String {
    sip_explainer::ssr::render_page(report, lang, &built_of(report, lang)).expect("every section")
}

/// A mark a chart must show, read from the data file's entries alone (never from the chart
/// code): its label, its value as the cards show it (empty for a list item or a first), its
/// period, and whether it is derived.
#[allow(dead_code)]
pub struct Expected {
    pub label: String,
    pub value: String,
    pub period: String,
    pub derived: bool,
}

/// What a chart must show: for each figure, its label and value; a growth chart's earlier
/// year (derived) and reported year; a list's items; a section's firsts.
#[allow(dead_code)]
pub fn expected_marks(report: &sip_report::Report, chart: &sip_report::Chart, lang: Lang) -> Vec<Expected> {
    use sip_report::{format::plain, ChartKind, Datum};
    let of = |d: &Datum<'_>| Expected {
        label: d.label.get(lang).to_string(),
        value: plain(d, lang),
        period: d.period.label(lang).to_string(),
        derived: d.derived,
    };
    let words = |label: &str| Expected {
        label: label.to_string(),
        value: String::new(),
        period: String::new(),
        derived: false,
    };
    let datum = |id: &str| report.datum(id).unwrap_or_else(|| panic!("{}: no figure {id}", chart.id));
    match chart.kind {
        ChartKind::Growth => chart
            .figures
            .iter()
            .flat_map(|id| {
                let now = report.figure(id).and_then(|f| f.change_of.clone()).expect("a growth figure's base");
                let before = report.baseline_of(id).expect("a derived baseline");
                [of(&before), of(&datum(&now))]
            })
            .collect(),
        ChartKind::Steps => {
            let list = report.list(chart.list.as_deref().expect("a list")).expect("the list");
            list.items.iter().map(|i| words(i.text(lang))).collect()
        }
        ChartKind::Timeline => report.firsts_in(&chart.section).map(|f| words(f.label.get(lang))).collect(),
        _ => chart.figures.iter().map(|id| of(&datum(id))).collect(),
    }
}
