//! Bar charts: plain or log-scale bars, growth pairs, a value against a threshold, progress
//! towards a target. All horizontal, labels above bars, so they read on a phone.

use super::draw::{bar, chevron, legend, line_count, paragraph, text, Area, Drawn, MarkBox};
use super::model::Mark;
use super::style::*;
use crate::i18n::Ui;
use crate::text::text_width;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use sip_report::Bound;

const PAD: i32 = 8;
const BAR_H: i32 = 22;
const GAP: i32 = 14;
const TEXT_W: i32 = WIDTH as i32 - 2 * PAD;

/// Room to the right of the longest bar for its value label and an open-end chevron.
fn value_room(marks: &[&Mark]) -> i32 {
    marks.iter().map(|m| text_width(&m.display, FONT_SMALL)).max().unwrap_or(0) + 36
}

fn row_height(m: &Mark) -> i32 {
    line_count(&m.label, TEXT_W) * LINE + 4 + BAR_H + GAP
}

/// Horizontal bars, one per mark; `log` puts them on a log scale with a grid line at each
/// power of ten. Returns the drawing's height.
pub fn draw_bars<DB: DrawingBackend>(
    area: &Area<DB>,
    marks: &[Mark],
    log: bool,
    ui: &Ui,
    boxes: &mut Vec<MarkBox>,
) -> Drawn<DB> {
    let refs: Vec<&Mark> = marks.iter().collect();
    let x0 = PAD;
    let span = WIDTH as i32 - x0 - value_room(&refs) - PAD;
    let max = marks.iter().map(|m| m.value).fold(0.0_f64, f64::max).max(f64::MIN_POSITIVE);
    let min = marks.iter().map(|m| m.value).filter(|v| *v > 0.0).fold(f64::MAX, f64::min);
    let (lo, hi) = (min.log10().floor().min(max.log10().ceil() - 1.0), max.log10().ceil());
    let length = |v: f64| -> i32 {
        let frac = if log { ((v.max(1e-9).log10() - lo) / (hi - lo)).max(0.0) } else { v / max };
        (frac * span as f64).round() as i32
    };
    let rows_end = PAD + marks.iter().map(row_height).sum::<i32>();
    if log {
        let mut p = lo;
        // Where the last label ends: a label that would run into it is left out (its grid
        // line stays), so the axis reads on a phone.
        let mut free_from = i32::MIN;
        while p <= hi + 1e-9 {
            let x = x0 + length(10f64.powf(p));
            area.draw(&PathElement::new(vec![(x, PAD), (x, rows_end)], INK_GRID.stroke_width(1)))?;
            let tick = sip_report::format::grouped(10f64.powf(p), 0);
            let w = text_width(&tick, FONT_SMALL);
            let (anchor, left) = if p == lo { (HPos::Left, x) } else { (HPos::Center, x - w / 2) };
            if left >= free_from {
                text(area, &tick, (x, rows_end + 8), FONT_SMALL, INK_MUTED, anchor, false)?;
                free_from = left + w + 8;
            }
            p += 1.0;
        }
        paragraph(area, ui.log_scale, (x0, rows_end + 30), TEXT_W, INK_MUTED, false)?;
    }
    let mut y = PAD;
    for m in marks {
        let lines = paragraph(area, &m.label, (x0, y + LINE / 2), TEXT_W, INK_TEXT, false)?;
        let by0 = y + lines * LINE + 4;
        let x1 = x0 + length(m.value);
        bar(area, x0, by0, x1, by0 + BAR_H, m, INK_MARK)?;
        let after = x1 + if m.bound == Bound::Over { 28 } else { 6 };
        text(area, &m.display, (after, by0 + BAR_H / 2), FONT_SMALL, INK_TEXT, HPos::Left, true)?;
        boxes.push(MarkBox::band(y - GAP / 2, y + row_height(m) - GAP / 2));
        y += row_height(m);
    }
    let legend_y = rows_end + if log { 30 + 2 * LINE } else { 0 } + LINE / 2;
    Ok(key(area, &refs, legend_y, ui)? + PAD)
}

