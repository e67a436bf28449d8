//! Share: a part inside its whole (AI within the three emerging industries): the whole as a
//! light track, the part filled in from the left, the derived share in words.

use crate::charts::draw::{bar, chevron, paragraph, text, Area, DrawResult, Drawn, MarkBox, PAD};
use crate::charts::mark::{self, Mark};
use crate::charts::style::*;
use crate::i18n::{describe_words, Ui};
use crate::text::fill;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use sip_report::{Bound, Chart, Lang, Report};

/// figures = [part, whole]; `share` is the derived share, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    pub part: Mark,
    pub whole: Mark,
    pub share: String,
}

const BAR_H: i32 = 30;
const TEXT_W: i32 = WIDTH as i32 - 2 * PAD - 22;

impl Share {
    /// Whether its marks carry values (else only words and dates: the data table then has no
    /// value or qualifier columns).
    pub const HAS_VALUES: bool = true;
    /// Whether it writes a derived figure in words (a share, a progress), beside its marks.
    pub const DERIVED_IN_WORDS: bool = true;

    pub fn build(report: &Report, chart: &Chart, lang: Lang) -> Option<Share> {
        let (part, whole, share) = mark::pair(report, chart, lang)?;
        Some(Share { part, whole, share })
    }

    pub fn marks(&self) -> Vec<&Mark> {
        vec![&self.part, &self.whole]
    }

    /// Returns the drawing's height.
    pub fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, ui: &Ui, boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
        let (part, whole) = (&self.part, &self.whole);
        let key_text = |m: &Mark| format!("{}{}{}", m.label, ui.chart_colon, m.display);
        let x0 = PAD;
        // Leave room for the whole's open end when it is a lower bound.
        let span = WIDTH as i32 - x0 - PAD - 28;
        let at = |v: f64| x0 + (v / whole.value.max(f64::MIN_POSITIVE) * span as f64).round() as i32;
        let mut y = PAD;
        text(area, &format!("{} ({})", self.share, ui.derived), (x0, y + 12), FONT, INK_TEXT, HPos::Left, true)?;
        y += 30;
        let part_top = y - 4;
        let x1 = at(whole.value);
        area.draw(&Rectangle::new([(x0, y), (x1, y + BAR_H)], INK_TRACK.mix(0.4).filled()))?;
        area.draw(&Rectangle::new([(x0, y), (x1, y + BAR_H)], INK_TRACK.stroke_width(1)))?;
        if whole.bound == Bound::Over {
            chevron(area, x1 + 3, y + BAR_H / 2, BAR_H / 2, INK_TRACK)?;
        }
        bar(area, x0, y, at(part.value.min(whole.value)), y + BAR_H, part, INK_MARK)?;
        y += BAR_H + 14 + LINE / 2;
        swatch(area, y, INK_MARK, 1.0)?;
        let lines = paragraph(area, &key_text(part), (x0 + 22, y), TEXT_W, INK_TEXT, false)?;
        y += lines * LINE + 8;
        // The part answers for the bar and its own key line; the whole for its key line.
        boxes.push(MarkBox::band(part_top, y - LINE / 2 - 2));
        swatch(area, y, INK_TRACK, 0.4)?;
        let lines = paragraph(area, &key_text(whole), (x0 + 22, y), TEXT_W, INK_TEXT, false)?;
        // At least 34 units tall: 24 CSS px on a small phone.
        boxes.push(MarkBox::band(y - LINE / 2 - 2, y + (lines - 1) * LINE + LINE / 2 + 14));
        Ok(y + lines * LINE + 3 + PAD)
    }

    pub fn describe(&self, lang: Lang) -> String {
        let (part, whole) = (&self.part, &self.whole);
        let w = describe_words(lang);
        let bounds = part.bound == Bound::Over || whole.bound == Bound::Over;
        fill(
            w.share,
            &[
                ("part", &part.label),
                ("part_value", &part.display),
                ("whole", &whole.label),
                ("whole_value", &whole.display),
                ("share", &self.share),
                ("bounds", if bounds { w.share_bounds } else { "" }),
            ],
        )
    }
}

fn swatch<DB: DrawingBackend>(area: &Area<DB>, y: i32, color: RGBColor, alpha: f64) -> DrawResult<DB> {
    area.draw(&Rectangle::new([(PAD, y - 7), (PAD + 14, y + 7)], color.mix(alpha).filled()))?;
    area.draw(&Rectangle::new([(PAD, y - 7), (PAD + 14, y + 7)], color.stroke_width(1)))
}
