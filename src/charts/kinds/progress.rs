//! Progress: a value on its way to a target: a track to the target, the value filled in, the
//! derived progress in words.

use crate::charts::draw::{bar, paragraph, text, Area, Drawn, MarkBox, BAR_H, PAD, TEXT_W};
use crate::charts::mark::{self, Mark};
use crate::charts::style::*;
use crate::i18n::{describe_words, Ui};
use crate::text::fill;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use sip_report::{Chart, Lang, Report};

/// figures = [value, target]; `progress` is the derived share, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub value: Mark,
    pub target: Mark,
    pub progress: String,
}

impl Progress {
    /// Whether its marks carry values (else only words and dates: the data table then has no
    /// value or qualifier columns).
    pub const HAS_VALUES: bool = true;
    /// Whether it writes a derived figure in words (a share, a progress), beside its marks.
    pub const DERIVED_IN_WORDS: bool = true;

    pub fn build(report: &Report, chart: &Chart, lang: Lang) -> Option<Progress> {
        let (value, target, progress) = mark::pair(report, chart, lang)?;
        Some(Progress { value, target, progress })
    }

    pub fn marks(&self) -> Vec<&Mark> {
        vec![&self.value, &self.target]
    }

    /// Returns the drawing's height.
    pub fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, ui: &Ui, boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
        let (value, target) = (&self.value, &self.target);
        let x0 = PAD;
        let span = WIDTH as i32 - x0 - PAD - 6;
        let max = value.value.max(target.value) * 1.04;
        let at = |v: f64| x0 + (v / max * span as f64).round() as i32;
        let mut y = PAD;
        text(area, &format!("{} ({})", self.progress, ui.derived), (x0, y + 12), FONT, INK_TEXT, HPos::Left, true)?;
        y += 28;
        let tx = at(target.value);
        let target_text = format!("{}{}{}", ui.target, ui.chart_colon, target.display);
        text(area, &target_text, (tx, y + 8), FONT_SMALL, INK_REFERENCE, HPos::Right, false)?;
        let target_box = MarkBox::band(y - 8, y + 26);
        y += 30;
        boxes.push(MarkBox::band(y - 4, y + BAR_H + 12));
        boxes.push(target_box);
        area.draw(&Rectangle::new([(x0, y), (tx, y + BAR_H)], INK_TRACK.mix(0.35).filled()))?;
        area.draw(&Rectangle::new([(x0, y), (tx, y + BAR_H)], INK_TRACK.stroke_width(1)))?;
        bar(area, x0, y, at(value.value), y + BAR_H, value, INK_MARK)?;
        area.draw(&PathElement::new(vec![(tx, y - 8), (tx, y + BAR_H + 6)], INK_REFERENCE.stroke_width(2)))?;
        y += BAR_H + 22;
        let value_text = format!("{}{}{}", value.label, ui.chart_colon, value.display);
        let a = paragraph(area, &value_text, (x0, y), TEXT_W, INK_TEXT, false)?;
        y += a * LINE + 4;
        let target_text = format!("{}{}{}", target.label, ui.chart_colon, target.period);
        let b = paragraph(area, &target_text, (x0, y), TEXT_W, INK_MUTED, false)?;
        Ok(y + b * LINE + PAD)
    }

    pub fn describe(&self, lang: Lang) -> String {
        let (value, target) = (&self.value, &self.target);
        fill(
            describe_words(lang).progress,
            &[
                ("label", &value.label),
                ("value", &value.display),
                ("target", &target.display),
                ("target_period", &target.period),
                ("progress", &self.progress),
            ],
        )
    }
}
