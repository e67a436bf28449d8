//! Threshold: one value against a reference line (R&D intensity against 5%), on a zero-based
//! axis so the gap between them is seen at its true size.

use crate::charts::draw::{bar, paragraph, text, value_room, Area, Drawn, MarkBox, BAR_H, PAD, TEXT_W};
use crate::charts::mark::{self, Mark};
use crate::charts::style::*;
use crate::i18n::{describe_words, Ui};
use crate::text::{fill, text_width};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use sip_report::{Chart, Lang, Report};

/// figures = [value, mark].
#[derive(Clone, Debug, PartialEq)]
pub struct Threshold {
    pub value: Mark,
    pub mark: Mark,
}

/// The reference line's key under the axis: a red tick, then the label, wrapped.
const KEY_X: i32 = PAD + 16;

impl Threshold {
    /// Whether its marks carry values (else only words and dates: the data table then has no
    /// value or qualifier columns).
    pub const HAS_VALUES: bool = true;
    /// Whether it writes a derived figure in words (a share, a progress), beside its marks.
    pub const DERIVED_IN_WORDS: bool = false;

    pub fn build(report: &Report, chart: &Chart, lang: Lang) -> Option<Threshold> {
        let (value, mark, _) = mark::pair(report, chart, lang)?;
        Some(Threshold { value, mark })
    }

    pub fn marks(&self) -> Vec<&Mark> {
        vec![&self.value, &self.mark]
    }

    /// Returns the drawing's height.
    pub fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, _ui: &Ui, boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
        let (value, mark) = (&self.value, &self.mark);
        let x0 = PAD;
        let span = WIDTH as i32 - x0 - value_room(&[value]) - PAD;
        let max = value.value.max(mark.value) * 1.15;
        let at = |v: f64| x0 + (v / max * span as f64).round() as i32;
        let mut y = PAD;
        let lines = paragraph(area, &value.label, (x0, y + LINE / 2), TEXT_W, INK_TEXT, false)?;
        y += lines * LINE + 8;
        let mx = at(mark.value);
        // At the line only its value; its label, which may be long, goes in a key under the axis.
        let fits_left = text_width(&mark.display, FONT_SMALL) < mx - PAD;
        let (anchor, tx) = if fits_left { (HPos::Right, mx + 4) } else { (HPos::Left, mx.min(WIDTH as i32 - PAD)) };
        text(area, &mark.display, (tx, y + 12), FONT_SMALL, INK_REFERENCE, anchor, false)?;
        // Bands at least 34 units tall: 24 CSS px even on a 320 px phone.
        let mark_box = MarkBox::band(y - 4, y + 30);
        y += 34;
        boxes.push(MarkBox::band(y - 4, y + BAR_H + 12));
        boxes.push(mark_box);
        bar(area, x0, y, at(value.value), y + BAR_H, value, INK_MARK)?;
        text(area, &value.display, (at(value.value) + 8, y + BAR_H / 2), FONT, INK_TEXT, HPos::Left, true)?;
        area.draw(&PathElement::new(vec![(mx, y - 10), (mx, y + BAR_H + 6)], INK_REFERENCE.stroke_width(2)))?;
        let axis_y = y + BAR_H + 14;
        area.draw(&PathElement::new(vec![(x0, axis_y - 6), (at(max), axis_y - 6)], INK_GRID.stroke_width(1)))?;
        // Ticks far enough apart for their labels on a phone.
        let step = [1.0, 2.0, 5.0, 10.0, 20.0].into_iter().find(|s| s / max * span as f64 >= 48.0).unwrap_or(50.0);
        let mut t = 0.0;
        while t <= max {
            text(
                area,
                &format!("{}%", sip_report::format::decimal(t, 0)),
                (at(t), axis_y + 6),
                FONT_SMALL,
                INK_MUTED,
                if t == 0.0 { HPos::Left } else { HPos::Center },
                false,
            )?;
            t += step;
        }
        let key_y = axis_y + 30;
        let tick = vec![(PAD + 4, key_y - 8), (PAD + 4, key_y + 8)];
        area.draw(&PathElement::new(tick, INK_REFERENCE.stroke_width(2)))?;
        let lines = paragraph(area, &mark.label, (KEY_X, key_y), TEXT_W - 16, INK_REFERENCE, false)?;
        // Below the key's last line, with room for its descenders.
        Ok(key_y - LINE / 2 + lines * LINE + 5 + PAD)
    }

    pub fn describe(&self, lang: Lang) -> String {
        let (value, mark) = (&self.value, &self.mark);
        let w = describe_words(lang);
        let difference = sip_report::format::decimal((value.value - mark.value).abs(), 2);
        let direction = if value.value >= mark.value { w.above } else { w.below };
        fill(
            w.threshold,
            &[
                ("label", &value.label),
                ("value", &value.display),
                ("mark", &mark.label),
                ("mark_value", &mark.display),
                ("direction", direction),
                ("difference", &difference),
            ],
        )
    }
}
