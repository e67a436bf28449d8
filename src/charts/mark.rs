//! A data mark in one language: a bar, a step, an event, with its label, value as text,
//! bound, period and where in the article it comes from. Every chart kind is made of marks;
//! the tooltips, the keyboard, the data table and the CSV walk through them.

use sip_report::{format, source, Bound, Datum, Lang, Report};

/// One data mark: a bar, a step, an event.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Mark {
    /// The datum id this mark shows, if it shows one.
    pub id: String,
    pub label: String,
    /// Value in base units (0 for marks without a value).
    pub value: f64,
    /// The value as text, with qualifier and unit: "超1000亿元".
    pub display: String,
    pub bound: Bound,
    /// The article's own word for the bound ("突破", "超", "近"), or the bound's word.
    pub word: String,
    /// A running total (累计): the chart says so beside its label.
    pub cumulative: bool,
    pub derived: bool,
    /// Period in words.
    pub period: String,
    /// The section the figure comes from.
    pub section: String,
    /// Where in the article: "关键词三 · 第2段"; for a derived figure, its calculation and
    /// the places of its inputs (`sip_report::source::note`).
    pub source: String,
}

/// The mark of a figure or derived figure.
pub fn of_datum(report: &Report, d: &Datum<'_>, lang: Lang) -> Mark {
    Mark {
        id: d.id.to_string(),
        label: d.label.get(lang).to_string(),
        value: d.value,
        display: format::plain(d, lang),
        bound: d.bound,
        word: report
            .figure(d.id)
            .map_or_else(|| format::bound_word(d.bound, lang), |f| sip_report::article::qualifier_word(f, lang))
            .to_string(),
        cumulative: d.cumulative,
        derived: d.derived,
        period: d.period.label(lang).to_string(),
        section: report.section(d.section).map(|s| s.ordinal.get(lang).to_string()).unwrap_or_default(),
        source: source::note(report, d.id, lang),
    }
}

/// A mark that is words, not a value (a step, an event).
pub fn of_text(id: String, label: String, period: String, section: String, source: String) -> Mark {
    Mark { id, label, period, section, source, ..Mark::default() }
}

/// The keyword section's ordinal, as a mark names where it comes from ("关键词三").
pub fn section_name(report: &Report, section: &str, lang: Lang) -> String {
    report.section(section).map(|s| s.ordinal.get(lang).to_string()).unwrap_or_default()
}

/// A chart's two figures as marks, and the derived figure worked out from exactly those two
/// (a share, a progress), as text: the kinds that set one figure against another.
pub fn pair(report: &Report, chart: &sip_report::Chart, lang: Lang) -> Option<(Mark, Mark, String)> {
    let datum = |id: &sip_report::Str| report.datum(id).map(|d| of_datum(report, &d, lang));
    let a = datum(chart.figures.first()?)?;
    let b = datum(chart.figures.get(1)?)?;
    let derived = report.derived.iter().find(|d| d.inputs == chart.figures).and_then(|d| report.datum(&d.id));
    let share = derived.map(|d| format::plain(&d, lang)).unwrap_or_default();
    Some((a, b, share))
}
