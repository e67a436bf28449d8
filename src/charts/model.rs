//! What a chart shows, in one language: marks with labels and formatted values.
//!
//! Built from the report alone, so the same model feeds the SVG, the data table and the
//! plain-language description.

use sip_report::{format, source, Bound, Chart, ChartKind, Datum, Lang, Report};

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
    pub derived: bool,
    /// Period in words.
    pub period: String,
    /// The section the figure comes from.
    pub section: String,
    /// Where in the article: "关键词三 · 第2段"; for a derived figure, its calculation and
    /// the places of its inputs (`sip_report::source::note`).
    pub source: String,
}

/// A chart ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartModel {
    /// Horizontal bars; `log` for a log scale.
    Bars { marks: Vec<Mark>, log: bool },
    /// Pairs of (derived earlier value, reported value, the change as reported: "label: +42.6%").
    Growth { pairs: Vec<(Mark, Mark, String)> },
    /// A value against a reference mark.
    Threshold { value: Mark, mark: Mark },
    /// A value on the way to a target; `progress` is the derived share, as text.
    Progress { value: Mark, target: Mark, progress: String },
    /// A part inside its whole; `share` is the derived share, as text.
    Share { part: Mark, whole: Mark, share: String },
    /// Numbered steps of a list.
    Steps { marks: Vec<Mark> },
    /// Dated events; undated ones last.
    Timeline { marks: Vec<Mark> },
}

impl ChartModel {
    /// Every mark, in reading order.
    pub fn marks(&self) -> Vec<&Mark> {
        match self {
            ChartModel::Bars { marks, .. } | ChartModel::Steps { marks } | ChartModel::Timeline { marks } => {
                marks.iter().collect()
            }
            ChartModel::Growth { pairs } => pairs.iter().flat_map(|(a, b, _)| [a, b]).collect(),
            ChartModel::Threshold { value, mark } => vec![value, mark],
            ChartModel::Progress { value, target, .. } => vec![value, target],
            ChartModel::Share { part, whole, .. } => vec![part, whole],
        }
    }

    /// Whether the chart shows a derived figure: a derived mark, or a derived share or progress
    /// written in words (its source line then says how such figures are worked out).
    pub fn has_derived(&self) -> bool {
        matches!(self, ChartModel::Share { .. } | ChartModel::Progress { .. }) || self.marks().iter().any(|m| m.derived)
    }

    /// Whether its marks carry values (bars), or only words and dates (steps, a timeline): the
    /// data table then has no value or qualifier columns.
    pub fn has_values(&self) -> bool {
        !matches!(self, ChartModel::Steps { .. } | ChartModel::Timeline { .. })
    }
}

fn mark(report: &Report, d: &Datum<'_>, lang: Lang) -> Mark {
    Mark {
        id: d.id.to_string(),
        label: d.label.get(lang).to_string(),
        value: d.value,
        display: format::plain(d, lang),
        bound: d.bound,
        derived: d.derived,
        period: d.period.label(lang).to_string(),
        section: report.section(d.section).map(|s| s.ordinal.get(lang).to_string()).unwrap_or_default(),
        source: source::note(report, d.id, lang),
    }
}

fn text_mark(id: String, label: String, period: String, section: String, source: String) -> Mark {
    Mark { id, label, value: 0.0, display: String::new(), bound: Bound::Exact, derived: false, period, section, source }
}

/// The model of a chart in a language. A validated report always yields one; `None` means
/// the chart refers to something missing.
pub fn chart_model(report: &Report, chart: &Chart, lang: Lang) -> Option<ChartModel> {
    let datum = |id: &sip_report::Str| report.datum(id).map(|d| mark(report, &d, lang));
    let section = report.section(&chart.section).map(|s| s.ordinal.get(lang).to_string()).unwrap_or_default();
    let pair = || -> Option<(Mark, Mark, String)> {
        let a = datum(chart.figures.first()?)?;
        let b = datum(chart.figures.get(1)?)?;
        let share_derived = report.derived.iter().find(|d| d.inputs == chart.figures).and_then(|d| report.datum(&d.id));
        let share = share_derived.map(|d| format::plain(&d, lang)).unwrap_or_default();
        Some((a, b, share))
    };
    Some(match chart.kind {
        ChartKind::Bars | ChartKind::Ladder => ChartModel::Bars {
            marks: chart.figures.iter().map(datum).collect::<Option<_>>()?,
            log: chart.kind == ChartKind::Ladder,
        },
        ChartKind::Growth => ChartModel::Growth {
            pairs: chart
                .figures
                .iter()
                .map(|id| {
                    let change = report.datum(id)?;
                    let base = report.figure(id)?.change_of.as_ref()?;
                    let now = report.datum(base)?;
                    let before = report.baseline_of(id)?;
                    let sep = if lang == Lang::Zh { ":" } else { ": " };
                    let header = format!("{}{sep}{}", change.label.get(lang), format::plain(&change, lang));
                    Some((mark(report, &before, lang), mark(report, &now, lang), header))
                })
                .collect::<Option<_>>()?,
        },
        ChartKind::Threshold => {
            let (value, mark, _) = pair()?;
            ChartModel::Threshold { value, mark }
        }
        ChartKind::Progress => {
            let (value, target, progress) = pair()?;
            ChartModel::Progress { value, target, progress }
        }
        ChartKind::Share => {
            let (part, whole, share) = pair()?;
            ChartModel::Share { part, whole, share }
        }
        ChartKind::Steps => {
            let list = report.list(chart.list.as_ref()?)?;
            ChartModel::Steps {
                marks: list
                    .items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        text_mark(
                            format!("{}-{}", list.id, i + 1),
                            item.text(lang).to_string(),
                            String::new(),
                            section.clone(),
                            source::paragraph(report, &list.section, item.paragraph.unwrap_or(list.paragraph), lang),
                        )
                    })
                    .collect(),
            }
        }
        ChartKind::Timeline => {
            // In file order, which validation keeps: dated firsts by date, then undated ones.
            let firsts = report.firsts_in(&chart.section);
            ChartModel::Timeline {
                marks: firsts
                    .map(|f| Mark {
                        display: format::first_scope(f.scope, lang).to_string(),
                        ..text_mark(
                            f.id.to_string(),
                            f.label.get(lang).to_string(),
                            crate::text::month(&f.date, lang),
                            section.clone(),
                            source::paragraph(report, &f.section, f.paragraph, lang),
                        )
                    })
                    .collect(),
            }
        }
    })
}
