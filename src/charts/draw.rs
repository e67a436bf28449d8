//! Drawing helpers shared by the chart kinds: text, bars that show their bound, hatching, the
//! legend of bar styles, and the layout the bar kinds share.

use super::mark::Mark;
use super::style::*;
use crate::text::wrap;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use sip_report::Bound;

pub type Area<DB> = DrawingArea<DB, Shift>;

/// Where a data mark sits, in chart units: the area that answers to pointer, touch and focus.
/// Draw functions push one per mark, in the order of `ChartModel::marks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MarkBox {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

impl MarkBox {
    /// A full-width band from `y0` to `y1`.
    pub fn band(y0: i32, y1: i32) -> MarkBox {
        MarkBox { x: 0, y: y0, w: super::style::WIDTH as i32, h: y1 - y0 }
    }
}
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;
/// What a chart kind's drawing returns: the height it took, in chart units, measured where the
/// drawing ended (the chart's viewBox is set from it, never computed a second time).
pub type Drawn<DB> = Result<i32, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Text anchored at its left (or right, or centre) edge and vertical middle.
pub fn text<DB: DrawingBackend>(
    area: &Area<DB>,
    s: &str,
    at: (i32, i32),
    size: f64,
    color: RGBColor,
    h: HPos,
    bold: bool,
) -> DrawResult<DB> {
    // The family as the enum, not a name: plotters lowercases names, which costs the wasm
    // Unicode's case tables.
    let font = FontDesc::new(FAMILY, size, if bold { FontStyle::Bold } else { FontStyle::Normal });
    let style = font.color(&color).pos(Pos::new(h, VPos::Center));
    area.draw(&Text::new(s.to_string(), at, style))
}

/// Wrapped text, one line every `LINE` units from `y` (the middle of the first line).
/// Returns the number of lines drawn.
pub fn paragraph<DB: DrawingBackend>(
    area: &Area<DB>,
    s: &str,
    (x, y): (i32, i32),
    max: i32,
    color: RGBColor,
    bold: bool,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    let lines = wrap(s, max, FONT_SMALL);
    for (i, l) in lines.iter().enumerate() {
        text(area, l, (x, y + LINE * i as i32), FONT_SMALL, color, HPos::Left, bold)?;
    }
    Ok(lines.len() as i32)
}

/// How many lines `paragraph` will use.
pub fn line_count(s: &str, max: i32) -> i32 {
    wrap(s, max, FONT_SMALL).len() as i32
}

/// A horizontal bar that shows what its value is:
/// derived → outlined and hatched; over (超) → an open end (a chevron past the bar);
/// nearly (近) and at least → a lighter final stretch.
pub fn bar<DB: DrawingBackend>(
    area: &Area<DB>,
    x0: i32,
    y0: i32,
    x1: i32,
    y1: i32,
    mark: &Mark,
    color: RGBColor,
) -> DrawResult<DB> {
    let x1 = x1.max(x0 + 2);
    if mark.derived || mark.bound == Bound::Approx {
        area.draw(&Rectangle::new([(x0, y0), (x1, y1)], WHITE.filled()))?;
        hatch(area, x0, y0, x1, y1, color)?;
        area.draw(&Rectangle::new([(x0, y0), (x1, y1)], color.stroke_width(2)))?;
        return Ok(());
    }
    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], color.filled()))?;
    match mark.bound {
        Bound::Over => chevron(area, x1 + 3, (y0 + y1) / 2, (y1 - y0) / 2, color),
        Bound::Nearly | Bound::AtLeast => {
            let fade = ((x1 - x0) / 10).clamp(2, 8);
            area.draw(&Rectangle::new([(x1 - fade, y0), (x1, y1)], WHITE.mix(0.55).filled()))
        }
        _ => Ok(()),
    }
}

/// An open-ended arrow head: "and more".
pub fn chevron<DB: DrawingBackend>(area: &Area<DB>, x: i32, y: i32, half: i32, color: RGBColor) -> DrawResult<DB> {
    let w = half.max(4);
    area.draw(&PathElement::new(vec![(x, y - half), (x + w, y), (x, y + half)], color.stroke_width(2)))?;
    area.draw(&PathElement::new(
        vec![(x + w / 2 + 3, y - half), (x + w + w / 2 + 3, y), (x + w / 2 + 3, y + half)],
        color.stroke_width(2),
    ))
}

