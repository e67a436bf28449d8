//! Growth: for each growth figure, the derived earlier value (hatched) beside the reported one,
//! on a scale of their own, with the change as reported. Periods sit above their bars.

use crate::charts::draw::{bar, bar_key, paragraph, text, value_room, Area, Drawn, MarkBox, BAR_H, GAP, PAD, TEXT_W};
use crate::charts::mark::{self, Mark};
use crate::charts::style::*;
use crate::i18n::{describe_words, ui, Ui};
use crate::text::fill;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use sip_report::{format, Chart, Lang, Report};

/// One pair per growth figure: the earlier value (derived), the reported value, and the change
/// as a header ("label: +42.6%").
#[derive(Clone, Debug, PartialEq)]
pub struct Growth {
    pub pairs: Vec<(Mark, Mark, String)>,
}

impl Growth {
    /// Whether its marks carry values (else only words and dates: the data table then has no
    /// value or qualifier columns).
    pub const HAS_VALUES: bool = true;
    /// Whether it writes a derived figure in words (a share, a progress), beside its marks.
    pub const DERIVED_IN_WORDS: bool = false;

    pub fn build(report: &Report, chart: &Chart, lang: Lang) -> Option<Growth> {
        let t = ui(lang);
        let pairs = chart.figures.iter().map(|id| {
            let change = report.datum(id)?;
            let base = report.figure(id)?.change_of.as_ref()?;
            let now = report.datum(base)?;
            let before = report.baseline_of(id)?;
            let header = format!("{}{}{}", change.label.get(lang), t.colon, format::plain(&change, lang));
            Some((mark::of_datum(report, &before, lang), mark::of_datum(report, &now, lang), header))
        });
        Some(Growth { pairs: pairs.collect::<Option<_>>()? })
    }

    pub fn marks(&self) -> Vec<&Mark> {
        self.pairs.iter().flat_map(|(a, b, _)| [a, b]).collect()
    }

    /// Returns the drawing's height.
    pub fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, ui: &Ui, boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
        let mut y = PAD;
        for (before, now, change) in &self.pairs {
            let lines = paragraph(area, &now.label, (PAD, y + LINE / 2), TEXT_W, INK_TEXT, true)?;
            y += lines * LINE;
            let lines = paragraph(area, change, (PAD, y + LINE / 2), TEXT_W, INK_TEXT, false)?;
            y += lines * LINE + 8;
            let span = WIDTH as i32 - PAD - value_room(&[before, now]) - PAD;
            let max = before.value.max(now.value).max(f64::MIN_POSITIVE);
            for m in [before, now] {
                boxes.push(MarkBox::band(y - 4, y + LINE + 2 + BAR_H + 6));
                text(area, &period_text(m, ui), (PAD, y + LINE / 2), FONT_SMALL, INK_MUTED, HPos::Left, false)?;
                y += LINE + 2;
                let x1 = PAD + (m.value / max * span as f64).round() as i32;
                bar(area, PAD, y, x1, y + BAR_H, m, INK_MARK)?;
                text(area, &m.display, (x1 + 6, y + BAR_H / 2), FONT_SMALL, INK_TEXT, HPos::Left, true)?;
                y += BAR_H + 10;
            }
            y += GAP;
        }
        // The legend takes the place of the last pair's gap.
        Ok(bar_key(area, &self.marks(), y + LINE / 2 - GAP, ui)? + GAP + PAD)
    }

    pub fn describe(&self, lang: Lang) -> String {
        let (t, w) = (ui(lang), describe_words(lang));
        let parts: Vec<String> = self
            .pairs
            .iter()
            .map(|(before, now, change)| {
                fill(
                    w.growth_pair,
                    &[
                        ("label", &now.label),
                        ("before_period", &before.period),
                        ("before", &before.display),
                        ("derived", t.derived),
                        ("now_period", &now.period),
                        ("now", &now.display),
                        ("change", change),
                    ],
                )
            })
            .collect();
        fill(w.growth, &[("pairs", &parts.join(t.list_sep))])
    }
}

fn period_text(m: &Mark, ui: &Ui) -> String {
    if m.derived {
        format!("{} ({})", m.period, ui.derived)
    } else {
        m.period.clone()
    }
}
