//! Bars: horizontal bars of figures of one unit, labels above them so they read on a phone;
//! a ladder puts them on a log scale with a grid line at each power of ten.

use crate::charts::draw::{bar, bar_key, paragraph, text, value_room, Area, Drawn, MarkBox, BAR_H, GAP, PAD, TEXT_W};
use crate::charts::mark::{self, Mark};
use crate::charts::style::*;
use crate::i18n::{describe_words, ui, Ui};
use crate::text::{fill, text_width};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use sip_report::{Bound, Chart, ChartKind, Lang, Report};

/// Bars of the chart's figures, in its order; `log` for a ladder.
#[derive(Clone, Debug, PartialEq)]
pub struct Bars {
    pub marks: Vec<Mark>,
    pub log: bool,
}

impl Bars {
    /// Whether its marks carry values (else only words and dates: the data table then has no
    /// value or qualifier columns).
    pub const HAS_VALUES: bool = true;
    /// Whether it writes a derived figure in words (a share, a progress), beside its marks.
    pub const DERIVED_IN_WORDS: bool = false;

    pub fn build(report: &Report, chart: &Chart, lang: Lang) -> Option<Bars> {
        let marks = chart.figures.iter().map(|id| report.datum(id).map(|d| mark::of_datum(report, &d, lang)));
        Some(Bars { marks: marks.collect::<Option<_>>()?, log: chart.kind == ChartKind::LogBars })
    }

    pub fn marks(&self) -> Vec<&Mark> {
        self.marks.iter().collect()
    }

    /// Returns the drawing's height.
    pub fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, ui: &Ui, boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
        let (marks, log) = (&self.marks, self.log);
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
        let rows_end = PAD + marks.iter().map(|m| row_height(m, ui)).sum::<i32>();
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
            let lines = paragraph(area, &label(m, ui), (x0, y + LINE / 2), TEXT_W, INK_TEXT, false)?;
            let by0 = y + lines * LINE + 4;
            let x1 = x0 + length(m.value);
            bar(area, x0, by0, x1, by0 + BAR_H, m, INK_MARK)?;
            let after = x1 + if m.bound == Bound::Over { 28 } else { 6 };
            text(area, &m.display, (after, by0 + BAR_H / 2), FONT_SMALL, INK_TEXT, HPos::Left, true)?;
            boxes.push(MarkBox::band(y - GAP / 2, y + row_height(m, ui) - GAP / 2));
            y += row_height(m, ui);
        }
        let legend_y = rows_end + if log { 30 + 2 * LINE } else { 0 } + LINE / 2;
        Ok(bar_key(area, &refs, legend_y, ui)? + PAD)
    }

    pub fn describe(&self, lang: Lang) -> String {
        let (t, w) = (ui(lang), describe_words(lang));
        let marks = &self.marks;
        let max = marks.iter().max_by(|a, b| a.value.total_cmp(&b.value));
        let min = marks.iter().min_by(|a, b| a.value.total_cmp(&b.value));
        let (Some(max), Some(min)) = (max, min) else { return String::new() };
        let items: Vec<String> =
            marks.iter().map(|m| fill(t.figure_item, &[("label", &m.label), ("value", &m.display)])).collect();
        let over = if marks.iter().any(|m| m.bound == Bound::Over) { w.over_note } else { "" };
        fill(
            w.bars,
            &[
                ("scale", if self.log { w.log_scale } else { w.linear_scale }),
                ("n", &marks.len().to_string()),
                ("items", &items.join(t.list_sep)),
                ("max", &max.label),
                ("max_value", &max.display),
                ("min", &min.label),
                ("min_value", &min.display),
                ("over", over),
            ],
        )
    }
}

/// A bar's label, marked when the figure is a running total (累计).
fn label(m: &Mark, ui: &Ui) -> String {
    if m.cumulative {
        format!("{}{}", m.label, ui.cumulative_mark)
    } else {
        m.label.clone()
    }
}

fn row_height(m: &Mark, ui: &Ui) -> i32 {
    crate::charts::draw::line_count(&label(m, ui), TEXT_W) * LINE + 4 + BAR_H + GAP
}
