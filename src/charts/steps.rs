//! Lists as graphics: numbered items joined by a line (the "ten ones"), and dated firsts on
//! a timeline with the undated ones after them.

use super::draw::{line_count, paragraph, text, Area, Drawn, MarkBox};
use super::model::Mark;
use super::style::*;
use crate::i18n::Ui;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

const PAD: i32 = 8;
const STEP: i32 = 36;
const TEXT_X: i32 = PAD + 40;
const TEXT_W: i32 = WIDTH as i32 - TEXT_X - PAD;

fn step_height(m: &Mark) -> i32 {
    STEP.max(line_count(&m.label, TEXT_W) * LINE + 12)
}

/// Numbered steps joined by a line. Returns the drawing's height.
pub fn draw_steps<DB: DrawingBackend>(area: &Area<DB>, marks: &[Mark], boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
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

const EVENT_X: i32 = PAD + 26;
const EVENT_W: i32 = WIDTH as i32 - EVENT_X - PAD;

fn event_head(m: &Mark, ui: &Ui) -> String {
    let when = if m.period.is_empty() { ui.date_not_given } else { &*m.period };
    format!("{when} · {}", m.display)
}

fn event_height(m: &Mark, ui: &Ui) -> i32 {
    (line_count(&event_head(m, ui), EVENT_W) + line_count(&m.label, EVENT_W)) * LINE + 16
}

/// Dated events on a line, undated ones after them. Returns the drawing's height.
pub fn draw_timeline<DB: DrawingBackend>(
    area: &Area<DB>,
    marks: &[Mark],
    ui: &Ui,
    boxes: &mut Vec<MarkBox>,
) -> Drawn<DB> {
    let cx = PAD + 8;
    let mut y = PAD + LINE / 2;
    let bottom = y + marks.iter().take(marks.len().saturating_sub(1)).map(|m| event_height(m, ui)).sum::<i32>();
    area.draw(&PathElement::new(vec![(cx, y), (cx, bottom)], INK_TRACK.stroke_width(2)))?;
    for m in marks {
        let dated = !m.period.is_empty();
        if dated {
            area.draw(&Circle::new((cx, y), 7, INK_MARK.filled()))?;
        } else {
            area.draw(&Circle::new((cx, y), 6, WHITE.filled()))?;
            area.draw(&Circle::new((cx, y), 6, INK_MARK.stroke_width(2)))?;
        }
        let head = paragraph(
            area,
            &event_head(m, ui),
            (EVENT_X, y),
            EVENT_W,
            if dated { INK_TEXT } else { INK_MUTED },
            dated,
        )?;
        paragraph(area, &m.label, (EVENT_X, y + head * LINE), EVENT_W, INK_TEXT, false)?;
        boxes.push(MarkBox::band(y - LINE / 2 - 4, y - LINE / 2 - 4 + event_height(m, ui)));
        y += event_height(m, ui);
    }
    Ok(y - LINE / 2 + PAD)
}
