//! Steps: a list's items, numbered and joined by a line (the "ten ones").

use crate::charts::draw::{line_count, paragraph, text, Area, Drawn, MarkBox, PAD};
use crate::charts::mark::{self, Mark};
use crate::charts::style::*;
use crate::i18n::{describe_words, ui, Ui};
use crate::text::fill;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use sip_report::{source, Chart, Lang, Report};

/// The chart's list, one mark per item.
#[derive(Clone, Debug, PartialEq)]
pub struct Steps {
    pub marks: Vec<Mark>,
}

const STEP: i32 = 36;
const TEXT_X: i32 = PAD + 40;
const TEXT_W: i32 = WIDTH as i32 - TEXT_X - PAD;

impl Steps {
    /// Whether its marks carry values (else only words and dates: the data table then has no
    /// value or qualifier columns).
    pub const HAS_VALUES: bool = false;
    /// Whether it writes a derived figure in words (a share, a progress), beside its marks.
    pub const DERIVED_IN_WORDS: bool = false;

    pub fn build(report: &Report, chart: &Chart, lang: Lang) -> Option<Steps> {
        let list = report.list(chart.list.as_ref()?)?;
        let section = mark::section_name(report, &chart.section, lang);
        let marks = list.items.iter().enumerate().map(|(i, item)| {
            let place = source::paragraph(report, &list.section, item.paragraph.unwrap_or(list.paragraph), lang);
            let id = format!("{}-{}", list.id, i + 1);
            mark::of_text(id, item.text(lang).to_string(), String::new(), section.clone(), place)
        });
        Some(Steps { marks: marks.collect() })
    }

    pub fn marks(&self) -> Vec<&Mark> {
        self.marks.iter().collect()
    }

    /// Returns the drawing's height.
    pub fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, _ui: &Ui, boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
        let marks = &self.marks;
        let cx = PAD + 14;
        let mut y = PAD + STEP / 2;
        let last = y + marks.iter().take(marks.len().saturating_sub(1)).map(step_height).sum::<i32>();
        area.draw(&PathElement::new(vec![(cx, y), (cx, last)], INK_TRACK.stroke_width(2)))?;
        for (i, m) in marks.iter().enumerate() {
            area.draw(&Circle::new((cx, y), 13, INK_MARK.filled()))?;
            text(area, &(i + 1).to_string(), (cx, y), FONT_SMALL, WHITE, HPos::Center, true)?;
            paragraph(area, &m.label, (TEXT_X, y), TEXT_W, INK_TEXT, false)?;
            boxes.push(MarkBox::band(y - STEP / 2, y - STEP / 2 + step_height(m)));
            y += step_height(m);
        }
        Ok(y - STEP / 2 + PAD)
    }

    pub fn describe(&self, lang: Lang) -> String {
        let (t, w) = (ui(lang), describe_words(lang));
        let steps: Vec<String> = self
            .marks
            .iter()
            .enumerate()
            .map(|(i, m)| fill(w.step, &[("n", &(i + 1).to_string()), ("label", &m.label)]))
            .collect();
        fill(w.steps, &[("n", &self.marks.len().to_string()), ("steps", &steps.join(t.list_sep))])
    }
}

fn step_height(m: &Mark) -> i32 {
    STEP.max(line_count(&m.label, TEXT_W) * LINE + 12)
}