/// Diagonal lines inside a rectangle: the mark of a derived value.
pub fn hatch<DB: DrawingBackend>(
    area: &Area<DB>,
    x0: i32,
    y0: i32,
    x1: i32,
    y1: i32,
    color: RGBColor,
) -> DrawResult<DB> {
    let h = y1 - y0;
    let mut c = x0 - h;
    while c < x1 {
        // The line from (c, y1) to (c + h, y0), clipped to [x0, x1].
        let (mut ax, mut ay, mut bx, mut by) = (c, y1, c + h, y0);
        if ax < x0 {
            ay -= x0 - ax;
            ax = x0;
        }
        if bx > x1 {
            by += bx - x1;
            bx = x1;
        }
        if bx > ax {
            area.draw(&PathElement::new(vec![(ax, ay), (bx, by)], color.stroke_width(1)))?;
        }
        c += 7;
    }
    Ok(())
}

/// A small legend key and its text.
pub fn legend<DB: DrawingBackend>(
    area: &Area<DB>,
    x: i32,
    y: i32,
    derived: bool,
    color: RGBColor,
    label: &str,
) -> DrawResult<DB> {
    let m = Mark { derived, ..Mark::default() };
    bar(area, x, y - 6, x + 18, y + 6, &m, color)?;
    text(area, label, (x + 24, y), FONT_SMALL, INK_MUTED, HPos::Left, false)
}

/// The bar kinds' margin, bar height and gap between rows, and the width their text wraps to.
pub const PAD: i32 = 8;
pub const BAR_H: i32 = 22;
pub const GAP: i32 = 14;
pub const TEXT_W: i32 = WIDTH as i32 - 2 * PAD;

/// Room to the right of the longest bar for its value label and an open-end chevron.
pub fn value_room(marks: &[&Mark]) -> i32 {
    marks.iter().map(|m| crate::text::text_width(&m.display, FONT_SMALL)).max().unwrap_or(0) + 36
}

/// A legend for the bar styles the marks use, one per line (each must fit a phone): reported,
/// derived, lower bound. `y` is the middle of its first line; returns where its last line ends.
pub fn bar_key<DB: DrawingBackend>(area: &Area<DB>, marks: &[&Mark], mut y: i32, ui: &crate::i18n::Ui) -> Drawn<DB> {
    legend(area, PAD, y, false, INK_MARK, ui.legend_reported)?;
    if marks.iter().any(|m| m.derived) {
        y += LINE + 4;
        legend(area, PAD, y, true, INK_MARK, ui.legend_derived)?;
    }
    // The article's own words for "over" (突破, 超), each once.
    let mut words: Vec<&str> = Vec::new();
    for m in marks.iter().filter(|m| m.bound == Bound::Over) {
        if !words.contains(&m.word.as_str()) {
            words.push(&m.word);
        }
    }
    if !words.is_empty() {
        y += LINE + 4;
        chevron(area, PAD + 2, y, 6, INK_MARK)?;
        let quoted: Vec<String> = words.iter().map(|w| format!("“{w}”")).collect();
        let key = crate::text::fill(ui.legend_over, &[("words", &quoted.join(ui.enum_sep))]);
        text(area, &key, (PAD + 24, y), FONT_SMALL, INK_MUTED, HPos::Left, false)?;
    }
    if marks.iter().any(|m| m.bound == Bound::Nearly && !m.derived) {
        y += LINE + 4;
        area.draw(&Rectangle::new([(PAD, y - 6), (PAD + 14, y + 6)], INK_MARK.filled()))?;
        area.draw(&Rectangle::new([(PAD + 10, y - 6), (PAD + 14, y + 6)], WHITE.mix(0.55).filled()))?;
        text(area, ui.legend_nearly, (PAD + 24, y), FONT_SMALL, INK_MUTED, HPos::Left, false)?;
    }
    Ok(y - LINE / 2 + LINE + 4)
}