/// A legend for the bar styles actually used, one per line (each must fit a phone): reported,
/// derived, lower bound. Returns where its last line ends.
fn key<DB: DrawingBackend>(area: &Area<DB>, marks: &[&Mark], mut y: i32, ui: &Ui) -> Drawn<DB> {
    legend(area, PAD, y, false, INK_MARK, ui.legend_reported)?;
    if marks.iter().any(|m| m.derived) {
        y += LINE + 4;
        legend(area, PAD, y, true, INK_MARK, ui.legend_derived)?;
    }
    if marks.iter().any(|m| m.bound == Bound::Over) {
        y += LINE + 4;
        chevron(area, PAD + 2, y, 6, INK_MARK)?;
        text(area, ui.legend_over, (PAD + 24, y), FONT_SMALL, INK_MUTED, HPos::Left, false)?;
    }
    Ok(y - LINE / 2 + LINE + 4)
}

fn period_text(m: &Mark, ui: &Ui) -> String {
    if m.derived {
        format!("{} ({})", m.period, ui.derived)
    } else {
        m.period.clone()
    }
}

/// For each growth figure: the derived earlier value (hatched) and the reported one, on
/// a scale of their own, with the change as reported. Periods sit above their bars.
pub fn draw_growth<DB: DrawingBackend>(
    area: &Area<DB>,
    pairs: &[(Mark, Mark, String)],
    ui: &Ui,
    boxes: &mut Vec<MarkBox>,
) -> Drawn<DB> {
    let mut y = PAD;
    for (before, now, change) in pairs {
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
    let refs: Vec<&Mark> = pairs.iter().flat_map(|(a, b, _)| [a, b]).collect();
    // The legend takes the place of the last pair's gap.
    Ok(key(area, &refs, y + LINE / 2 - GAP, ui)? + GAP + PAD)
}

/// The reference line's key under the axis: a red tick, then the label, wrapped.
const KEY_X: i32 = PAD + 16;

/// One value against a reference line (R&D intensity against 5%), on a zero-based axis so
/// the gap between them is seen at its true size.
pub fn draw_threshold<DB: DrawingBackend>(
    area: &Area<DB>,
    value: &Mark,
    mark: &Mark,
    boxes: &mut Vec<MarkBox>,
) -> Drawn<DB> {
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
    area.draw(&PathElement::new(vec![(PAD + 4, key_y - 8), (PAD + 4, key_y + 8)], INK_REFERENCE.stroke_width(2)))?;
    let lines = paragraph(area, &mark.label, (KEY_X, key_y), TEXT_W - 16, INK_REFERENCE, false)?;
    // Below the key's last line, with room for its descenders.
    Ok(key_y - LINE / 2 + lines * LINE + 5 + PAD)
}

/// A value on its way to a target: a track to the target, the value filled in, the
/// derived progress in words.
pub fn draw_progress<DB: DrawingBackend>(
    area: &Area<DB>,
    value: &Mark,
    target: &Mark,
    progress: &str,
    ui: &Ui,
    boxes: &mut Vec<MarkBox>,
) -> Drawn<DB> {
    let x0 = PAD;
    let span = WIDTH as i32 - x0 - PAD - 6;
    let max = value.value.max(target.value) * 1.04;
    let at = |v: f64| x0 + (v / max * span as f64).round() as i32;
    let mut y = PAD;
    text(area, &format!("{progress} ({})", ui.derived), (x0, y + 12), FONT, INK_TEXT, HPos::Left, true)?;
    y += 28;
    let tx = at(target.value);
    text(
        area,
        &format!("{}: {}", ui.target, target.display),
        (tx, y + 8),
        FONT_SMALL,
        INK_REFERENCE,
        HPos::Right,
        false,
    )?;
    let target_box = MarkBox::band(y - 8, y + 26);
    y += 30;
    boxes.push(MarkBox::band(y - 4, y + BAR_H + 12));
    boxes.push(target_box);
    area.draw(&Rectangle::new([(x0, y), (tx, y + BAR_H)], INK_TRACK.mix(0.35).filled()))?;
    area.draw(&Rectangle::new([(x0, y), (tx, y + BAR_H)], INK_TRACK.stroke_width(1)))?;
    bar(area, x0, y, at(value.value), y + BAR_H, value, INK_MARK)?;
    area.draw(&PathElement::new(vec![(tx, y - 8), (tx, y + BAR_H + 6)], INK_REFERENCE.stroke_width(2)))?;
    y += BAR_H + 22;
    let a = paragraph(area, &format!("{}: {}", value.label, value.display), (x0, y), TEXT_W, INK_TEXT, false)?;
    y += a * LINE + 4;
    let b = paragraph(area, &format!("{}: {}", target.label, target.period), (x0, y), TEXT_W, INK_MUTED, false)?;
    Ok(y + b * LINE + PAD)
}
